"""Events: conferences, workshops, round tables, open studios; offline, online or hybrid."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from knowledge.models import Topic
from kreativorte.blocks import BodyBlock
from kreativorte.pages import IndexPage, TeaserMixin
from kreativorte.serializers import PublicPageField
from kreativorte.visibility import is_public


class EventIndexPage(IndexPage):
    index_template = "events/event_index_page.html"
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("Veranstaltungen-Übersicht")
        verbose_name_plural = _("Veranstaltungen-Übersichten")

    def listing(self):
        """Upcoming events by start, then the 20 most recent past ones."""
        events = self.live_children(EventPage).select_related("venue_place")
        now = timezone.now()
        return {
            "upcoming": events.filter(end__gte=now).order_by("start"),
            "past": events.filter(end__lt=now).order_by("-start")[:20],
        }


class EventPage(TeaserMixin, Page):
    class Format(models.TextChoices):
        CONFERENCE = "conference", _("Konferenz")
        WORKSHOP = "workshop", _("Workshop")
        ROUND_TABLE = "round-table", _("Fachrunde")
        OPEN_STUDIO = "open-studio", _("Offene Ateliers")
        EXCURSION = "excursion", _("Exkursion")
        WEBINAR = "webinar", _("Webinar")

    class Attendance(models.TextChoices):
        OFFLINE = "offline", _("Vor Ort")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("Hybrid")

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Findet statt")
        CANCELLED = "cancelled", _("Abgesagt")
        POSTPONED = "postponed", _("Verschoben")

    start = models.DateTimeField(_("Beginn"), db_index=True)
    end = models.DateTimeField(_("Ende"), db_index=True)
    all_day = models.BooleanField(
        _("Ganztägig"), default=False, help_text=_("Uhrzeiten werden dann nicht angezeigt.")
    )
    format = models.CharField(
        _("Format"), max_length=20, choices=Format.choices, default=Format.WORKSHOP
    )
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.SCHEDULED
    )
    attendance = models.CharField(
        _("Teilnahme"), max_length=10, choices=Attendance.choices, default=Attendance.OFFLINE
    )
    venue_place = models.ForeignKey(
        "places.PlacePage",
        verbose_name=_("Veranstaltungsort (Kreativort)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("Findet die Veranstaltung an einem Kreativort statt, hier auswählen."),
    )
    venue_name = models.CharField(
        _("Veranstaltungsort (frei)"),
        max_length=200,
        blank=True,
        help_text=_("Nur nötig, wenn kein Kreativort ausgewählt ist."),
    )
    venue_address = models.CharField(_("Adresse"), max_length=250, blank=True)
    town = models.CharField(_("Ort"), max_length=100, blank=True)
    online_url = models.URLField(
        _("Link zur Online-Teilnahme"), blank=True, help_text=_("Pflicht bei online und hybrid.")
    )
    registration_url = models.URLField(_("Anmeldung (Link)"), blank=True)
    registration_deadline = models.DateTimeField(_("Anmeldeschluss"), null=True, blank=True)
    organiser = models.CharField(_("Veranstalter"), max_length=200, blank=True)
    is_free = models.BooleanField(_("Kostenfrei"), default=True)
    price = models.CharField(
        _("Preis"), max_length=120, blank=True, help_text=_("z. B. „25 €, ermäßigt 15 €“")
    )
    seats = models.PositiveIntegerField(
        _("Plätze"), null=True, blank=True, help_text=_("Leer lassen, wenn unbegrenzt.")
    )
    topics = ParentalManyToManyField(
        "knowledge.Topic", verbose_name=_("Themen"), blank=True, related_name="events"
    )
    body = StreamField(BodyBlock(), verbose_name=_("Beschreibung"), blank=True)

    content_panels = (
        Page.content_panels
        + TeaserMixin.teaser_panels
        + [
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                    FieldRowPanel([FieldPanel("all_day"), FieldPanel("status")]),
                    FieldPanel("format"),
                ],
                heading=_("Termin"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("attendance"),
                    FieldPanel("venue_place"),
                    FieldPanel("venue_name"),
                    FieldRowPanel([FieldPanel("venue_address"), FieldPanel("town")]),
                    FieldPanel("online_url"),
                ],
                heading=_("Ort und Teilnahme"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [FieldPanel("registration_url"), FieldPanel("registration_deadline")]
                    ),
                    FieldRowPanel(
                        [FieldPanel("is_free"), FieldPanel("price"), FieldPanel("seats")]
                    ),
                    FieldPanel("organiser"),
                ],
                heading=_("Anmeldung und Kosten"),
            ),
            FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            FieldPanel("body"),
        ]
    )
    search_fields = (
        Page.search_fields
        + TeaserMixin.teaser_search_fields
        + [
            index.SearchField("body"),
            index.SearchField("organiser"),
            index.SearchField("venue_name"),
            index.SearchField("town"),
            Topic.search_related("topics"),
            index.FilterField("start"),
            index.FilterField("end"),
            index.FilterField("attendance"),
            index.FilterField("status"),
        ]
    )
    api_fields = (
        TeaserMixin.teaser_api_fields
        + [APIField("venue_place", serializer=PublicPageField())]
        + [
            APIField(name)
            for name in (
                "start",
                "end",
                "all_day",
                "format",
                "status",
                "attendance",
                "venue_name",
                "venue_address",
                "town",
                "online_url",
                "registration_url",
                "registration_deadline",
                "organiser",
                "is_free",
                "price",
                "seats",
                "topics",
                "body",
            )
        ]
    )

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Veranstaltung")
        verbose_name_plural = _("Veranstaltungen")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("Das Ende liegt vor dem Beginn. Bitte Beginn und Ende prüfen.")
        if self.attendance != self.Attendance.OFFLINE and not self.online_url:
            errors["online_url"] = _(
                "Für Online- und Hybrid-Veranstaltungen bitte den Link angeben."
            )
        if self.registration_deadline and self.end and self.registration_deadline > self.end:
            errors["registration_deadline"] = _("Der Anmeldeschluss liegt nach dem Ende.")
        if errors:
            raise ValidationError(errors)

    @property
    def single_day(self) -> bool:
        """Starts and ends on the same day in Europe/Berlin."""
        return timezone.localtime(self.start).date() == timezone.localtime(self.end).date()

    @property
    def venue_page(self):
        """The venue's place page, if visitors may see it."""
        return self.venue_place if is_public(self.venue_place) else None

    @property
    def venue_label(self) -> str:
        return self.venue_page.title if self.venue_page else self.venue_name
