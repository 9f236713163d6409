"""The digest: what was published since a day and what is coming, in the API's serialization.

Sections in a fixed order (DIGEST_SECTIONS): new places, guides and cooperations (first
published on or after the start of `since` in Europe/Berlin, newest first), events starting
in the next weeks (soonest first), registration deadlines and application deadlines of
funding programmes in the same weeks (the next first). Only live pages without a password
or login restriction, of one language; read from the database on every call, so an
unpublished page is gone from the next digest at once.
"""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone, translation

from events import serializers as events
from events.models import EventPage
from knowledge import serializers as knowledge
from knowledge.models import CooperationPage, FundingProgramme, GuidePage
from kreativorte.local_time import local, local_midnight
from kreativorte.visibility import visible
from places import serializers as places
from places.models import PlacePage

BERLIN = ZoneInfo("Europe/Berlin")
DEFAULT_SINCE_DAYS = 30  # until there is a sent issue
DEFAULT_WEEKS = 6
SECTION_LIMIT = 30  # items per section, so the e-mail stays well under Gmail's 102 KB
DIGEST_SECTIONS = (
    "places",
    "guides",
    "cooperations",
    "events",
    "registration_deadlines",
    "funding_deadlines",
)


def days_before(today: datetime.date | None = None) -> datetime.date:
    """DEFAULT_SINCE_DAYS before today (Europe/Berlin): the start until an issue is sent."""
    today = today or timezone.localdate(timezone=BERLIN)
    return today - datetime.timedelta(days=DEFAULT_SINCE_DAYS)


def pages(model, request, locale: str):
    return visible(model.objects.filter(locale__language_code=locale), request)


def published_since(queryset, start: datetime.datetime):
    return queryset.filter(first_published_at__gte=start).order_by("-first_published_at", "-id")[
        :SECTION_LIMIT
    ]


def build_digest(
    since: datetime.date | None,
    *,
    request=None,
    locale: str = "de",
    weeks: int = DEFAULT_WEEKS,
    now: datetime.datetime | None = None,
) -> dict:
    """The digest as a dict with the sections in DIGEST_SECTIONS order.

    Without `since`, DEFAULT_SINCE_DAYS back; callers that know the issues pass
    `newsletter.models.default_since()`.

    Items are the v1 list items (place_summary, guide_summary, …), so URLs are absolute
    (through the request, or WAGTAILADMIN_BASE_URL without one).
    """
    since = since or days_before()
    now = now or timezone.now()
    start = local_midnight(since)
    until = now + datetime.timedelta(weeks=weeks)
    today = timezone.localtime(now, BERLIN).date()
    last_day = timezone.localtime(until, BERLIN).date()

    with translation.override(locale):  # names of terms in the digest's language
        new_places = published_since(places.for_summaries(pages(PlacePage, request, locale)), start)
        guides = published_since(
            knowledge.for_guide_summaries(pages(GuidePage, request, locale)), start
        )
        cooperations = published_since(
            knowledge.for_cooperation_summaries(pages(CooperationPage, request, locale)), start
        )
        listed_events = events.for_summaries(pages(EventPage, request, locale))
        coming = listed_events.filter(start__gte=now, start__lt=until).order_by("start", "id")
        registrations = listed_events.filter(
            registration_deadline__gte=now, registration_deadline__lt=until
        ).order_by("registration_deadline", "start", "id")
        programmes = FundingProgramme.objects.with_deadlines_between(
            today, last_day
        ).prefetch_related("topics")
        return {
            "since": since,
            "since_start": start,
            "until": until.astimezone(BERLIN),
            "locale": locale,
            "places": [places.summary(p, request) for p in new_places],
            "guides": [knowledge.guide_summary(g, request) for g in guides],
            "cooperations": [knowledge.cooperation_summary(c, request) for c in cooperations],
            "events": [events.summary(e, request) for e in coming[:SECTION_LIMIT]],
            "registration_deadlines": [
                {
                    **events.summary(e, request),
                    "registration_deadline": local(e.registration_deadline),
                }
                for e in registrations[:SECTION_LIMIT]
            ],
            "funding_deadlines": [
                knowledge.funding_summary(p, p.window_deadlines) for p in programmes[:SECTION_LIMIT]
            ],
        }
