"""Editors get clear form errors: places outside Saxony, reversed event dates, missing alt text."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from events.factories import EventPageFactory
from kreativorte.factories import ImageFactory
from places.factories import PlacePageFactory
from places.models import PlaceGalleryImage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "point",
    [
        "SRID=4326;POINT(13.4050 52.5200)",  # Berlin
        "SRID=4326;POINT(11.5 50.9)",  # Jena, Thuringia
        "SRID=4326;POINT(51.05 13.74)",  # Dresden with latitude and longitude swapped
    ],
)
def test_place_outside_saxony_is_a_form_error_on_the_location(tree, point):
    place = PlacePageFactory.build(location=point)
    with pytest.raises(ValidationError) as error:
        place.clean()
    assert "außerhalb Sachsens" in error.value.message_dict["location"][0]


def test_place_without_a_map_point_is_a_form_error(tree):
    with pytest.raises(ValidationError) as error:
        PlacePageFactory.build(location="").clean()
    assert "location" in error.value.message_dict


def test_place_edit_form_rejects_a_point_outside_saxony(client, admin_user, tree):
    place = PlacePageFactory(parent=tree.places)
    client.force_login(admin_user)
    edit_url = f"/admin/pages/{place.id}/edit/"
    data = {
        "title": place.title,
        "slug": place.slug,
        "town": place.town,
        "district": place.district_id,
        "status": place.status,
        "setting": place.setting,
        "location": "SRID=4326;POINT(13.4050 52.5200)",
        "body-count": "0",
        "gallery_images-TOTAL_FORMS": "0",
        "gallery_images-INITIAL_FORMS": "0",
        "gallery_images-MIN_NUM_FORMS": "0",
        "gallery_images-MAX_NUM_FORMS": "1000",
    }
    response = client.post(edit_url, data)
    assert response.status_code == 200
    assert "außerhalb Sachsens" in response.context["form"].errors["location"][0]
    place.refresh_from_db()
    assert place.longitude == pytest.approx(13.7373)


def test_saving_a_place_derives_numeric_coordinates(tree):
    place = PlacePageFactory(parent=tree.places, location="SRID=4326;POINT(14.9877 51.1526)")
    place.refresh_from_db()
    assert (place.latitude, place.longitude) == (51.1526, 14.9877)


def test_event_ending_before_it_starts_is_a_form_error_on_the_end(tree):
    start = datetime.datetime(2026, 5, 14, 10, 0, tzinfo=datetime.UTC)
    event = EventPageFactory.build(start=start, end=start - datetime.timedelta(hours=1))
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "Das Ende liegt vor dem Beginn" in error.value.message_dict["end"][0]


def test_online_event_needs_its_link(tree):
    event = EventPageFactory.build(attendance="online", online_url="")
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "online_url" in error.value.message_dict


def test_gallery_image_needs_alt_text_from_the_image_or_the_gallery_item(tree):
    place = PlacePageFactory(parent=tree.places)
    image = ImageFactory(description="")
    with pytest.raises(ValidationError) as error:
        PlaceGalleryImage(page=place, image=image).clean()
    assert "alt_text" in error.value.message_dict
    PlaceGalleryImage(page=place, image=image, alt_text="Werkhalle mit Sheddach").clean()
    PlaceGalleryImage(page=place, image=ImageFactory(description="Hofansicht")).clean()


def test_two_places_with_the_same_title_and_town_get_distinct_import_keys(tree):
    first = PlacePageFactory(parent=tree.places, title="Alte Mühle", town="Zittau", slug="a")
    second = PlacePageFactory(parent=tree.places, title="Alte Mühle", town="Zittau", slug="b")
    assert first.external_id == "alte-muehle-zittau"
    assert second.external_id == "alte-muehle-zittau-2"
