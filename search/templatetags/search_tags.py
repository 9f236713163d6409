from django import template
from django.utils.translation import gettext_lazy as _

register = template.Library()

HEADINGS = {"type": _("Art"), "topic": _("Thema"), "district": _("Landkreis")}


@register.simple_tag
def facet_heading(name):
    return HEADINGS[name]


@register.filter
def get(mapping, key):
    return mapping.get(key, [])


@register.simple_tag
def facet_url(request, name, value):
    """The current search with this facet value switched on or off, from page one."""
    query = request.GET.copy()
    values = query.getlist(name)
    query.setlist(name, [v for v in values if v != value] if value in values else [*values, value])
    query.pop("seite", None)
    return f"?{query.urlencode()}"


@register.simple_tag
def page_query(request, number):
    query = request.GET.copy()
    query["seite"] = number
    return f"?{query.urlencode()}"


@register.filter
def verbose_type(page_class) -> str:
    """ "Ort", "Leitfaden", … for a hit: its page type's name."""
    return page_class._meta.verbose_name if page_class else ""
