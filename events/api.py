"""API v1 for events: by date, upcoming first, times as ISO 8601 in Europe/Berlin."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Query, Router

from kreativorte.api_errors import ErrorResponse, bad_parameter, first_or_404
from kreativorte.api_params import FIRST_DAY, LAST_DAY, READ, SlugParam
from kreativorte.local_time import local_midnight
from kreativorte.paging import ListParams, Paginated, paginated_queryset
from kreativorte.term_filters import with_any_term
from kreativorte.visibility import visible

from . import serializers
from .models import EventPage
from .serializers import EventDetail, EventSummary, for_details, for_summaries

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


def live_events(request):
    return visible(EventPage.objects.all(), request)


@router.api_operation(
    READ,
    "/",
    response={200: Paginated[EventSummary], 400: ErrorResponse},
    summary="Veranstaltungen",
)
def list_events(request, params: Query[EventParams]):
    """Events of one language ordered by start."""
    found = for_summaries(live_events(request).filter(locale__language_code=params.locale))
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
    return paginated_queryset(request, params, found.order_by("start", "id"), serializers.summary)


@router.api_operation(
    READ,
    "/{int:event_id}/",
    response={200: EventDetail, 404: ErrorResponse},
    summary="Eine Veranstaltung",
)
def event_detail(request, event_id: int):
    event = first_or_404(
        for_details(live_events(request).filter(id=event_id)), _("Eine Veranstaltung")
    )
    return serializers.detail(event, request)
