"""API v1 place detail: every field, the gallery's renditions and the translations."""

import pytest

from kreativorte.factories import ImageFactory
from kreativorte.geo import LatLon
from kreativorte.models import District, SubMarket
from places.factories import PlacePageFactory
from places.models import PlaceGalleryImage, PlacePage, PlaceType

from .helpers import get_json, translate

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

# Fields the API answers as they were stored, under the same names.
TAPETENWERK = {
    "title": "Tapetenwerk",
    "subtitle": "Von der Tapetenfabrik zum Kreativquartier",
    "teaser": "Ateliers, Büros und Werkstätten auf einem alten Fabrikgelände.",
    "former_use": "Tapetenfabrik",
    "conversion_year": 2007,
    "plot_size_m2": 12000,
    "building_count": 5,
    "operator": "Tapetenwerk GmbH",
    "visiting_info": "Führungen nach Vereinbarung.",
    "address": "Lützner Straße 91",
    "postal_code": "04177",
    "town": "Leipzig",
    "distance_to_city_km": 0,
}


def test_place_detail_is_complete(client, tree):
    hall = ImageFactory(
        file__width=1600, file__height=1000, description="Halle", credit="Foto: Anna Beispiel"
    )
    yard = ImageFactory(file__width=1600, file__height=1200, description="Der Hof im Sommer")
    place = PlacePageFactory(
        parent=tree.places,
        listing_image=hall,
        district=District.objects.get(slug="leipzig"),
        location=LatLon(lat=51.3329, lon=12.3309).as_point(),
        setting=PlacePage.Setting.URBAN,
        nearest_city=PlacePage.City.LEIPZIG,
        status=PlacePage.Status.IN_THE_MAKING,
        website="https://tapetenwerk.example",
        contact_email="info@tapetenwerk.example",
        contact_phone="+49 341 000000",
        place_types=[PlaceType.objects.get(slug="atelierhaus")],
        submarkets=[SubMarket.objects.get(slug="kunstmarkt")],
        body=[{"type": "history", "value": {"heading": "", "text": "<p>Früher Tapeten.</p>"}}],
        **TAPETENWERK,
    )
    PlaceGalleryImage.objects.create(
        page=place,
        image=hall,
        alt_text="Blick in die große Halle",
        caption="Die Halle",
        sort_order=0,
    )
    PlaceGalleryImage.objects.create(page=place, image=yard, caption="", sort_order=1)

    data = get_json(client, f"/api/v1/places/{place.id}/")
    assert data["id"] == place.id and data["type"] == "place" and data["locale"] == "de"
    assert data["url"] == "http://testserver/orte/tapetenwerk/"
    expected = TAPETENWERK | {
        "latitude": 51.3329,
        "longitude": 12.3309,
        "setting": "urban",
        "nearest_city": "Leipzig",
        "status": "in-the-making",
        "contact": {
            "website": "https://tapetenwerk.example",
            "email": "info@tapetenwerk.example",
            "phone": "+49 341 000000",
        },
    }
    assert {key: data[key] for key in expected} == expected
    assert data["district"] == {"slug": "leipzig", "name": "Leipzig"}
    assert data["types"] == [{"slug": "atelierhaus", "name": "Atelierhaus"}]
    assert data["submarkets"] == [{"slug": "kunstmarkt", "name": "Kunstmarkt"}]
    assert data["thumbnail"]["url"].startswith("http://testserver/media/images/")
    assert (data["thumbnail"]["width"], data["thumbnail"]["height"]) == (480, 320)
    assert data["thumbnail"]["alt"] == "Halle"
    assert [block["type"] for block in data["body"]] == ["history"]
    assert data["body"][0]["value"]["heading"] == "Gestern"
    assert data["body"][0]["value"]["text"] == "<p>Früher Tapeten.</p>"

    first, second = data["gallery"]
    assert first["caption"] == "Die Halle"
    assert first["image"]["alt"] == "Blick in die große Halle"
    assert first["image"]["credit"] == "Foto: Anna Beispiel"
    assert second["image"]["alt"] == "Der Hof im Sommer", "falls back to the image's alt text"
    for item, (width, height) in zip(data["gallery"], [(1600, 1000), (1600, 1200)], strict=True):
        image = item["image"]
        assert (image["width"], image["height"]) == (width, height)
        renditions = image["renditions"]
        assert [r["width"] for r in renditions] == [480, 1200]
        for rendition in renditions:
            assert rendition["url"].startswith("http://testserver/media/images/")
            assert rendition["height"] == round(rendition["width"] * height / width)
        assert len({r["url"] for r in renditions}) == 2


def test_place_detail_lists_its_translations(client, tree, english):
    place = PlacePageFactory(parent=tree.places, title="Kühlhaus")
    translated = translate(place, english, "Cold store")

    german = get_json(client, f"/api/v1/places/{place.id}/")
    assert german["translations"] == [
        {"locale": "en", "id": translated.id, "url": "http://testserver/en/orte/kuhlhaus/"}
    ]
    english_data = get_json(client, f"/api/v1/places/{translated.id}/")
    assert english_data["title"] == "Cold store" and english_data["locale"] == "en"
    assert english_data["translations"][0]["id"] == place.id
