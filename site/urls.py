from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from accessibility import views as accessibility_views
from editorial.review_actions import ReviewActionView
from events.feeds import events_ics
from home.media_serving import serve_document
from knowledge.feeds import CooperationAtomFeed, CooperationFeed, GuideAtomFeed, GuideFeed
from newsletter.feeds import NewsletterAtomFeed, NewsletterFeed
from places.feeds import PlaceAtomFeed, PlaceFeed
from search import views as search_views

from .api import api_router, api_v1
from .sitemaps import LocalizedSitemap


@require_safe
@cache_control(public=True, max_age=86400)
def robots_txt(request):
    """Crawlers may read everything but the admin and the API; the sitemap lists the pages."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        "Allow: /",
        "",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


# JSON in the API's error shape under /api/ (also for ids no route matches), pages elsewhere.
# /healthz and /readyz are answered by kreativorte.middleware.HealthCheckMiddleware.
handler404 = "kreativorte.health.page_not_found"
handler500 = "kreativorte.health.server_error"

urlpatterns = [
    path("robots.txt", robots_txt, name="robots_txt"),
    # Wagtail's workflow action URL (dashboard "Freigeben"), answered with messages
    # (editorial/review_actions.py); it has to come before the admin's own.
    path(
        "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        never_cache(require_admin_access(ReviewActionView.as_view())),
        name="editorial_workflow_action",
    ),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's document view; video and audio also in byte ranges (seeking in a player).
    re_path(r"^dokumente/(\d+)/(.*)$", serve_document),
    path("dokumente/", include(wagtaildocs_urls)),
    path("api/v1/", api_v1.urls),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LocalizedSitemap}}),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# German pages live at /, English ones at /en/.
urlpatterns += i18n_patterns(
    path("suche/", search_views.search, name="search"),
    # "Barriere melden" (BITV 2.0 § 7); English /en/report-a-barrier/ (a translated path).
    path(_("barriere-melden/"), accessibility_views.report, name="barrier_report"),
    path(_("barriere-melden/danke/"), accessibility_views.thanks, name="barrier_report_thanks"),
    # Feeds in the page's language: /feeds/… German, /en/feeds/… English.
    path("feeds/leitfaeden.rss", GuideFeed(), name="feed_guides_rss"),
    path("feeds/leitfaeden.atom", GuideAtomFeed(), name="feed_guides_atom"),
    path("feeds/orte.rss", PlaceFeed(), name="feed_places_rss"),
    path("feeds/orte.atom", PlaceAtomFeed(), name="feed_places_atom"),
    path("feeds/kooperationen.rss", CooperationFeed(), name="feed_cooperations_rss"),
    path("feeds/kooperationen.atom", CooperationAtomFeed(), name="feed_cooperations_atom"),
    path("feeds/newsletter.rss", NewsletterFeed(), name="feed_newsletter_rss"),
    path("feeds/newsletter.atom", NewsletterAtomFeed(), name="feed_newsletter_atom"),
    path("feeds/veranstaltungen.ics", events_ics, name="feed_events_ics"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
