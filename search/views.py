"""The search page: results with facets and highlighted snippets; works without JavaScript."""

from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from wagtail.contrib.search_promotions.models import Query as LoggedQuery
from wagtail.contrib.search_promotions.models import QueryDailyHits, SearchPromotion
from wagtail.models import Locale

from knowledge.models import Topic

from .service import FACETS, MAX_QUERY_LENGTH, SearchUnavailable, run_search

PER_PAGE = 20
APPROVED_TERMS = 8


def approved_terms(locale: Locale) -> list[LoggedQuery]:
    """Queries an editor promoted a result for in this language, the most searched first.

    Visitors' own words never appear here: a query becomes a term only through an
    editor's pick (Einstellungen > Hervorgehobene Suchergebnisse), to a live page in this
    language or to an external link.
    """
    picked = SearchPromotion.objects.filter(query=OuterRef("pk")).filter(
        Q(page__isnull=True) | Q(page__live=True, page__locale=locale)
    )
    hits = (
        QueryDailyHits.objects.filter(query=OuterRef("pk"))
        .values("query")
        .annotate(total=Sum("hits"))
        .values("total")
    )
    return list(
        LoggedQuery.objects.filter(Exists(picked))
        .annotate(searched=Coalesce(Subquery(hits), 0))
        .order_by("-searched", "query_string")[:APPROVED_TERMS]
    )


def search(request):
    query = request.GET.get("q", "").strip()
    filters = {name: request.GET.getlist(name) for name in FACETS}
    number = request.GET.get("seite", "1")
    page_number = int(number) if number.isdigit() and int(number) > 0 else 1
    context = {"query": query, "filters": filters, "facet_names": FACETS}
    status = 200
    if len(query) > MAX_QUERY_LENGTH:
        context["too_long"] = True
        status = 400
    elif query:
        try:
            results = run_search(
                query,
                request=request,
                locale=(get_language() or "de")[:2],
                filters=filters,
                offset=(page_number - 1) * PER_PAGE,
                limit=PER_PAGE,
                correct=not request.GET.get("genau"),  # "Stattdessen nach … suchen"
            )
        except SearchUnavailable:
            context["unavailable"] = True
            status = 503
        else:
            paginator = Paginator(range(results.total), PER_PAGE)
            context.update(
                results=results,
                hits=[(page, results.snippets[page.pk]) for page in results.hits],
                page_obj=paginator.get_page(page_number) if results.total else None,
            )
    if not query or "results" in context and not context["results"].total:
        context["popular"] = approved_terms(Locale.get_active())
        context["topics"] = Topic.objects.all()
    return TemplateResponse(request, "search/search.html", context, status=status)
