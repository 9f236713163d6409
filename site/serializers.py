"""What every content type's serializer is built from: pages, references, terms, contacts.

Each content app's `serializers.py` describes its pages once (summary and detail) with
these parts; API v1, the newsletter digest, the feeds and Wagtail's API v2 read that one
description. Model fields shown as they are need only a line in the app's schema:
`attributes()` copies them, and `v2_api_fields()` lists them for API v2.
"""

from django.utils import translation
from rest_framework import serializers
from wagtail.api import APIField

from .urls_media import image_data, locale_code, page_url, thumbnail_data
from .visibility import is_public, is_visible, visible

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


def attributes(obj, schema) -> dict:
    """The fields of a schema read from an object as they are."""
    return {name: getattr(obj, name) for name in schema.model_fields}


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


def term_names(*terms) -> list[str]:
    """Names of terms and of many-to-many managers' terms, in order (feed categories)."""
    names = []
    for term in terms:
        names.extend(t.name for t in (term.all() if hasattr(term, "all") else [term]))
    return names


def page_summary(page, request=None) -> dict:
    """What every list item carries; each type adds its key facts."""
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


def contact_person_data(person, request=None) -> dict:
    """A published contact person, as guides and events show it."""
    return {
        "name": person.name,
        "role": person.role,
        "organisation": person.organisation,
        "email": person.email,
        "phone": person.phone,
        "photo": image_data(person.photo, request),
    }


# Wagtail's API v2


class PublicPageField(serializers.Field):
    """A page reference as {id, title, url}, or null when visitors may not see the page."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, page):
        if not is_public(page):
            return None
        request = self.context.get("request")
        return {"id": page.id, "title": page.title, "url": page.get_full_url(request)}


class TermField(serializers.Field):
    """A taxonomy term as {slug, name}; with `many=True` for a many-to-many relation."""

    def __init__(self, many_terms=False, **kwargs):
        self.many_terms = many_terms
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        if self.many_terms:
            return [term_data(term) for term in value.all()]
        return term_data(value)


def v2_api_fields(*schemas, extra=()) -> list[APIField]:
    """API v2 fields of a teaser page: teaser, image, `extra`, and the schemas' fields."""
    return [
        APIField("teaser"),
        APIField("listing_image"),
        *extra,
        *(APIField(name) for schema in schemas for name in schema.model_fields),
    ]
