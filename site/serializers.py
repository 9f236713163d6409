"""Serializer fields for Wagtail's API v2 that keep unpublished pages out."""

from rest_framework import serializers

from .visibility import is_public


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
            return [{"slug": term.slug, "name": term.name} for term in value.all()]
        return {"slug": value.slug, "name": value.name}
