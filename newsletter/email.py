"""The digest as an e-mail: HTML from an MJML template (mjml-python) and a plain-text alternative.

The MJML template is rendered with Django's template engine first, then compiled by
`mjml2html` (inline styles, tables that mail clients understand). Every URL is absolute;
the unsubscribe link is a placeholder that the sending tool fills
(settings.NEWSLETTER_UNSUBSCRIBE_PLACEHOLDER, default `{{unsubscribe}}`).
"""

import datetime
import re
from html import unescape

from django.conf import settings
from django.template.defaultfilters import date as date_filter
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from mjml import mjml2html

from events import serializers as events
from events.models import EventPage
from home.models import StandardPage
from knowledge import serializers as knowledge
from knowledge.models import CooperationPage, GuidePage
from kreativorte.urls_media import absolute, page_url, rich_text_html
from kreativorte.visibility import visible
from places import serializers as places
from places.models import PlacePage

from .digest import DIGEST_SECTIONS

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
    candidates = visible(StandardPage.objects.filter(slug="impressum"), request).select_related(
        "locale"
    )
    page = candidates.filter(locale__language_code=locale).first() or candidates.first()
    url = page_url(page, request) if page else None
    return web_url(url) or site_url(request)


def frame_context(locale: str, request=None) -> dict:
    """What every e-mail shows around its content: site name, links, unsubscribe placeholder."""
    return {
        "site_name": settings.WAGTAIL_SITE_NAME,
        "site_url": site_url(request),
        "imprint_url": imprint_url(locale, request),
        "unsubscribe": getattr(
            settings, "NEWSLETTER_UNSUBSCRIBE_PLACEHOLDER", DEFAULT_UNSUBSCRIBE_PLACEHOLDER
        ),
    }


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
        **frame_context(digest["locale"], request),
        "since": when(digest["since"]),
        "sections": sections,
    }


def render(template: str, context: dict) -> tuple[str, str]:
    """(HTML, plain text) from newsletter/<template>.mjml and .txt, in German."""
    with translation.override("de"):
        html = mjml2html(
            render_to_string(f"newsletter/{template}.mjml", context), disable_comments=True
        )
        text = render_to_string(f"newsletter/{template}.txt", context)
    return html, text


def render_email(digest: dict, request=None) -> tuple[str, str]:
    """(HTML, plain text) of the digest, in German with German date formats.

    At most ITEMS_PER_SECTION[0] items per section (the rest as "weitere auf der Website");
    fewer if the HTML would otherwise exceed EMAIL_MAX_BYTES.
    """
    with translation.override("de"):
        for per_section in ITEMS_PER_SECTION:
            context = email_context(digest, request, per_section)
            html, text = render("digest", context)
            if len(html.encode()) <= EMAIL_MAX_BYTES:
                break
    return html, text


# Editor-curated issues (NewsletterIssuePage)

BLOCK_END = re.compile(r"</(p|h[1-6]|li|ul|ol|blockquote)>|<br\s*/?>", re.IGNORECASE)
LINK = re.compile(r'<a\s[^>]*href="([^"]+)"[^>]*>(.*?)</a>', re.IGNORECASE | re.DOTALL)


def html_to_text(html: str) -> str:
    """Rich text as plain text: one paragraph per block, links as "text (URL)"."""
    html = LINK.sub(lambda m: f"{m.group(2)} ({m.group(1)})", html)
    html = re.sub(r"<li[^>]*>", "- ", html, flags=re.IGNORECASE)
    html = BLOCK_END.sub(
        lambda m: "\n" if m.group(0).lower().startswith(("</li", "<br")) else "\n\n", html
    )
    text = unescape(strip_tags(html))
    text = re.sub(r"[ \t]+", " ", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# Page types an issue can show, with the section they appear in and their summary.
PAGE_SECTIONS = (
    (PlacePage, "places", places.summary),
    (GuidePage, "guides", knowledge.guide_summary),
    (CooperationPage, "cooperations", knowledge.cooperation_summary),
    (EventPage, "events", events.summary),
)


def page_entry(page, note: str, request=None) -> dict | None:
    """A chosen page as the e-mail shows it; None when it is not live and public (any more)."""
    if page is None:
        return None
    page = page.specific
    section = next((s for s in PAGE_SECTIONS if isinstance(page, s[0])), None)
    if section is None or not visible(type(page).objects.filter(pk=page.pk), request).exists():
        return None
    _model, key, serialize = section
    summary = serialize(page, request)
    return {
        **email_item(key, summary),
        "kind": "item",
        "section": section_titles()[key],
        "note": note,
    }


def funding_entry(programme, note: str) -> dict | None:
    """A programme with its upcoming deadlines (none: no line of facts)."""
    if programme is None:
        return None
    summary = knowledge.funding_summary(programme)
    item = email_item("funding_deadlines", summary)
    if not summary["deadlines"]:
        item["meta"] = ""
    return {**item, "kind": "item", "section": section_titles()["funding_deadlines"], "note": note}


# Colour, background and symbol of each callout kind, as on the site (site.css): mail
# clients show no SVG, and an image icon would be blocked until the reader allows images.
CALLOUT_STYLES = {
    "info": ("#1d4f91", "#eaf1fb", "ℹ"),
    "tip": ("#0b5a54", "#e3f0ee", "💡"),
    "warning": ("#8a3b12", "#fbede4", "⚠"),
}


def callout_entry(block, html: str) -> dict:
    value = block.value
    label = block.block.kind_label(value["kind"])
    color, background, symbol = CALLOUT_STYLES[value["kind"]]
    return {
        "kind": "callout",
        "style": value["kind"],
        "label": label,
        "heading": value["title"] or label,
        "html": html,
        "text": html_to_text(html),
        "color": color,
        "background": background,
        "symbol": symbol,
    }


def issue_entry(block, request=None) -> dict | None:
    value = block.value
    if block.block_type == "page":
        return page_entry(value["page"], value["note"], request)
    if block.block_type == "funding":
        return funding_entry(value["programme"], value["note"])
    html = rich_text_html(getattr(value["text"], "source", value["text"]), request)
    if block.block_type == "callout":
        return callout_entry(block, html)
    return {"kind": "text", "heading": value["heading"], "html": html, "text": html_to_text(html)}


def issue_context(issue, request=None) -> dict:
    """An issue's content as plain data (JSON): what the e-mail and the web version show.

    Stored with the issue when it is published (NewsletterIssuePage.frozen_data), so a
    published issue no longer follows changes of the pages it points to.
    """
    locale = issue.locale.language_code if issue.locale_id else "de"
    with translation.override("de"):
        intro_html = rich_text_html(issue.intro or "", request)
        entries = [issue_entry(block, request) for block in issue.items]
        intro_text = html_to_text(intro_html)
        return {
            **frame_context(locale, request),
            "title": issue.title,
            "date": when(issue.issue_date),
            "issue_date": issue.issue_date.isoformat(),
            "since": when(issue.effective_since()),
            "preview": Truncator(intro_text).chars(140),
            "intro_html": intro_html,
            "intro_text": intro_text,
            "entries": [entry for entry in entries if entry],
        }


def render_issue(context: dict) -> tuple[str, str]:
    """(HTML, plain text) of an issue from issue_context(), with the digest's layout."""
    return render("issue", context)
