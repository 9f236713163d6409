"""Whether visitors may see a page: published and not behind a password or login.

is_public() asks the database for one page; is_visible() and visible() read the
restrictions once per request, for lists and for many pages in one response.
"""

from wagtail.models import PageViewRestriction

from .request_cache import request_cached


def is_public(page) -> bool:
    return page is not None and page.live and not page.get_view_restrictions().exists()


def restricted_paths(request) -> list[str]:
    return request_cached(
        request,
        "restricted_paths",
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


def is_visible(page, request) -> bool:
    """is_public() for one page, with the restrictions read once per request."""
    if page is None or not page.live:
        return False
    if request is None:
        return is_public(page)
    return not any(page.path.startswith(path) for path in restricted_paths(request))


def visible(queryset, request=None):
    """Live pages without a password or login restriction on them or an ancestor.

    Like PageQuerySet.public(), but reads the restrictions once per request;
    without a request (mail, management commands) it is Wagtail's own check.
    """
    if request is None:
        return queryset.live().public()
    queryset = queryset.live()
    for path in restricted_paths(request):
        queryset = queryset.exclude(path__startswith=path)
    return queryset
