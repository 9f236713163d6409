"""Pages as the API, the newsletter and the feeds represent them: type, reference, summary, detail."""

from django.utils import translation

from .urls_media import locale_code, page_url, thumbnail_data
from .visibility import is_visible, visible

PAGE_TYPES = {  # model name -> the `type` the API reports
    "placepage": "place",
    "guidepage": "guide",
    "cooperationpage": "cooperation",
    "eventpage": "event",
    "standardpage": "page",
    "homepage": "page",
}


def model_type(model) -> str:
    """The `type` the API, search and feeds give pages of a model: "place", "guide", …"""
    return PAGE_TYPES.get(model._meta.model_name, "page")


def page_type(page) -> str:
    return model_type(page.specific_class)


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


def stream_data(stream_value, request=None) -> list[dict]:
    """A StreamField as [{type, value, id}] through the blocks' own API representation."""
    return stream_value.stream_block.get_api_representation(stream_value, {"request": request})
