"""Rate limits for the search and the APIs, per client address (settings/ratelimit.py)."""

import functools
import ipaddress

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import ngettext
from django_ratelimit.core import get_usage

from .api_errors import error_response
from .clientip import client_ip


@functools.cache
def search_page_paths() -> frozenset[str]:
    """The search page in every language: /suche/, /en/suche/."""
    paths = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths.add(reverse("search"))
    return frozenset(paths)


def rate_group(path: str) -> str | None:
    """Which limit a path counts against: search is costly, other API reads are cheap.

    Pages and feeds are left to the caching proxy in front.
    """
    if path.startswith("/api/v1/search/") or path in search_page_paths():
        return "search"
    if path.startswith("/api/"):
        return "api"
    return None


def bucket(group, request) -> str:
    """The client's address; IPv6 by /64, the block one host usually gets."""
    ip = client_ip(request)
    if ip and ":" in ip:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False).network_address)
    return ip or "unknown"


class RateLimitMiddleware:
    """At most RATELIMIT_SEARCH / RATELIMIT_API requests per client address and window.

    Counted in the default cache (Redis when REDIS_URL is set, shared by all workers);
    a fixed window per client. Past the limit: 429 with Retry-After, JSON under /api/.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        group = rate_group(request.path_info)
        rate = group and getattr(settings, f"RATELIMIT_{group.upper()}")
        if rate:
            # None: the cache is unreachable (RATELIMIT_FAIL_OPEN), the request passes.
            usage = get_usage(request, group=group, key=bucket, rate=rate, increment=True)
            if usage and usage["should_limit"]:
                # The window's last second still counts: the next one starts a second later.
                return too_many_requests(request, usage["time_left"] + 1)
        return self.get_response(request)


def too_many_requests(request, seconds: int):
    if request.path_info.startswith("/api/"):
        message = ngettext(
            "Zu viele Anfragen. Bitte versuchen Sie es in %(seconds)d Sekunde erneut.",
            "Zu viele Anfragen. Bitte versuchen Sie es in %(seconds)d Sekunden erneut.",
            seconds,
        ) % {"seconds": seconds}
        response = error_response(request, 429, [{"parameter": None, "message": message}])
    else:
        response = render(request, "429.html", {"seconds": seconds}, status=429)
    response["Retry-After"] = str(seconds)
    add_never_cache_headers(response)
    return response
