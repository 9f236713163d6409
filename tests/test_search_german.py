"""German compounds and language-aware analysis in the site search (SQLite and PostgreSQL)."""

import pytest
from django.conf import settings
from django.db import connection
from django.test import RequestFactory

from knowledge.factories import GuidePageFactory
from kreativorte.compounds import compound_parts, split, words
from places.factories import PlacePageFactory
from search.analysis import tsquery_term
from search.models import SearchDocument
from search.service import run_search

from .helpers import published

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming needs PostgreSQL's text search"
)


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def search(query, locale="de"):
    request = RequestFactory().get("/suche/")
    return run_search(query, request=request, locale=locale, log=False)


def titles(results):
    return [page.title for page in results.hits]


def api_titles(client, query, locale="de"):
    response = client.get("/api/v1/search/", {"q": query, "locale": locale})
    assert response.status_code == 200
    return [hit["title"] for hit in response.json()["results"]]


@pytest.fixture
def compounds(tree):
    return {
        "atelierhaus": PlacePageFactory(
            parent=tree.places, title="Atelierhaus Plagwitz", teaser="Räume für Kunst."
        ),
        "spinnerei": PlacePageFactory(
            parent=tree.places,
            title="Alte Fabrik",
            teaser="Eine frühere Baumwollspinnerei am Fluss.",
        ),
        "baudenkmal": GuidePageFactory(
            parent=tree.guides,
            title="Umbau mit Auflagen",
            body=paragraph("Ein Baudenkmal braucht eine Genehmigung."),
        ),
        "atelier": GuidePageFactory(
            parent=tree.guides,
            title="Ein Atelier finden",
            body=paragraph("Wie man Räume sucht."),
        ),
        "parts": GuidePageFactory(
            parent=tree.guides,
            title="Wer berät?",
            body=paragraph("Für den Schutz von jedem Denkmal ist eine Behörde zuständig."),
        ),
    }


# The splitter


@pytest.mark.parametrize(
    "word, parts",
    [
        ("Atelierhaus", ["atelier", "haus"]),
        ("Baudenkmal", ["bau", "denkmal"]),
        ("Kulturdenkmal", ["kultur", "denkmal"]),
        ("Denkmalschutzbehörde", ["denkmal", "schutz", "behorde"]),
        ("Fördermittel", ["forder", "mittel"]),
        ("Brandschutzkonzept", ["brand", "schutz", "konzept"]),
        ("Nutzungsänderung", ["nutzung", "anderung"]),  # linking -s-
        ("Zwischennutzung", ["zwischen", "nutzung"]),
        ("Kreativwirtschaft", ["kreativ", "wirtschaft"]),
        ("Genossenschaftsanteile", ["genossenschaft", "anteil"]),  # inflected head
        ("Straßenbahndepot", ["strasse", "bahn", "depot"]),  # linking -n-
        ("Mitgliederversammlung", ["mitglied", "versammlung"]),  # linking -er-
    ],
)
def test_compounds_split_into_their_parts(word, parts):
    assert split(word) == parts


@pytest.mark.parametrize(
    "word",
    [
        "Leipzig",
        "Chemnitz",
        "Verein",
        "Kultur",
        "Ausstellung",
        "Programm",
        "Gemeinschaft",
        "Wirtschaft",
        "Unternehmen",
        "Versicherung",
        "Denkmal",
        "Atelier",
        "Spinnerei",
    ],
)
def test_simple_words_and_names_stay_whole(word):
    assert len(split(word)) == 1


def test_parts_of_a_text_include_inner_compounds_once():
    parts = compound_parts("Die Baumwollspinnerei, ein Baudenkmal. Noch ein Baudenkmal!")
    assert parts.split() == ["baum", "wolle", "spinnerei", "bau", "denkmal"]


def test_a_compound_query_word_matches_the_whole_word_or_all_its_parts():
    assert tsquery_term("denkmalschutz", "de") == "('denkmalschutz' | ('denkmal' & 'schutz'))"
    assert tsquery_term("denkmalschutz", "en") == "'denkmalschutz'"


def test_elasticsearch_decompounds_with_the_same_word_list():
    analysis = settings.GERMAN_INDEX_SETTINGS["settings"]["analysis"]
    decompounder = analysis["filter"]["german_decompounder"]
    assert decompounder["type"] == "dictionary_decompounder"
    assert set(decompounder["word_list"]) == words()
    chain = analysis["analyzer"]["default"]["filter"]
    assert chain.index("german_decompounder") < chain.index("german_stemmer")


# Search documents


def test_documents_record_their_language_and_compound_parts(compounds):
    document = SearchDocument.objects.get(page=compounds["spinnerei"])
    assert document.language == "de"
    assert {"baum", "wolle", "spinnerei"} <= set(document.parts.split())


# Finding compounds by their parts, on every backend


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query, key",
    [("Atelier", "atelierhaus"), ("Spinnerei", "spinnerei"), ("Denkmal", "baudenkmal")],
)
def test_a_part_finds_the_compound(client, compounds, query, key):
    title = compounds[key].title
    assert title in titles(search(query))
    assert title in api_titles(client, query)
    assert title in client.get("/suche/", {"q": query}).content.decode()


def test_a_title_holding_the_whole_query_word_ranks_first(compounds):
    assert titles(search("Atelier"))[0] == "Ein Atelier finden"


def test_a_compound_query_finds_pages_with_its_parts(client, compounds):
    assert "Wer berät?" in api_titles(client, "Denkmalschutzbehörde")
    assert search("Denkmalschutzbehörde").matched_all_words


# English pages in English


@pytest.fixture
def english_place(tree, english):
    place = PlacePageFactory(parent=tree.places, title="Alte Halle", teaser="Alt.")
    translated = place.copy_for_translation(english, copy_parents=True)
    translated.title = "The old hall"
    translated.teaser = "A listed building where the studio runs workshops."
    return published(translated)


def test_english_documents_record_english_and_no_compound_parts(english_place):
    document = SearchDocument.objects.get(page=english_place)
    assert document.language == "en" and document.parts == ""


@postgres_only
def test_english_queries_are_stemmed_as_english(client, english_place):
    assert "The old hall" in api_titles(client, "buildings", locale="en")
    # German stemming leaves "running" whole; English makes it "run", as in "runs".
    assert "The old hall" in api_titles(client, "running", locale="en")


@postgres_only
def test_an_english_stop_word_does_not_block_matching(english_place):
    results = search("studios with workshops", locale="en")
    assert titles(results) == ["The old hall"] and results.matched_all_words
