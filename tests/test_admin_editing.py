"""Editor comfort in the admin: the places listing, defaults, the map widget, the preview."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from events.factories import EventPageFactory
from knowledge.factories import GuidePageFactory
from knowledge.models import Topic
from places.factories import PlacePageFactory
from places.models import PlacePage

from .dashboard_data import TODAY
from .helpers import count_queries

SKIP_LINK = "Zum Inhalt springen"


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
    assert data["last_reviewed"] == TODAY.strftime("%d.%m.%Y")  # as the admin shows dates


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
