"""Site-wide search: German query parsing, ranked mixed results, facets, snippets, logging.

The search page and the search API both use `run_search`, so they always agree.
"""

import html
import re
import unicodedata
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query as LoggedQuery
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.query import Or, PlainText

from events.models import EventPage
from knowledge.models import CooperationPage, GuidePage, Topic
from kreativorte.apitools import is_visible, thumbnail_images
from kreativorte.models import District
from places.models import PlacePage

from .models import ZeroResultQuery

SEARCHABLE = {
    "place": PlacePage,
    "guide": GuidePage,
    "cooperation": CooperationPage,
    "event": EventPage,
}
TYPE_LABELS = {
    "place": _("Orte"),
    "guide": _("Leitfäden"),
    "cooperation": _("Kooperationen"),
    "event": _("Veranstaltungen"),
}
MAX_QUERY_LENGTH = 1000
MAX_MATCHES = 200  # best matches considered for facets and paging (bounded work per query)
SNIPPET_LENGTH = 220
UMLAUT_SPELLINGS = (("ae", "a"), ("oe", "o"), ("ue", "u"))
WORD = re.compile(r"\w+", re.UNICODE)


class SearchUnavailable(Exception):
    """The search backend cannot be reached (e.g. Elasticsearch is down)."""


def backend_errors() -> tuple[type[Exception], ...]:
    """Exceptions meaning "the search service is down", not "the query is wrong"."""
    import elastic_transport
    import elasticsearch

    return (elastic_transport.TransportError, elasticsearch.ApiError, ConnectionError)


