"""What a webhook says: the event of a change of the change feed, the newsletter issue
event, and the body every event has."""

import json
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone
from ninja.responses import NinjaJSONEncoder
from pydantic import TypeAdapter
from wagtail.models import Page

from headless.api import AnyChange
from headless.items import KINDS
from kreativorte.local_time import local
from kreativorte.urls_media import locale_code, page_url

PAGE_TYPES = {name for name, kind in KINDS.items() if kind.localized}
CHANGE = TypeAdapter(AnyChange)


class SiteRequest(HttpRequest):
    """A request to the site's address (WAGTAILADMIN_BASE_URL), so that the worker builds
    the same absolute URLs as the API and the newsletter. The address is configuration, not
    a client's Host header: it is not checked against ALLOWED_HOSTS."""

    def __init__(self):
        super().__init__()
        self.base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        self.method, self.path = "GET", "/"
        port = self.base.port or (443 if self.base.scheme == "https" else 80)
        self.META = {"SERVER_NAME": self.base.hostname, "SERVER_PORT": str(port)}

    def _get_scheme(self):
        return self.base.scheme

    def get_host(self):
        return self.base.netloc


def as_in_the_feed(change: dict) -> dict:
    """The change exactly as /api/v1/changes/ renders it (its schema, ninja's JSON)."""
    return json.loads(
        json.dumps(CHANGE.dump_python(CHANGE.validate_python(change)), cls=NinjaJSONEncoder)
    )


def event_type(change: dict) -> str | None:
    """The event of a change of the feed; terms have none."""
    if change["type"] == "funding":
        return "funding.changed"
    if change["type"] not in PAGE_TYPES:
        return None
    if change["op"] == "upsert":
        return "page.published"
    page = Page.objects.filter(pk=change["id"]).first()
    if page is None or page.get_view_restrictions().exists():
        return "page.deleted"
    return "page.unpublished"  # unpublished or expired


def issue_change(issue, request) -> dict:
    """A published newsletter issue as its event's data, shaped like a change of the feed."""
    url = page_url(issue, request)
    content = issue.content(request)
    return {
        "op": "upsert",
        "type": "newsletter_issue",
        "id": issue.pk,
        "locale": locale_code(issue, request),
        "updated_at": local(issue.last_published_at).isoformat(),
        "item": {
            "id": issue.pk,
            "title": issue.title,
            "url": url,
            "date": issue.issue_date.isoformat(),
            "since": issue.effective_since().isoformat(),
            "preview": content["preview"],
            "intro_html": content["intro_html"],
            "intro_text": content["intro_text"],
            "entries": content["entries"],
            "email_html_url": url + issue.reverse_subpage("email_html"),
            "email_text_url": url + issue.reverse_subpage("email_txt"),
        },
    }


def body(event: str, data: dict, cursor: str | None = None) -> dict:
    """The JSON every webhook carries; `cursor` for events of the change feed."""
    found = {"type": event, "timestamp": timezone.localtime().isoformat(), "data": data}
    return found | ({"cursor": cursor} if cursor else {})
