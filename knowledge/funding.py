"""Funding programmes and their application deadlines (snippets guides and the newsletter show)."""

import datetime

from django import forms
from django.db import models
from django.db.models import Min, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from kreativorte.blocks import RICH_TEXT_FEATURES


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
        "knowledge.Topic",
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
            heading=_("Antragsfristen"),
            label=_("Antragsfrist"),
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
