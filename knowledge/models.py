"""Knowledge transfer: guides by topic, cooperation stories and funding programmes."""

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, ReferenceIndex
from wagtail.search import index

from kreativorte.blocks import RICH_TEXT_FEATURES, BodyBlock
from kreativorte.models import District, SubMarket, TaxonomyTerm
from kreativorte.page_permissions import LeafPagePermissions
from kreativorte.pages import ExternalPreviewMixin, IndexPage, TeaserMixin
from kreativorte.prefetch import with_thumbnails
from kreativorte.text import german_slugify, numbered_unique, reading_minutes

from . import serializers, structured_data
from .blocks import GuideBodyBlock
from .funding import FundingDeadline, FundingProgramme  # noqa: F401 (models of this app)


def listed_pages(model, parent):
    """Live public children for a listing: thumbnails and topics prefetched, no bodies."""
    pages = model.objects.child_of(parent).live().public().defer_streamfields()
    return with_thumbnails(pages)


class Topic(TaxonomyTerm):
    """Knowledge topic (Baurecht, Denkmalschutz, Förderung, …)."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("Thema")
        verbose_name_plural = _("Themen")


class GuideIndexPage(IndexPage):
    index_template = "knowledge/guide_index_page.html"
    subpage_types = ["knowledge.GuidePage"]
    UPCOMING_DEADLINES = 8  # "Nächste Antragsfristen": the next deadlines of any programme

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = (
            listed_pages(GuidePage, self).prefetch_related("topics").order_by("title")
        )
        context["upcoming_deadlines"] = list(
            FundingDeadline.objects.upcoming()[: self.UPCOMING_DEADLINES]
        )
        return context

    class Meta:
        verbose_name = _("Wissen-Übersicht")
        verbose_name_plural = _("Wissen-Übersichten")


class GuidePageForm(WagtailAdminPageForm):
    """The guide editor: a new guide starts as reviewed today."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None and not self.initial.get("last_reviewed"):
            self.initial["last_reviewed"] = timezone.localdate()


class GuidePage(LeafPagePermissions, ExternalPreviewMixin, TeaserMixin, Page):
    """A knowledge-transfer guide on building law, monument protection, funding and more."""

    class Audience(models.TextChoices):
        FOUNDERS = "founders", _("Gründende und Initiativen")
        OPERATORS = "operators", _("Betreibende von Kreativorten")
        MUNICIPALITIES = "municipalities", _("Kommunen und Verwaltung")
        OWNERS = "owners", _("Eigentümerinnen und Eigentümer")

    topics = ParentalManyToManyField(Topic, verbose_name=_("Themen"), related_name="guides")
    audience = models.CharField(
        _("Zielgruppe"), max_length=20, choices=Audience.choices, default=Audience.FOUNDERS
    )
    body = StreamField(GuideBodyBlock(), verbose_name=_("Inhalt"))
    reading_time = models.PositiveSmallIntegerField(
        _("Lesezeit (Minuten)"), default=1, editable=False
    )
    last_reviewed = models.DateField(
        _("Inhaltlich geprüft am"),
        null=True,
        blank=True,
        help_text=_(
            "Datum der letzten fachlichen Prüfung. Nach zwölf Monaten erscheint der Leitfaden "
            "im Dashboard; die Freigabe kann die Prüfung dort bestätigen, ohne die Seite zu "
            "bearbeiten."
        ),
    )

    content_panels = (
        Page.content_panels
        + TeaserMixin.teaser_panels
        + [
            MultiFieldPanel(
                [
                    FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("audience"),
                    FieldPanel("last_reviewed"),
                ],
                heading=_("Einordnung"),
            ),
            FieldPanel("body"),
        ]
    )
    search_fields = (
        Page.search_fields
        + TeaserMixin.teaser_search_fields
        + [
            index.SearchField("body"),
            Topic.search_related("topics"),
            index.FilterField("audience"),
        ]
    )
    api_fields = serializers.GUIDE_V2_FIELDS

    parent_page_types = ["knowledge.GuideIndexPage"]
    subpage_types = []
    base_form_class = GuidePageForm

    class Meta:
        verbose_name = _("Leitfaden")
        verbose_name_plural = _("Leitfäden")

    def clean(self):
        super().clean()
        self.update_reading_time()  # so previews show it too

    def save(self, *args, **kwargs):
        self.update_reading_time()
        super().save(*args, **kwargs)

    RELATED_GUIDES = 3

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = topics = list(self.topics.all())
        context["toc"], context["body_blocks"] = self.table_of_contents()
        context["related_guides"] = self.related_guides(topics)
        context["faq_json_ld"] = structured_data.faq(self, request)
        return context

    def table_of_contents(self):
        """The h2 headings with unique ids, and the body's blocks with each heading's id.

        The template renders headings with these ids, so the links always match,
        even when two headings share a text.
        """
        toc, used, blocks = [], set(), []
        for block in self.body:
            heading_id = None
            if block.block_type == "heading":
                base = german_slugify(str(block.value)) or "abschnitt"
                heading_id = numbered_unique(base, used)
                used.add(heading_id)
                toc.append({"id": heading_id, "title": block.value})
            blocks.append((block, heading_id))
        return toc, blocks

    def related_guides(self, topics):
        """Up to three other guides sharing the most topics (two queries)."""
        if not topics:
            return []
        ids = [topic.pk for topic in topics]
        guides = (
            with_thumbnails(
                GuidePage.objects.live()
                .public()
                .filter(locale_id=self.locale_id)
                .exclude(pk=self.pk)
                .defer_streamfields()
            )
            .annotate(shared=Count("topics", filter=Q(topics__in=ids)))
            .filter(shared__gt=0)
            .order_by("-shared", "-last_published_at", "title")
        )
        return list(guides[: self.RELATED_GUIDES])

    @classmethod
    def linking_to(cls, page):
        """Live, public guides of the page's language that link to it (reference index)."""
        ids = [
            int(object_id)
            for object_id in ReferenceIndex.get_references_to(page)
            .filter(content_type=ContentType.objects.get_for_model(cls))
            .values_list("object_id", flat=True)
            if str(object_id).isdigit()
        ]
        return (
            cls.objects.live()
            .public()
            .filter(id__in=ids, locale_id=page.locale_id)
            .defer_streamfields()
            .order_by("title")
        )

    def update_reading_time(self):
        self.reading_time = reading_minutes(
            self.body.stream_block.get_searchable_content(self.body)
        )


