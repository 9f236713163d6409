"""Spam protection needs no third party: a honeypot field and a rate limit per client
address and per e-mail address (Django's cache, with the database as a backstop).

The barrier reports (accessibility/) are protected the same way: they subclass
`RateLimit` with their own model, and `screen()` runs the checks for both forms.
"""

from dataclasses import dataclass
from datetime import timedelta
from typing import ClassVar

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from kreativorte.clientip import client_ip

from .models import PlaceSuggestion

# At most this many suggestions per hour from one client address and from one e-mail address.
SUGGESTIONS_PER_HOUR = getattr(settings, "PLACE_SUGGESTIONS_PER_HOUR", 5)
RATE_WINDOW = timedelta(hours=1)

HONEYPOT_FIELD = "homepage"

# What screen() found.
VALID, INVALID, BOT, TOO_MANY = "valid", "invalid", "bot", "too_many"


def keyed_hash(kind: str, value: str, scope: str = "places.suggestion") -> str:
    """A keyed SHA-256 of an address: comparable, but not reversible without the secret."""
    return salted_hmac(f"{scope}.{kind}", value.strip().lower(), algorithm="sha256").hexdigest()


@dataclass
class RateLimit:
    client_hash: str
    email_hash: str = ""

    # What another form changes: the rows counted (with `submitted_at`, `client_hash` and
    # `email`), the cache keys and the hashes' salt; and per_hour().
    model: ClassVar[type] = PlaceSuggestion
    cache_prefix: ClassVar[str] = "place-suggestions"
    scope: ClassVar[str] = "places.suggestion"
    too_many: ClassVar = _(
        "Von Ihrer Adresse kamen in der letzten Stunde schon %(count)d Vorschläge. "
        "Bitte versuchen Sie es später noch einmal."
    )

    @classmethod
    def for_request(cls, request) -> "RateLimit":
        return cls(client_hash=keyed_hash("client", client_ip(request) or "unknown", cls.scope))

    def per_hour(self) -> int:
        return SUGGESTIONS_PER_HOUR  # read at call time (tests change it)

    def _key(self, kind: str, value: str) -> str:
        return f"{self.cache_prefix}:{kind}:{value}"

    def _cached(self, kind, value) -> int:
        return cache.get(self._key(kind, value), 0) if value else 0

    def _recent(self, **lookup) -> int:
        since = timezone.now() - RATE_WINDOW
        return self.model.objects.filter(submitted_at__gte=since, **lookup).count()

    def client_exceeded(self) -> bool:
        recent = self._recent(client_hash=self.client_hash)
        return max(recent, self._cached("client", self.client_hash)) >= self.per_hour()

    def email_exceeded(self, email: str) -> bool:
        self.email_hash = keyed_hash("email", email, self.scope)
        recent = self._recent(email__iexact=email)
        return max(recent, self._cached("email", self.email_hash)) >= self.per_hour()

    def count(self) -> None:
        """One more suggestion (or bot attempt) from this address and e-mail, for an hour."""
        timeout = int(RATE_WINDOW.total_seconds())
        for kind, value in (("client", self.client_hash), ("email", self.email_hash)):
            if not value:
                continue
            key = self._key(kind, value)
            cache.add(key, 0, timeout)
            try:
                cache.incr(key)
            except ValueError:  # expired in between
                cache.set(key, 1, timeout)


def screen(form, limit: RateLimit, email_field: str) -> str:
    """The checks before a public form's data is kept, in this order: the client's rate
    limit (the form then shows only `limit.too_many`), the honeypot (a bot, counted), the
    fields, the e-mail address's rate limit (when one is given).
    VALID, INVALID, BOT or TOO_MANY."""
    too_many = str(limit.too_many) % {"count": limit.per_hour()}
    if limit.client_exceeded():
        form.is_valid()
        form.errors.clear()
        form.add_error(None, too_many)
        return TOO_MANY
    if form.honeypot_filled():
        limit.count()
        return BOT
    if not form.is_valid():
        return INVALID
    email = form.cleaned_data.get(email_field)
    if email and limit.email_exceeded(email):
        form.add_error(None, too_many)
        return TOO_MANY
    return VALID
