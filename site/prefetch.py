"""Prefetch helpers for list queries: listing images with their thumbnails, no bodies."""

from django.db.models import Prefetch
from wagtail.images import get_image_model

from .urls_media import THUMBNAIL_SPEC


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
