"""Site-wide search: German query parsing, ranked mixed results, facets, snippets, logging.

The search page and the search API both use `run_search`, so they always agree.
"""

import html
import re
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
from wagtail.search.query import Or

from knowledge.models import Topic
from kreativorte.gc_tuning import no_gc_pauses
from kreativorte.models import District
from kreativorte.page_cache import replay_on_cache_hit
from kreativorte.prefetch import thumbnail_images
from kreativorte.visibility import is_visible

from . import synonyms, typos
from .analysis import backend_term, config, tsquery_term
from .documents import SEARCHABLE
from .folding import fold
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
DATABASE_BACKENDS = ("search.backend", "wagtail.search.backends.database")
MAX_COUNTED = 5000  # more matches (a word in most documents): rank and count a bounded set
MAX_SUGGESTIONS = 8
MAX_SUGGESTION_CANDIDATES = 100
FEW_RESULTS = 3  # fewer results than this: look for a typo
MAX_CORRECTED_WORDS = 3
AUTOCOMPLETE_TYPO_AFTER = 4  # letters typed before autocomplete allows one typo
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


def query_words(query: str) -> list[str]:
    return [word for word in WORD.findall(query) if len(word) > 1]


def spellings(word: str) -> set[str]:
    """A word, its umlaut-free spelling ("Goerlitz" also finds "Görlitz", indexed as gorlitz)
    and, during a search, the terms of its synonym groups ("Zuschuss": "Fördermittel", …).

    A term of several words ("leerstehende Gebäude") is one variant: all its words match.
    """
    variants = {word, *synonyms.expansions(word)}
    folded = fold(word)
    for written, plain in UMLAUT_SPELLINGS:
        if written in folded:
            variants.add(folded.replace(written, plain))
    return variants


def build_query(query: str, operator: str, *, language: str = "de"):
    """Every word must match (operator "and") or any (operator "or"), each in all its spellings
    (a German compound also as all of its parts)."""
    words = query_words(query)
    if not words:
        return None
    terms = []
    for word in words:
        variants = [backend_term(v, language) for v in sorted(spellings(word))]
        terms.append(variants[0] if len(variants) == 1 else Or(variants))
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
    total_is_estimate: bool = (
        False  # more than MAX_COUNTED matches: total and facets are lower bounds
    )
    suggestion: str | None = None  # "Meinten Sie …?": the query with its typos corrected
    corrected: bool = False  # the results are the suggestion's (the query found nothing)


class Match(NamedTuple):
    """One matching document: what ordering, filtering and facet counting need.

    Plain tuples: a broad query matches tens of thousands of documents.
    """

    page_id: int
    type: str
    district: str
    topics: str  # slugs separated by spaces


MATCH_COLUMNS = ("page_id", "kind", "district", "topics")


def fetch(rows: QuerySet) -> list[tuple]:
    """Straight from the cursor: Django's row handling would cost more than the search."""
    try:
        sql, params = rows.query.sql_with_params()
    except EmptyResultSet:  # e.g. `page_id__in=[]`
        return []
    with connection.cursor() as cursor, no_gc_pauses():  # up to one tuple per document
        cursor.execute(sql, params)
        return cursor.fetchall()


def match_rows(documents: QuerySet) -> list[Match]:
    return list(map(Match._make, fetch(documents.values_list(*MATCH_COLUMNS))))


def best_first(matching: QuerySet, in_title: RawSQL, rank: RawSQL, query: str) -> list[Match]:
    """Title matches first, then by ts_rank, then by page id.

    Up to MAX_COUNTED matches are all ranked (in Python: the same order as SQL's,
    without a sort in the database). A word in most documents would make ts_rank read
    every one of them, so beyond that only a bounded candidate set is ranked: the
    title matches (found through the title's GIN index by word beginnings) and the
    first MAX_COUNTED + 1 matches the index yields. More than MAX_COUNTED returned
    means exactly that: the counts are lower bounds.
    """
    rows = matching.annotate(in_title=in_title, rank=rank).values_list(
        *MATCH_COLUMNS, "in_title", "rank"
    )
    with no_gc_pauses():  # up to MAX_COUNTED + 1 rows and their matches
        candidates = fetch(rows[: MAX_COUNTED + 1])
        stems = sorted(stem for stem in query_stems(query) if WORD.fullmatch(stem))
        if len(candidates) > MAX_COUNTED and stems:
            beginnings = " | ".join(f"'{stem}':*" for stem in stems)
            titles = rows.filter(matches_tsquery(beginnings, "title_vector", "kreativorte_simple"))
            in_titles = fetch(titles.filter(in_title=True)[:MAX_COUNTED])
            candidates = list({row[0]: row for row in candidates + in_titles}.values())
        candidates.sort(key=lambda row: (not row[-2], -row[-1], row[0]))
        return [Match._make(row[:-2]) for row in candidates]


