"""API v1 for guides, cooperation stories and funding programmes with their deadlines."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Query, Router

from kreativorte.api_errors import ErrorResponse, bad_parameter, first_or_404
from kreativorte.api_params import FIRST_DAY, LAST_DAY, READ, SlugParam, TextParam
from kreativorte.models import District, SubMarket
from kreativorte.paging import ListParams, Paginated, paginated, paginated_queryset
from kreativorte.search import search_ids
from kreativorte.term_filters import known_slugs, with_any_term
from kreativorte.visibility import visible

from . import serializers
from .models import CooperationPage, FundingProgramme, GuidePage
from .serializers import (
    CooperationDetail,
    CooperationSummary,
    FundingDetail,
    FundingSummary,
    GuideDetail,
    GuideSummary,
    cooperation_summary,
    for_cooperation_details,
    for_cooperation_summaries,
    for_guide_details,
    for_guide_summaries,
    funding_summary,
    guide_summary,
)

guides = Router(tags=["Leitfäden"])
cooperations = Router(tags=["Kooperationen"])
funding = Router(tags=["Förderprogramme"])
ERRORS = {400: ErrorResponse}


class GuideParams(ListParams):
    topic: list[SlugParam] = Field([], description="Slug eines Themas; wiederholbar")
    q: TextParam | None = Field(None, description="Volltextsuche")


def live_guides(request):
    return visible(GuidePage.objects.all(), request)


@guides.api_operation(
    READ, "/", response={200: Paginated[GuideSummary], **ERRORS}, summary="Leitfäden auflisten"
)
def list_guides(request, params: Query[GuideParams]):
    found = for_guide_summaries(live_guides(request).filter(locale__language_code=params.locale))
    if params.topic:
        found = with_any_term(found, "topics", "topic", params.topic)
    if params.q:
        found = found.filter(id__in=search_ids(GuidePage, params.q, params.locale))
    return paginated_queryset(request, params, found.order_by("title", "id"), guide_summary)


@guides.api_operation(
    READ,
    "/{int:guide_id}/",
    response={200: GuideDetail, 404: ErrorResponse},
    summary="Ein Leitfaden",
)
def guide_detail(request, guide_id: int):
    guide = first_or_404(
        for_guide_details(live_guides(request).filter(id=guide_id)), _("Einen Leitfaden")
    )
    return serializers.guide_detail(guide, request)


class CooperationParams(ListParams):
    district: list[SlugParam] = Field([], description="Slug eines Landkreises; wiederholbar")
    submarket: list[SlugParam] = Field([], description="Slug des Teilmarkts des Kreativpartners")


def live_cooperations(request):
    return visible(CooperationPage.objects.all(), request)


@cooperations.api_operation(
    READ,
    "/",
    response={200: Paginated[CooperationSummary], **ERRORS},
    summary="Kooperationen auflisten",
)
def list_cooperations(request, params: Query[CooperationParams]):
    found = for_cooperation_summaries(
        live_cooperations(request).filter(locale__language_code=params.locale)
    )
    if params.district:
        found = found.filter(district__slug__in=known_slugs(District, "district", params.district))
    if params.submarket:
        slugs = known_slugs(SubMarket, "submarket", params.submarket)
        found = found.filter(creative_submarket__slug__in=slugs)
    return paginated_queryset(request, params, found.order_by("title", "id"), cooperation_summary)


@cooperations.api_operation(
    READ,
    "/{int:cooperation_id}/",
    response={200: CooperationDetail, 404: ErrorResponse},
    summary="Eine Kooperation",
)
def cooperation_detail(request, cooperation_id: int):
    stories = for_cooperation_details(live_cooperations(request).filter(id=cooperation_id))
    story = first_or_404(stories, _("Eine Kooperation"))
    return serializers.cooperation_detail(story, request)


class FundingParams(ListParams):
    deadline_after: datetime.date | None = Field(
        None,
        ge=FIRST_DAY,
        le=LAST_DAY,
        description=(
            "Nur Programme mit einer Antragsfrist an oder nach diesem Tag (JJJJ-MM-TT), "
            "nur diese Fristen; ohne Angabe ab heute"
        ),
    )
    deadline_before: datetime.date | None = Field(
        None,
        ge=FIRST_DAY,
        le=LAST_DAY,
        description=(
            "Nur Antragsfristen an oder vor diesem Tag (JJJJ-MM-TT); "
            "nicht vor deadline_after (ohne Angabe: heute)"
        ),
    )
    topic: list[SlugParam] = Field([], description="Slug eines Themas; wiederholbar")


@funding.api_operation(
    READ,
    "/",
    response={200: Paginated[FundingSummary], **ERRORS},
    summary="Förderprogramme mit Antragsfristen",
)
def list_funding(request, params: Query[FundingParams]):
    """Programme mit mindestens einer Antragsfrist von `deadline_after` (ohne Angabe: heute)
    bis `deadline_before`, nach der nächsten dieser Fristen sortiert; jedes nennt nur diese."""
    start = params.deadline_after or timezone.localdate()
    end = params.deadline_before
    if end is not None and end < start:
        raise bad_parameter(
            "deadline_before",
            _("deadline_before liegt vor deadline_after (ohne deadline_after: vor heute)."),
        )
    found = FundingProgramme.objects.with_deadlines_between(start, end).prefetch_related("topics")
    if params.topic:
        found = with_any_term(found, "topics", "topic", params.topic)
    page = found[params.offset : params.offset + params.limit]
    return paginated(
        request,
        params,
        found.count(),
        [funding_summary(p, p.window_deadlines) for p in page],
    )


@funding.api_operation(
    READ,
    "/{int:programme_id}/",
    response={200: FundingDetail, 404: ErrorResponse},
    summary="Ein Förderprogramm",
)
def funding_detail(request, programme_id: int):
    """Das Programm mit seinen Antragsfristen ab heute."""
    programmes = FundingProgramme.objects.prefetch_related("topics").filter(id=programme_id)
    programme = first_or_404(programmes, _("Ein Förderprogramm"))
    return serializers.funding_detail(programme, request)
