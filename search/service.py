"""Site-wide search: German query parsing, ranked mixed results, facets, snippets, logging.

The search page and the search API both use `run_search`, so they always agree.
"""

import functools
import html
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import (
    BooleanField,
    FloatField,
    Prefetch,
    QuerySet,
    prefetch_related_objects,
)
from django.db.models.expressions import RawSQL
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query as LoggedQuery
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.query import Or, PlainText

from knowledge.models import Topic
from kreativorte.gc_tuning import no_gc_pauses
from kreativorte.models import District
from kreativorte.page_cache import replay_on_cache_hit
from kreativorte.prefetch import thumbnail_images
from kreativorte.visibility import is_visible

from .documents import SEARCHABLE
from .models import SearchDocument, ZeroResultQuery

TYPE_LABELS = {
    "place": _("Orte"),
    "guide": _("Leitfäden"),
    "cooperation": _("Kooperationen"),
    "event": _("Veranstaltungen"),
}
MAX_QUERY_LENGTH = 1000
FACETS = ("type", "topic", "district")
MAX_MATCHES = 200  # Wagtail's backend: best matches considered for facets and paging
MAX_SUGGESTIONS = 8
MAX_SUGGESTION_CANDIDATES = 100
SEARCH_CONFIG = "kreativorte_german"  # created by migration search/0001
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


@functools.lru_cache(maxsize=8192)  # snippets fold the same few thousand words over and over
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
    snippets: dict = field(default_factory=dict)  # page id -> highlighted passage
    promotions: list = field(default_factory=list)
    facets: dict = field(default_factory=dict)  # name -> [Facet]
    matched_all_words: bool = True


class Match(NamedTuple):
    """One matching document: what ordering, filtering and facet counting need.

    Plain tuples: a broad query matches tens of thousands of documents.
    """

    page_id: int
    type: str
    district: str
    topics: str  # slugs separated by spaces


def match_rows(documents: QuerySet) -> list[Match]:
    """Straight from the cursor: Django's row handling would cost more than the search."""
    rows = documents.values_list("page_id", "kind", "district", "topics")
    try:
        sql, params = rows.query.sql_with_params()
    except EmptyResultSet:  # e.g. `page_id__in=[]`
        return []
    with connection.cursor() as cursor, no_gc_pauses():  # up to one tuple per document
        cursor.execute(sql, params)
        return list(map(Match._make, cursor.fetchall()))


def uses_documents() -> bool:
    """PostgreSQL with the database backend: match in the search documents' GIN index.

    Elasticsearch, and SQLite's FTS5, match through Wagtail's backend instead; the
    documents then keep only what is public and carry the facet values.
    """
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
    return connection.vendor == "postgresql" and backend == "wagtail.search.backends.database"


def tsquery(query: str, operator: str, *, suffix: str = "") -> str:
    """to_tsquery text: each word in all its spellings; words are \\w+, so quoting is safe."""
    join = " & " if operator == "and" else " | "
    return join.join(
        "(" + " | ".join(f"'{v}'{suffix}" for v in sorted(spellings(word))) + ")"
        for word in query_words(query)
    )


def matches_tsquery(text: str, column: str = "vector", config: str = SEARCH_CONFIG) -> RawSQL:
    return RawSQL(f"{column} @@ to_tsquery(%s::regconfig, %s)", [config, text], BooleanField())


def matched_documents(query: str, documents: QuerySet) -> tuple[list[Match], bool]:
    """Every match, best first: title matches, then by ts_rank; all words if possible, else any."""
    for operator in ("and", "or"):
        text = tsquery(query, operator)
        rank = RawSQL(
            "ts_rank(vector, to_tsquery(%s::regconfig, %s))", [SEARCH_CONFIG, text], FloatField()
        )
        ranked = (
            documents.filter(matches_tsquery(text))
            .alias(in_title=matches_tsquery(tsquery(query, "or", suffix=":A")), rank=rank)
            .order_by("-in_title", "-rank", "page_id")
        )
        found = match_rows(ranked)
        if found or len(query_words(query)) < 2:
            return found, operator == "and"
    return [], True


