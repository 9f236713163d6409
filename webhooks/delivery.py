"""One attempt to deliver a webhook (Standard Webhooks), and what follows from it: the
next attempt with backoff, giving up after a day, switching off a dead endpoint."""

import datetime
import json
import time

import requests
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from standardwebhooks import Webhook

from .addresses import refusal
from .models import WebhookAttempt, WebhookDelivery, WebhookEndpoint

# After the first, second, … failed attempt; the last repeats.
BACKOFF = [
    datetime.timedelta(seconds=5),
    datetime.timedelta(minutes=5),
    datetime.timedelta(minutes=30),
    datetime.timedelta(hours=2),
    datetime.timedelta(hours=5),
    datetime.timedelta(hours=10),
]
GIVE_UP_AFTER = datetime.timedelta(hours=24)  # from the event
DISABLE_AFTER = datetime.timedelta(days=3)  # of an endpoint failing without a success
USER_AGENT = "Kreativorte-Sachsen-Webhooks/1.0"
Status = WebhookDelivery.Status
OPEN = [Status.PENDING, Status.FAILED]


def encoded(payload: dict) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def signed_headers(delivery: WebhookDelivery, body: bytes) -> dict:
    now = timezone.now()
    return {
        "webhook-id": delivery.message_id,
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": Webhook(delivery.endpoint.secret).sign(delivery.message_id, now, body),
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
    }


def post(delivery: WebhookDelivery) -> tuple[int | None, int | None, str]:
    """(response code, duration in ms, error: "" when delivered) of one POST."""
    url = delivery.endpoint.url
    refused = refusal(url)
    if refused:
        return None, None, _("Nicht gesendet: %(reason)s") % {"reason": refused}
    body = encoded(delivery.payload)
    started = time.monotonic()
    try:
        response = requests.post(
            url,
            data=body,
            headers=signed_headers(delivery, body),
            timeout=settings.WEBHOOKS_TIMEOUT_SECONDS,
            allow_redirects=False,  # a redirect could lead to an internal address
        )
    except requests.RequestException as error:
        return None, round((time.monotonic() - started) * 1000), f"{type(error).__name__}: {error}"
    duration = round((time.monotonic() - started) * 1000)
    if 200 <= response.status_code < 300:
        return response.status_code, duration, ""
    return response.status_code, duration, f"HTTP {response.status_code}: {response.text[:300]}"


def attempt(delivery: WebhookDelivery) -> datetime.datetime | None:
    """Send the delivery once; when it failed and may be retried: the time of the next try."""
    code, duration, error = post(delivery)
    now = timezone.now()
    WebhookAttempt.objects.create(
        delivery=delivery, at=now, response_code=code, duration_ms=duration, error=error
    )
    delivery.attempts += 1
    delivery.response_code, delivery.duration_ms, delivery.error = code, duration, error
    endpoint = delivery.endpoint
    retry_at = None
    if not error:
        delivery.status, delivery.delivered_at = Status.DELIVERED, now
        delivery.next_attempt_at = None
        WebhookEndpoint.objects.filter(pk=endpoint.pk).update(failing_since=None)
    else:
        retry_at = now + BACKOFF[min(delivery.attempts, len(BACKOFF)) - 1]
        if retry_at > delivery.created_at + GIVE_UP_AFTER:
            delivery.status, delivery.next_attempt_at, retry_at = Status.GIVEN_UP, None, None
        else:
            delivery.status, delivery.next_attempt_at = Status.FAILED, retry_at
        WebhookEndpoint.objects.filter(pk=endpoint.pk, failing_since=None).update(failing_since=now)
        endpoint.refresh_from_db()
    delivery.save()
    if error and endpoint.active and now - endpoint.failing_since >= DISABLE_AFTER:
        disable(endpoint, error)
        return None
    return retry_at


def disable(endpoint: WebhookEndpoint, error: str) -> None:
    """Switch off an endpoint that failed for DISABLE_AFTER and tell the administrators."""
    with transaction.atomic():
        endpoint.active = False
        reason = _("Seit %(since)s nicht erreichbar: %(error)s") % {
            "since": timezone.localtime(endpoint.failing_since).strftime("%d.%m.%Y %H:%M"),
            "error": error,
        }
        endpoint.disabled_reason = reason[:255]
        endpoint.save(update_fields=["active", "disabled_reason"])
        endpoint.deliveries.filter(status__in=OPEN).update(
            status=Status.GIVEN_UP, next_attempt_at=None
        )
    administrators = (
        get_user_model()
        .objects.filter(is_superuser=True, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    if administrators:
        send_mail(
            _("Webhook abgeschaltet: %(url)s") % {"url": endpoint.url},
            _(
                "Der Webhook-Endpunkt %(url)s (%(description)s) war drei Tage lang nicht "
                "erreichbar und ist jetzt abgeschaltet.\n\nLetzter Fehler: %(error)s\n\n"
                "Wieder einschalten: Einstellungen → Webhooks im Admin von %(site)s."
            )
            % {
                "url": endpoint.url,
                "description": endpoint.description or "-",
                "error": error,
                "site": settings.WAGTAILADMIN_BASE_URL,
            },
            None,
            list(administrators),
        )
