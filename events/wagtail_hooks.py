"""Hooks of the events app: when cached pages must be rendered anew."""

from django.db.models import Min, Q
from wagtail import hooks

from .models import EventPage


@hooks.register("next_content_change")
def next_event_moment(now):
    """The next start, end or registration deadline of a live event: lists of upcoming
    events, "Nächste Veranstaltungen" and registration notes change then."""
    moments = EventPage.objects.live().aggregate(
        start=Min("start", filter=Q(start__gt=now)),
        end=Min("end", filter=Q(end__gt=now)),
        registration=Min("registration_deadline", filter=Q(registration_deadline__gt=now)),
    )
    return min((moment for moment in moments.values() if moment), default=None)
