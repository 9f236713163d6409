"""The mails about a barrier report: one to each member of Freigabe (like the place
suggestions), and a confirmation to the sender when they gave an e-mail address."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from places.suggestions.mail import reviewers

from .models import BarrierReport

logger = logging.getLogger(__name__)

ADMIN_EDIT_URL_NAME = "wagtailsnippets_accessibility_barrierreport:edit"


def absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _message(subject: str, template: str, context: dict, to: str) -> EmailMessage:
    body = render_to_string(f"accessibility/mail/{template}", context)
    return EmailMessage(subject=subject, body=body, to=[to])


def _send(messages) -> None:
    """Send; a mail server failure must not turn a saved report into an error page."""
    try:
        get_connection().send_messages(messages)
    except Exception:
        logger.exception("Mails about a barrier report could not be sent.")


def notify_editors(report: BarrierReport) -> None:
    """German, one mail per editor; the sender's name and address stay in the admin."""
    with translation.override("de"):
        context = {
            "report": report,
            "page_url": absolute(report.page_url) if report.page_url else "",
            "edit_url": absolute(reverse(ADMIN_EDIT_URL_NAME, args=[report.pk])),
        }
        subject = gettext("Neue Barrieremeldung: %(page)s") % {
            "page": report.page_url or gettext("ohne Seitenangabe")
        }
        messages = [
            _message(subject, "report_editors.txt", context | {"user": user}, user.email)
            for user in reviewers()
        ]
    _send(messages)


def confirm_to_sender(report: BarrierReport, privacy_url: str = "") -> None:
    """In the language the report was sent in."""
    if not report.email:
        return
    with translation.override(report.language or settings.LANGUAGE_CODE):
        context = {"report": report, "privacy_url": privacy_url}
        subject = gettext("Ihre Barrieremeldung ist angekommen")
        message = _message(subject, "report_confirmation.txt", context, report.email)
    _send([message])