def matched_by_backend(query: str, documents: QuerySet, locale_id) -> tuple[list[Match], bool]:
    """The best MAX_MATCHES of Wagtail's backend (SQLite FTS5, Elasticsearch), public ones kept."""
    pages = Page.objects.live().filter(locale=locale_id).type(*SEARCHABLE.values())
    for operator in ("and", "or"):
        try:
            found = list(pages.search(build_query(query, operator))[:MAX_MATCHES])
        except backend_errors() as error:
            raise SearchUnavailable(str(error)) from error
        if found or len(query_words(query)) < 2:
            public = {m.page_id: m for m in match_rows(documents.filter(page_id__in=found))}
            ranked = [
                public[page.pk] for page in title_matches_first(found, query) if page.pk in public
            ]
            return ranked, operator == "and"
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

    SQLite's FTS5 ranking weighs short bodies above titles; this keeps the rule there.
    """
    stems = query_stems(query)
    return sorted(
        pages, key=lambda page: not any(matches_stem(w, stems) for w in WORD.findall(page.title))
    )


def type_of(page) -> str:
    """ "place", "guide", … for a page, specific or not."""
    return types_by_content_type()[page.content_type_id]


def types_by_content_type() -> dict[int, str]:
    """Content type id -> API type; ContentType caches its lookups per process."""
    return {ContentType.objects.get_for_model(model).id: key for key, model in SEARCHABLE.items()}


def facet_values(match: Match, name: str) -> list[str]:
    if name == "topic":
        return match.topics.split()
    value = match.type if name == "type" else match.district
    return [value] if value else []


def narrow(matches: list[Match], filters: dict[str, set[str]]) -> dict[str, list[Match]]:
    """What each facet counts (every filter but its own applies) and, under "", the results."""
    passing = {  # one pass per chosen filter
        name: [not selected.isdisjoint(facet_values(m, name)) for m in matches]
        for name, selected in filters.items()
    }
    kept = {}
    for skip in ("", *FACETS):
        checks = [passing[name] for name in passing if name != skip]
        if not checks:
            kept[skip] = matches
            continue
        kept[skip] = [m for m, *ok in zip(matches, *checks, strict=True) if all(ok)]
    return kept


def count_facet(name: str, matches: list[Match]) -> Counter:
    if name == "topic":
        return Counter(" ".join(m.topics for m in matches).split())
    counts = Counter(m.type if name == "type" else m.district for m in matches)
    counts.pop("", None)
    return counts


def facet_labels() -> dict[str, dict[str, str]]:
    english = Locale.get_active().language_code == "en"
    return {
        "type": {key: str(label) for key, label in TYPE_LABELS.items()},
        "topic": {t.slug: t.name_en if english else t.name_de for t in Topic.objects.all()},
        "district": {d.slug: d.name_en if english else d.name_de for d in District.objects.all()},
    }


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
    documents = SearchDocument.objects.filter(locale_id=locale_id)
    if uses_documents():
        matches, results.matched_all_words = matched_documents(query, documents)
    else:
        matches, results.matched_all_words = matched_by_backend(query, documents, locale_id)
    filters = {name: set(selected) for name, selected in (filters or {}).items() if selected}
    kept = narrow(matches, filters)
    labels = facet_labels()
    for name in FACETS:
        # A facet counts what the other filters leave, so choosing one value keeps the others visible.
        counts = count_facet(name, kept[name])
        results.facets[name] = sorted(
            (Facet(value, labels[name].get(value, value), n) for value, n in counts.items()),
            key=lambda facet: (-facet.count, facet.label),
        )
    narrowed = kept[""]
    results.total = len(narrowed)
    window = [m.page_id for m in narrowed[offset : offset + limit]]
    loaded = Page.objects.filter(pk__in=window).specific().in_bulk()
    results.hits = [loaded[pk] for pk in window]
    # Every searchable type has a listing image; fetch them with their thumbnails at once.
    prefetch_related_objects(results.hits, Prefetch("listing_image", thumbnail_images()))
    texts = SearchDocument.objects.filter(page_id__in=window).values_list(
        "page_id", "summary", "text"
    )
    results.snippets = {pk: snippet(f"{summary}\n{text}", query) for pk, summary, text in texts}
    results.promotions = promotions(query, request) if offset == 0 else []
    if log:
        replay_on_cache_hit(request, log_query, query, results.total)
    return results


def suggestions(query: str, locale: str) -> list[Page]:
    """Up to `MAX_SUGGESTIONS` places, guides and events whose title has a word starting so."""
    locale_id = Locale.objects.filter(language_code=locale).values_list("id", flat=True).first()
    documents = SearchDocument.objects.filter(
        locale_id=locale_id, kind__in=("place", "guide", "event")
    )
    if uses_documents():
        prefixes = tsquery(query, "and", suffix=":*")
        found = documents.filter(matches_tsquery(prefixes, "title_vector", "kreativorte_simple"))
        # Bounded work: a short prefix matches thousands of titles in a large corpus.
        candidates = list(found.values_list("page_id", "title")[:MAX_SUGGESTION_CANDIDATES])
        start = fold(query)
        candidates.sort(key=lambda c: (not fold(c[1]).startswith(start), len(c[1]), c[1]))
        ids = [pk for pk, _ in candidates[:MAX_SUGGESTIONS]]
    else:
        pages = Page.objects.live().filter(locale=locale_id).type(*SEARCHABLE.values())
        try:
            found = [page.pk for page in pages.autocomplete(query)[: MAX_SUGGESTIONS * 2]]
        except backend_errors() as error:
            raise SearchUnavailable(str(error)) from error
        public = set(documents.filter(page_id__in=found).values_list("page_id", flat=True))
        ids = [pk for pk in found if pk in public][:MAX_SUGGESTIONS]
    pages = Page.objects.in_bulk(ids)
    return [pages[pk] for pk in ids]


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


def snippet(text: str, query: str) -> str:
    """A passage of a text around the first match, matched words in <mark>, HTML-safe."""
    text = " ".join(text.split())
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
