"""The basic site search finds live, public pages of the current language only."""

import pytest

from knowledge.factories import GuidePageFactory
from places.factories import PlacePageFactory

pytestmark = pytest.mark.django_db


def test_search_finds_live_pages_and_hides_drafts(client, tree):
    PlacePageFactory(parent=tree.places, title="Kühlhaus Görlitz", teaser="Kultur im Kühlhaus.")
    GuidePageFactory(parent=tree.guides, title="Kühlhaus als Entwurf", live=False)
    response = client.get("/suche/", {"q": "Kühlhaus"})
    assert response.status_code == 200
    titles = [page.title for page in response.context["results"]]
    assert titles == ["Kühlhaus Görlitz"]


@pytest.mark.parametrize("query", ["", "   ", '"unbalanced', "a' OR 1=1 --", "ä", "🏭", "x" * 5000])
def test_odd_queries_never_fail(client, tree, query):
    response = client.get("/suche/", {"q": query})
    assert response.status_code == 200
