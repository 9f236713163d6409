"""Site search and search API on the real backend (PostgreSQL in CI, SQLite FTS otherwise)."""

import pytest
from django.db import connection
from django.test import override_settings
from wagtail.contrib.search_promotions.models import Query as LoggedQuery
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import PageViewRestriction

from events.factories import EventPageFactory
from knowledge.factories import GuidePageFactory
from knowledge.models import Topic
from kreativorte.models import District
from places.factories import PlacePageFactory
from search.models import ZeroResultQuery

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="German stemming needs PostgreSQL's text search (SQLite FTS5 has no German stemmer)",
)
UNREACHABLE_ELASTICSEARCH = {
    "default": {
        "BACKEND": "wagtail.search.backends.elasticsearch9",
        "URLS": ["http://127.0.0.1:9"],
        "TIMEOUT": 1,
    }
}


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def api(client, **params):
    return client.get("/api/v1/search/", params)


def titles(response):
    return [hit["title"] for hit in response.json()["results"]]


@pytest.fixture
def content(tree):
    goerlitz = District.objects.get(slug="landkreis-goerlitz")
    return {
        "place": PlacePageFactory(
            parent=tree.places,
            title="Alte Werkstätten am Neißeufer",
            teaser="Werkstätten und Ateliers in Görlitz.",
            town="Görlitz",
            district=goerlitz,
            location="SRID=4326;POINT(14.98 51.15)",
        ),
        "guide": GuidePageFactory(
            parent=tree.guides,
            title="Förderung für das Denkmal",
            teaser="Zuschüsse für Baudenkmale.",
            topics=[Topic.objects.get(slug="foerderung"), Topic.objects.get(slug="denkmalschutz")],
            body=paragraph("Förderungen helfen beim Erhalt eines Denkmals."),
        ),
        "other": GuidePageFactory(
            parent=tree.guides,
            title="Betrieb eines Kreativorts",
            teaser="Alltag im Haus.",
            topics=[Topic.objects.get(slug="betrieb")],
            body=paragraph("Auch die Förderung des Ehrenamts gehört zum Betrieb."),
        ),
        "event": EventPageFactory(parent=tree.events, title="Werkstattgespräch Denkmal"),
    }


def test_words_with_umlauts_find_each_other_however_they_are_written(client, content):
    for query in ("Görlitz", "Gorlitz", "Goerlitz", "GÖRLITZ"):
        assert "Alte Werkstätten am Neißeufer" in titles(api(client, q=query)), query


@postgres_only
@pytest.mark.parametrize(
    "query, title",
    [
        ("Werkstatt", "Alte Werkstätten am Neißeufer"),
        ("Atelier", "Alte Werkstätten am Neißeufer"),
        ("Förderungen", "Förderung für das Denkmal"),
        ("Denkmäler", "Förderung für das Denkmal"),
    ],
)
def test_german_inflections_find_each_other(client, content, query, title):
    assert title in titles(api(client, q=query))


def test_a_title_match_ranks_above_a_body_only_match(client, content):
    found = titles(api(client, q="Förderung"))
    assert found.index("Förderung für das Denkmal") < found.index("Betrieb eines Kreativorts")


def test_all_words_first_then_any_word(client, content):
    response = api(client, q="Förderung Denkmal")
    assert titles(response)[0] == "Förderung für das Denkmal"
    fallback = api(client, q="Denkmal Neißeufer").json()
    assert fallback["count"] >= 2 and "einige" in fallback["message"]


def test_a_page_with_every_word_comes_first_then_pages_with_most_of_them(client, tree):
    """A question full of filler words: one page happening to hold them all is not the
    whole answer; the page about the topic follows, before pages sharing one word."""
    for title, text in [
        ("Betrieb organisieren", "Wie sichere ich eine Nutzung zwischen Mietern vertraglich ab?"),
        ("Zwischennutzung vertraglich regeln", "Ein Vertrag sichert die Zwischennutzung."),
        ("Ehrenamt", "Wer hilft im Verein?"),
        ("Baurecht", "Eine Zwischennutzung braucht manchmal eine Genehmigung."),
    ]:
        GuidePageFactory(parent=tree.guides, title=title, body=paragraph(text))
    found = titles(api(client, q="Wie sichere ich eine Zwischennutzung vertraglich ab?"))
    assert found[0] == "Betrieb organisieren"  # holds every word ("Nutzung" as a part)
    assert found.index("Zwischennutzung vertraglich regeln") < found.index("Baurecht")
    assert "Ehrenamt" not in found


def test_results_carry_type_url_and_a_marked_snippet(client, content):
    hit = next(h for h in api(client, q="Förderungen").json()["results"] if h["type"] == "guide")
    assert hit["url"].startswith("http://testserver/")
    assert (
        "<mark>Förderungen</mark>" in hit["snippet"] or "<mark>Förderung</mark>" in hit["snippet"]
    )


