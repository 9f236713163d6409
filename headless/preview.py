"""Draft previews for external front-ends: the page version a preview token names.

An editor's preview in the mode "Externes Frontend" (kreativorte.pages.ExternalPreviewMixin)
stores the page as edited, unsaved changes included, as a snapshot (wagtail-headless-
preview's PagePreview) under a signed token and opens the site's front-end with it. The
front-end reads it from /api/v1/preview/?token=… for HEADLESS_PREVIEW_TOKEN_SECONDS.
Never the live version instead: no valid token, no page.
"""

import json

from django.conf import settings
from django.core import signing
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail_headless_preview.models import HeadlessPreviewMixin, PagePreview

from kreativorte.api_errors import ApiError

from .items import KIND_OF_MODEL


def forbidden(message: str) -> ApiError:
    return ApiError(403, message, "token")


def snapshot(token: str | None) -> Page:
    """The page as the editor previewed it, or 403: no, a forged, an expired token, or
    one whose page is gone. The structure (id, path, publication) is the page's now."""
    if not token:
        raise forbidden(_("Die Vorschau braucht ein gültiges Token."))
    try:
        HeadlessPreviewMixin.get_preview_signer().unsign(
            token, max_age=settings.HEADLESS_PREVIEW_TOKEN_SECONDS
        )
    except signing.SignatureExpired:
        raise forbidden(_("Das Vorschau-Token ist abgelaufen.")) from None
    except signing.BadSignature:
        raise forbidden(_("Das Vorschau-Token ist ungültig.")) from None
    preview = PagePreview.objects.filter(token=token).first()
    content = json.loads(preview.content_json) if preview else {}
    page = Page.objects.filter(pk=content.get("pk")).specific().first()
    if page is None or type(page) not in KIND_OF_MODEL:
        raise forbidden(_("Zu diesem Vorschau-Token gibt es keine Seite (mehr)."))
    return page.with_content_json(content)


def status(page) -> str:
    """The page's publication state: "live", "scheduled" (a version is approved to go
    live later), "expired" or "draft" (never published or unpublished)."""
    if page.approved_schedule:
        return "scheduled"
    if page.live:
        return "live"
    return "expired" if page.expired else "draft"


def representation(token: str | None, request) -> dict:
    """The snapshot's type and status, and the snapshot as its type's detail endpoint
    shows a live page (`item`, as in the change feed: places and events have a `status`
    of their own)."""
    page = snapshot(token)
    kind = KIND_OF_MODEL[type(page)]
    return {"type": kind.name, "status": status(page), "item": kind.represent(page, request)}