def uses_documents() -> bool:
    """PostgreSQL with the database backend: match in the search documents' GIN index.

    Elasticsearch, and SQLite's FTS5, match through Wagtail's backend instead; the
    documents then keep only what is public and carry the facet values.
    """
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
    return connection.vendor == "postgresql" and backend in DATABASE_BACKENDS


def tsquery(query: str, operator: str, *, suffix: str = "", language: str = "de") -> str:
    """to_tsquery text: each word in all its spellings, a German compound also as its parts."""
    join = " & " if operator == "and" else " | "
    return join.join(
        "(" + " | ".join(tsquery_term(v, language, suffix) for v in sorted(spellings(word))) + ")"
        for word in query_words(query)
    )


def matches_tsquery(text: str, column: str = "vector", config: str = SEARCH_CONFIG) -> RawSQL:
    return RawSQL(f"{column} @@ to_tsquery(%s::regconfig, %s)", [config, text], BooleanField())


def all_words_first(query: str, matching) -> tuple[list[Match], bool]:
    """Pages with every word first. If fewer than FEW_RESULTS have them all (a question
    full of filler words: "Wie sichere ich …"), pages with some of the words follow, best
    first. `matching(operator)` ranks the matches of "and" or "or"; also returns whether
    any page has every word."""
    found = matching("and")
    if len(query_words(query)) < 2 or len(found) >= FEW_RESULTS:
        return found, bool(found) or len(query_words(query)) < 2
    listed = {match.page_id for match in found}
    return found + [m for m in matching("or") if m.page_id not in listed], bool(found)


def coverage_sql(query: str) -> str:
    """SQL counting the query's words (each in all its spellings) a document has."""
    one = "(vector @@ to_tsquery(%s::regconfig, %s))::int"
    return " + ".join(one for _ in query_words(query)) or "0"


def coverage_params(query: str, language: str) -> list[str]:
    return [
        item
        for word in query_words(query)
        for item in (config(language), tsquery(word, "and", language=language))
    ]


def matched_documents(
    query: str, documents: QuerySet, *, language: str = "de"
) -> tuple[list[Match], bool]:
    """Every match, best first: title matches, then by ts_rank (see all_words_first).

    Documents and queries of a language use its configuration (English stems as English).
    """
    search_config = config(language)
    in_title = tsquery(query, "or", suffix=":A", language=language)

    def matching(operator):
        text = tsquery(query, operator, language=language)
        rank_sql, rank_params = (
            "ts_rank(vector, to_tsquery(%s::regconfig, %s))",
            [search_config, text],
        )
        title = matches_tsquery(in_title, config=search_config)
        if operator == "or":
            # Pages with more of the words first, then title matches, then ts_rank.
            rank_sql = f"2 * ({coverage_sql(query)}) + ({title.sql})::int + {rank_sql}"
            rank_params = [*coverage_params(query, language), *title.params, *rank_params]
            title = RawSQL("FALSE", [], BooleanField())
        rank = RawSQL(rank_sql, rank_params, FloatField())
        return best_first(
            documents.filter(matches_tsquery(text, config=search_config)), title, rank, query
        )

    return all_words_first(query, matching)