def test_snippets_escape_page_text(client, tree):
    GuidePageFactory(
        parent=tree.guides,
        title="Skript",
        body=paragraph("Skript &lt;script&gt;alert(1)&lt;/script&gt;"),
    )
    snippet = api(client, q="Skript").json()["results"][0]["snippet"]
    assert "<script>" not in snippet.lower() and "alert(1)" in snippet


def test_facet_counts_equal_the_true_counts_and_filters_narrow(client, content):
    data = api(client, q="Denkmal").json()
    types = {f["value"]: f["count"] for f in data["facets"]["type"]}
    by_type = {}
    for hit in data["results"]:
        by_type[hit["type"]] = by_type.get(hit["type"], 0) + 1
    assert types == by_type
    topics = {f["value"]: f["count"] for f in data["facets"]["topic"]}
    assert topics["denkmalschutz"] == 1
    narrowed = api(client, q="Denkmal", type="event").json()
    assert [h["type"] for h in narrowed["results"]] == ["event"] and narrowed["count"] == 1
    # The type facet still offers the other types while one is chosen.
    assert {f["value"] for f in narrowed["facets"]["type"]} == set(by_type)


def test_autocomplete_suggests_titles_and_topics_from_two_letters(client, content):
    def texts(q):
        return [
            s["text"]
            for s in client.get("/api/v1/search/autocomplete/", {"q": q}).json()["suggestions"]
        ]

    assert texts("F") == []
    assert "Förderung für das Denkmal" in texts("Förd")
    assert "Förderung" in texts("Förd")  # the topic
    assert "Werkstattgespräch Denkmal" in texts("Werkst")
    assert len(texts("e")) == 0 and len(texts("De")) <= 8


def test_nothing_unpublished_or_private_is_found(client, tree):
    PlacePageFactory(parent=tree.places, title="Geheimes Kesselhaus", live=False)
    private = PlacePageFactory(parent=tree.places, title="Privates Kesselhaus")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    unpublished = PlacePageFactory(parent=tree.places, title="Altes Kesselhaus")
    unpublished.unpublish()
    PlacePageFactory(parent=tree.places, title="Offenes Kesselhaus")
    assert titles(api(client, q="Kesselhaus")) == ["Offenes Kesselhaus"]
    suggested = client.get("/api/v1/search/autocomplete/", {"q": "Kessel"}).json()["suggestions"]
    assert [s["text"] for s in suggested] == ["Offenes Kesselhaus"]
    assert "Geheimes" not in client.get("/suche/", {"q": "Kesselhaus"}).content.decode()


def test_editors_picks_come_first(client, content):
    query = LoggedQuery.get("förderung")
    SearchPromotion.objects.create(
        query=query, page=content["other"], sort_order=0, description="Empfohlen"
    )
    data = api(client, q="Förderung").json()
    assert data["promotions"][0]["title"] == "Betrieb eines Kreativorts"
    assert data["promotions"][0]["description"] == "Empfohlen"
    html = client.get("/suche/", {"q": "Förderung"}).content.decode()
    assert html.index("Empfehlungen der Redaktion") < html.index("Förderung für das Denkmal</a>")


def test_every_query_is_logged_and_fruitless_ones_remembered(client, content):
    api(client, q="Denkmal")
    api(client, q="Denkmal")
    client.get("/suche/", {"q": "Unterwasserwelt"})
    assert LoggedQuery.get("denkmal").hits == 2
    assert ZeroResultQuery.objects.get(query_string="unterwasserwelt").hits == 1
    assert not ZeroResultQuery.objects.filter(query_string="denkmal").exists()


def test_an_empty_query_is_an_empty_result_with_a_message(client, content):
    data = api(client, q="").json()
    assert data["count"] == 0 and data["results"] == [] and data["message"]
    page = client.get("/suche/")
    assert page.status_code == 200 and "Themen" in page.content.decode()


def test_queries_over_1000_characters_are_refused(client, content):
    response = api(client, q="x" * 1001)
    assert response.status_code == 400
    assert response.json()["errors"][0]["parameter"] == "q"
    assert client.get("/suche/", {"q": "x" * 1001}).status_code == 400


@pytest.mark.parametrize(
    "query",
    [
        '"unbalanced',
        "a' OR 1=1 --",
        "ä",
        "ß",
        "🏭",
        "(.*)+$",
        "NOT AND OR",
        "förderung -denkmal",
        "***",
        '""',
    ],
)
def test_odd_queries_get_normal_answers(client, content, query):
    assert api(client, q=query).status_code == 200
    assert client.get("/suche/", {"q": query}).status_code == 200
    assert client.get("/api/v1/search/autocomplete/", {"q": query}).status_code == 200


