"""Full-text search shared by the API endpoints (the search issue builds on it)."""

from wagtail.models import Locale
from wagtail.search.utils import parse_query_string

MAX_SEARCH_RESULTS = 1000


def search_ids(model, query: str, locale: str) -> list[int]:
    """Ids of live pages of one type and language matching the query, best first."""
    locale_id = Locale.objects.filter(language_code=locale).values_list("id", flat=True).first()
    pages = model.objects.live().filter(locale=locale_id)
    results = pages.search(parse_query_string(query)[1])[:MAX_SEARCH_RESULTS]
    return [page.pk for page in results]
