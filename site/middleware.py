"""HTTP headers and language for the APIs; health probes; database outages; one transaction
per admin write."""

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.cache import patch_vary_headers

from .health import DATABASE_DOWN, PROBES, database_down


class ApiCacheControlMiddleware:
    """Reads under /api/ may be cached but must be revalidated (with their ETag) every time.

    Revalidating is cheap (a 304) and keeps every client current the moment
    something is published or unpublished, whichever process changed it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith("/api/") and request.method in ("GET", "HEAD"):
            if response.status_code < 400 and not response.has_header("Cache-Control"):
                response["Cache-Control"] = settings.API_CACHE_CONTROL
            patch_vary_headers(response, ["Accept-Language"])
        return response


class ApiLanguageMiddleware:
    """API v1 lists speak the language their `locale` parameter asks for.

    Term names and messages then match the content; details switch to their
    page's language themselves.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        locale = request.GET.get("locale")
        if request.path.startswith("/api/v1/") and locale in dict(settings.LANGUAGES):
            translation.activate(locale)
            request.LANGUAGE_CODE = locale
        return self.get_response(request)


class HealthCheckMiddleware:
    """Answers /healthz and /readyz first, before anything else sees the request.

    Orchestrators probe the pod's IP over plain HTTP: host validation (ALLOWED_HOSTS),
    the HTTPS redirect, sessions, languages and Wagtail's page lookup must not apply.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        probe = PROBES.get(request.path_info)
        return probe(request) if probe else self.get_response(request)


class DatabaseUnavailableMiddleware:
    """A database outage in a view is a 503 (German page, or JSON under /api/), not a 500.

    Logged as one warning per request instead of a traceback. Django hands it only what a
    view raises: a middleware that queries the database itself catches DATABASE_DOWN and
    answers health.database_down() (the page cache, AdminTransactionMiddleware); anything else
    reaches handler500 (health.server_error), which answers the same without DEBUG.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        return database_down(request, exception) if isinstance(exception, DATABASE_DOWN) else None


class AdminTransactionMiddleware:
    """One admin action, one transaction: what an editor's save writes lands whole or not at all.

    Wagtail's views write in several steps without a transaction of their own: creating a
    page inserts it and then its first revision, so an error in between (a locked SQLite, a
    lost connection) left a page without a revision whose slug then blocked every further
    save. Only admin writes are wrapped: ATOMIC_REQUESTS would put every visitor's read in
    a transaction too, which on SQLite (IMMEDIATE transactions) queues reads behind writers.
    `transaction.on_commit` callbacks (Varnish bans, webhooks) run once the action has
    committed, and never for one rolled back. A view's exception reaches this middleware as
    a response (500, or 503 for the database): a server error rolls the action back.
    """

    SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in self.SAFE_METHODS or not request.path_info.startswith("/admin/"):
            return self.get_response(request)
        try:
            with transaction.atomic():
                response = self.get_response(request)
                if response.status_code >= 500:
                    transaction.set_rollback(True)
        except DATABASE_DOWN as error:  # the transaction could not begin or commit
            return database_down(request, error)
        return response
