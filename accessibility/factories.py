import datetime

import factory
import wagtail_factories
from django.utils import timezone

from .models import AccessibilityStatementPage, BarrierReport, NonAccessibleContent


class BarrierReportFactory(factory.django.DjangoModelFactory):
    page_url = "/orte/"
    description = "Die Karte lässt sich mit der Tastatur nicht bedienen."
    language = "de"

    class Meta:
        model = BarrierReport


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    """Partially conformant, one content not accessible, reviewed today."""

    title = "Erklärung zur Barrierefreiheit"
    slug = "barrierefreiheit"
    organisation = "Netzwerk Kreativorte Sachsen e. V."
    scope = "Diese Erklärung gilt für die Website kreativorte-sachsen.de."
    conformity = AccessibilityStatementPage.Conformity.PARTIAL
    prepared_on = factory.LazyFunction(lambda: datetime.date(2026, 1, 15))
    last_reviewed = factory.LazyFunction(timezone.localdate)
    contact_name = "Redaktion Kreativorte Sachsen"
    contact_address = "Werkhofstraße 12\n01099 Dresden"
    contact_email = "barrierefreiheit@kreativorte-sachsen.example"
    contact_phone = "+49 351 000 4100"
    enforcement_name = "Durchsetzungsstelle für digitale Barrierefreiheit Sachsen"
    enforcement_email = "durchsetzung@beispiel.example"
    enforcement_url = "https://durchsetzung.beispiel.example/"

    class Meta:
        model = AccessibilityStatementPage
        skip_postgeneration_save = True

    @factory.post_generation
    def items(self, create, extracted, **kwargs):
        """`items=[{"content": …, "reason": …}]`; one PDF item unless told otherwise."""
        if not create:
            return
        if extracted is None:
            extracted = [
                {
                    "content": "Einige PDF-Dokumente in den Leitfäden",
                    "reason": NonAccessibleContent.Reason.DISPROPORTIONATE,
                    "alternative": "Auf Anfrage senden wir den Inhalt als barrierefreies Dokument.",
                }
            ]
        for number, item in enumerate(extracted):
            NonAccessibleContent.objects.create(page=self, sort_order=number, **item)
