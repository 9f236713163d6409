"""Content-Security-Policy (django-csp 4) and Permissions-Policy (imported by base.py).

Development and tests send the production policies too, so a template that breaks them
fails in `make run` and in the browser tests, not only after deploying. The middleware
(kreativorte.csp.CSPMiddleware) chooses the admin policy below for signed-in users and
adds the map tiles' origin (MAP_TILE_URL, which dev settings and tests change).
"""

import os

from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

# Public site: scripts and styles only from our static files (templates carry no inline
# script or style; `request.csp_nonce` is there if one ever must). JSON-LD blocks are data,
# not scripts: CSP does not apply to them.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:"],  # data: Leaflet blanks removed tiles with a data: GIF
        "connect-src": [SELF],
        "font-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],  # the admin's preview iframe lies under /admin/
    }
}
if report_uri := os.environ.get("CSP_REPORT_URI", ""):
    # report-to names the Reporting-Endpoints entry the middleware sends; browsers
    # without the Reporting API use report-uri.
    CONTENT_SECURITY_POLICY["DIRECTIVES"] |= {"report-uri": report_uri, "report-to": "csp"}

# Signed in to Wagtail's admin (/admin/), editors need a looser policy: the editing
# widgets (choosers, date pickers, inline panels) start with inline scripts, jQuery runs
# the scripts of the HTML that modals load, Wagtail's markup has style attributes
# (wagtail/wagtail#1288), and the page editor frames its own preview. The login,
# password-reset and lock-out pages, seen before anyone signs in, keep the strict policy.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],  # blob: previews of images being uploaded
        "frame-ancestors": [SELF],
    }
}

# No request from the admin to third-party hosts (the CSP would block them anyway):
# no Gravatar avatars, no check for new Wagtail releases.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Powerful browser features nobody here needs (the map has no "near me"), denied for the
# site and anything it might embed. interest-cohort (FLoC) is gone: Chromium reports it
# as an unknown feature, browsing-topics replaced it.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}
