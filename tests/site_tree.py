"""Builds the page tree the tests need, with the apps' factories."""

from dataclasses import dataclass

from wagtail.models import Page, Site

from events.factories import EventIndexPageFactory
from home.factories import HomePageFactory
from home.models import HomePage
from knowledge.factories import CooperationIndexPageFactory, GuideIndexPageFactory
from places.factories import PlaceIndexPageFactory


@dataclass
class SiteTree:
    home: HomePage
    places: Page
    guides: Page
    cooperations: Page
    events: Page


def build_site_tree() -> SiteTree:
    """Home (as the default site's root) with the four section index pages."""
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()  # Wagtail's "Welcome" page
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    return SiteTree(
        home=home,
        places=PlaceIndexPageFactory(parent=home),
        guides=GuideIndexPageFactory(parent=home),
        cooperations=CooperationIndexPageFactory(parent=home),
        events=EventIndexPageFactory(parent=home),
    )
