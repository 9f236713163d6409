"""Typos ("Meinten Sie …?") and editors' synonyms, on the search page, in the API and in
autocomplete; on SQLite (FTS5) and PostgreSQL alike."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageViewRestriction

from knowledge.factories import GuidePageFactory
from places.factories import PlacePageFactory
from search import typos
from search.models import SearchWord, SynonymGroup

from .helpers import html_of
from .roles_world import client_for

pytestmark = pytest.mark.django_db


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def search(client, **params):
    response = client.get("/api/v1/search/", params)
    assert response.status_code == 200
    return response.json()


def titles(body):
    return [hit["title"] for hit in body["results"]]


def completions(client, query):
    response = client.get("/api/v1/search/autocomplete/", {"q": query})
    assert response.status_code == 200
    return [s["text"] for s in response.json()["suggestions"]]


@pytest.fixture
def content(tree):
    return {
        "denkmal": GuidePageFactory(
            parent=tree.guides,
            title="Denkmalschutz verstehen",
            teaser="Was die Behörde prüft.",
            body=paragraph("Genehmigungen vor dem Umbau."),
        ),
        "foerder": GuidePageFactory(
            parent=tree.guides,
            title="Geld für Kulturprojekte",
            teaser="Fördermittel beantragen.",
            body=paragraph("Anträge, Fristen und Nachweise."),
        ),
        "leer": GuidePageFactory(
            parent=tree.guides,
            title="Gebäude beleben",
            teaser="Leerstand als Chance.",
            body=paragraph("Mit Eigentümern verhandeln."),
        ),
        "goerlitz": PlacePageFactory(
            parent=tree.places, title="Kunsthof Görlitz", teaser="Ateliers.", town="Görlitz"
        ),
        "atelier": PlacePageFactory(
            parent=tree.places, title="Atelierhaus Leipzig", teaser="Räume.", town="Leipzig"
        ),
    }


@pytest.fixture
def synonyms(db):
    return [
        SynonymGroup.objects.create(name="Förderung", terms="Förderung, Fördermittel, Zuschuss"),
        SynonymGroup.objects.create(name="Leerstand", terms="Leerstand\nleerstehend\nBrache"),
    ]


# Typos


@pytest.mark.parametrize(
    ("typo", "suggestion", "title"),
    [
        ("Denkmalschtz", "Denkmalschutz", "Denkmalschutz verstehen"),
        ("Görltz", "Görlitz", "Kunsthof Görlitz"),
        ("gorltz", "Görlitz", "Kunsthof Görlitz"),
    ],
)
def test_a_typo_finds_the_page_with_the_suggestion_in_the_api(
    client, content, typo, suggestion, title
):
    body = search(client, q=typo)
    assert body["query"] == typo
    assert body["suggestion"] == suggestion
    assert title in titles(body)
    if body["corrected"]:
        assert suggestion in body["message"]


def test_the_search_page_says_whose_results_it_shows_and_links_the_words_as_typed(client, content):
    html = html_of(client, "/suche/?q=Denkmalschtz")
    assert "Ergebnisse für „<strong>Denkmalschutz</strong>“" in html
    assert 'href="?q=Denkmalschtz&amp;genau=1"' in html
    assert "Denkmalschutz verstehen" in html
    exact = html_of(client, "/suche/?q=Denkmalschtz&genau=1")
    assert "Denkmalschutz verstehen" not in exact
    assert "Keine Treffer für „Denkmalschtz“" in exact
    assert search(client, q="Denkmalschtz", exact=True)["results"] == []


def test_few_results_keep_them_and_offer_meinten_sie_with_a_working_link(client, content):
    body = search(client, q="Kunsthof Görltz")  # some words match: one result
    assert body["corrected"] is False
    assert titles(body) == ["Kunsthof Görlitz"]
    assert body["suggestion"] == "Kunsthof Görlitz"
    html = html_of(client, "/suche/?q=Kunsthof+G%C3%B6rltz")
    assert 'Meinten Sie: <a href="?q=Kunsthof%20G%C3%B6rlitz">Kunsthof Görlitz</a>?' in html
    html = html_of(client, "/suche/?q=Kunsthof%20G%C3%B6rlitz")
    assert "Kunsthof Görlitz" in html
    assert "kein Treffer enthält alle Wörter" not in html


def test_words_the_documents_hold_are_not_corrected(client, content):
    body = search(client, q="Denkmalschutz")
    assert titles(body) == ["Denkmalschutz verstehen"]
    assert body["suggestion"] is None
    assert body["corrected"] is False


def test_a_correction_only_a_draft_holds_is_never_offered(client, content):
    place = content["goerlitz"]
    place.title = "Maschinenhalle Görlitz"
    place.save_revision()
    assert search(client, q="Maschinenhale")["suggestion"] is None
    assert not SearchWord.objects.filter(word="maschinenhalle").exists()


def test_a_correction_only_a_private_page_holds_is_never_offered(client, tree):
    place = PlacePageFactory(parent=tree.places, title="Wasserturm Pirna")
    PageViewRestriction.objects.create(page=place, restriction_type="login")
    # Its words stay in the vocabulary until it is rebuilt; the search still says nothing.
    assert SearchWord.objects.filter(word="wasserturm").exists()
    body = search(client, q="Wassertrm")
    assert (body["count"], body["suggestion"], body["corrected"]) == (0, None, False)
    html = html_of(client, "/suche/?q=Wassertrm")
    assert "Wasserturm" not in html
    assert "Meinten Sie" not in html


def test_rebuilding_the_vocabulary_counts_documents_and_drops_stale_words(content, tree):
    place = PlacePageFactory(parent=tree.places, title="Wasserturm Pirna")
    PageViewRestriction.objects.create(page=place, restriction_type="login")
    typos.rebuild()
    assert not SearchWord.objects.filter(word="wasserturm").exists()
    assert SearchWord.objects.get(word="gorlitz").spelling == "Görlitz"
    assert SearchWord.objects.get(word="gorlitz").documents == 1


def test_the_nearest_word_wins_and_short_words_are_left_alone(content):
    assert typos.closest("Denkmalschtz") == "Denkmalschutz"
    assert typos.closest("Denkmlschtz") == "Denkmalschutz"  # two edits in a long word
    assert typos.closest("Kunsthf") == "Kunsthof"
    assert typos.closest("Kunsthf", limit=0) is None
    assert typos.closest("Rm") is None  # too short to guess


def test_a_corrected_search_costs_a_few_queries_more_than_the_right_word(
    client, content, synonyms, django_assert_max_num_queries
):
    search(client, q="Kunsthof")  # warm: content types, site root
    with CaptureQueriesContext(connection) as right:
        assert search(client, q="Denkmalschutz")["suggestion"] is None
    # Known words and nearest words (one query each), then the corrected query runs once.
    with django_assert_max_num_queries(len(right) + 10):
        assert search(client, q="Denkmalschtz")["suggestion"] == "Denkmalschutz"


# Synonyms


def test_a_synonym_finds_a_page_that_only_says_the_other_word(client, content, synonyms):
    assert titles(search(client, q="Zuschuss")) == ["Geld für Kulturprojekte"]
    assert titles(search(client, q="Zuschüsse")) == ["Geld für Kulturprojekte"]
    assert titles(search(client, q="Brache")) == ["Gebäude beleben"]
    assert "Geld für Kulturprojekte" in html_of(client, "/suche/?q=Zuschuss")


def test_without_a_group_the_other_word_is_not_found(client, content):
    assert search(client, q="Brache")["count"] == 0


def test_an_editors_group_counts_from_the_next_search_and_deleting_it_ends_it(
    client, content, world
):
    editor = client_for(world.redaktion)
    response = editor.post(
        reverse("wagtailsnippets_search_synonymgroup:add"),
        {"name": "Geld", "terms": "Kulturprojekte\nKreativwirtschaftsgeld"},
    )
    assert response.status_code == 302
    assert titles(search(client, q="Kreativwirtschaftsgeld")) == ["Geld für Kulturprojekte"]
    group = SynonymGroup.objects.get(name="Geld")
    response = editor.post(reverse("wagtailsnippets_search_synonymgroup:delete", args=[group.pk]))
    assert response.status_code == 302
    assert search(client, q="Kreativwirtschaftsgeld")["count"] == 0


def test_a_multi_word_term_needs_all_its_words(client, content):
    group = SynonymGroup.objects.create(name="Vacancy", terms="vacancy, Eigentümern verhandeln")
    assert titles(search(client, q="vacancy")) == ["Gebäude beleben"]
    group.terms = "vacancy, Eigentümern Fristen"
    group.save()
    assert search(client, q="vacancy")["count"] == 0


def test_editors_and_reviewers_manage_synonyms_in_german(world, synonyms):
    for user in (world.redaktion, world.freigabe):
        html = html_of(client_for(user), reverse("wagtailsnippets_search_synonymgroup:list"))
        assert "Synonyme" in html
        assert "Förderung" in html
        edit = reverse("wagtailsnippets_search_synonymgroup:edit", args=[synonyms[0].pk])
        html = html_of(client_for(user), edit)
        assert "Begriffe" in html
        assert "einer je Zeile oder durch Kommas getrennt" in html
    response = client_for(world.operator).get(reverse("wagtailsnippets_search_synonymgroup:list"))
    assert response.status_code in (302, 403)


# Autocomplete


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("Görlt", "Kunsthof Görlitz"),
        ("Ateleir", "Atelierhaus Leipzig"),
        ("Kunsthf", "Kunsthof Görlitz"),
    ],
)
def test_autocomplete_allows_one_typo_after_four_letters(client, content, typed, title):
    assert title in completions(client, typed)


def test_autocomplete_does_not_guess_at_four_letters(client, content):
    assert completions(client, "Kuns") == ["Kunsthof Görlitz"]
    assert completions(client, "Kuhs") == []
