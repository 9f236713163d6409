"""The place editor's map field: no position without the editor, German strings, refused
points stay on the map, impossible coordinates get a clear message."""

import html
import json
import re

from django.urls import reverse

from places.factories import PlacePageFactory

from .roles_world import client_for, edit_url

OPTIONS = re.compile(r'data-place-location-options-value="([^"]*)"')


def map_options(response) -> dict:
    page = response.content.decode()
    assert 'data-controller="place-location"' in page
    assert "places/admin/location-field.js" in page
    return json.loads(html.unescape(OPTIONS.search(page).group(1)))


def test_a_new_place_has_no_position_until_the_editor_sets_one(client, tree, admin_user):
    client.force_login(admin_user)
    url = reverse("wagtailadmin_pages:add", args=["places", "placepage", tree.places.pk])
    response = client.get(url)
    options = map_options(response)
    assert options["located"] is False and options["showEmptyLocation"] is False
    assert options["defaultLocation"] == {"lat": 50.93, "lng": 13.46}  # where the map opens
    assert re.search(r'<input type="hidden" name="location"[^>]*>', response.content.decode())
    assert 'name="location" value=' not in response.content.decode()


def test_map_field_speaks_german(client, tree, admin_user):
    client.force_login(admin_user)
    url = reverse("wagtailadmin_pages:add", args=["places", "placepage", tree.places.pk])
    response = client.get(url)
    translations = map_options(response)["translations"]
    assert translations == {
        "placeholder": "Breite, Länge (z. B. 50,8560, 13,0720) – oder in die Karte klicken",
        "error_message_invalid_location": (
            "Diese Koordinaten sind nicht lesbar. Bitte Breite und Länge angeben, "
            "z. B. 50,8560, 13,0720."
        ),
    }
    assert "Click here to initialize map" not in response.content.decode()


def post_location(world, location):
    place = world.pages["place"]
    data = world.form_data(place, "place", location=location)
    data["action-publish"] = "action-publish"
    return client_for(world.redaktion).post(edit_url(place), data)


def test_refused_point_outside_saxony_stays_on_the_map(world):
    response = post_location(world, "SRID=4326;POINT(13.405 52.52)")  # Berlin
    assert response.status_code == 200
    message = response.context["form"].errors["location"][0]
    assert "(Breite 52,5200, Länge 13,4050) liegt außerhalb Sachsens" in message
    options = map_options(response)
    assert options["located"] is True
    assert options["defaultLocation"] == {"lat": "52.52", "lng": "13.405"}


def test_impossible_coordinates_are_refused_with_the_expected_form(world):
    """What "50,8560, 13,0720" became in the package's script: longitude 8560."""
    response = post_location(world, "SRID=4326;POINT(8560 50)")
    assert response.status_code == 200
    assert response.context["form"].errors["location"] == [
        "Die Position (Breite 50,0, Länge 8560,0) gibt es nicht. Bitte Breite und Länge "
        "angeben, z. B. 50,8560, 13,0720, oder in die Karte klicken."
    ]


def test_a_stored_position_opens_with_its_marker(client, tree, admin_user):
    place = PlacePageFactory(parent=tree.places, location="SRID=4326;POINT(13.072 50.856)")
    client.force_login(admin_user)
    options = map_options(client.get(edit_url(place)))
    assert options["located"] is True
    assert options["defaultLocation"] == {"lat": "50.856", "lng": "13.072"}


def test_the_package_controller_is_not_used(client, tree, admin_user):
    place = PlacePageFactory(parent=tree.places)
    client.force_login(admin_user)
    page = client.get(edit_url(place)).content.decode()
    assert 'data-controller="leaflet-field"' not in page
    assert "leaflet-field-controller.js" not in page
