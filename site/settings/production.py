"""Production: everything from the environment; refuses to start without what it cannot guess."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

# Without these, production would guess: a known secret, an SQLite file, admin links to localhost.
for required in ("SECRET_KEY", "DATABASE_URL", "WAGTAILADMIN_BASE_URL"):
    if not os.environ.get(required):  # noqa: F405
        raise ImproperlyConfigured(f"{required} must be set in the environment for production.")

DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))  # noqa: F405
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)  # noqa: F405
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)  # noqa: F405
# Only once the domain is submitted to the browsers' preload list does W021 matter.
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "security.W021"]  # noqa: F405
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_REFERRER_POLICY = "same-origin"
# Per client address (settings/ratelimit.py); "off" disables one.
RATELIMIT_SEARCH = rate("RATELIMIT_SEARCH", "60/m")  # noqa: F405
RATELIMIT_API = rate("RATELIMIT_API", "600/m")  # noqa: F405
