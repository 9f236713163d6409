"""Search and writes at scale (issue 15): common words stay fast, a publish costs the same
however many pages exist."""

import re

import pytest
from django.db import connection
from django.db.models import FloatField
from django.db.models.expressions import RawSQL
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from knowledge.factories import GuidePageFactory
from places.factories import PlacePageFactory
from places.models import PlacePage
from search import service
from search.models import SearchDocument

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="ranking in the search documents is PostgreSQL's (SQLite matches through Wagtail's FTS5 backend)",
)


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def ids_in_sql_order(query):
    """The order the search used before issue 15: ORDER BY in_title, ts_rank, page id in SQL."""
    text = service.tsquery(query, "and")
    rank = RawSQL(
        "ts_rank(vector, to_tsquery(%s::regconfig, %s))",
        [service.SEARCH_CONFIG, text],
        FloatField(),
    )
    in_title = service.matches_tsquery(service.tsquery(query, "or", suffix=":A"))
    return list(
        SearchDocument.objects.filter(service.matches_tsquery(text))
        .alias(in_title=in_title, rank=rank)
        .order_by("-in_title", "-rank", "page_id")
        .values_list("page_id", flat=True)
    )


@pytest.fixture
def common_word(tree):
    """Twelve guides with "Kaltor" in the text, two of them (written last) in the title."""
    for number in range(10):
        GuidePageFactory(
            parent=tree.guides,
            title=f"Leitfaden {number}",
            body=paragraph("Kaltor " * (number % 4 + 1) + "und anderes"),
        )
    return [
        GuidePageFactory(parent=tree.guides, title=f"Kaltor im Titel {n}", body=paragraph("Text"))
        for n in range(2)
    ]


@postgres_only
def test_a_selective_query_keeps_the_order_sql_gave(tree):
    for number in range(8):
        GuidePageFactory(
            parent=tree.guides,
            title=f"Denkmal im Titel {number}" if number in (3, 6) else f"Leitfaden {number}",
            teaser="Förderung" if number % 2 else "",
            body=paragraph("Ein Denkmal. " * (number % 3 + 1) + "Förderung für Denkmale."),
        )
    for query in ("Denkmal", "Förderung Denkmal"):
        found, _ = service.matched_documents(query, SearchDocument.objects.all())
        expected = ids_in_sql_order(query)
        assert len(expected) == 8
        assert [match.page_id for match in found] == expected


@postgres_only
def test_a_very_common_word_ranks_a_bounded_set_with_title_matches_first(
    client, common_word, monkeypatch
):
    monkeypatch.setattr(service, "MAX_COUNTED", 5)
    with CaptureQueriesContext(connection) as queries:
        data = client.get("/api/v1/search/", {"q": "Kaltor"}).json()
    assert data["count_is_estimate"] is True and data["count"] == 5
    assert [hit["title"] for hit in data["results"][:2]] == [
        "Kaltor im Titel 0",
        "Kaltor im Titel 1",
    ]
    ranking = [q["sql"] for q in queries.captured_queries if "ts_rank" in q["sql"]]
    assert ranking and all(re.search(r"LIMIT \d+", sql) for sql in ranking)
    page = client.get("/suche/", {"q": "Kaltor"}).content.decode()
    assert "über 5 Treffer" in page


def test_an_ordinary_query_counts_every_match_exactly(client, common_word):
    data = client.get("/api/v1/search/", {"q": "Kaltor"}).json()
    assert data["count_is_estimate"] is False and data["count"] == 12


def publish_new_title(place, title):
    place.title = title
    place.save_revision().publish()


def add_places(tree, count):
    for number in range(count):
        PlacePageFactory(parent=tree.places, title=f"Ort {PlacePage.objects.count()} {number}")


def test_one_publish_needs_no_more_queries_with_60_places_than_with_10(
    tree, django_assert_max_num_queries
):
    add_places(tree, 10)
    place = PlacePage.objects.order_by("pk").first()
    publish_new_title(place, "Erste Fassung")  # first publish of a revision: warms caches
    with CaptureQueriesContext(connection) as at_ten:
        publish_new_title(place, "Zweite Fassung")
    add_places(tree, 50)
    with django_assert_max_num_queries(len(at_ten)):
        publish_new_title(place, "Dritte Fassung")


def test_no_statement_of_a_publish_touches_every_index_entry(tree):
    add_places(tree, 5)
    place = PlacePage.objects.order_by("pk").first()
    with CaptureQueriesContext(connection) as queries:
        publish_new_title(place, "Neuer Titel")
    index_writes = [
        q["sql"]
        for q in queries.captured_queries
        if re.match(r'\s*(UPDATE|INSERT INTO)\s+"?wagtailsearch_indexentry', q["sql"])
    ]
    assert index_writes  # the admin search's index was written …
    for sql in index_writes:  # … for this page only
        assert not sql.startswith("UPDATE") or re.search(r'"object_id" (IN|=)', sql), sql


def test_a_publish_sets_the_title_norm_of_its_own_entry(tree):
    add_places(tree, 3)
    place = PlacePage.objects.order_by("pk").first()
    publish_new_title(place, "Ein deutlich längerer Titel als die übrigen Orte")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT title_norm FROM wagtailsearch_indexentry WHERE object_id = %s",
            [str(place.pk)],
        )
        (norm,) = cursor.fetchone()
    assert 0 < norm < 1  # longer than the average title: norm = average length / own length


def test_the_admin_search_and_page_chooser_find_a_newly_published_page(admin_client, tree):
    place = PlacePageFactory(parent=tree.places, title="Kesselhaus Zittau")
    publish_new_title(place, "Spinnereihalle Zittau")
    found = admin_client.get("/admin/pages/search/", {"q": "Spinnereihalle"})
    assert found.status_code == 200 and "Spinnereihalle Zittau" in found.content.decode()
    chosen = admin_client.get("/admin/choose-page/search/", {"q": "Spinnereihalle"})
    assert chosen.status_code == 200 and "Spinnereihalle Zittau" in chosen.content.decode()
    assert Page.objects.live().search("Spinnereihalle")[0].pk == place.pk
