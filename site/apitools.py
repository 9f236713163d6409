"""What the API's endpoints and blocks share: errors, absolute URLs, images, documents, pages.

One representation for the website's scripts, the newsletter and partners' applications.
"""

import datetime
import gc
import re
from contextlib import contextmanager
from typing import Annotated, Any, Generic, Literal, TypeVar

from django.conf import settings
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from ninja import Field, Schema
from wagtail.images import get_image_model
from wagtail.models import Locale, PageViewRestriction, Site
from wagtail.rich_text import expand_db_html

from .visibility import is_public

THUMBNAIL_SPEC = "fill-480x320"
IMAGE_SPECS = ("width-480", "width-1200")
PAGE_TYPES = {  # model name -> the `type` the API reports
    "placepage": "place",
    "guidepage": "guide",
    "cooperationpage": "cooperation",
    "eventpage": "event",
    "standardpage": "page",
    "homepage": "page",
}


READ = ["GET", "HEAD"]  # every route answers HEAD like GET (RFC 9110)
LocaleCode = Literal["de", "en"]
# Slugs as the taxonomies make them; anything else is a 400 before a query runs.
SlugParam = Annotated[str, Field(pattern=r"^[a-z0-9-]{1,80}$")]
# Free text without control characters (a NUL byte breaks SQL drivers).
TextParam = Annotated[str, Field(max_length=1000, pattern=r"^[^\x00-\x08\x0b\x0c\x0e-\x1f]*$")]
FIRST_DAY, LAST_DAY = datetime.date(1900, 1, 1), datetime.date(2999, 12, 31)
MAX_LIMIT = 100


class ListParams(Schema):
    """Language and paging, shared by every list endpoint."""

    locale: LocaleCode = Field("de", description="Sprachversion: de oder en")
    limit: int = Field(
        20, ge=1, le=MAX_LIMIT, description=f"Einträge pro Seite, höchstens {MAX_LIMIT}"
    )
    offset: int = Field(0, ge=0, le=1_000_000, description="Anzahl übersprungener Einträge")


T = TypeVar("T")


class Paginated(Schema, Generic[T]):
    """The envelope of every list."""

    count: int
    limit: int
    offset: int
    next: str | None = Field(description="URL der nächsten Seite, falls es eine gibt")
    results: list[T]


class Term(Schema):
    slug: str
    name: str


class Rendition(Schema):
    url: str
    width: int
    height: int


class Thumbnail(Rendition):
    alt: str


class Image(Schema):
    id: int
    alt: str
    credit: str
    license: str
    width: int
    height: int
    renditions: list[Rendition]


class PageRef(Schema):
    id: int
    type: str
    title: str
    url: str


class Translation(Schema):
    locale: str
    id: int
    url: str


class Block(Schema):
    """A StreamField block; `value` depends on `type` (rich text as HTML, absolute URLs)."""

    type: str
    value: Any
    id: str | None = None


class PageSummary(Schema):
    id: int
    type: str
    title: str
    url: str
    teaser: str
    thumbnail: Thumbnail | None
    locale: str
    last_published_at: datetime.datetime | None


class PageDetail(PageSummary):
    seo_title: str
    search_description: str
    translations: list[Translation]


class ErrorDetail(Schema):
    parameter: str | None = None
    message: str


class ErrorResponse(Schema):
    """Every error: the HTTP status and what was wrong, naming the parameter."""

    status: int
    errors: list[ErrorDetail]


class ApiError(Exception):
    def __init__(self, status: int, message: str, parameter: str | None = None):
        super().__init__(message)
        self.status, self.message, self.parameter = status, message, parameter


def bad_parameter(parameter: str, message: str) -> ApiError:
    return ApiError(400, message, parameter)


def known_slugs(model, parameter: str, slugs: list[str]) -> list[str]:
    """The slugs, if every one names a term of the taxonomy; otherwise a 400 naming them."""
    if slugs:
        missing = set(slugs) - set(
            model.objects.filter(slug__in=slugs).values_list("slug", flat=True)
        )
        if missing:
            raise bad_parameter(
                parameter, _("Unbekannt: %(slugs)s") % {"slugs": ", ".join(sorted(missing))}
            )
    return slugs


def with_any_term(pages, relation: str, parameter: str, slugs: list[str]):
    """Pages linked through the many-to-many `relation` to any of the terms (a 400 for unknown slugs).

    A subquery on the through table, so no duplicates and no DISTINCT.
    """
    field = pages.model._meta.get_field(relation)
    known_slugs(field.related_model, parameter, slugs)
    links = field.remote_field.through.objects.filter(
        **{f"{field.m2m_reverse_field_name()}__slug__in": slugs}
    )
    return pages.filter(id__in=links.values(f"{field.m2m_field_name()}_id"))


def not_found(kind: str) -> ApiError:
    return ApiError(404, _("%(kind)s mit dieser ID gibt es nicht.") % {"kind": kind}, "id")


# URLs

ROOT_RELATIVE = re.compile(r'(\b(?:href|src))="(/[^"]*)"')


def absolute(url: str, request=None) -> str:
    if not url or not url.startswith("/"):
        return url
    if request is not None:
        return request.build_absolute_uri(url)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def rich_text_html(source: str, request=None) -> str:
    """Rich text as HTML: internal links and embeds resolved, every URL absolute."""
    html = expand_db_html(source)
    return ROOT_RELATIVE.sub(lambda m: f'{m.group(1)}="{absolute(m.group(2), request)}"', html)


# Media


def rendition_data(rendition, request=None) -> dict:
    return {
        "url": absolute(rendition.url, request),
        "width": rendition.width,
        "height": rendition.height,
    }