def test_an_unreachable_backend_is_a_clear_503_and_recovers(client, content):
    with override_settings(WAGTAILSEARCH_BACKENDS=UNREACHABLE_ELASTICSEARCH):
        response = api(client, q="Denkmal")
        assert response.status_code == 503
        assert "nicht erreichbar" in response.json()["errors"][0]["message"]
        assert client.get("/api/v1/search/autocomplete/", {"q": "Denk"}).status_code == 503
        page = client.get("/suche/", {"q": "Denkmal"})
        assert page.status_code == 503 and "nicht erreichbar" in page.content.decode()
    assert api(client, q="Denkmal").status_code == 200  # no restart needed


def test_search_page_shows_results_facets_and_pagination(client, tree):
    for number in range(25):
        PlacePageFactory(parent=tree.places, title=f"Atelierhaus {number:02d}")
    first = client.get("/suche/", {"q": "Atelierhaus"}).content.decode()
    assert "25 Treffer" in first and "Seite 1 von 2" in first and "Orte (25)" in first
    second = client.get("/suche/", {"q": "Atelierhaus", "seite": "2"}).content.decode()
    assert second.count('class="search-hit"') == 5


def test_editors_see_frequent_and_fruitless_queries_in_the_reports(admin_client, client, content):
    for _ in range(3):
        api(client, q="Denkmal")
    api(client, q="Unterwasserwelt")
    terms = admin_client.get("/admin/searchpicks/reports/search-terms/").content.decode()
    assert "denkmal" in terms
    fruitless = admin_client.get("/admin/reports/suche-ohne-treffer/")
    assert fruitless.status_code == 200
    html = fruitless.content.decode()
    assert "unterwasserwelt" in html and "denkmal" not in html


def test_a_publish_is_found_at_once_and_an_unpublish_gone_at_once(client, tree):
    assert titles(api(client, q="Kesselhaus")) == []
    place = PlacePageFactory(parent=tree.places, title="Kesselhaus Riesa", live=False)
    assert titles(api(client, q="Kesselhaus")) == []
    place.save_revision().publish()
    assert titles(api(client, q="Kesselhaus")) == ["Kesselhaus Riesa"]
    place.refresh_from_db()
    place.unpublish()
    assert titles(api(client, q="Kesselhaus")) == []


def test_a_draft_of_a_live_page_stays_out_of_search_until_published(client, tree):
    place = PlacePageFactory(parent=tree.places, title="Kesselhaus Riesa")
    place.title = "Maschinenhalle Riesa"
    place.save_revision()
    assert titles(api(client, q="Maschinenhalle")) == []
    assert titles(api(client, q="Kesselhaus")) == ["Kesselhaus Riesa"]
    place.get_latest_revision().publish()
    assert titles(api(client, q="Maschinenhalle")) == ["Maschinenhalle Riesa"]


def test_a_new_view_restriction_hides_a_whole_section_and_lifting_it_shows_it_again(client, tree):
    PlacePageFactory(parent=tree.places, title="Kesselhaus Riesa")
    restriction = PageViewRestriction.objects.create(page=tree.places, restriction_type="login")
    assert titles(api(client, q="Kesselhaus")) == []
    restriction.delete()
    assert titles(api(client, q="Kesselhaus")) == ["Kesselhaus Riesa"]


def test_a_page_with_its_own_restriction_can_be_deleted(client, tree):
    place = PlacePageFactory(parent=tree.places, title="Wasserturm Pirna")
    PageViewRestriction.objects.create(page=place, restriction_type="login")
    place.delete()  # the restriction goes after the page's specific row
    assert titles(api(client, q="Wasserturm")) == []


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite matches through Wagtail's index, which re-reads a page only when it is saved",
)
def test_a_renamed_topic_is_found_by_its_new_name(client, content):
    topic = Topic.objects.get(slug="betrieb")
    topic.name_de = "Hausverwaltung"
    topic.save()
    assert "Betrieb eines Kreativorts" in titles(api(client, q="Hausverwaltung"))


def test_facets_count_every_match_not_just_the_first_page(client, tree):
    goerlitz = District.objects.get(slug="landkreis-goerlitz")
    for number in range(45):
        PlacePageFactory(parent=tree.places, title=f"Atelierhaus {number}", district=goerlitz)
    data = api(client, q="Atelierhaus", limit=10).json()
    assert data["count"] == 45 and len(data["results"]) == 10
    assert data["facets"]["type"] == [{"value": "place", "label": "Orte", "count": 45}]
    assert {"value": "landkreis-goerlitz", "label": "Landkreis Görlitz", "count": 45} in data[
        "facets"
    ]["district"]
    paged = [titles(api(client, q="Atelierhaus", limit=10, offset=o)) for o in range(0, 50, 10)]
    assert len({title for page in paged for title in page}) == 45  # stable order, no repeats
