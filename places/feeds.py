"""RSS and Atom feeds of places."""

from kreativorte.feeds import FEED_DESCRIPTIONS, AtomFeed, PageFeed

from . import serializers
from .models import PlaceIndexPage, PlacePage


class PlaceFeed(PageFeed):
    model = PlacePage
    index_model = PlaceIndexPage
    description_text = FEED_DESCRIPTIONS["places"]
    for_summaries = staticmethod(serializers.for_summaries)
    categories_of = staticmethod(serializers.categories)


class PlaceAtomFeed(AtomFeed, PlaceFeed):
    pass
