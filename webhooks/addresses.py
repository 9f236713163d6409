"""Where webhooks may go: public http(s) addresses only, so that an administrator cannot
make the server call into its own network (SSRF). Checked when an endpoint is saved and
again before every attempt, as DNS may answer differently by then."""

import ipaddress
import socket
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext as _


def is_internal(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return (
        address.is_loopback
        or address.is_private
        or address.is_link_local
        or address.is_reserved
        or address.is_multicast
        or address.is_unspecified
        or not address.is_global
    )


def refusal(url: str) -> str | None:
    """Why the URL must not be called (in German), or None if it may."""
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        return _("Die Adresse ist ungültig.")
    if parts.scheme not in ("http", "https"):
        return _("Nur http- und https-Adressen sind erlaubt.")
    if not parts.hostname:
        return _("Die Adresse nennt keinen Host.")
    if settings.WEBHOOKS_ALLOW_PRIVATE:
        return None
    try:
        found = socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return _("Der Host „%(host)s“ ist nicht auflösbar.") % {"host": parts.hostname}
    for *_rest, sockaddr in found:
        address = ipaddress.ip_address(sockaddr[0].split("%")[0])
        if is_internal(address):
            return _(
                "„%(host)s“ ist eine interne Adresse (%(address)s): Webhooks gehen nur an "
                "öffentliche Adressen."
            ) % {"host": parts.hostname, "address": address}
    return None
