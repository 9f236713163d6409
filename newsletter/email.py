"""The digest as an e-mail: HTML from an MJML template (mjml-python) and a plain-text alternative.

The MJML template is rendered with Django's template engine first, then compiled by
`mjml2html` (inline styles, tables that mail clients understand). Every URL is absolute;
the unsubscribe link is a placeholder that the sending tool fills
(settings.NEWSLETTER_UNSUBSCRIBE_PLACEHOLDER, default `{{unsubscribe}}`).
"""

import datetime

from django.conf import settings
from django.template.defaultfilters import date as date_filter
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from mjml import mjml2html

from home.models import StandardPage
from kreativorte.apitools import absolute, page_url

from .digest import DIGEST_SECTIONS, public

DEFAULT_UNSUBSCRIBE_PLACEHOLDER = "{{unsubscribe}}"
EMAIL_MAX_BYTES = 100 * 1024  # Gmail clips messages over 102 KB
ITEMS_PER_SECTION = (10, 6, 3)  # fewer, until the HTML fits into EMAIL_MAX_BYTES
TEASER_CHARS = 240
DATE = "j. F Y"  # 5. März 2026
DATE_TIME = "j. F Y, H:i"


def section_titles() -> dict[str, str]:
    return {
        "places": _("Neue Orte"),
        "guides": _("Neue Leitfäden"),
        "cooperations": _("Neue Kooperationen"),
        "events": _("Veranstaltungen"),
        "registration_deadlines": _("Anmeldeschluss"),
        "funding_deadlines": _("Antragsfristen"),
    }


def web_url(url: str | None) -> str | None:
    """Only absolute http(s) URLs go into the e-mail."""
    return url if url and url.startswith(("https://", "http://")) else None


def when(value, with_time: bool = True) -> str:
    if isinstance(value, str):
        value = datetime.date.fromisoformat(value)
    if isinstance(value, datetime.datetime) and not with_time:
        value = value.date()
    fmt = DATE_TIME if isinstance(value, datetime.datetime) else DATE
    text = date_filter(value, fmt)
    return _("%(moment)s Uhr") % {"moment": text} if fmt == DATE_TIME else text


def event_when(item: dict) -> str:
    if item["all_day"]:
        return when(item["start"], with_time=False)
    return when(item["start"])


def page_meta(key: str, item: dict) -> str:
    if key == "places":
        return ", ".join(part for part in (item["town"], item["district"]["name"]) if part)
    if key == "guides":
        return _("%(minutes)s Minuten Lesezeit") % {"minutes": item["reading_time"]}
    if key == "cooperations":
        return " · ".join(p for p in (item["creative_partner"], item["business_partner"]) if p)
    if key == "events":
        return " · ".join(p for p in (event_when(item), item["venue"], item["town"]) if p)
    if key == "registration_deadlines":
        return _("Anmeldung bis %(deadline)s (Veranstaltung am %(start)s)") % {
            "deadline": when(item["registration_deadline"]),
            "start": event_when(item),
        }
    return ""


def email_item(key: str, item: dict) -> dict:
    """A digest item as the e-mail shows it: title, link, teaser, one line of facts, image."""
    if key == "funding_deadlines":
        deadlines = "; ".join(
            " ".join(filter(None, (when(d["date"]), f"({d['label']})" if d["label"] else "")))
            for d in item["deadlines"]
        )
        return {
            "title": item["name"],
            "url": web_url(item["url"]),
            "teaser": item["provider"],
            "meta": _("Antragsfrist: %(deadlines)s") % {"deadlines": deadlines},
            "image": None,
        }
    thumbnail = item.get("thumbnail")
    image_url = web_url(thumbnail["url"]) if thumbnail else None
    return {
        "title": item["title"],
        "url": web_url(item["url"]),
        "teaser": Truncator(item["teaser"]).chars(TEASER_CHARS),
        "meta": page_meta(key, item),
        "image": {
            "url": image_url,
            "alt": thumbnail["alt"] or item["title"],
            "width": thumbnail["width"],
        }
        if image_url
        else None,
    }


def site_url(request=None) -> str:
    return absolute("/", request)


def imprint_url(locale: str, request=None) -> str:
    """The Impressum page of the digest's language (else the German one, else the home page)."""
    candidates = public(StandardPage.objects.filter(slug="impressum"), request).select_related(
        "locale"
    )
    page = candidates.filter(locale__language_code=locale).first() or candidates.first()
    url = page_url(page, request) if page else None
    return web_url(url) or site_url(request)


def email_context(digest: dict, request=None, per_section: int = ITEMS_PER_SECTION[0]) -> dict:
    titles = section_titles()
    sections = []
    for key in DIGEST_SECTIONS:
        items = digest[key]
        if items:
            sections.append(
                {
                    "key": key,
                    "title": titles[key],
                    "items": [email_item(key, i) for i in items[:per_section]],
                    "more": max(len(items) - per_section, 0),
                }
            )
    return {
        "site_name": settings.WAGTAIL_SITE_NAME,
        "site_url": site_url(request),
        "since": when(digest["since"]),
        "sections": sections,
        "imprint_url": imprint_url(digest["locale"], request),
        "unsubscribe": getattr(
            settings, "NEWSLETTER_UNSUBSCRIBE_PLACEHOLDER", DEFAULT_UNSUBSCRIBE_PLACEHOLDER
        ),
    }


def render_email(digest: dict, request=None) -> tuple[str, str]:
    """(HTML, plain text) of the digest, in German with German date formats.

    At most ITEMS_PER_SECTION[0] items per section (the rest as "weitere auf der Website");
    fewer if the HTML would otherwise exceed EMAIL_MAX_BYTES.
    """
    with translation.override("de"):
        for per_section in ITEMS_PER_SECTION:
            context = email_context(digest, request, per_section)
            mjml_source = render_to_string("newsletter/digest.mjml", context)
            html = mjml2html(mjml_source, disable_comments=True)
            if len(html.encode()) <= EMAIL_MAX_BYTES:
                break
        text = render_to_string("newsletter/digest.txt", context)
    return html, text
