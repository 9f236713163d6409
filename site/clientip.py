"""The visitor's address, also behind reverse proxies we trust (settings/ratelimit.py).

Each trusted proxy appends the address it was connected from to X-Forwarded-For, and
the last one is REMOTE_ADDR. Reading the chain from the right, past the trusted hops,
gives the client: entries further left came from the client and may be forged.
"""

from django.conf import settings
from django.http import HttpRequest
from ipware import get_client_ip


def client_ip(request) -> str | None:
    """None only for a request without REMOTE_ADDR (a test client's login, a unix socket)."""
    remote = request.META.get("REMOTE_ADDR") or None
    count, proxies = settings.TRUSTED_PROXY_COUNT, settings.TRUSTED_PROXY_IPS
    if not (count or proxies) or remote is None:
        return remote
    # The whole chain of hops, the proxy that connected to us included, so that
    # TRUSTED_PROXY_IPS checks it too and a request bypassing the proxy is not believed.
    hops = HttpRequest()
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops.META = {"HTTP_X_FORWARDED_FOR": f"{forwarded}, {remote}" if forwarded else remote}
    ip, _routable = get_client_ip(
        hops,
        proxy_count=count or None,
        proxy_trusted_ips=proxies or None,
        request_header_order=["HTTP_X_FORWARDED_FOR"],
        strict=False,  # a longer chain is fine: only the hops nearest to us are trusted
    )
    return ip or remote
