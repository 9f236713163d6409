"""API v1 search: mixed results with facets and highlighted snippets, and autocomplete."""

from typing import Literal

from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema

from knowledge.models import Topic
from kreativorte.api_errors import ApiError, ErrorResponse
from kreativorte.api_params import READ, SlugParam, TextParam
from kreativorte.api_schemas import Thumbnail
from kreativorte.paging import ListParams, next_page_url
from kreativorte.urls_media import page_url, thumbnail_data

from .service import (
    MAX_SUGGESTIONS,
    SearchUnavailable,
    query_words,
    run_search,
    suggestions,
    type_of,
)

router = Router(tags=["Suche"])
SearchType = Literal["place", "guide", "cooperation", "event"]


class SearchParams(ListParams):
    q: TextParam = Field("", description="Suchbegriffe; Anführungszeichen für Wortgruppen")
    type: list[SearchType] = Field([], description="Nur diese Arten; wiederholbar")
    topic: list[SlugParam] = Field([], description="Slug eines Themas; wiederholbar")
    district: list[SlugParam] = Field([], description="Slug eines Landkreises; wiederholbar")
    exact: bool = Field(
        False, description="Tippfehler nicht korrigieren: nur die Wörter wie eingegeben suchen"
    )


class SearchHit(Schema):
    id: int
    type: SearchType
    title: str
    url: str
    teaser: str
    snippet: str = Field(description="Textauszug; Treffer in <mark>, sonst HTML-maskiert")
    thumbnail: Thumbnail | None


class Promotion(Schema):
    title: str
    url: str
    description: str


class FacetValue(Schema):
    value: str
    label: str
    count: int


class Facets(Schema):
    type: list[FacetValue]
    topic: list[FacetValue]
    district: list[FacetValue]


class SearchResponse(Schema):
    query: str
    message: str | None
    suggestion: str | None = Field(
        description="„Meinten Sie …?“: die Suchanfrage mit korrigierten Tippfehlern, sonst null"
    )
    corrected: bool = Field(
        description="Die Treffer sind die des Vorschlags, weil die Anfrage nichts fand"
    )
    count: int
    count_is_estimate: bool = Field(
        description="Ein sehr häufiges Wort: count und die Zahlen der Facetten zählen nur die "
        "ersten 5.000 Treffer (Untergrenzen), die Seite zeigt „über 5.000 Treffer“"
    )
    limit: int
    offset: int
    next: str | None
    promotions: list[Promotion]
    facets: Facets
    results: list[SearchHit]


class Suggestion(Schema):
    text: str
    type: Literal["place", "guide", "event", "topic"]
    url: str | None


class Suggestions(Schema):
    query: str
    suggestions: list[Suggestion]


def unavailable():
    return ApiError(503, _("Die Suche ist gerade nicht erreichbar. Bitte später erneut versuchen."))


def hit_data(page, snippet, request) -> dict:
    return {
        "id": page.id,
        "type": type_of(page),
        "title": page.title,
        "url": page_url(page, request),
        "teaser": page.teaser,
        "snippet": snippet,
        "thumbnail": thumbnail_data(page.listing_image, request),
    }


def promotion_data(pick, request) -> dict:
    if pick.page is not None:
        return {
            "title": pick.page.title,
            "url": page_url(pick.page, request),
            "description": pick.description or getattr(pick.page.specific, "teaser", ""),
        }
    return {
        "title": pick.external_link_text,
        "url": pick.external_link_url,
        "description": pick.description,
    }


@router.api_operation(
    READ,
    "/",
    response={200: SearchResponse, 400: ErrorResponse, 503: ErrorResponse},
    summary="Volltextsuche über Orte, Leitfäden, Kooperationen und Veranstaltungen",
)
def search(request, params: Query[SearchParams]):
    """German full-text search (stemming, umlauts folded), ranked, with facet counts per type,
    topic and district; an empty query gives an empty result with a message."""
    try:
        results = run_search(
            params.q,
            request=request,
            locale=params.locale,
            filters={"type": params.type, "topic": params.topic, "district": params.district},
            offset=params.offset,
            limit=params.limit,
            correct=not params.exact,
        )
    except SearchUnavailable as error:
        raise unavailable() from error
    message = None
    if not results.query:
        message = _("Bitte einen Suchbegriff eingeben.")
    elif not results.total:
        message = _("Keine Treffer. Weniger oder andere Wörter helfen oft.")
    elif results.corrected:
        message = _(
            "Keine Treffer für „%(query)s“; gezeigt werden Treffer für „%(suggestion)s“."
        ) % {
            "query": results.query,
            "suggestion": results.suggestion,
        }
    elif not results.matched_all_words:
        message = _("Kein Treffer enthält alle Wörter; gezeigt werden Treffer mit einigen davon.")
    return {
        "query": results.query,
        "message": message,
        "suggestion": results.suggestion,
        "corrected": results.corrected,
        "count": results.total,
        "count_is_estimate": results.total_is_estimate,
        "limit": params.limit,
        "offset": params.offset,
        "next": next_page_url(request, params, results.total),
        "promotions": [promotion_data(pick, request) for pick in results.promotions],
        "facets": {name: [vars(f) for f in facets] for name, facets in results.facets.items()}
        or {"type": [], "topic": [], "district": []},
        "results": [hit_data(page, results.snippets[page.pk], request) for page in results.hits],
    }


class AutocompleteParams(Schema):
    q: TextParam = Field("", description="Anfang eines Titels oder Themas, ab 2 Zeichen")
    locale: Literal["de", "en"] = "de"


def suggestion_data(query: str, locale: str, request) -> list[dict]:
    """Titles of places, guides and events and topic names that start like the query."""
    query = " ".join(query_words(query))  # words only: quotes and operators mean nothing here
    if len(query) < 2:
        return []
    results = [
        {"text": page.title, "type": type_of(page), "url": page_url(page, request)}
        for page in suggestions(query, locale)
    ]
    topics = Topic.objects.filter(name_de__istartswith=query) | Topic.objects.filter(
        name_en__istartswith=query
    )
    results += [{"text": topic.name, "type": "topic", "url": None} for topic in topics[:3]]
    return results[:MAX_SUGGESTIONS]


@router.api_operation(
    READ,
    "/autocomplete/",
    response={200: Suggestions, 400: ErrorResponse, 503: ErrorResponse},
    summary="Vorschläge während der Eingabe",
)
def autocomplete(request, params: Query[AutocompleteParams]):
    try:
        return {"query": params.q, "suggestions": suggestion_data(params.q, params.locale, request)}
    except SearchUnavailable as error:
        raise unavailable() from error
