"""Webhook endpoints, the deliveries of each event to them, and every attempt."""

import base64
import secrets

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

EVENTS = [
    ("page.published", _("Seite veröffentlicht oder geändert")),
    ("page.unpublished", _("Seite depubliziert oder abgelaufen")),
    ("page.deleted", _("Seite gelöscht oder geschützt")),
    ("funding.changed", _("Förderprogramm geändert")),
    ("newsletter.issue.published", _("Newsletter-Ausgabe veröffentlicht")),
]
TEST_EVENT = "webhook.test"
CONTENT_TYPES = [
    ("place", _("Orte")),
    ("guide", _("Leitfäden")),
    ("cooperation", _("Kooperationen")),
    ("event", _("Veranstaltungen")),
    ("funding", _("Förderprogramme")),
]


def new_secret() -> str:
    """A Standard Webhooks secret: whsec_ and 32 random bytes in base64."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def new_message_id() -> str:
    return "msg_" + secrets.token_urlsafe(18)


class WebhookEndpoint(models.Model):
    url = models.URLField(_("URL"), max_length=500)
    description = models.CharField(_("Beschreibung"), max_length=255, blank=True)
    secret = models.CharField(
        _("Geheimnis"),
        max_length=100,
        default=new_secret,
        help_text=_("Zum Prüfen der Signatur (Standard Webhooks, „whsec_…“)."),
    )
    events = models.JSONField(_("Ereignisse"), default=list)
    content_types = models.JSONField(
        _("Inhaltsarten"),
        default=list,
        blank=True,
        help_text=_("Nur Seiten- und Förderereignisse dieser Arten; leer: alle."),
    )
    active = models.BooleanField(_("Aktiv"), default=True)
    failing_since = models.DateTimeField(_("Fehlschläge seit"), null=True, blank=True)
    disabled_reason = models.CharField(_("Grund der Deaktivierung"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("Angelegt am"), default=timezone.now)

    class Meta:
        verbose_name = _("Webhook-Endpunkt")
        verbose_name_plural = _("Webhook-Endpunkte")
        ordering = ["url", "pk"]

    def __str__(self):
        return self.description or self.url

    def wants(self, event_type: str, content_type: str | None) -> bool:
        if event_type == TEST_EVENT:
            return True
        if event_type not in self.events:
            return False
        return not (content_type and self.content_types) or content_type in self.content_types


class Outcome(models.Model):
    """What an attempt got back (a delivery keeps its last attempt's)."""

    response_code = models.PositiveIntegerField(_("Antwortcode"), null=True, blank=True)
    duration_ms = models.PositiveIntegerField(_("Dauer (ms)"), null=True, blank=True)
    error = models.TextField(_("Fehler"), blank=True)

    class Meta:
        abstract = True


class WebhookDelivery(Outcome):
    """One event for one endpoint: sent until it is delivered or given up."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Ausstehend")
        DELIVERED = "delivered", _("Zugestellt")
        FAILED = "failed", _("Fehlgeschlagen, neuer Versuch geplant")
        GIVEN_UP = "given_up", _("Aufgegeben")

    endpoint = models.ForeignKey(
        WebhookEndpoint,
        on_delete=models.CASCADE,
        related_name="deliveries",
        verbose_name=_("Endpunkt"),
    )
    message_id = models.CharField(_("Nachrichten-ID"), max_length=40, default=new_message_id)
    event_type = models.CharField(_("Ereignis"), max_length=40)
    payload = models.JSONField(_("Inhalt"), encoder=DjangoJSONEncoder)
    status = models.CharField(
        _("Status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveIntegerField(_("Versuche"), default=0)
    next_attempt_at = models.DateTimeField(_("Nächster Versuch"), null=True, blank=True)
    created_at = models.DateTimeField(_("Erzeugt am"), default=timezone.now, db_index=True)
    delivered_at = models.DateTimeField(_("Zugestellt am"), null=True, blank=True)

    class Meta:
        verbose_name = _("Webhook-Zustellung")
        verbose_name_plural = _("Webhook-Zustellungen")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.event_type} → {self.endpoint}"


class WebhookAttempt(Outcome):
    delivery = models.ForeignKey(
        WebhookDelivery, on_delete=models.CASCADE, related_name="attempt_log"
    )
    at = models.DateTimeField(_("Zeitpunkt"), default=timezone.now)

    class Meta:
        verbose_name = _("Zustellversuch")
        verbose_name_plural = _("Zustellversuche")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.delivery_id} @ {self.at:%Y-%m-%d %H:%M:%S}"


class DispatchState(models.Model):
    """How far the change feed has been turned into events (a single row, locked while
    dispatching, so that two dispatchers never send a change twice)."""

    seq = models.BigIntegerField(default=0)

    def __str__(self):
        return str(self.seq)
