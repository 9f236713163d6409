"""Every page type renders on the public site, German at / and English at /en/."""

import datetime

import pytest
from django.utils import timezone

from events.factories import EventPageFactory
from home.factories import StandardPageFactory
from knowledge.factories import CooperationPageFactory, GuidePageFactory
from places.factories import PlacePageFactory

pytestmark = pytest.mark.django_db


def test_every_page_type_renders(client, tree):
    pages = [
        tree.home,
        tree.places,
        tree.guides,
        tree.cooperations,
        tree.events,
        PlacePageFactory(parent=tree.places, title="Kühlhaus am Bahnhof"),
        GuidePageFactory(parent=tree.guides, title="Denkmalschutz verstehen"),
        CooperationPageFactory(parent=tree.cooperations, title="Holz trifft Design"),
        EventPageFactory(parent=tree.events, title="Offene Ateliers"),
        StandardPageFactory(parent=tree.home, title="Impressum", slug="impressum"),
    ]
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title in response.content.decode()
        assert '<html lang="de">' in response.content.decode()


def test_index_pages_list_only_live_children(client, tree):
    PlacePageFactory(parent=tree.places, title="Veröffentlichter Ort")
    PlacePageFactory(parent=tree.places, title="Entwurf eines Ortes", live=False)
    html = client.get(tree.places.url).content.decode()
    assert "Veröffentlichter Ort" in html
    assert "Entwurf eines Ortes" not in html


def test_event_index_separates_upcoming_from_past(client, tree):
    past_start = timezone.now() - datetime.timedelta(days=10)
    EventPageFactory(parent=tree.events, title="Kommender Workshop")
    EventPageFactory(
        parent=tree.events,
        title="Vergangener Workshop",
        start=past_start,
        end=past_start + datetime.timedelta(hours=2),
    )
    response = client.get(tree.events.url)
    assert [e.title for e in response.context["listing"]["upcoming"]] == ["Kommender Workshop"]
    assert [e.title for e in response.context["listing"]["past"]] == ["Vergangener Workshop"]
