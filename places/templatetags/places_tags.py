"""Template tags for the public map: tile settings and schema.org data."""

from urllib.parse import urlsplit

from django import template
from django.conf import settings

register = template.Library()


def tile_host(url: str) -> str:
    """The host a tile URL template points at, without Leaflet's `{s}.` subdomain placeholder."""
    host = (urlsplit(url).hostname or "") if url else ""
    return host.removeprefix("{s}.")


@register.simple_tag
def map_settings() -> dict:
    """Tile URL, attribution and the tile host named in the consent note.

    An empty MAP_TILE_URL means: no map, only the list.
    """
    url = getattr(settings, "MAP_TILE_URL", "") or ""
    return {
        "tile_url": url,
        "attribution": getattr(settings, "MAP_TILE_ATTRIBUTION", "") if url else "",
        "tile_host": tile_host(url),
    }
