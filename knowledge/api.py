"""API v1 for guides, cooperation stories and funding programmes with their deadlines."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema

from kreativorte.api_errors import ErrorResponse, bad_parameter, not_found
from kreativorte.api_params import FIRST_DAY, LAST_DAY, READ, SlugParam, TextParam
from kreativorte.api_schemas import Block, PageDetail, PageSummary, Term
from kreativorte.models import District, SubMarket
from kreativorte.page_data import in_language, page_detail, page_summary, stream_data, term_data
from kreativorte.paging import ListParams, Paginated, paginated
from kreativorte.prefetch import listed, with_thumbnails
from kreativorte.search import search_ids
from kreativorte.term_filters import known_slugs, with_any_term
from kreativorte.urls_media import rich_text_html
from kreativorte.visibility import visible

from .models import CooperationPage, FundingProgramme, GuidePage

guides = Router(tags=["Leitfäden"])
cooperations = Router(tags=["Kooperationen"])
funding = Router(tags=["Förderprogramme"])
ERRORS = {400: ErrorResponse}


class GuideParams(ListParams):
    topic: list[SlugParam] = Field([], description="Slug eines Themas; wiederholbar")
    q: TextParam | None = Field(None, description="Volltextsuche")


class GuideSummary(PageSummary):
    topics: list[Term]
    audience: str
    reading_time: int


class GuideDetail(GuideSummary, PageDetail):
    last_reviewed: str | None
    body: list[Block]


def guide_summary(guide, request) -> dict:
    return {
        **page_summary(guide, request),
        "topics": [term_data(t) for t in guide.topics.all()],
        "audience": guide.audience,
        "reading_time": guide.reading_time,
    }


def live_guides(request):
    return visible(GuidePage.objects.all(), request).prefetch_related("topics")


@guides.api_operation(
    READ, "/", response={200: Paginated[GuideSummary], **ERRORS}, summary="Leitfäden auflisten"
)
def list_guides(request, params: Query[GuideParams]):
    found = listed(live_guides(request).filter(locale__language_code=params.locale))
    if params.topic:
        found = with_any_term(found, "topics", "topic", params.topic)
    if params.q:
        found = found.filter(id__in=search_ids(GuidePage, params.q, params.locale))
    page = found.order_by("title", "id")[params.offset : params.offset + params.limit]
    return paginated(request, params, found.count(), [guide_summary(g, request) for g in page])


@guides.api_operation(
    READ,
    "/{int:guide_id}/",
    response={200: GuideDetail, 404: ErrorResponse},
    summary="Ein Leitfaden",
)
def guide_detail(request, guide_id: int):
    guide = with_thumbnails(live_guides(request).filter(id=guide_id)).first()
    if guide is None:
        raise not_found(_("Einen Leitfaden"))
    with in_language(guide):
        return {
            **guide_summary(guide, request),
            **page_detail(guide, request),
            "last_reviewed": guide.last_reviewed.isoformat() if guide.last_reviewed else None,
            "body": stream_data(guide.body, request),
        }


class CooperationParams(ListParams):
    district: list[SlugParam] = Field([], description="Slug eines Landkreises; wiederholbar")
    submarket: list[SlugParam] = Field([], description="Slug des Teilmarkts des Kreativpartners")


class CooperationSummary(PageSummary):
    creative_partner: str
    creative_submarket: Term
    business_partner: str
    trade: str
    district: Term
    innovation_kind: str


class CooperationDetail(CooperationSummary, PageDetail):
    other_partners: str
    region_context: str
    origin: str
    value_for_partners: str
    value_for_region: str
    advice: str
    body: list[Block]


def cooperation_summary(story, request) -> dict:
    return {
        **page_summary(story, request),
        "creative_partner": story.creative_partner,
        "creative_submarket": term_data(story.creative_submarket),
        "business_partner": story.business_partner,
        "trade": story.trade,
        "district": term_data(story.district),
        "innovation_kind": story.innovation_kind,
    }


def live_cooperations(request):
    return visible(CooperationPage.objects.all(), request).select_related(
        "district", "creative_submarket"
    )


@cooperations.api_operation(
    READ,
    "/",
    response={200: Paginated[CooperationSummary], **ERRORS},
    summary="Kooperationen auflisten",
)
def list_cooperations(request, params: Query[CooperationParams]):
    found = listed(live_cooperations(request).filter(locale__language_code=params.locale))
    if params.district:
        found = found.filter(district__slug__in=known_slugs(District, "district", params.district))
    if params.submarket:
        slugs = known_slugs(SubMarket, "submarket", params.submarket)
        found = found.filter(creative_submarket__slug__in=slugs)
    page = found.order_by("title", "id")[params.offset : params.offset + params.limit]
    return paginated(
        request, params, found.count(), [cooperation_summary(c, request) for c in page]
    )


@cooperations.api_operation(
    READ,
    "/{int:cooperation_id}/",
    response={200: CooperationDetail, 404: ErrorResponse},
    summary="Eine Kooperation",
)
def cooperation_detail(request, cooperation_id: int):
    story = with_thumbnails(live_cooperations(request).filter(id=cooperation_id)).first()
    if story is None:
        raise not_found(_("Eine Kooperation"))
    rich = ["region_context", "origin", "value_for_partners", "value_for_region", "advice"]
    with in_language(story):
        return {
            **cooperation_summary(story, request),
            **page_detail(story, request),
            "other_partners": story.other_partners,
            **{name: rich_text_html(getattr(story, name), request) for name in rich},
            "body": stream_data(story.body, request),
        }


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


class Deadline(Schema):
    date: datetime.date
    label: str


class FundingSummary(Schema):
    id: int
    name: str
    provider: str
    url: str
    target_group: str
    funding_rate: str
    region: str
    topics: list[Term]
    deadlines: list[Deadline] = Field(description="Antragsfristen, die nächste zuerst")


class FundingDetail(FundingSummary):
    description: str = Field(description="Beschreibung als HTML")


def funding_summary(programme, deadlines=None) -> dict:
    return {
        **programme.api_data(deadlines),
        "topics": [term_data(t) for t in programme.topics.all()],
    }


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
    programme = FundingProgramme.objects.prefetch_related("topics").filter(id=programme_id).first()
    if programme is None:
        raise not_found(_("Ein Förderprogramm"))
    return {
        **funding_summary(programme),
        "description": rich_text_html(programme.description, request),
    }
