"""RSS and Atom feeds of guides and cooperations."""

from kreativorte.feeds import FEED_DESCRIPTIONS, AtomFeed, PageFeed

from .models import CooperationIndexPage, CooperationPage, GuideIndexPage, GuidePage


class GuideFeed(PageFeed):
    model = GuidePage
    index_model = GuideIndexPage
    description_text = FEED_DESCRIPTIONS["guides"]

    def related(self, pages):
        return pages.prefetch_related("topics")

    def item_categories(self, item):
        return [topic.name for topic in item.topics.all()]


class GuideAtomFeed(AtomFeed, GuideFeed):
    pass


class CooperationFeed(PageFeed):
    model = CooperationPage
    index_model = CooperationIndexPage
    description_text = FEED_DESCRIPTIONS["cooperations"]

    def related(self, pages):
        return pages.select_related("district", "creative_submarket")

    def item_categories(self, item):
        return [item.district.name, item.creative_submarket.name]


class CooperationAtomFeed(AtomFeed, CooperationFeed):
    pass