def fold(text: str) -> str:
    """Lower case without accents: "Görlitz" -> "gorlitz" (as the index folds)."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("ß", "ss"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def query_words(query: str) -> list[str]:
    return [word for word in WORD.findall(query) if len(word) > 1]


def spellings(word: str) -> set[str]:
    """A word and its umlaut-free spelling: "Goerlitz" also finds "Görlitz" (indexed as gorlitz)."""
    variants = {word}
    folded = fold(word)
    for written, plain in UMLAUT_SPELLINGS:
        if written in folded:
            variants.add(folded.replace(written, plain))
    return variants


def build_query(query: str, operator: str):
    """Every word must match (operator "and") or any (operator "or"), each in all its spellings."""
    words = query_words(query)
    if not words:
        return None
    terms = []
    for word in words:
        variants = sorted(spellings(word))
        terms.append(
            PlainText(variants[0]) if len(variants) == 1 else Or([PlainText(v) for v in variants])
        )
    if len(terms) == 1:
        return terms[0]
    combined = terms[0]
    for term in terms[1:]:
        combined = combined & term if operator == "and" else combined | term
    return combined


@dataclass
class Facet:
    value: str
    label: str
    count: int


@dataclass
class SearchResults:
    query: str
    total: int = 0
    hits: list = field(default_factory=list)  # specific pages of the requested window
    promotions: list = field(default_factory=list)
    facets: dict = field(default_factory=dict)  # name -> [Facet]
    matched_all_words: bool = True


def ranked_matches(query: str, locale_id, request) -> tuple[list, bool]:
    """Visible pages matching the query, best first; all words if possible, else any word."""
    pages = (
        Page.objects.live().filter(locale=locale_id).type(*SEARCHABLE.values()).specific(defer=True)
    )
    for operator in ("and", "or"):
        search_query = build_query(query, operator)
        if search_query is None:
            return [], True
        try:
            matches = list(pages.search(search_query)[:MAX_MATCHES])
        except backend_errors() as error:
            raise SearchUnavailable(str(error)) from error
        matches = [page for page in matches if is_visible(page, request)]
        if matches or len(query_words(query)) < 2:
            return title_matches_first(matches, query), operator == "and"
    return [], True


def query_stems(query: str) -> set[str]:
    """Folded word beginnings that count as a match when highlighting and ranking."""
    stems = {fold(variant)[:5] for word in query_words(query) for variant in spellings(word)}
    return {stem for stem in stems if len(stem) >= 2}


def matches_stem(word: str, stems: set[str]) -> bool:
    folded = fold(word)
    return any(folded.startswith(stem) for stem in stems)


def title_matches_first(pages, query: str) -> list:
    """Pages whose title holds a query word come first; the backend's order stays within.

    Titles are boosted in the index too; this keeps the rule on every backend
    (SQLite's FTS5 ranking weighs short bodies above titles).
    """
    stems = {fold(word)[:5] for word in query_words(query) for word in spellings(word)}

    def in_title(page):
        return any(
            fold(word).startswith(stem) for word in WORD.findall(page.title) for stem in stems
        )

    return sorted(pages, key=lambda page: not in_title(page))


def type_of(page) -> str:
    """ "place", "guide", … for a page, specific or not."""
    return types_by_content_type()[page.content_type_id]


def types_by_content_type() -> dict[int, str]:
    """Content type id -> API type; ContentType caches its lookups per process."""
    return {ContentType.objects.get_for_model(model).id: key for key, model in SEARCHABLE.items()}


def facet_values(pages) -> dict[int, dict[str, set[str]]]:
    """For each page id: its type, topic slugs and district slugs, in three queries."""
    ids = [page.pk for page in pages]
    values = {
        page.pk: {"type": {type_of(page)}, "topic": set(), "district": set()} for page in pages
    }
    for model in (GuidePage, EventPage):
        links = model.topics.through.objects.filter(**{f"{model._meta.model_name}_id__in": ids})
        for page_id, slug in links.values_list(f"{model._meta.model_name}_id", "topic__slug"):
            values[page_id]["topic"].add(slug)
    for model in (PlacePage, CooperationPage):
        for page_id, slug in model.objects.filter(id__in=ids).values_list("id", "district__slug"):
            values[page_id]["district"].add(slug)
    return values


def count_facets(values, matches) -> dict[str, list[Facet]]:
    labels = {
        "type": {key: str(label) for key, label in TYPE_LABELS.items()},
        "topic": dict(Topic.objects.values_list("slug", "name_de")),
        "district": dict(District.objects.values_list("slug", "name_de")),
    }
    if Locale.get_active().language_code == "en":
        labels["topic"] = {t.slug: t.name for t in Topic.objects.all()}
        labels["district"] = {d.slug: d.name for d in District.objects.all()}
    facets = {}
    for name in ("type", "topic", "district"):
        counts = {}
        for page in matches:
            for value in values[page.pk][name]:
                counts[value] = counts.get(value, 0) + 1
        facets[name] = sorted(
            (
                Facet(value, labels[name].get(value, value), count)
                for value, count in counts.items()
            ),
            key=lambda facet: (-facet.count, facet.label),
        )
    return facets


def run_search(
    query: str,
    *,
    request,
    locale: str = "de",
    filters: dict[str, list[str]] | None = None,
    offset: int = 0,
    limit: int = 20,
    log: bool = True,
) -> SearchResults:
    """Ranked results of one language with facet counts (before the facet filters narrow
    them down per facet), editors' picks first, and the query logged for the reports."""
    query = query.strip()
    results = SearchResults(query=query)
    if not query_words(query):
        return results
    locale_id = Locale.objects.filter(language_code=locale).values_list("id", flat=True).first()
    matches, results.matched_all_words = ranked_matches(query, locale_id, request)
    values = facet_values(matches)
    filters = {name: set(selected) for name, selected in (filters or {}).items() if selected}

    def passes(page, skip=None):
        return all(
            values[page.pk][name] & selected for name, selected in filters.items() if name != skip
        )

    narrowed = [page for page in matches if passes(page)]
    results.facets = {
        # A facet counts what the other filters leave, so choosing one value keeps the others visible.
        name: count_facets(values, [page for page in matches if passes(page, skip=name)])[name]
        for name in ("type", "topic", "district")
    }
    results.total = len(narrowed)
    window = [page.pk for page in narrowed[offset : offset + limit]]
    loaded = Page.objects.filter(pk__in=window).specific().in_bulk()
    results.hits = [loaded[pk] for pk in window]
    # Every searchable type has a listing image; fetch them with their thumbnails at once.
    prefetch_related_objects(results.hits, Prefetch("listing_image", thumbnail_images()))
    results.promotions = promotions(query, request) if offset == 0 else []
    if log:
        log_query(query, results.total)
    return results


def promotions(query: str, request) -> list:
    picks = (
        SearchPromotion.objects.filter(query__query_string=LoggedQuery.get(query).query_string)
        .select_related("page")
        .order_by("sort_order")
    )
    return [pick for pick in picks if pick.page is None or is_visible(pick.page, request)]


def log_query(query: str, total: int):
    """Count the query per day (Wagtail's search terms report) and remember fruitless ones."""
    LoggedQuery.get(query[:255]).add_hit()
    if total == 0:
        ZeroResultQuery.record(query)


def snippet(page, query: str) -> str:
    """A passage of the page's text around the first match, matched words in <mark>, HTML-safe."""
    text = " ".join(searchable_text(page))
    stems = query_stems(query)

    def matches(word):
        return matches_stem(word, stems)

    words = list(WORD.finditer(text))
    first = next((m for m in words if matches(m.group())), None)
    start = max(0, (first.start() if first else 0) - SNIPPET_LENGTH // 3)
    start = text.rfind(" ", 0, start) + 1 if start else 0
    passage = text[start : start + SNIPPET_LENGTH]
    pieces, last = [], 0
    for m in WORD.finditer(passage):
        pieces.append(html.escape(passage[last : m.start()]))
        pieces.append(
            f"<mark>{html.escape(m.group())}</mark>"
            if matches(m.group())
            else html.escape(m.group())
        )
        last = m.end()
    pieces.append(html.escape(passage[last:]))
    prefix = "… " if start else ""
    suffix = " …" if start + SNIPPET_LENGTH < len(text) else ""
    return prefix + "".join(pieces).strip() + suffix


def searchable_text(page) -> list[str]:
    """Teaser and body text, read from the stored JSON (no block objects: fast for a page of hits)."""
    parts = [page.teaser] if getattr(page, "teaser", "") else []
    body = getattr(page, "body", None)
    if body is not None:
        parts += [html.unescape(strip_tags(text)) for text in raw_strings(list(body.raw_data))]
    return [" ".join(part.split()) for part in parts if part]


def raw_strings(value):
    """Text in StreamField JSON; block types, ids and short choice values are not text."""
    if isinstance(value, str):
        if " " in value:
            yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("type", "id"):
                yield from raw_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from raw_strings(item)
