"""All upcoming events as one iCalendar feed (/feeds/veranstaltungen.ics, /en/…)."""

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from kreativorte.feeds import active_locale
from kreativorte.urls_media import page_url
from kreativorte.visibility import is_visible, restricted_paths, visible

from .ical import events_calendar
from .models import EventPage


def upcoming_events(request, locale):
    """Live, public events of the locale that have not ended, soonest first."""
    events = EventPage.objects.filter(locale=locale, end__gte=timezone.now())
    return visible(events.defer_streamfields(), request).select_related("venue_place")


@require_safe
@cache_control(public=True, max_age=0, must_revalidate=True)
def events_ics(request):
    events = list(upcoming_events(request, active_locale()).order_by("start", "pk"))
    restricted_paths(request)  # one query, cached on the request
    entries = [
        (
            event,
            page_url(event, request),
            event.venue_place if is_visible(event.venue_place, request) else None,
        )
        for event in events
    ]
    body = events_calendar(_("Kreativorte Sachsen – Veranstaltungen"), entries)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="veranstaltungen.ics"'
    return response
