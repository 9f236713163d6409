"""API v1 for events: by date, upcoming first, times as ISO 8601 in Europe/Berlin."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Query, Router

from kreativorte.api_errors import ErrorResponse, bad_parameter, not_found
from kreativorte.api_params import FIRST_DAY, LAST_DAY, READ, SlugParam
from kreativorte.api_schemas import Block, PageDetail, PageRef, PageSummary, Term
from kreativorte.local_time import local_midnight
from kreativorte.page_data import (
    in_language,
    page_detail,
    page_ref,
    page_summary,
    stream_data,
    term_data,
)
from kreativorte.paging import ListParams, Paginated, paginated
from kreativorte.prefetch import listed, with_thumbnails
from kreativorte.term_filters import with_any_term
from kreativorte.visibility import is_visible, visible

from .models import EventPage

router = Router(tags=["Veranstaltungen"])


class EventParams(ListParams):
    date_from: datetime.date | None = Field(
        None,
        alias="from",
        ge=FIRST_DAY,
        le=LAST_DAY,
        description="Nur Veranstaltungen, die an oder nach diesem Tag enden (JJJJ-MM-TT)",
    )
    date_to: datetime.date | None = Field(
        None,
        alias="to",
        ge=FIRST_DAY,
        le=LAST_DAY,
        description="Nur Veranstaltungen, die an oder vor diesem Tag beginnen (JJJJ-MM-TT)",
    )
    upcoming: bool = Field(False, description="Nur laufende und kommende Veranstaltungen")
    topic: list[SlugParam] = Field([], description="Slug eines Themas; wiederholbar")


class EventSummary(PageSummary):
    start: datetime.datetime
    end: datetime.datetime
    all_day: bool
    format: str
    status: str
    attendance: str
    venue: str
    town: str
    is_free: bool


class EventDetail(EventSummary, PageDetail):
    venue_place: PageRef | None
    venue_address: str
    online_url: str
    registration_url: str
    registration_deadline: datetime.datetime | None
    organiser: str
    price: str
    seats: int | None
    topics: list[Term]
    body: list[Block]


def local(moment):
    """Aware time with the Europe/Berlin offset, so clients need no time-zone database."""
    return timezone.localtime(moment) if moment else None


def event_summary(event, request) -> dict:
    return {
        **page_summary(event, request),
        "start": local(event.start),
        "end": local(event.end),
        "all_day": event.all_day,
        "format": event.format,
        "status": event.status,
        "attendance": event.attendance,
        "venue": event.venue_place.title
        if is_visible(event.venue_place, request)
        else event.venue_name,
        "town": event.town,
        "is_free": event.is_free,
    }


def live_events(request):
    return visible(EventPage.objects.all(), request).select_related("venue_place")


@router.api_operation(
    READ,
    "/",
    response={200: Paginated[EventSummary], 400: ErrorResponse},
    summary="Veranstaltungen",
)
def list_events(request, params: Query[EventParams]):
    """Events of one language ordered by start."""
    found = listed(live_events(request).filter(locale__language_code=params.locale))
    if params.date_from and params.date_to and params.date_from > params.date_to:
        raise bad_parameter("to", _("to liegt vor from."))
    if params.date_from:
        found = found.filter(end__gte=local_midnight(params.date_from))
    if params.date_to:
        found = found.filter(start__lt=local_midnight(params.date_to + datetime.timedelta(days=1)))
    if params.upcoming:
        found = found.filter(end__gte=timezone.now())
    if params.topic:
        found = with_any_term(found, "topics", "topic", params.topic)
    page = found.order_by("start", "id")[params.offset : params.offset + params.limit]
    return paginated(request, params, found.count(), [event_summary(e, request) for e in page])


@router.api_operation(
    READ,
    "/{int:event_id}/",
    response={200: EventDetail, 404: ErrorResponse},
    summary="Eine Veranstaltung",
)
def event_detail(request, event_id: int):
    event = with_thumbnails(
        live_events(request).prefetch_related("topics").filter(id=event_id)
    ).first()
    if event is None:
        raise not_found(_("Eine Veranstaltung"))
    with in_language(event):
        return {
            **event_summary(event, request),
            **page_detail(event, request),
            "venue_place": page_ref(event.venue_place, request),
            "venue_address": event.venue_address,
            "online_url": event.online_url,
            "registration_url": event.registration_url,
            "registration_deadline": local(event.registration_deadline),
            "organiser": event.organiser,
            "price": event.price,
            "seats": event.seats,
            "topics": [term_data(t) for t in event.topics.all()],
            "body": stream_data(event.body, request),
        }
