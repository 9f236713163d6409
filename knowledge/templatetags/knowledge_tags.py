"""Guides shown on other apps' pages, so those apps need not import knowledge."""

from django import template

from ..models import GuidePage

register = template.Library()


@register.inclusion_tag("knowledge/includes/guides_about.html")
def guides_about(page, limit: int = 6):
    """The live, public guides of the page's language that link to it."""
    return {"related_guides": GuidePage.linking_to(page)[:limit]}
