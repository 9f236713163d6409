"""Rate limits for search and API, and the client address behind trusted proxies."""

import ipaddress
import os
import re

from django.core.exceptions import ImproperlyConfigured

from .env import env_list

# Reverse proxies (Varnish, nginx, a load balancer) between visitors and the app, each
# appending to X-Forwarded-For. 0 and no IPs: the app is reached directly, REMOTE_ADDR.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
if TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured("TRUSTED_PROXY_COUNT must be 0 or more.")
# Or their addresses/networks, outermost first; the last one is the app's REMOTE_ADDR.
TRUSTED_PROXY_IPS = env_list("TRUSTED_PROXY_IPS", "")
for network in TRUSTED_PROXY_IPS:
    try:
        ipaddress.ip_network(network, strict=False)
    except ValueError as error:
        raise ImproperlyConfigured(f"TRUSTED_PROXY_IPS: {error}") from error

_RATE = re.compile(r"[1-9]\d*/([1-9]\d*)?[smhd]")  # django-ratelimit's syntax: 60/m, 100/5m


def rate(name: str, default: str) -> str | None:
    """A rate from the environment, or None for "off"."""
    value = os.environ.get(name, default).strip().lower()
    if value == "off":
        return None
    if not _RATE.fullmatch(value):
        raise ImproperlyConfigured(f'{name} must look like "60/m" or be "off", not "{value}".')
    return value


# Per client address. Off here (dev, tests); production.py sets 60/m and 600/m.
RATELIMIT_SEARCH = rate("RATELIMIT_SEARCH", "off")
RATELIMIT_API = rate("RATELIMIT_API", "off")
# With the cache unreachable, requests pass (the cache logs the outage; see site/cache.py).
RATELIMIT_FAIL_OPEN = True
# django-ratelimit's W001 ("not officially supported") names every cache but django-redis
# and memcached; Django's own Redis backend (site/cache.py) increments atomically and is
# shared, too. Without REDIS_URL the cache is per process (E003): each worker counts alone,
# as README says; dev and tests count nothing.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]
if not os.environ.get("REDIS_URL"):
    SILENCED_SYSTEM_CHECKS.append("django_ratelimit.E003")
