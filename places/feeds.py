"""RSS and Atom feeds of places."""

from kreativorte.feeds import FEED_DESCRIPTIONS, AtomFeed, PageFeed

from .models import PlaceIndexPage, PlacePage


class PlaceFeed(PageFeed):
    model = PlacePage
    index_model = PlaceIndexPage
    description_text = FEED_DESCRIPTIONS["places"]

    def related(self, pages):
        return pages.select_related("district").prefetch_related("place_types", "submarkets")

    def item_categories(self, item):
        return [
            item.district.name,
            *(term.name for term in item.place_types.all()),
            *(term.name for term in item.submarkets.all()),
        ]


class PlaceAtomFeed(AtomFeed, PlaceFeed):
    pass