class CooperationIndexPage(IndexPage):
    index_template = "knowledge/cooperation_index_page.html"
    subpage_types = ["knowledge.CooperationPage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = (
            listed_pages(CooperationPage, self)
            .select_related("district", "creative_submarket")
            .order_by("-first_published_at", "title")
        )
        return context

    class Meta:
        verbose_name = _("Kooperationen-Übersicht")
        verbose_name_plural = _("Kooperationen-Übersichten")


class CooperationPage(LeafPagePermissions, ExternalPreviewMixin, TeaserMixin, Page):
    """A KreativLandTransfer story: a creative firm and a craft business or SME in a rural region."""

    class Innovation(models.TextChoices):
        PRODUCT = "product", _("Produktinnovation")
        PROCESS = "process", _("Prozessinnovation")
        SERVICE = "service", _("Dienstleistungsinnovation")
        COMMUNICATION = "communication", _("Kommunikation und Marke")
        BUSINESS_MODEL = "business-model", _("Geschäftsmodell")

    creative_partner = models.CharField(_("Kreativpartner"), max_length=200)
    creative_submarket = models.ForeignKey(
        "kreativorte.SubMarket",
        verbose_name=_("Teilmarkt des Kreativpartners"),
        on_delete=models.PROTECT,
        related_name="cooperations",
    )
    business_partner = models.CharField(_("Unternehmenspartner"), max_length=200)
    trade = models.CharField(
        _("Gewerk oder Branche"), max_length=120, help_text=_("z. B. „Tischlerei“ oder „Metallbau“")
    )
    other_partners = models.TextField(_("Weitere Partner"), blank=True)
    district = models.ForeignKey(
        "kreativorte.District",
        verbose_name=_("Region (Landkreis)"),
        on_delete=models.PROTECT,
        related_name="cooperations",
    )
    region_context = RichTextField(_("Regionaler Kontext"), blank=True, features=RICH_TEXT_FEATURES)
    innovation_kind = models.CharField(
        _("Art der Innovation"), max_length=20, choices=Innovation.choices
    )
    origin = RichTextField(_("Wie es begann"), features=RICH_TEXT_FEATURES)
    value_for_partners = RichTextField(_("Mehrwert für die Partner"), features=RICH_TEXT_FEATURES)
    value_for_region = RichTextField(
        _("Mehrwert für die Region"), blank=True, features=RICH_TEXT_FEATURES
    )
    advice = RichTextField(_("Tipps für andere"), blank=True, features=RICH_TEXT_FEATURES)
    body = StreamField(BodyBlock(), verbose_name=_("Weitere Inhalte"), blank=True)

    content_panels = (
        Page.content_panels
        + TeaserMixin.teaser_panels
        + [
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [FieldPanel("creative_partner"), FieldPanel("creative_submarket")]
                    ),
                    FieldRowPanel([FieldPanel("business_partner"), FieldPanel("trade")]),
                    FieldPanel("other_partners"),
                    FieldRowPanel([FieldPanel("district"), FieldPanel("innovation_kind")]),
                ],
                heading=_("Partner und Region"),
            ),
            FieldPanel("region_context"),
            FieldPanel("origin"),
            FieldPanel("value_for_partners"),
            FieldPanel("value_for_region"),
            FieldPanel("advice"),
            FieldPanel("body"),
        ]
    )
    search_fields = (
        Page.search_fields
        + TeaserMixin.teaser_search_fields
        + [
            index.SearchField(name)
            for name in (
                "creative_partner",
                "business_partner",
                "trade",
                "region_context",
                "origin",
                "value_for_partners",
                "value_for_region",
                "advice",
                "body",
            )
        ]
        + [
            District.search_related("district"),
            SubMarket.search_related("creative_submarket"),
            index.FilterField("district"),
            index.FilterField("innovation_kind"),
        ]
    )
    api_fields = serializers.COOPERATION_V2_FIELDS

    parent_page_types = ["knowledge.CooperationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Kooperation")
        verbose_name_plural = _("Kooperationen")
