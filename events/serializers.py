"""Events as API v1, API v2 and the digest show them: one description.

Times are ISO 8601 with the Europe/Berlin offset. A field shown as it is needs one line
in EventFacts (list items and details) or EventDetailFacts (details only).
"""

import datetime

from ninja import Schema
from wagtail.api import APIField

from kreativorte.api_schemas import Block, PageDetail, PageRef, PageSummary, Term
from kreativorte.local_time import local
from kreativorte.prefetch import listed, with_thumbnails
from kreativorte.serializers import (
    PublicPageField,
    attributes,
    in_language,
    page_detail,
    page_ref,
    page_summary,
    stream_data,
    term_data,
    v2_api_fields,
)
from kreativorte.visibility import is_visible


class EventFacts(Schema):
    all_day: bool
    format: str
    status: str
    attendance: str
    town: str
    is_free: bool


class EventSummary(EventFacts, PageSummary):
    start: datetime.datetime
    end: datetime.datetime
    venue: str


class EventDetailFacts(Schema):
    venue_address: str
    online_url: str
    registration_url: str
    organiser: str
    price: str
    seats: int | None


class EventDetail(EventDetailFacts, EventSummary, PageDetail):
    venue_place: PageRef | None
    registration_deadline: datetime.datetime | None
    topics: list[Term]
    body: list[Block]


V2_FIELDS = v2_api_fields(
    EventFacts,
    EventDetailFacts,
    extra=[
        APIField("venue_place", serializer=PublicPageField()),
        APIField("start"),
        APIField("end"),
        APIField("venue_name"),
        APIField("registration_deadline"),
        APIField("topics"),
        APIField("body"),
    ],
)


def for_summaries(events):
    return listed(events).select_related("venue_place")


def for_details(events):
    return with_thumbnails(events).select_related("venue_place").prefetch_related("topics")


def summary(event, request=None) -> dict:
    return {
        **page_summary(event, request),
        **attributes(event, EventFacts),
        "start": local(event.start),
        "end": local(event.end),
        "venue": event.venue_place.title
        if is_visible(event.venue_place, request)
        else event.venue_name,
    }


def detail(event, request) -> dict:
    with in_language(event):
        return {
            **summary(event, request),
            **page_detail(event, request),
            **attributes(event, EventDetailFacts),
            "venue_place": page_ref(event.venue_place, request),
            "registration_deadline": local(event.registration_deadline),
            "topics": [term_data(t) for t in event.topics.all()],
            "body": stream_data(event.body, request),
        }