def image_data(image, request=None, alt_text: str | None = None) -> dict | None:
    """An image as renditions of two widths, with alt text, credit and licence."""
    if image is None:
        return None
    renditions = image.get_renditions(*IMAGE_SPECS)
    return {
        "id": image.id,
        "alt": image.description if alt_text is None else alt_text,
        "credit": image.credit,
        "license": image.license,
        "width": image.width,
        "height": image.height,
        "renditions": [rendition_data(renditions[spec], request) for spec in IMAGE_SPECS],
    }


def thumbnail_data(image, request=None) -> dict | None:
    if image is None:
        return None
    return {
        **rendition_data(image.get_rendition(THUMBNAIL_SPEC), request),
        "alt": image.description,
    }


def document_data(document, request=None) -> dict | None:
    if document is None:
        return None
    return {
        "id": document.id,
        "title": document.title,
        "url": absolute(document.url, request),
        "extension": document.file_extension,
        "size": document.get_file_size(),
    }


# Pages and terms


def page_type(page) -> str:
    return PAGE_TYPES.get(page.specific_class._meta.model_name, "page")


def page_url(page, request=None) -> str:
    """Absolute URL; per request, without a Site lookup for every page."""
    if request is None:
        return absolute(page.get_url(), None)
    urls = request_cached(request, "page_urls", dict)
    language = locale_code(page, request)
    if language not in urls:
        urls[language] = FastPageUrls(request, language)
    return urls[language](page.url_path) or absolute(page.get_url(request), request)


def locale_code(page, request=None) -> str:
    """The page's language code without a query per page."""
    if request is None:
        return page.locale.language_code
    codes = request_cached(
        request, "locale_codes", lambda: dict(Locale.objects.values_list("id", "language_code"))
    )
    return codes[page.locale_id]


def request_cached(request, name, build):
    """A value computed once per request (the request is the only cache that is never stale)."""
    key = f"_kreativorte_{name}"
    if not hasattr(request, key):
        setattr(request, key, build())
    return getattr(request, key)


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


def visible(queryset, request):
    """Live pages without a password or login restriction on them or an ancestor.

    Like PageQuerySet.public(), but reads the restrictions once per request.
    """
    queryset = queryset.live()
    for path in restricted_paths(request):
        queryset = queryset.exclude(path__startswith=path)
    return queryset


def page_ref(page, request=None) -> dict | None:
    """A reference to another page, or None when visitors may not see it."""
    if not is_visible(page, request):
        return None
    return {
        "id": page.id,
        "type": page_type(page),
        "title": page.title,
        "url": page_url(page, request),
    }


def term_data(term) -> dict | None:
    return None if term is None else {"slug": term.slug, "name": term.name}


def thumbnail_images():
    return get_image_model().objects.prefetch_renditions(THUMBNAIL_SPEC)


def with_thumbnails(queryset):
    """Prefetch listing images with their thumbnail renditions (two queries for any page size)."""
    return queryset.select_related("locale").prefetch_related(
        Prefetch("listing_image", thumbnail_images())
    )


def listed(queryset):
    """A list query: no StreamField bodies, which lists never show."""
    return with_thumbnails(queryset.defer_streamfields())


def page_summary(page, request=None) -> dict:
    """What every list item carries; endpoints add the key facts of their type."""
    return {
        "id": page.id,
        "type": page_type(page),
        "title": page.title,
        "url": page_url(page, request),
        "teaser": page.teaser,
        "thumbnail": thumbnail_data(page.listing_image, request),
        "locale": locale_code(page, request),
        "last_published_at": page.last_published_at,
    }


def in_language(page):
    """Details render in their page's language: internal links, term names."""
    return translation.override(page.locale.language_code)


def page_detail(page, request) -> dict:
    translations = visible(page.get_translations(), request).select_related("locale")
    return {
        **page_summary(page, request),
        "seo_title": page.seo_title,
        "search_description": page.search_description,
        "translations": [
            {"locale": t.locale.language_code, "id": t.id, "url": page_url(t, request)}
            for t in translations
        ],
    }


def next_page_url(request, params: ListParams, count: int) -> str | None:
    if params.offset + params.limit >= count:
        return None
    query = request.GET.copy()
    query["offset"] = params.offset + params.limit
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def paginated(request, params: ListParams, count: int, results: list) -> dict:
    """The envelope of every list: total count, paging and the link to the next page."""
    return {
        "count": count,
        "limit": params.limit,
        "offset": params.offset,
        "next": next_page_url(request, params, count),
        "results": results,
    }


class FastPageUrls:
    """Absolute page URLs from url_path without loading pages (for thousands at once)."""

    def __init__(self, request, language_code: str):
        base = request.build_absolute_uri("/").rstrip("/")
        with translation.override(language_code):
            prefix = base + reverse("wagtail_serve", args=("",))
        self.roots = [
            (root.root_path, prefix)
            for root in Site.get_site_root_paths()
            if root.language_code == language_code
        ]

    def __call__(self, url_path: str) -> str | None:
        for root_path, prefix in self.roots:
            if url_path.startswith(root_path):
                return prefix + url_path[len(root_path) :]
        return None


def stream_data(stream_value, request=None) -> list[dict]:
    """A StreamField as [{type, value, id}] through the blocks' own API representation."""
    return stream_value.stream_block.get_api_representation(stream_value, {"request": request})


@contextmanager
def no_gc_pauses():
    """Build many small containers without the cyclic garbage collector's passes.

    They hold no reference cycles, so nothing is lost; collection resumes afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
