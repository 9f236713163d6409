import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from kreativorte.factories import term
from kreativorte.models import District, SubMarket

from .models import (
    CooperationIndexPage,
    CooperationPage,
    FundingProgramme,
    GuideIndexPage,
    GuidePage,
)


class GuideIndexPageFactory(wagtail_factories.PageFactory):
    title = "Wissen"
    slug = "wissen"

    class Meta:
        model = GuideIndexPage


class GuidePageFactory(wagtail_factories.PageFactory):
    """A short guide; `topics` takes a list."""

    title = factory.Sequence(lambda n: f"Leitfaden {n}")
    teaser = "Was bei der Umnutzung eines leer stehenden Gebäudes zu beachten ist."
    body = factory.LazyFunction(
        lambda: [
            {"type": "heading", "value": "Worum es geht"},
            {
                "type": "paragraph",
                "value": "<p>Eine Nutzungsänderung braucht eine Genehmigung.</p>",
            },
        ]
    )

    class Meta:
        model = GuidePage
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)
            self.save()


class CooperationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Kooperationen"
    slug = "kooperationen"

    class Meta:
        model = CooperationIndexPage


class CooperationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kooperation {n}")
    creative_partner = "Studio Formlos"
    creative_submarket = term(SubMarket, "designwirtschaft")
    business_partner = "Tischlerei Holzwerk"
    trade = "Tischlerei"
    district = term(District, "landkreis-goerlitz")
    innovation_kind = CooperationPage.Innovation.PRODUCT
    origin = "<p>Eine Begegnung auf einer Messe.</p>"
    value_for_partners = "<p>Neue Produkte und Kundschaft.</p>"

    class Meta:
        model = CooperationPage


class FundingProgrammeFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Förderprogramm {n}")
    provider = "Freistaat Sachsen"

    class Meta:
        model = FundingProgramme
