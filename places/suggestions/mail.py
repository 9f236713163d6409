"""The mails about a suggestion: to the reviewers, to the suggester, and the decision."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from kreativorte.roles import FREIGABE

from .models import PlaceSuggestion

logger = logging.getLogger(__name__)


def admin_edit_url(page) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "wagtailadmin_pages:edit", args=[page.pk]
    )


def reviewers():
    return (
        get_user_model()
        .objects.filter(groups__name=FREIGABE, is_active=True)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def _send(messages) -> None:
    """Send; a mail server failure must not turn a saved suggestion into an error page."""
    try:
        get_connection().send_messages(messages)
    except Exception:
        logger.exception("Mails about a place suggestion could not be sent.")


def _message(subject: str, template: str, context: dict, to: str) -> EmailMessage:
    body = render_to_string(f"places/mail/{template}", context)
    return EmailMessage(subject=subject, body=body, to=[to])


def notify_reviewers(suggestion: PlaceSuggestion) -> None:
    page = suggestion.page
    with translation.override("de"):
        context = {
            "page": page,
            "edit_url": admin_edit_url(page),
            "has_point": bool(page.location),
            "submitted_at": suggestion.submitted_at,
        }
        subject = gettext("Neuer Ortsvorschlag: %(title)s") % {"title": page.title}
        messages = [
            _message(subject, "suggestion_review.txt", context | {"user": user}, user.email)
            for user in reviewers()
        ]
    _send(messages)


def confirm_to_suggester(suggestion: PlaceSuggestion, privacy_url: str = "") -> None:
    page = suggestion.page
    context = {"suggestion": suggestion, "page": page, "privacy_url": privacy_url}
    subject = gettext("Danke für Ihren Vorschlag: %(title)s") % {"title": page.title}
    _send([_message(subject, "suggestion_confirmation.txt", context, suggestion.email)])


DECISION_MAILS = {
    "published": (_("Ihr Vorschlag ist online: %(title)s"), "suggestion_published.txt"),
    "approved": (_("Ihr Vorschlag wurde angenommen: %(title)s"), "suggestion_published.txt"),
    "rejected": (_("Ihr Vorschlag: %(title)s"), "suggestion_rejected.txt"),
}


def notify_decision(suggestion: PlaceSuggestion, outcome: str) -> None:
    """Tell the suggester the outcome (not for a cancelled review), before their data goes."""
    if outcome not in DECISION_MAILS:
        return
    page = suggestion.page.specific if isinstance(suggestion.page, Page) else suggestion.page
    with translation.override("de"):
        subject, template = DECISION_MAILS[outcome]
        context = {
            "suggestion": suggestion,
            "page": page,
            "outcome": outcome,
            "page_url": page.get_full_url() if outcome == "published" else "",
        }
        message = _message(
            str(subject) % {"title": page.title}, template, context, suggestion.email
        )
    _send([message])
