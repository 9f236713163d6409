"""Base settings: safe by default (DEBUG off, secret from the environment).

Everything that differs between machines comes from environment variables;
see the table in README.md.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_list

SITE_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = SITE_DIR.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "kreativorte",
    "home",
    "accessibility",
    "places",
    "knowledge",
    "events",
    "search",
    "editorial",
    "editorial.logins",
    "newsletter",
    "headless",
    "webhooks",
    "wagtailgeowidget",
    "wagtail_headless_preview",  # preview snapshots for external front-ends
    "wagtail.contrib.redirects",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.locales",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "ninja",
    "corsheaders",
    "csp",
    "django_tasks_db",
    "django_ratelimit",  # only for its system checks (cache suitability)
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.humanize",  # its catalogue: Wagtail's naturaltime ("vor 3 Minuten")
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # /healthz and /readyz: before host validation and the HTTPS redirect (pod-IP probes).
    "kreativorte.middleware.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "kreativorte.csp.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # ETag from the response body, 304 for a matching If-None-Match: always fresh.
    "django.middleware.http.ConditionalGetMiddleware",
    "kreativorte.middleware.ApiCacheControlMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "kreativorte.middleware.ApiLanguageMiddleware",
    # A database outage in a view: 503 page, or JSON 503 under /api/.
    "kreativorte.middleware.DatabaseUnavailableMiddleware",
    # Inside CORS (a 429 stays readable to other origins), after the language is known.
    "kreativorte.ratelimit.RateLimitMiddleware",
    # Anonymous reads from the shared cache; inside ConditionalGet (304s), CORS and limits.
    "kreativorte.page_cache.PageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "editorial.logins.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # An admin write lands whole or not at all (a page with its first revision).
    "kreativorte.middleware.AdminTransactionMiddleware",
    # Last, so it turns any lockout raised further in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kreativorte.urls"
WSGI_APPLICATION = "kreativorte.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: an SQLite file when DATABASE_URL is unset, so a newcomer needs no services.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # SSD storage. PostgreSQL's default of 4 models spinning disks and makes the planner
    # scan the whole search table instead of its GIN index once a word is in 1 of 10 pages.
    page_cost = os.environ.get("DATABASE_RANDOM_PAGE_COST", "1.1")
    options = DATABASES["default"].setdefault("OPTIONS", {})
    options["options"] = f"-c random_page_cost={page_cost}"
    # A database host that drops packets must fail a request in seconds, not hold a worker.
    options.setdefault("connect_timeout", int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "5")))
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # `make run`'s web server and webhook worker, an import beside them: readers never wait
    # for a writer (WAL), a writer waits its turn instead of failing at once (timeout), and
    # a transaction takes the write lock when it begins (IMMEDIATE), so one that has read
    # cannot be refused its first write halfway ("database is locked").
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        timeout=60,  # seconds; an import of hundreds of places holds the lock for a while
        transaction_mode="IMMEDIATE",
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: local memory per process, Redis when REDIS_URL is set.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            # Degrades to "no cache" while Redis is unreachable (site/cache.py).
            "BACKEND": "kreativorte.cache.ResilientRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            # Fail fast: a dead Redis must cost milliseconds, not a hung worker.
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Language and time: German first, English second.
LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("Deutsch")), ("en", _("Englisch"))]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True
# How dates and times are typed in forms, per language (kreativorte/formats/).
FORMAT_MODULE_PATH = ["kreativorte.formats"]

# Static files and uploads. Leaflet comes from npm (package.json), never from a CDN;
# `npm run build` copies it to site/static/vendor/leaflet/.
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Uploads from the public until an editor decides (never served; outside MEDIA_ROOT).
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private_media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# E-mail
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "redaktion@kreativorte-sachsen.de")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Footer: the public contact address and the newsletter tool's sign-up page (if any).
CONTACT_EMAIL = os.environ.get("CONTACT_EMAIL", DEFAULT_FROM_EMAIL)
NEWSLETTER_SIGNUP_URL = os.environ.get("NEWSLETTER_SIGNUP_URL", "")
# Where the sending tool puts each recipient's unsubscribe link in the newsletter HTML.
NEWSLETTER_UNSUBSCRIBE_PLACEHOLDER = os.environ.get(
    "NEWSLETTER_UNSUBSCRIBE_PLACEHOLDER", "{{unsubscribe}}"
)

# API: readable from other origins listed in CORS_ALLOWED_ORIGINS (comma-separated).
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS", "")
CORS_ALLOW_ALL_ORIGINS = env_bool("CORS_ALLOW_ALL_ORIGINS", False)
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
API_CACHE_CONTROL = os.environ.get("API_CACHE_CONTROL", "public, max-age=0, must-revalidate")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Every page save runs background tasks (search index, references); their
    # per-task lines drown everything else.
    "loggers": {
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": os.environ.get("WAGTAIL_LOG_LEVEL", "WARNING")},
    },
}

from .auth import *  # noqa: E402, F403  (logins: lockout, passwords, sessions, 2FA)
from .caching import *  # noqa: E402, F403  (page cache, Varnish bans)
from .ratelimit import *  # noqa: E402, F403  (rate limits, client address behind proxies)
from .security import *  # noqa: E402, F403  (Content-Security-Policy, Permissions-Policy)
from .tasks import *  # noqa: E402, F403  (background tasks, webhooks)
from .wagtail import *  # noqa: E402, F403  (Wagtail, search and map settings)
