"""Probes for the orchestrator, and what visitors get when a service is down.

/healthz (liveness) touches nothing; /readyz (readiness) checks the database, the
cache and the search backend. HealthCheckMiddleware (site/middleware.py) answers
both before host validation and the HTTPS redirect, so probes to the pod's IP
over plain HTTP work.
"""

import logging
import secrets
import sys

from django.core.cache import cache
from django.db import connection
from django.db.utils import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from wagtail.search.backends import get_search_backend

from search.models import SearchDocument

from .api_errors import error_response

logger = logging.getLogger(__name__)

# The database cannot be reached, the connection broke, or it timed out: try again later.
DATABASE_DOWN = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = "30"


@require_safe
@never_cache
def liveness(request):
    return JsonResponse({"status": "ok"})


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    """A round trip: the resilient Redis cache answers a miss rather than raise when down."""
    key = f"readyz-{secrets.token_hex(8)}"  # one per probe: pods share the cache
    cache.set(key, True, 10)
    if not cache.get(key):
        raise RuntimeError("the cache did not return what was just stored")
    cache.delete(key)


def check_search():
    backend = get_search_backend()
    if hasattr(backend, "es"):  # Elasticsearch: a quick ping, no retries
        if not backend.es.options(request_timeout=1, max_retries=0).ping():
            raise RuntimeError("Elasticsearch did not answer")
    else:  # the database backend: its table (site search documents) is readable
        SearchDocument.objects.exists()


CHECKS = {"database": check_database, "cache": check_cache, "search": check_search}


@require_safe
@never_cache
def readiness(request):
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as error:  # any failure means "not ready"; details go to the log
            logger.warning("Readiness check %s failed: %r", name, error)
            results[name] = "unavailable"
        else:
            results[name] = "ok"
    ready = all(result == "ok" for result in results.values())
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", "checks": results},
        status=200 if ready else 503,
    )


PROBES = {"/healthz": liveness, "/readyz": readiness}


# Error responses: JSON in the API's error shape under /api/, pages everywhere else.


def is_api(request) -> bool:
    return request.path_info.startswith("/api/")


def api_error(request, status: int, message: str):
    return error_response(request, status, [{"parameter": None, "message": message}])


def database_unavailable(request):
    """503 while the database is down, with a page that itself needs no database."""
    if is_api(request):
        message = _("Die Datenbank ist gerade nicht erreichbar. Bitte später erneut versuchen.")
        response = api_error(request, 503, message)
    else:
        response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = RETRY_AFTER_SECONDS
    response["Cache-Control"] = "no-store"
    return response


def database_down(request, error):
    """What a request ended by `error` (one of DATABASE_DOWN) gets: one warning, no traceback."""
    logger.warning("Database unavailable (%s): %s", request.path, error)
    return database_unavailable(request)


def page_not_found(request, exception):
    """handler404. Under /api/ also for addresses no route matches, e.g. /api/v1/places/abc/."""
    if is_api(request):
        return api_error(request, 404, _("Diese Adresse gibt es in der API nicht."))
    return defaults.page_not_found(request, exception)


def server_error(request):
    """handler500. A database outage noticed outside a view (e.g. in a middleware) is a 503 too."""
    if isinstance(sys.exc_info()[1], DATABASE_DOWN):
        return database_unavailable(request)
    if is_api(request):
        return api_error(request, 500, _("Interner Fehler. Bitte später erneut versuchen."))
    return defaults.server_error(request)
