from django import template

from kreativorte.text import german_slugify

register = template.Library()


@register.filter
def anchor(heading: str) -> str:
    """Fragment id for a heading, used by tables of contents."""
    return german_slugify(str(heading))
