"""The dashboard panels: stale guides, incomplete events, places missing images or alt
texts, new place suggestions, each limited to the pages the user may act on."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from editorial.panels import (
    incomplete_events,
    pages_for,
    pending_suggestions,
    places_missing_images,
    review_cutoff,
    stale_guides,
)
from events.factories import EventPageFactory
from events.models import EventPage
from knowledge.factories import GuidePageFactory
from kreativorte.factories import ImageFactory
from places.factories import PlacePageFactory
from places.models import PlacePage, PlaceSuggestion

from .dashboard_data import TODAY, days_ago, make_user, place_with, titles
from .roles_world import client_for

# Guides not reviewed for 12 months ------------------------------------------------------


@pytest.mark.parametrize(
    ("reviewed", "live", "listed"),
    [
        pytest.param(days_ago(400), True, True, id="reviewed-13-months-ago"),
        pytest.param(None, True, True, id="never-reviewed"),
        pytest.param(days_ago(30), True, False, id="reviewed-last-month"),
        pytest.param(TODAY, True, False, id="reviewed-today"),
        pytest.param(days_ago(400), False, False, id="unpublished"),
    ],
)
def test_stale_guides(tree, admin_user, reviewed, live, listed):
    GuidePageFactory(parent=tree.guides, title="Baurecht", last_reviewed=reviewed, live=live)
    assert titles(stale_guides(admin_user)) == (["Baurecht"] if listed else [])


def test_stale_guides_oldest_first_and_deleted_gone(tree, admin_user):
    GuidePageFactory(parent=tree.guides, title="Mittel", last_reviewed=days_ago(500))
    GuidePageFactory(parent=tree.guides, title="Alt", last_reviewed=days_ago(900))
    GuidePageFactory(parent=tree.guides, title="Nie", last_reviewed=None)
    deleted = GuidePageFactory(parent=tree.guides, title="Gelöscht", last_reviewed=days_ago(900))
    deleted.delete()
    assert titles(stale_guides(admin_user)) == ["Nie", "Alt", "Mittel"]


def test_review_cutoff_is_twelve_months_back():
    assert review_cutoff(datetime.date(2025, 6, 15)) == datetime.date(2024, 6, 15)
    assert review_cutoff(datetime.date(2024, 2, 29)) == datetime.date(2023, 2, 28)
    assert review_cutoff(datetime.date(2025, 1, 31)) == datetime.date(2024, 1, 31)


# Events without registration link or venue ----------------------------------------------


@pytest.mark.parametrize(
    ("fields", "listed"),
    [
        pytest.param({}, True, id="no-registration-link"),
        pytest.param(
            {"registration_url": "https://anmeldung.example", "venue_name": ""},
            True,
            id="no-venue",
        ),
        pytest.param({"registration_url": "https://anmeldung.example"}, False, id="complete"),
        pytest.param(
            {
                "registration_url": "https://anmeldung.example",
                "venue_name": "",
                "attendance": EventPage.Attendance.ONLINE,
                "online_url": "https://meet.example",
            },
            False,
            id="online-needs-no-venue",
        ),
        pytest.param({"start": timezone.now() - datetime.timedelta(days=3)}, False, id="past"),
        pytest.param({"status": EventPage.Status.CANCELLED}, False, id="cancelled"),
        pytest.param({"live": False}, True, id="draft-without-registration"),
    ],
)
def test_incomplete_events(tree, admin_user, fields, listed):
    EventPageFactory(parent=tree.events, title="Werkstattgespräch", **fields)
    assert titles(incomplete_events(admin_user)) == (["Werkstattgespräch"] if listed else [])


def test_incomplete_events_judge_a_draft_by_its_latest_version(tree, admin_user):
    draft = EventPageFactory(parent=tree.events, title="Entwurf", live=False)
    assert titles(incomplete_events(admin_user)) == ["Entwurf"]
    draft.registration_url = "https://anmeldung.example"
    draft.save_revision()
    assert titles(incomplete_events(admin_user)) == []


def test_incomplete_events_name_the_problems(tree, admin_user):
    EventPageFactory(parent=tree.events, venue_name="")
    (entry,) = incomplete_events(admin_user).entries
    assert [str(problem) for problem in entry.problems] == [
        "Anmeldelink fehlt",
        "Veranstaltungsort fehlt",
    ]


# Places with missing images or alt texts ------------------------------------------------


@pytest.mark.parametrize(
    ("setup", "listed"),
    [
        pytest.param({"listing_image": None}, True, id="no-listing-image"),
        pytest.param({"listing_image": "no-alt"}, True, id="listing-image-without-alt"),
        pytest.param({"gallery": [("no-alt", "")]}, True, id="gallery-image-without-alt"),
        pytest.param({}, False, id="complete"),
        pytest.param({"gallery": [("good", "")]}, False, id="gallery-complete"),
        pytest.param(
            {"gallery": [("no-alt", "Werkhalle mit Fenstern")]},
            False,
            id="gallery-alt-on-the-entry",
        ),
        pytest.param({"listing_image": None, "live": False}, True, id="draft-without-image"),
    ],
)
def test_places_missing_images(tree, admin_user, setup, listed):
    place_with(tree, **setup)
    assert titles(places_missing_images(admin_user)) == (["Alte Spinnerei"] if listed else [])


def test_places_missing_images_name_the_problems(tree, admin_user):
    place_with(tree, listing_image="no-alt", gallery=[("no-alt", ""), ("no-alt", "")])
    (entry,) = places_missing_images(admin_user).entries
    assert [str(problem) for problem in entry.problems] == [
        "Vorschaubild ohne Alternativtext",
        "2 Galeriebilder ohne Alternativtext",
    ]


def test_draft_place_judged_by_its_latest_version(tree, admin_user):
    place = place_with(tree, listing_image=None, live=False)
    place.listing_image = ImageFactory()
    place.save_revision()
    assert titles(places_missing_images(admin_user)) == []


def test_many_places_missing_images_first_ten_by_title_with_drafts(
    tree, admin_user, django_assert_max_num_queries
):
    """Thousands of imported places may lack an image: the panel shows the first ten by
    title, drafts among them, and counts all, with the same queries however many."""
    for number in range(14):
        place_with(tree, listing_image=None, title=f"Ort {number:02d}")
    place_with(tree, listing_image=None, live=False, title="Ölmühle")  # a draft
    place_with(tree, listing_image=None, live=False, title="Aue")
    place_with(tree, title="Bad ohne Mängel")  # complete
    with django_assert_max_num_queries(6):
        listing = places_missing_images(admin_user)
    assert listing.total == 16
    assert titles(listing) == ["Aue"] + [f"Ort {number:02d}" for number in range(9)]
    (entry,) = [e for e in listing.entries if e.page.title == "Ort 00"]
    assert [str(problem) for problem in entry.problems] == ["Kein Vorschaubild"]


def test_the_dashboard_costs_the_same_queries_with_many_places(
    world, django_assert_max_num_queries
):
    client = client_for(world.redaktion)
    client.get(reverse("wagtailadmin_home"))  # warm the caches of the session
    for number in range(15):
        place_with(world.tree, listing_image=None, title=f"Ort {number:02d}")
    with django_assert_max_num_queries(40):
        assert client.get(reverse("wagtailadmin_home")).status_code == 200


# New place suggestions ------------------------------------------------------------------


def test_pending_suggestions(client, tree, admin_user):
    pending_page = PlacePageFactory(parent=tree.places, title="Vorschlag offen", live=False)
    pending_page.save_revision()
    decided_page = PlacePageFactory(parent=tree.places, title="Vorschlag entschieden", live=False)
    for page, name, email in (
        (pending_page, "Erika Muster", "erika@example.org"),
        (decided_page, "Max Muster", "max@example.org"),
    ):
        PlaceSuggestion.objects.create(
            page=page,
            submitted_at=timezone.now(),
            name=name,
            email=email,
            consent_at=timezone.now(),
        )
    decided_page.save_revision().publish()  # approved: the suggestion is decided
    listing = pending_suggestions(admin_user)
    assert titles(listing) == ["Vorschlag offen"]
    assert listing.entries[0].date is not None
    client.force_login(admin_user)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Neue Ortsvorschläge" in html
    assert reverse("wagtailadmin_pages:edit", args=[pending_page.pk]) in html
    assert "erika@example.org" not in html and "Erika Muster" not in html


# Only the pages the user may act on ------------------------------------------------------


def test_operator_sees_only_own_places(tree, django_user_model):
    own = place_with(tree, listing_image=None)
    place_with(tree, listing_image=None, title="Fremder Ort")
    operator = make_user(django_user_model, "betreiber", own, ("change",))
    assert [entry.page.pk for entry in places_missing_images(operator).entries] == [own.pk]
    GuidePageFactory(parent=tree.guides, last_reviewed=None)
    EventPageFactory(parent=tree.events)
    assert stale_guides(operator).entries == []
    assert incomplete_events(operator).entries == []


def test_pages_for_respects_page_permissions(tree, django_user_model):
    place = PlacePageFactory(parent=tree.places)
    other = PlacePageFactory(parent=tree.places)
    operator = make_user(django_user_model, "ortsbetreiber", place, ("change",))
    assert list(pages_for(operator, PlacePage).values_list("pk", flat=True)) == [place.pk]
    assert other.pk not in pages_for(operator, PlacePage).values_list("pk", flat=True)


def test_pending_suggestions_say_what_is_missing(client, tree, admin_user):
    """A suggestion without a map point and without a photo: the reviewers see both in
    "Was fehlt"; once the position is set in a draft, only the image is left."""
    page = PlacePageFactory(
        parent=tree.places, title="Ohne Punkt", live=False, location="", listing_image=None
    )
    page.save_revision(clean=False)
    PlaceSuggestion.objects.create(
        page=page, name="Erika", email="erika@example.org", consent_at=timezone.now()
    )
    [entry] = pending_suggestions(admin_user).entries
    assert entry.problems == ["Position auf der Karte fehlt", "Kein Vorschaubild"]
    client.force_login(admin_user)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Position auf der Karte fehlt, Kein Vorschaubild" in html

    page.location = "POINT(12.3875 50.8167)"
    page.save_revision()
    [entry] = pending_suggestions(admin_user).entries
    assert entry.problems == ["Kein Vorschaubild"]


# An operator's own places ---------------------------------------------------------------


def test_the_operators_dashboard_lists_their_places_what_is_missing_and_open_tasks(world):
    from editorial.workflow import review_workflow

    from .roles_world import client_for

    otto = client_for(world.operator)
    place = world.own_place
    place.teaser = ""
    place.listing_image = None
    place.save_revision(user=world.operator)

    html = otto.get(reverse("wagtailadmin_home")).content.decode()
    assert "Meine Orte" in html
    assert reverse("wagtailadmin_pages:edit", args=[place.pk]) in html
    assert "Anrisstext fehlt, Kein Vorschaubild" in html
    assert "Alte Spinnerei" not in html  # Olga's place

    review_workflow().start(place, user=world.operator)
    html = otto.get(reverse("wagtailadmin_home")).content.decode()
    assert "In Prüfung bei der Freigabe" in html

    task_state = PlacePage.objects.get(pk=place.pk).current_workflow_task_state
    task_state.task.specific.on_action(
        task_state, world.freigabe, "reject", comment="Bitte ein Foto ergänzen."
    )
    html = otto.get(reverse("wagtailadmin_home")).content.decode()
    assert (
        "Änderungen angefordert: bitte überarbeiten und erneut einreichen "
        "(„Bitte ein Foto ergänzen.“)"
    ) in html


def test_other_roles_see_no_operator_panel(world):
    from .roles_world import client_for

    for user in (world.redaktion, world.freigabe):
        html = client_for(user).get(reverse("wagtailadmin_home")).content.decode()
        assert "Meine Orte" not in html
