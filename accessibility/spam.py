"""The same spam protection as the place suggestions (places/suggestions/spam.py): a
honeypot, and a rate limit per client address and per e-mail address."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from places.suggestions.spam import RateLimit

from .models import BarrierReport

# At most this many reports per hour from one client address and from one e-mail address.
REPORTS_PER_HOUR = getattr(settings, "BARRIER_REPORTS_PER_HOUR", 5)


class ReportRateLimit(RateLimit):
    model = BarrierReport
    cache_prefix = "barrier-reports"
    scope = "accessibility.barrier_report"
    too_many = _(
        "Von Ihrer Adresse kamen in der letzten Stunde schon %(count)d Meldungen. "
        "Bitte versuchen Sie es später noch einmal oder schreiben Sie uns eine E-Mail."
    )

    def per_hour(self) -> int:
        return REPORTS_PER_HOUR  # read at call time (tests change it)
