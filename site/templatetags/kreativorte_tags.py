from django import template

from kreativorte.text import german_slugify
from kreativorte.visibility import is_public

register = template.Library()


@register.filter
def anchor(heading: str) -> str:
    """Fragment id for a heading, used by tables of contents."""
    return german_slugify(str(heading))


@register.filter
def public(page) -> bool:
    """True when visitors may see the page (live, no password or login restriction)."""
    return is_public(page)
