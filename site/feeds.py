"""RSS 2.0 and Atom feeds of a section's pages (Django's syndication framework).

Each section (guides, places, cooperations) subclasses PageFeed; its Atom
variant mixes in AtomFeed. The language comes from the URL (i18n_patterns):
/feeds/… is German, /en/feeds/… English.
"""

import copy
import mimetypes

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from .prefetch import listed
from .serializers import model_type
from .urls_media import THUMBNAIL_SPEC, locale_code, page_url
from .visibility import visible

FEED_LIMIT = 30
SITE_NAME = "Kreativorte Sachsen"
TAG_AUTHORITY = "kreativorte-sachsen.de,2025"


def active_locale() -> Locale:
    """The URL's language as a Wagtail locale (404 when it has none, no fallback)."""
    locale = Locale.objects.filter(language_code=get_language()).first()
    if locale is None:
        raise Http404
    return locale


class PageFeed(Feed):
    """The newest live, public pages of one type in the request's language."""

    feed_type = Rss201rev2Feed
    model = None  # the page type listed
    index_model = None  # the section's index page (the feed's link)
    # From the type's serializer: what its summaries read, and its categories.
    for_summaries = staticmethod(listed)
    categories_of = staticmethod(lambda item: [])
    kind = ""  # for the entries' tag: URIs; by default the model's type, e.g. "guide"
    description_text = ""
    author_name = SITE_NAME

    def __call__(self, request, *args, **kwargs):
        # One instance serves every request; per-request state lives on a copy.
        feed = copy.copy(self)
        feed.request = request
        response = Feed.__call__(feed, request, *args, **kwargs)
        # Django sets Last-Modified to the newest entry's date; after an unpublish that
        # date moves back, so If-Modified-Since would get a stale 304. The ETag
        # (ConditionalGetMiddleware, a hash of the body) changes with every change.
        del response["Last-Modified"]
        return response

    def get_object(self, request):
        """The section's index page in the active language (404 if it has none)."""
        index = visible(self.index_model.objects.filter(locale=active_locale()), request).first()
        if index is None:
            raise Http404
        return index

    def title(self, obj):
        return f"{obj.title} – {SITE_NAME}"

    def link(self, obj):
        return page_url(obj, self.request)

    def description(self, obj):
        return obj.search_description or str(self.description_text)

    def subtitle(self, obj):
        return self.description(obj)

    def items(self, obj):
        pages = visible(self.model.objects.filter(locale_id=obj.locale_id), self.request)
        pages = self.for_summaries(pages).order_by("-first_published_at", "-pk")
        return list(pages[:FEED_LIMIT])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.teaser or item.search_description

    def item_link(self, item):
        return page_url(item, self.request)

    def item_guid(self, item):
        """Stable across edits and slug changes; one per language."""
        language = locale_code(item, self.request)
        kind = self.kind or model_type(self.model)
        return f"tag:{TAG_AUTHORITY}:{kind}-{item.translation_key}-{language}"

    def item_guid_is_permalink(self, item):
        return False

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def item_categories(self, item):
        return self.categories_of(item)

    def item_enclosures(self, item):
        """The listing image's thumbnail (prefetched with the pages)."""
        if item.listing_image is None:
            return []
        rendition = item.listing_image.get_rendition(THUMBNAIL_SPEC)
        try:
            length = rendition.file.size
        except (OSError, NotImplementedError):
            length = 0  # RSS 2.0 asks for 0 when the size is unknown
        mime_type = mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg"
        url = rendition.url
        if url.startswith("/"):
            url = self.request.build_absolute_uri(url)
        return [Enclosure(url, str(length), mime_type)]


class AtomFeed:
    """Mix in before a PageFeed subclass: the same entries as Atom 1.0."""

    feed_type = Atom1Feed


FEED_DESCRIPTIONS = {
    "guides": _("Neue und aktualisierte Leitfäden von Kreativorte Sachsen."),
    "places": _("Neue Kreativorte in Sachsen."),
    "cooperations": _("Neue Kooperationen zwischen Kreativen und Unternehmen in Sachsen."),
}
