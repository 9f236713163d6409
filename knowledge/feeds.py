"""RSS and Atom feeds of guides and cooperations."""

from kreativorte.feeds import FEED_DESCRIPTIONS, AtomFeed, PageFeed

from . import serializers
from .models import CooperationIndexPage, CooperationPage, GuideIndexPage, GuidePage


class GuideFeed(PageFeed):
    model = GuidePage
    index_model = GuideIndexPage
    description_text = FEED_DESCRIPTIONS["guides"]
    for_summaries = staticmethod(serializers.for_guide_summaries)
    categories_of = staticmethod(serializers.guide_categories)


class GuideAtomFeed(AtomFeed, GuideFeed):
    pass


class CooperationFeed(PageFeed):
    model = CooperationPage
    index_model = CooperationIndexPage
    description_text = FEED_DESCRIPTIONS["cooperations"]
    for_summaries = staticmethod(serializers.for_cooperation_summaries)
    categories_of = staticmethod(serializers.cooperation_categories)


class CooperationAtomFeed(AtomFeed, CooperationFeed):
    pass