def matched_by_backend(
    query: str, documents: QuerySet, locale_id, *, language: str = "de"
) -> tuple[list[Match], bool]:
    """The best MAX_MATCHES of Wagtail's backend (SQLite FTS5, Elasticsearch), public ones
    kept (see all_words_first)."""
    pages = Page.objects.live().filter(locale=locale_id).type(*SEARCHABLE.values())

    def matching(operator):
        try:
            found = list(
                pages.search(build_query(query, operator, language=language))[:MAX_MATCHES]
            )
        except backend_errors() as error:
            raise SearchUnavailable(str(error)) from error
        public = {m.page_id: m for m in match_rows(documents.filter(page_id__in=found))}
        return [public[page.pk] for page in title_matches_first(found, query) if page.pk in public]

    return all_words_first(query, matching)


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


@synonyms.applied
def run_search(
    query: str,
    *,
    request,
    locale: str = "de",
    filters: dict[str, list[str]] | None = None,
    offset: int = 0,
    limit: int = 20,
    log: bool = True,
    correct: bool = True,
) -> SearchResults:
    """Ranked results of one language with facet counts (before the facet filters narrow
    them down per facet), editors' picks first, and the query logged for the reports.

    With `correct`, a query with few results gets a suggestion with its typos corrected,
    and one without results gets the suggestion's results.
    """
    query = query.strip()
    results = SearchResults(query=query)
    if not query_words(query):
        return results
    locale_id = Locale.objects.filter(language_code=locale).values_list("id", flat=True).first()
    documents = SearchDocument.objects.filter(locale_id=locale_id)
    if uses_documents():
        matches, results.matched_all_words = matched_documents(query, documents, language=locale)
    else:
        matches, results.matched_all_words = matched_by_backend(
            query, documents, locale_id, language=locale
        )
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
    narrowed = kept[""][:MAX_COUNTED]
    results.total_is_estimate = len(matches) > MAX_COUNTED
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
    if correct and results.total < FEW_RESULTS:
        search = {"request": request, "locale": locale, "filters": filters}
        results = with_suggestion(results, offset=offset, limit=limit, **search)
    if log:
        replay_on_cache_hit(request, log_query, query, results.total)
    return results


def corrected_query(query: str) -> str | None:
    """The query with each word the documents do not hold replaced by the nearest one that
    they do; None if nothing changes. Words with synonyms are left as they are."""
    words = [w for w in query_words(query) if not synonyms.expansions(w)]
    unknown = {fold(w) for w in words} - typos.known(fold(w) for w in words)
    if len(unknown) > MAX_CORRECTED_WORDS:  # not typos: another language, or noise
        return None
    replacements = {}
    for word in words:
        if fold(word) in unknown and (closest := typos.closest(word)):
            replacements[word] = closest
    if not replacements:
        return None
    return WORD.sub(lambda m: replacements.get(m.group(), m.group()), query)


def with_suggestion(results: SearchResults, **search) -> SearchResults:
    """Offer "Meinten Sie …?" for a query that found little if the corrected one finds more.

    Nothing found: the corrected query's results instead, as Google and DuckDuckGo show
    them ("Ergebnisse für …", with a link to search the words as typed). The corrected
    query runs like any other, on public documents only: a word that only a draft or
    a private page holds is never offered.
    """
    suggestion = corrected_query(results.query)
    if suggestion is None:
        return results
    better = run_search(suggestion, log=False, correct=False, **search)
    more = better.total > results.total
    if not (more or better.total and better.matched_all_words > results.matched_all_words):
        return results
    if results.total:
        results.suggestion = suggestion
        return results
    better.query, better.suggestion, better.corrected = results.query, suggestion, True
    return better


def suggestions(query: str, locale: str, *, correct: bool = True) -> list[Page]:
    """Up to `MAX_SUGGESTIONS` places, guides and events whose title has a word starting so.

    If none has, the word being typed may hold one typo once it is longer than
    `AUTOCOMPLETE_TYPO_AFTER` letters ("Görlt" -> Görlitz, "Ateleir" -> Atelier).
    """
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
    words = query_words(query)
    typing = words[-1] if words and not ids and correct else ""
    if len(typing) > AUTOCOMPLETE_TYPO_AFTER and (
        word := typos.closest(typing, prefix=True, limit=1)
    ):
        return suggestions(" ".join([*words[:-1], word]), locale, correct=False)
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
