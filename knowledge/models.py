"""Knowledge transfer: guides by topic, cooperation stories and funding programmes."""

import datetime

from django import forms
from django.db import models
from django.db.models import Count, Min, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from kreativorte.blocks import RICH_TEXT_FEATURES, BodyBlock
from kreativorte.json_ld import json_ld
from kreativorte.models import District, SubMarket, TaxonomyTerm
from kreativorte.pages import IndexPage, TeaserMixin
from kreativorte.prefetch import with_thumbnails
from kreativorte.serializers import TermField
from kreativorte.text import german_slugify, numbered_unique, reading_minutes
from kreativorte.urls_media import rich_text_html

from .blocks import GuideBodyBlock


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


class GuidePage(TeaserMixin, Page):
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
    api_fields = TeaserMixin.teaser_api_fields + [
        APIField("topics", serializer=TermField(many_terms=True)),
        APIField("audience"),
        APIField("reading_time"),
        APIField("last_reviewed"),
        APIField("body"),
    ]

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
        faq = self.faq_structured_data(request)
        context["faq_json_ld"] = json_ld(faq) if faq else None
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

    def faq_structured_data(self, request) -> dict | None:
        """schema.org FAQPage from the FAQ blocks, or None without questions."""
        questions = [
            {
                "@type": "Question",
                "name": item["question"],
                "acceptedAnswer": {
                    "@type": "Answer",
                    "text": rich_text_html(item["answer"].source, request),
                },
            }
            for block in self.body
            if block.block_type == "faq"
            for item in block.value["items"]
        ]
        if not questions:
            return None
        return {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": questions}

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


class CooperationPage(TeaserMixin, Page):
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
    api_fields = (
        TeaserMixin.teaser_api_fields
        + [
            APIField("creative_submarket", serializer=TermField()),
            APIField("district", serializer=TermField()),
        ]
        + [
            APIField(name)
            for name in (
                "creative_partner",
                "business_partner",
                "trade",
                "other_partners",
                "region_context",
                "innovation_kind",
                "origin",
                "value_for_partners",
                "value_for_region",
                "advice",
                "body",
            )
        ]
    )

    parent_page_types = ["knowledge.CooperationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Kooperation")
        verbose_name_plural = _("Kooperationen")


class FundingProgrammeQuerySet(models.QuerySet):
    def with_deadlines_between(self, start: datetime.date, end: datetime.date | None = None):
        """Programmes with at least one deadline from `start` to `end` (both days included).

        Ordered by the first of those deadlines (annotated as `next_deadline`); only those
        deadlines are prefetched, in order, as `window_deadlines` (one query for any number).
        """
        window = Q(deadlines__date__gte=start)
        if end is not None:
            window &= Q(deadlines__date__lte=end)
        deadlines = FundingDeadline.objects.between(start, end).order_by("date", "sort_order", "id")
        return (
            self.annotate(next_deadline=Min("deadlines__date", filter=window))
            .filter(next_deadline__isnull=False)
            .prefetch_related(Prefetch("deadlines", deadlines, to_attr="window_deadlines"))
            .order_by("next_deadline", "name", "id")
        )

    def with_upcoming_deadlines(self):
        """Programmes with a deadline from today on (Europe/Berlin), the next first."""
        return self.with_deadlines_between(timezone.localdate())


class FundingProgramme(index.Indexed, ClusterableModel):
    """A funding programme with its application deadlines, referenced from guides.

    Guides point at it (FundingProgrammeBlock), so a deadline is kept in one place and every
    guide, the website's deadline list and the API show the current one.
    """

    name = models.CharField(_("Name"), max_length=200)
    provider = models.CharField(
        _("Fördergeber"),
        max_length=200,
        help_text=_("Wer das Programm vergibt, z. B. „Sächsische Aufbaubank (SAB)“."),
    )
    url = models.URLField(
        _("Programmseite"),
        blank=True,
        help_text=_(
            "Offizielle Seite des Programms mit den Antragsunterlagen; die Website verlinkt sie."
        ),
    )
    target_group = models.CharField(
        _("Zielgruppe"),
        max_length=250,
        blank=True,
        help_text=_("Wer Anträge stellen kann, z. B. „Vereine und kleine Unternehmen“."),
    )
    funding_rate = models.CharField(
        _("Förderquote oder -höhe"),
        max_length=250,
        blank=True,
        help_text=_("z. B. „bis zu 50 % der förderfähigen Ausgaben“"),
    )
    region = models.CharField(
        _("Gebiet"),
        max_length=200,
        blank=True,
        default="Sachsen",
        help_text=_("Wo das Programm gilt, z. B. „Sachsen“ oder „Landkreis Görlitz“."),
    )
    topics = ParentalManyToManyField(
        Topic,
        verbose_name=_("Themen"),
        blank=True,
        related_name="funding_programmes",
        help_text=_("Nach diesen Themen filtern die API und der Newsletter."),
    )
    description = RichTextField(_("Beschreibung"), blank=True, features=RICH_TEXT_FEATURES)

    objects = FundingProgrammeQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("provider"),
        FieldPanel("url"),
        FieldPanel("target_group"),
        FieldPanel("funding_rate"),
        FieldPanel("region"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("description"),
        InlinePanel(
            "deadlines",
            label=_("Antragsfristen"),
            help_text=_(
                "Jede Frist als Datum. Vergangene Fristen blendet die Website von selbst aus; "
                "ein Programm ohne künftige Frist erscheint nicht in der Fristenliste."
            ),
        ),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("provider"),
        index.SearchField("description"),
    ]

    class Meta:
        verbose_name = _("Förderprogramm")
        verbose_name_plural = _("Förderprogramme")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def upcoming_deadlines(self):
        """Deadlines from today on, the next first: always read from the database."""
        return self.deadlines.filter(date__gte=timezone.localdate()).order_by(
            "date", "sort_order", "id"
        )

    def api_data(self, deadlines=None) -> dict:
        """The programme as the API and guides' funding blocks show it.

        `deadlines` (FundingDeadline objects, e.g. prefetched) default to the upcoming ones.
        """
        if deadlines is None:
            deadlines = self.upcoming_deadlines()
        return {
            "id": self.id,
            "name": self.name,
            "provider": self.provider,
            "url": self.url,
            "target_group": self.target_group,
            "funding_rate": self.funding_rate,
            "region": self.region,
            "deadlines": [d.api_data() for d in deadlines],
        }


class FundingDeadlineQuerySet(models.QuerySet):
    def between(self, start: datetime.date | None = None, end: datetime.date | None = None):
        """Deadlines on or after `start` and on or before `end` (both days included)."""
        deadlines = self
        if start is not None:
            deadlines = deadlines.filter(date__gte=start)
        if end is not None:
            deadlines = deadlines.filter(date__lte=end)
        return deadlines

    def upcoming(self):
        """Deadlines from today on (Europe/Berlin), the next first, with their programmes."""
        return (
            self.between(timezone.localdate())
            .select_related("programme")
            .order_by("date", "programme__name", "programme_id", "sort_order")
        )


class FundingDeadline(Orderable):
    programme = ParentalKey(FundingProgramme, on_delete=models.CASCADE, related_name="deadlines")
    date = models.DateField(
        _("Frist"),
        db_index=True,
        help_text=_("Letzter Tag, an dem der Antrag eingehen muss."),
    )
    label = models.CharField(
        _("Bezeichnung"), max_length=160, blank=True, help_text=_("z. B. „Antragsrunde Frühjahr“")
    )

    objects = FundingDeadlineQuerySet.as_manager()

    panels = [FieldPanel("date"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("Antragsfrist")
        verbose_name_plural = _("Antragsfristen")
        ordering = ["date"]

    def __str__(self):
        return f"{self.date:%d.%m.%Y} {self.label}".strip()

    def api_data(self) -> dict:
        return {"date": self.date.isoformat(), "label": self.label}
