"""Spam protection needs no third party: a honeypot field and a rate limit per client
address and per e-mail address (Django's cache, with the database as a backstop).
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.crypto import salted_hmac

from .models import PlaceSuggestion

# At most this many suggestions per hour from one client address and from one e-mail address.
SUGGESTIONS_PER_HOUR = getattr(settings, "PLACE_SUGGESTIONS_PER_HOUR", 5)
RATE_WINDOW = timedelta(hours=1)

HONEYPOT_FIELD = "homepage"


def keyed_hash(kind: str, value: str) -> str:
    """A keyed SHA-256 of an address: comparable, but not reversible without the secret."""
    return salted_hmac(
        f"places.suggestion.{kind}", value.strip().lower(), algorithm="sha256"
    ).hexdigest()


@dataclass
class RateLimit:
    client_hash: str
    email_hash: str = ""

    @staticmethod
    def _key(kind: str, value: str) -> str:
        return f"place-suggestions:{kind}:{value}"

    def _cached(self, kind, value) -> int:
        return cache.get(self._key(kind, value), 0) if value else 0

    def client_exceeded(self) -> bool:
        recent = PlaceSuggestion.objects.filter(
            client_hash=self.client_hash, submitted_at__gte=timezone.now() - RATE_WINDOW
        ).count()
        return max(recent, self._cached("client", self.client_hash)) >= SUGGESTIONS_PER_HOUR

    def email_exceeded(self, email: str) -> bool:
        self.email_hash = keyed_hash("email", email)
        recent = PlaceSuggestion.objects.filter(
            email__iexact=email, submitted_at__gte=timezone.now() - RATE_WINDOW
        ).count()
        return max(recent, self._cached("email", self.email_hash)) >= SUGGESTIONS_PER_HOUR

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
