"""Search against a real Elasticsearch 9 cluster: runs when ELASTICSEARCH_URL is set.

No Elasticsearch server can run on the project's machines, so CI skips this
module with that reason; the configuration itself is unit-tested in test_settings.
"""

import io
import os

import pytest
from django.core.management import call_command
from django.test import override_settings

from kreativorte.settings.wagtail import GERMAN_INDEX_SETTINGS
from places.factories import PlacePageFactory

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL")

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        not ELASTICSEARCH_URL,
        reason="ELASTICSEARCH_URL is not set (no Elasticsearch server on this machine)",
    ),
]


@pytest.fixture
def elasticsearch(tree):
    backends = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": "kreativorte_test_",
            "INDEX_SETTINGS": GERMAN_INDEX_SETTINGS,
        }
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        PlacePageFactory(parent=tree.places, title="Alte Werkstätten in Görlitz", town="Görlitz")
        PlacePageFactory(
            parent=tree.places, title="Atelierhaus Plagwitz", teaser="Eine Baumwollspinnerei."
        )
        call_command("update_index", stdout=io.StringIO())
        yield


def titles(client, q):
    return [hit["title"] for hit in client.get("/api/v1/search/", {"q": q}).json()["results"]]


@pytest.mark.parametrize("query", ["Werkstatt", "Werkstätten", "Gorlitz", "Goerlitz", "görlitz"])
def test_german_analyzer_stems_and_folds(client, elasticsearch, query):
    assert titles(client, query) == ["Alte Werkstätten in Görlitz"]


@pytest.mark.parametrize("query", ["Atelier", "Spinnerei", "Atelierhaus", "Baumwollspinnerei"])
def test_compounds_are_found_by_their_parts(client, elasticsearch, query):
    assert titles(client, query) == ["Atelierhaus Plagwitz"]
