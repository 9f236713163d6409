"""HTTP headers and language for the APIs."""

from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers


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
