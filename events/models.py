"""Events: conferences, workshops, round tables, open studios; offline, online or hybrid."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from knowledge.models import Topic
from kreativorte.blocks import BodyBlock
from kreativorte.page_permissions import LeafPagePermissions
from kreativorte.pages import ExternalPreviewMixin, IndexPage, TeaserMixin
from kreativorte.prefetch import with_thumbnails
from kreativorte.text import german_slugify
from kreativorte.urls_media import absolute
from kreativorte.visibility import is_public, is_visible, restricted_paths

from . import serializers, structured_data
from .ical import event_calendar


class EventIndexPage(IndexPage):
    index_template = "events/event_index_page.html"
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("Veranstaltungen-Übersicht")
        verbose_name_plural = _("Veranstaltungen-Übersichten")

    PAST_PER_PAGE = 20

    def get_context(self, request, *args, **kwargs):
        """Upcoming events (soonest first), then past ones (latest first, paginated).

        A fixed number of queries for any number of events: topics, listing images
        with their thumbnails and the venues are prefetched, and view restrictions
        are read once per request.
        """
        context = super().get_context(request, *args, **kwargs)
        events = with_thumbnails(
            self.live_children(EventPage).defer_streamfields().select_related("venue_place")
        ).prefetch_related("topics")
        now = timezone.now()
        upcoming = list(events.filter(end__gte=now).order_by("start", "pk"))
        past = Paginator(events.filter(end__lt=now).order_by("-start", "-pk"), self.PAST_PER_PAGE)
        past_page = past.get_page(request.GET.get("page"))
        past_page.object_list = list(past_page.object_list)
        restricted_paths(request)  # one query, cached on the request
        for event in [*upcoming, *past_page.object_list]:
            event.listed_venue = (
                event.venue_place.title
                if is_visible(event.venue_place, request)
                else event.venue_name
            )
        context["listing"] = {"upcoming": upcoming, "past": past_page}
        context["past_page"] = past_page
        return context


class EventPage(LeafPagePermissions, ExternalPreviewMixin, RoutablePageMixin, TeaserMixin, Page):
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
    unpublish_after_end = models.BooleanField(
        _("Nach dem Ende automatisch depublizieren"),
        default=False,
        help_text=_(
            "Die Seite wird nach dem Ende der Veranstaltung automatisch offline genommen "
            "(„Veröffentlicht bis“ im Zeitplan der Seite, Seitenleiste „Status“, folgt dann "
            "dem Ende). Ohne Haken bleibt sie im Archiv vergangener Veranstaltungen."
        ),
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
                    FieldPanel("unpublish_after_end"),
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
    api_fields = serializers.V2_FIELDS

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Veranstaltung")
        verbose_name_plural = _("Veranstaltungen")

    def follow_end_with_expiry(self):
        """With `unpublish_after_end`, the expiry date is the end; unticking clears it again."""
        if self.unpublish_after_end and self.end:
            self.expire_at = self.end
        elif not self.unpublish_after_end and self.end and self.expire_at == self.end:
            self.expire_at = None

    def save(self, *args, **kwargs):
        self.follow_end_with_expiry()
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        self.follow_end_with_expiry()  # the admin saves drafts of live pages as revisions only
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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        url = self.get_url(request)
        context["ics_url"] = url + self.reverse_subpage("ics") if url and self.live else None
        context["registration_closed"] = bool(
            self.registration_deadline and self.registration_deadline < timezone.now()
        )
        context["event_json_ld"] = structured_data.event(self, request)
        return context

    @path("ics/", name="ics")
    def ics(self, request):
        """This event as an iCalendar download (Wagtail routes only to live pages it may show)."""
        response = HttpResponse(
            event_calendar(self, self.full_url_for(request)),
            content_type="text/calendar; charset=utf-8",
        )
        filename = german_slugify(self.slug) or "veranstaltung"  # ASCII for every client
        response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
        return response

    def full_url_for(self, request) -> str:
        return absolute(self.get_url(request), request)

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
