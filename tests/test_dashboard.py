"""Dashboard panels, the "reviewed today" confirmation, the places listing and the admin preview."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission, PageLogEntry
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

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
from knowledge.models import GuidePage, Topic
from kreativorte.factories import ImageFactory
from places.factories import PlacePageFactory
from places.models import PlaceGalleryImage, PlacePage

from .helpers import count_queries

TODAY = timezone.localdate()
SKIP_LINK = "Zum Inhalt springen"


def days_ago(days):
    return TODAY - datetime.timedelta(days=days)


def make_user(django_user_model, name, page=None, permissions=(), superuser=False):
    """A user with admin access and the given page permissions on `page` (and below)."""
    if superuser:
        return django_user_model.objects.create_superuser(name, f"{name}@example.org", "pw")
    user = django_user_model.objects.create_user(name, f"{name}@example.org", "pw")
    group = Group.objects.create(name=f"Testgruppe {name}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in permissions:
        GroupPagePermission.objects.create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=f"{codename}_page"
            ),
        )
    user.groups.add(group)
    return user


@pytest.fixture
def admin_user(db, django_user_model):
    return make_user(django_user_model, "chefin", superuser=True)


@pytest.fixture
def publisher(tree, django_user_model):
    return make_user(django_user_model, "freigabe", tree.home, ("add", "change", "publish"))


@pytest.fixture
def editor(tree, django_user_model):
    return make_user(django_user_model, "redaktion", tree.home, ("add", "change"))


def titles(listing):
    return [entry.page.title for entry in listing.entries]


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


def place_with(tree, listing_image="good", gallery=(), live=True, title=None):
    images = {"good": lambda: ImageFactory(), "no-alt": lambda: ImageFactory(description="")}
    place = PlacePageFactory(
        parent=tree.places,
        title=title or "Alte Spinnerei",
        live=live,
        listing_image=images[listing_image]() if listing_image else None,
    )
    for kind, alt_text in gallery:
        PlaceGalleryImage.objects.create(page=place, image=images[kind](), alt_text=alt_text)
    return place


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


# New place suggestions ------------------------------------------------------------------


def test_pending_suggestions(client, tree, admin_user):
    models = pytest.importorskip("places.models")
    suggestion_model = getattr(models, "PlaceSuggestion", None)
    if suggestion_model is None:
        pytest.skip("places.models.PlaceSuggestion is not there yet")
    pending_page = PlacePageFactory(parent=tree.places, title="Vorschlag offen", live=False)
    pending_page.save_revision()
    decided_page = PlacePageFactory(parent=tree.places, title="Vorschlag entschieden", live=False)
    suggestion_model.objects.create(
        page=pending_page,
        submitted_at=timezone.now(),
        name="Erika Muster",
        email="erika@example.org",
        consent_at=timezone.now(),
    )
    suggestion_model.objects.create(
        page=decided_page,
        submitted_at=timezone.now(),
        name="Max Muster",
        email="max@example.org",
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


# Who sees what ----------------------------------------------------------------------------


def test_operator_sees_only_own_places(tree, django_user_model):
    own = place_with(tree, listing_image=None)
    place_with(tree, listing_image=None, title="Fremder Ort")
    operator = make_user(django_user_model, "betreiber", own, ("change",))
    assert [entry.page.pk for entry in places_missing_images(operator).entries] == [own.pk]
    GuidePageFactory(parent=tree.guides, last_reviewed=None)
    EventPageFactory(parent=tree.events)
    assert stale_guides(operator).entries == []
    assert incomplete_events(operator).entries == []


def test_dashboard_shows_panels_with_edit_links(client, tree, publisher):
    guide = GuidePageFactory(parent=tree.guides, title="Denkmalschutz", last_reviewed=None)
    event = EventPageFactory(parent=tree.events, title="Offene Ateliers")
    place = place_with(tree, listing_image=None)
    client.force_login(publisher)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Leitfäden, seit zwölf Monaten nicht geprüft" in html
    assert "Veranstaltungen ohne Anmeldelink oder Ort" in html
    assert "Orte mit fehlenden Bildern oder Alternativtexten" in html
    for page in (guide, event, place):
        assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html
    assert reverse("editorial:confirm_review", args=[guide.pk]) in html
    assert "Geprüft am heute bestätigen" in html


def test_dashboard_hides_confirm_button_from_editors(client, tree, editor):
    guide = GuidePageFactory(parent=tree.guides, last_reviewed=None)
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[guide.pk]) in html
    assert reverse("editorial:confirm_review", args=[guide.pk]) not in html


def test_dashboard_without_page_permissions_shows_no_panels(client, tree, django_user_model):
    GuidePageFactory(parent=tree.guides, last_reviewed=None)
    EventPageFactory(parent=tree.events)
    place_with(tree, listing_image=None)
    user = make_user(django_user_model, "nur-admin")
    client.force_login(user)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "nicht geprüft" not in html
    assert "ohne Anmeldelink" not in html
    assert "fehlenden Bildern" not in html


def test_dashboard_query_count_does_not_grow_with_pages(client, tree, publisher):
    def dashboard_queries():
        client.force_login(publisher)
        return count_queries(client, reverse("wagtailadmin_home"))

    counter = iter(range(100))

    def add_pages():
        number = next(counter)
        GuidePageFactory(parent=tree.guides, last_reviewed=None)
        EventPageFactory(parent=tree.events)
        EventPageFactory(parent=tree.events, live=False)
        place_with(tree, listing_image=None, gallery=[("no-alt", "")], title=f"Ort A{number}")
        place_with(tree, listing_image="no-alt", live=False, title=f"Ort B{number}")

    add_pages()
    dashboard_queries()  # warm the caches
    first = dashboard_queries()
    for _ in range(3):
        add_pages()
    assert dashboard_queries() == first


def test_wagtails_awaiting_review_panel_is_kept(rf, tree, publisher):
    from wagtail.admin.views.home import HomeView, WorkflowObjectsToModeratePanel

    request = rf.get("/admin/")
    request.user = publisher
    view = HomeView()
    view.setup(request)
    panels = view.get_panels()
    assert any(isinstance(panel, WorkflowObjectsToModeratePanel) for panel in panels)


# Confirming a review ----------------------------------------------------------------------


def test_confirm_review_sets_today_without_a_revision(client, tree, publisher):
    guide = GuidePageFactory(parent=tree.guides, title="Förderung", last_reviewed=days_ago(400))
    guide.save_revision().publish()
    guide.refresh_from_db()
    guide.title = "Förderung (Entwurf)"
    draft = guide.save_revision()  # an unpublished draft, made before the confirmation
    revisions = guide.revisions.count()
    client.force_login(publisher)
    response = client.post(reverse("editorial:confirm_review", args=[guide.pk]))
    assert response.status_code == 302
    guide = GuidePage.objects.get(pk=guide.pk)
    assert guide.last_reviewed == TODAY
    assert guide.revisions.count() == revisions
    assert guide.title == "Förderung"  # nothing else touched
    assert guide.has_unpublished_changes
    assert guide.live_revision.content["last_reviewed"] == TODAY.isoformat()
    draft.refresh_from_db()
    assert draft.content["last_reviewed"] == TODAY.isoformat()
    assert draft.content["title"] == "Förderung (Entwurf)"
    # Publishing the older draft keeps the confirmed date.
    draft.publish()
    assert GuidePage.objects.get(pk=guide.pk).last_reviewed == TODAY
    entry = PageLogEntry.objects.get(page=guide, action="editorial.confirm_review")
    assert entry.user == publisher
    assert entry.data["previous"] == days_ago(400).isoformat()
    history = client.get(reverse("wagtailadmin_pages:history", args=[guide.pk])).content.decode()
    assert f"Inhaltliche Prüfung am {TODAY.isoformat()} bestätigt" in history
    assert titles(stale_guides(publisher)) == []


def test_confirm_review_refused_without_publish_permission(client, tree, editor):
    guide = GuidePageFactory(parent=tree.guides, last_reviewed=days_ago(400))
    client.force_login(editor)
    response = client.post(reverse("editorial:confirm_review", args=[guide.pk]))
    assert response.status_code == 403
    assert GuidePage.objects.get(pk=guide.pk).last_reviewed == days_ago(400)


def test_confirm_review_refused_for_get(client, tree, publisher):
    guide = GuidePageFactory(parent=tree.guides, last_reviewed=days_ago(400))
    client.force_login(publisher)
    response = client.get(reverse("editorial:confirm_review", args=[guide.pk]))
    assert response.status_code == 405
    assert GuidePage.objects.get(pk=guide.pk).last_reviewed == days_ago(400)


def test_confirm_review_needs_csrf(tree, publisher):
    from django.test import Client

    guide = GuidePageFactory(parent=tree.guides, last_reviewed=days_ago(400))
    client = Client(enforce_csrf_checks=True)
    client.force_login(publisher)
    response = client.post(reverse("editorial:confirm_review", args=[guide.pk]))
    assert response.status_code == 403
    assert GuidePage.objects.get(pk=guide.pk).last_reviewed == days_ago(400)


def test_confirm_review_only_for_live_guides(client, tree, publisher):
    guide = GuidePageFactory(parent=tree.guides, last_reviewed=None, live=False)
    client.force_login(publisher)
    response = client.post(reverse("editorial:confirm_review", args=[guide.pk]))
    assert response.status_code == 404


def test_confirm_review_refused_for_anonymous(client, tree):
    guide = GuidePageFactory(parent=tree.guides, last_reviewed=None)
    response = client.post(reverse("editorial:confirm_review", args=[guide.pk]))
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert GuidePage.objects.get(pk=guide.pk).last_reviewed is None


# Editor comfort: the places listing, defaults, the map, the preview -----------------------


def test_places_listing_shows_status_and_district(client, tree, admin_user):
    from kreativorte.models import District

    PlacePageFactory(parent=tree.places, title="Kühlhaus", status=PlacePage.Status.VACANT)
    PlacePageFactory(
        parent=tree.places,
        title="Spinnerei",
        district=District.objects.get(slug="leipzig"),
        status=PlacePage.Status.IN_THE_MAKING,
    )
    client.force_login(admin_user)
    url = reverse("orte:index")
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Status des Ortes" in html
    assert "Landkreis / kreisfreie Stadt" in html
    assert "Leerstand sucht Nutzer" in html
    assert "Im Aufbau" in html
    assert "Dresden" in html and "Leipzig" in html
    # Filter by district.
    leipzig = District.objects.get(slug="leipzig")
    html = client.get(url, {"district": leipzig.pk}).content.decode()
    assert "Spinnerei" in html and "Kühlhaus" not in html


def test_places_listing_query_count_does_not_grow(client, tree, admin_user):
    client.force_login(admin_user)

    def listing_queries():
        return count_queries(client, reverse("orte:index"))

    PlacePageFactory(parent=tree.places)
    listing_queries()  # warm the caches
    first = listing_queries()
    for _ in range(4):
        PlacePageFactory(parent=tree.places)
    assert listing_queries() == first


def test_new_guide_defaults_to_reviewed_today(client, tree, admin_user):
    client.force_login(admin_user)
    url = reverse("wagtailadmin_pages:add", args=["knowledge", "guidepage", tree.guides.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    assert data["last_reviewed"] == TODAY.isoformat()


def test_place_map_is_centred_on_saxony(client, tree, admin_user):
    from django.conf import settings

    assert settings.GEO_WIDGET_DEFAULT_LOCATION == {"lat": 50.93, "lng": 13.46}
    client.force_login(admin_user)
    url = reverse("wagtailadmin_pages:add", args=["places", "placepage", tree.places.pk])
    html = client.get(url).content.decode()
    assert "50.93" in html and "13.46" in html


@pytest.mark.parametrize("kind", ["place", "guide", "event"])
def test_admin_preview_shows_the_real_site(client, tree, admin_user, kind):
    page = {
        "place": lambda: PlacePageFactory(parent=tree.places, title="Vorschau-Ort"),
        "guide": lambda: GuidePageFactory(
            parent=tree.guides, title="Vorschau-Leitfaden", topics=[Topic.objects.first()]
        ),
        "event": lambda: EventPageFactory(parent=tree.events, title="Vorschau-Termin"),
    }[kind]()
    page.save_revision()
    client.force_login(admin_user)
    edit_html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    data = querydict_from_html(edit_html, form_id="page-edit-form")
    # StreamFields are drawn by JavaScript, so their inputs are not in the HTML.
    blocks = [("heading", "Worum es geht")] if kind == "guide" else []
    data.update(nested_form_data({"body": streamfield(blocks)}))
    data["title"] = f"{page.title} (geändert)"
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    response = client.post(preview_url, data=data)
    assert response.json() == {"is_valid": True, "is_available": True}
    response = client.get(preview_url)
    assert response.status_code == 200
    html = response.content.decode()
    assert SKIP_LINK in html
    assert f"{page.title} (geändert)" in html


def test_pages_for_respects_page_permissions(tree, django_user_model):
    place = PlacePageFactory(parent=tree.places)
    other = PlacePageFactory(parent=tree.places)
    operator = make_user(django_user_model, "ortsbetreiber", place, ("change",))
    assert list(pages_for(operator, PlacePage).values_list("pk", flat=True)) == [place.pk]
    assert other.pk not in pages_for(operator, PlacePage).values_list("pk", flat=True)


def test_real_roles_see_what_they_may_act_on(client, tree, django_user_model):
    """With the roles from the data migration: Freigabe confirms, Redaktion only sees,
    an operator sees only the issues of the place assigned to them."""
    from editorial.models import PlaceOperator

    guide = GuidePageFactory(parent=tree.guides, last_reviewed=None)
    own = place_with(tree, listing_image=None, title="Eigener Ort")
    other = place_with(tree, listing_image=None, title="Fremder Ort")
    confirm_url = reverse("editorial:confirm_review", args=[guide.pk])

    def dashboard(role):
        user = django_user_model.objects.create_user(f"nutzer-{role}", password="pw")
        user.groups.add(Group.objects.get(name=role))
        client.force_login(user)
        return user, client.get(reverse("wagtailadmin_home")).content.decode()

    _user, html = dashboard("Freigabe")
    assert confirm_url in html
    _user, html = dashboard("Redaktion")
    assert reverse("wagtailadmin_pages:edit", args=[guide.pk]) in html
    assert confirm_url not in html
    operator, _html = dashboard("Ortsbetreiber")
    PlaceOperator.objects.create(user=operator, place=own)
    operator = django_user_model.objects.get(pk=operator.pk)
    client.force_login(operator)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[own.pk]) in html
    assert reverse("wagtailadmin_pages:edit", args=[other.pk]) not in html
    assert reverse("wagtailadmin_pages:edit", args=[guide.pk]) not in html
