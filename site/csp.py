"""The Content-Security-Policy of each response (settings in settings/security.py).

django-csp's middleware, plus what its settings cannot express:
- signed-in users of the admin get CONTENT_SECURITY_POLICY_ADMIN (Wagtail's editing
  interface needs inline scripts and styles);
- img-src allows the map tiles' origin, read per request because the development
  settings and the tests change MAP_TILE_URL;
- Django REST framework's browsable API (/api/v2/, a developer's view of the JSON)
  may use inline styles;
- with a report URI, the Reporting-Endpoints header that `report-to csp` names;
- none for Wagtail's fake requests (`is_dummy`: previews render a page through the
  whole middleware stack); the real request's policy, the admin's, applies to them.
"""

from urllib.parse import urlsplit

from csp.constants import UNSAFE_INLINE
from csp.decorators import csp_update
from csp.middleware import CSPMiddleware as BaseCSPMiddleware
from csp.middleware import PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.urls import reverse
from rest_framework.renderers import BrowsableAPIRenderer

# For views that answer with e-mail HTML (the newsletter's): e-mail is styled inline by
# nature (MJML) and carries no script.
allow_email_styles = csp_update({"style-src": UNSAFE_INLINE})


def tile_origin() -> str:
    """The origin of MAP_TILE_URL as a CSP source ({s} subdomains as a wildcard), or ""."""
    parts = urlsplit(settings.MAP_TILE_URL)
    if not (parts.scheme and parts.netloc):
        return ""
    return f"{parts.scheme}://{parts.netloc.replace('{s}', '*')}"


def is_signed_in_admin(request) -> bool:
    user = getattr(request, "user", None)
    in_admin = request.path.startswith(reverse("wagtailadmin_home"))
    return in_admin and user is not None and user.is_authenticated


class CSPMiddleware(BaseCSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if parts.config is None and is_signed_in_admin(request):
            parts.config = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
        extra = {}
        if origin := tile_origin():
            extra["img-src"] = origin
        if isinstance(getattr(response, "accepted_renderer", None), BrowsableAPIRenderer):
            # Django REST framework's HTML view of /api/v2/: style attributes and its
            # code highlighter's <style>.
            extra["style-src"] = UNSAFE_INLINE
        update = dict(parts.update or {})
        for directive, source in extra.items():
            existing = update.get(directive) or []
            update[directive] = [existing] if isinstance(existing, str) else list(existing)
            update[directive].append(source)
        parts.update = update
        return parts

    def process_response(self, request, response):
        if getattr(request, "is_dummy", False):
            return response
        response = super().process_response(request, response)
        directives = settings.CONTENT_SECURITY_POLICY.get("DIRECTIVES", {})
        if "report-to" in directives and "Content-Security-Policy" in response:
            response.headers.setdefault(
                "Reporting-Endpoints", f'{directives["report-to"]}="{directives["report-uri"]}"'
            )
        return response
