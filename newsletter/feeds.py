"""RSS and Atom feeds of the published newsletter issues."""

from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from kreativorte.feeds import FEED_LIMIT, AtomFeed, PageFeed
from kreativorte.visibility import visible

from .email import html_to_text
from .models import NewsletterIndexPage, NewsletterIssuePage

SUMMARY_CHARS = 300


class NewsletterFeed(PageFeed):
    model = NewsletterIssuePage
    index_model = NewsletterIndexPage
    kind = "newsletter"
    description_text = _("Die Ausgaben des Newsletters von Kreativorte Sachsen.")

    def items(self, obj):
        issues = visible(self.model.objects.filter(locale_id=obj.locale_id), self.request)
        issues = issues.select_related("locale").defer_streamfields()
        return list(issues.order_by("-issue_date", "-first_published_at", "-pk")[:FEED_LIMIT])

    def item_description(self, item):
        """The intro as the issue was published (else the current one) as plain text."""
        data = item.frozen_data or {}
        text = data.get("intro_text") or html_to_text(item.intro or "")
        return Truncator(text).chars(SUMMARY_CHARS) or item.title

    def item_enclosures(self, item):
        return []


class NewsletterAtomFeed(AtomFeed, NewsletterFeed):
    pass
