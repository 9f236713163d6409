"""Query budgets of the admin views and saves that `make bench-admin` times (issue 22)."""

import pytest
from django.urls import reverse

from places.factories import PlacePageFactory
from search.models import SearchDocument
from tests.roles_world import User, client_for, publish, reload


@pytest.fixture
def many_places(world):
    return [
        publish(PlacePageFactory(parent=world.tree.places, title=f"Ort {number:02d}"))
        for number in range(20)
    ]


def test_explorer_of_places_costs_no_query_per_row(
    world, many_places, django_assert_max_num_queries
):
    """Redaktion may not delete or move a live place; the explorer knows it without asking
    the database for each of its rows (two queries a row before)."""
    client = client_for(world.redaktion)
    url = reverse("wagtailadmin_explore", args=[world.tree.places.pk])
    client.get(url)  # warm the session's caches
    with django_assert_max_num_queries(45):
        response = client.get(url)
    assert response.status_code == 200
    delete = reverse("wagtailadmin_pages:delete", args=[many_places[0].pk])
    assert delete not in response.content.decode()


@pytest.mark.parametrize(
    ("role", "live", "allowed"),
    [("redaktion", True, False), ("redaktion", False, True), ("freigabe", True, True)],
)
def test_who_may_delete_a_place(world, role, live, allowed):
    place = world.pages["place"] if live else PlacePageFactory(parent=world.tree.places, live=False)
    user = User.objects.get(pk=world.roles[role].pk)
    permissions = reload(place).permissions_for_user(user)
    assert permissions.can_delete() is allowed
    assert permissions.can_move() is allowed


def test_a_draft_leaves_the_search_document_unread(world, django_assert_max_num_queries):
    """Saving a revision writes only draft fields to a live place's row: its search
    document stays as it is, built from what is published, without being rebuilt."""
    place = reload(world.pages["place"])
    document = SearchDocument.objects.get(page_id=place.pk)
    place.title = "Neue Spinnerei"
    with django_assert_max_num_queries(45):
        place.save_revision()
    assert SearchDocument.objects.get(page_id=place.pk).title == document.title == "Alte Spinnerei"
