"""API v1 for guides and cooperation stories."""

from django.utils.translation import gettext as _
from ninja import Field, Query, Router

from kreativorte.apitools import (
    READ,
    Block,
    ErrorResponse,
    ListParams,
    PageDetail,
    PageSummary,
    Paginated,
    SlugParam,
    Term,
    TextParam,
    in_language,
    known_slugs,
    listed,
    not_found,
    page_detail,
    page_summary,
    paginated,
    rich_text_html,
    stream_data,
    term_data,
    visible,
    with_any_term,
    with_thumbnails,
)
from kreativorte.models import District, SubMarket
from kreativorte.search import search_ids

from .models import CooperationPage, GuidePage

guides = Router(tags=["Leitfäden"])
cooperations = Router(tags=["Kooperationen"])
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
