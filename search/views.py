"""The search page: results with facets and highlighted snippets; works without JavaScript."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from wagtail.contrib.search_promotions.models import Query as LoggedQuery

from knowledge.models import Topic

from .service import FACETS, MAX_QUERY_LENGTH, SearchUnavailable, run_search

PER_PAGE = 20


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
        context["popular"] = LoggedQuery.get_most_popular()[:8]
        context["topics"] = Topic.objects.all()
    return TemplateResponse(request, "search/search.html", context, status=status)
