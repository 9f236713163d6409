"""The shared page cache: what an anonymous visitor gets, rendered once for everybody.

Anonymous GET and HEAD requests of public pages, API reads, feeds, the sitemap and search
are answered from the default cache (Redis in production, so every worker shares it).
Keys carry the content version (site/content_version.py), so any change makes every
older entry unreachable at once. Entries expire at the next moment the content changes by
itself: an event starting or ending, a registration deadline, local midnight for dates.

Never cached: requests with a session or pending messages (signed-in editors, visitors
who unlocked a password-protected page), the admin and previews, password forms, and
responses that set cookies (forms with a CSRF token), are private or fail. Responses
that may be cached carry `Cache-Control: public, s-maxage` and a `Cache-Tag` for Varnish
or a CDN. With Redis down the cache reads as empty and the site renders as before.
"""

import datetime
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.cache import patch_cache_control
from wagtail import hooks

from . import content_version
from .health import DATABASE_DOWN, database_down

# The preview API (drafts behind a token) is never stored; it also says no-store.
BYPASS_PREFIXES = (
    "/admin/",
    "/django-admin/",
    "/_util/",
    "/en/_util/",
    "/dokumente/",
    "/api/v1/preview/",
)
STORED_STATUSES = {200, 301, 404, 410}
# Until this much before an expiry, a stale copy may still be served while one is fetched.
STALE_SECONDS = 30


def replay_on_cache_hit(request, function, *args) -> None:
    """Call `function(*args)` for this response and again whenever the cache serves it:
    counting a search must not depend on whether its page was rendered."""
    function(*args)
    if request is not None:
        request.__dict__.setdefault("cache_hit_calls", []).append((function, args))


def bypasses_cache(request) -> bool:
    return (
        request.method not in ("GET", "HEAD")
        or not settings.PAGE_CACHE_SECONDS
        or request.path.startswith(BYPASS_PREFIXES)
        or request.path.startswith((settings.STATIC_URL, settings.MEDIA_URL))
        or any(name in request.COOKIES for name in settings.PAGE_CACHE_BYPASS_COOKIES)
        or "HTTP_AUTHORIZATION" in request.META
    )


def cache_key(request, version: str) -> str:
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(f"{request.LANGUAGE_CODE} {url}".encode()).hexdigest()
    return f"page:{version}:{digest}"


def storable(request, response) -> bool:
    control = response.get("Cache-Control", "")
    return (
        response.status_code in STORED_STATUSES
        and not response.streaming
        and not response.cookies
        and not any(word in control for word in ("private", "no-store", "no-cache"))
        and not getattr(request, "page_cache_skip", False)
    )


def next_midnight(now: datetime.datetime) -> datetime.datetime:
    today = timezone.localtime(now).date()
    tomorrow = datetime.datetime.combine(today, datetime.time.min) + datetime.timedelta(days=1)
    return timezone.make_aware(tomorrow)


def next_change(now: datetime.datetime) -> datetime.datetime:
    """The next moment content changes by itself: local midnight, or an app's boundary
    (hook `next_content_change`, e.g. an event starting)."""
    moments = [next_midnight(now)]
    for boundary in hooks.get_hooks("next_content_change"):
        moment = boundary(now)
        if moment is not None:
            moments.append(moment)
    return min(moments)


def lifetime(now: datetime.datetime) -> tuple[int, bool]:
    """(seconds to keep, whether a time boundary cut them short)."""
    until_change = (next_change(now) - now).total_seconds()
    if until_change < settings.PAGE_CACHE_SECONDS:
        return max(int(until_change), 1), True
    return settings.PAGE_CACHE_SECONDS, False


def mark_shared(response, seconds: int, exact: bool) -> None:
    if "max-age" not in response.get("Cache-Control", ""):
        patch_cache_control(response, max_age=0, must_revalidate=True)
    patch_cache_control(
        response,
        public=True,
        s_maxage=seconds,
        stale_while_revalidate=0 if exact else STALE_SECONDS,
    )
    response["Cache-Tag"] = content_version.CACHE_TAG


class PageCacheMiddleware:
    """After the language is known and rate limits are counted; inside ConditionalGet,
    which answers a matching If-None-Match of a cached page with 304."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if bypasses_cache(request):
            return self.get_response(request)
        try:
            version = content_version.current()
        except DATABASE_DOWN as error:  # a 503 like a view's, never a (debug) 500
            return database_down(request, error)
        key = cache_key(request, version)
        cached = cache.get(key)
        if cached is not None:
            response, calls = cached
            for function, args in calls:
                function(*args)
            return response
        response = self.get_response(request)
        if storable(request, response):
            seconds, exact = lifetime(timezone.now())
            mark_shared(response, seconds, exact)
            cache.set(key, (response, getattr(request, "cache_hit_calls", [])), seconds)
        return response
