"""Absolute URLs of pages, rich text, images (renditions) and documents."""

import re

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Site
from wagtail.rich_text import expand_db_html

from .request_cache import request_cached

THUMBNAIL_SPEC = "fill-480x320"
IMAGE_SPECS = ("width-480", "width-1200")
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


# Pages


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
