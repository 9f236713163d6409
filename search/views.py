"""Site search: live, public pages of the current language (facets and more follow)."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page
from wagtail.search.utils import parse_query_string

MAX_QUERY_LENGTH = 1000


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active(), depth__gt=2)
            .specific()
            .search(parse_query_string(query)[1])
        )
    page = Paginator(results, 20).get_page(request.GET.get("seite"))
    return TemplateResponse(request, "search/search.html", {"query": query, "results": page})
