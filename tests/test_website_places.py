"""The public places pages: filterable index with the consent map, and the place profile."""

import json
import re

import pytest
from wagtail.models import PageViewRestriction

from knowledge.factories import GuidePageFactory
from kreativorte.factories import ImageFactory
from kreativorte.geo import LatLon
from kreativorte.models import District, SubMarket
from places.factories import PlacePageFactory
from places.models import PlaceGalleryImage, PlacePage, PlaceType

from .helpers import count_queries

pytestmark = pytest.mark.django_db

TILES = "https://tiles.example.org/{z}/{x}/{y}.png"


@pytest.fixture
def tiles(settings):
    settings.MAP_TILE_URL = TILES
    settings.MAP_TILE_ATTRIBUTION = '&copy; <a href="https://example.org/copyright">Beispiel</a>'
    return settings


def html_of(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def leipzig_place(tree, **kwargs):
    return PlacePageFactory(
        parent=tree.places,
        town="Leipzig",
        district=District.objects.get(slug="leipzig"),
        location=LatLon(lat=51.3397, lon=12.3731).as_point(),
        **kwargs,
    )


# Index


def test_index_lists_places_and_filters_narrow_without_javascript(client, tree):
    atelier = PlaceType.objects.get(slug="atelierhaus")
    PlacePageFactory(parent=tree.places, title="Kühlhaus Dresden", place_types=[atelier])
    leipzig_place(tree, title="Baumwollspinnerei", status=PlacePage.Status.IN_THE_MAKING)

    html = html_of(client.get(tree.places.url))
    assert "Kühlhaus Dresden" in html and "Baumwollspinnerei" in html
    assert '<button type="submit" class="button">Filtern</button>' in html
    assert 'for="id_district"' in html and 'for="id_status"' in html

    html = html_of(client.get(tree.places.url, {"district": "leipzig"}))
    assert "Baumwollspinnerei" in html and "Kühlhaus Dresden" not in html
    assert '<option value="leipzig" selected>' in html  # the value stays in the form
    assert "1 Ort gefunden" in html

    html = html_of(client.get(tree.places.url, {"type": "atelierhaus"}))
    assert "Kühlhaus Dresden" in html and "Baumwollspinnerei" not in html

    html = html_of(client.get(tree.places.url, {"status": "in-the-making"}))
    assert "Baumwollspinnerei" in html and "Kühlhaus Dresden" not in html
    assert '<option value="in-the-making" selected>' in html


def test_submarket_filter_and_combined_filters(client, tree):
    design = SubMarket.objects.get(slug="designwirtschaft")
    PlacePageFactory(parent=tree.places, title="Designhaus", submarkets=[design])
    leipzig_place(tree, title="Designhof Leipzig", submarkets=[design])
    PlacePageFactory(parent=tree.places, title="Ohne Teilmarkt")

    html = html_of(client.get(tree.places.url, {"submarket": "designwirtschaft"}))
    assert "Designhaus" in html and "Designhof Leipzig" in html and "Ohne Teilmarkt" not in html
    html = html_of(
        client.get(tree.places.url, {"submarket": "designwirtschaft", "district": "dresden"})
    )
    assert "Designhaus" in html and "Designhof Leipzig" not in html


@pytest.mark.parametrize(
    "query",
    [
        {"district": "atlantis"},
        {"type": "<script>"},
        {"status": "demolished"},
        {"submarket": "x" * 500},
        {"page": "abc"},
        {"page": "9999"},
        {"district": "\x00"},
    ],
)
def test_invalid_filter_values_are_ignored_with_a_message(client, tree, query):
    PlacePageFactory(parent=tree.places, title="Kühlhaus Dresden")
    html = html_of(client.get(tree.places.url, query))
    assert "Kühlhaus Dresden" in html
    if "page" not in query:
        assert "ungültig" in html
        assert "<script>" not in html.split("<main", 1)[1]


def test_partial_returns_only_the_list_fragment(client, tree):
    leipzig_place(tree, title="Baumwollspinnerei")
    PlacePageFactory(parent=tree.places, title="Kühlhaus Dresden")
    html = html_of(client.get(tree.places.url, {"district": "leipzig", "partial": "1"}))
    assert "<html" not in html
    assert "Baumwollspinnerei" in html and "Kühlhaus Dresden" not in html
    assert 'data-count-text="1 Ort gefunden' in html
    assert "district=leipzig" in html  # the map's GeoJSON URL for the same filters


def test_pagination_keeps_the_filters(client, tree):
    for n in range(14):
        PlacePageFactory(parent=tree.places, title=f"Ort {n:02d}")
    html = html_of(client.get(tree.places.url, {"status": "established"}))
    assert "14 Orte gefunden" in html
    assert "?status=established&amp;page=2" in html
    html = html_of(client.get(tree.places.url, {"status": "established", "page": "2"}))
    assert "Ort 13" in html and "Ort 00" not in html


def test_unpublished_and_private_places_are_never_listed(client, tree):
    PlacePageFactory(parent=tree.places, title="Öffentlicher Ort")
    PlacePageFactory(parent=tree.places, title="Entwurf eines Ortes", live=False)
    private = PlacePageFactory(parent=tree.places, title="Geschützter Ort")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    for query in ({}, {"partial": "1"}, {"district": "dresden"}):
        html = html_of(client.get(tree.places.url, query))
        assert "Öffentlicher Ort" in html
        assert "Entwurf eines Ortes" not in html and "Geschützter Ort" not in html


def test_index_query_count_does_not_grow_with_places(client, tree):
    atelier = PlaceType.objects.get(slug="atelierhaus")
    design = SubMarket.objects.get(slug="designwirtschaft")

    def add(count):
        for _ in range(count):
            PlacePageFactory(
                parent=tree.places,
                listing_image=ImageFactory(),
                place_types=[atelier],
                submarkets=[design],
            )

    def queries():
        client.get(tree.places.url)  # warm caches (site root paths, content types)
        return count_queries(client, tree.places.url)

    add(3)
    few = queries()
    add(12)
    assert queries() == few


def test_index_query_count_is_bounded(client, tree, django_assert_max_num_queries):
    atelier = PlaceType.objects.get(slug="atelierhaus")
    for _ in range(15):
        PlacePageFactory(parent=tree.places, listing_image=ImageFactory(), place_types=[atelier])
    query = {"district": "dresden", "type": "atelierhaus", "status": "established"}
    client.get(tree.places.url, query)
    with django_assert_max_num_queries(25):
        html = html_of(client.get(tree.places.url, query))
    assert "15 Orte gefunden" in html


# Map


def urls_in_src_and_href(html: str) -> list[str]:
    return re.findall(r'\b(?:src|href|srcset|action)\s*=\s*"([^"]*)"', html)


def test_map_needs_consent_before_any_tile_request(client, tree, tiles):
    PlacePageFactory(parent=tree.places, title="Kühlhaus Dresden")
    html = html_of(client.get(tree.places.url, {"district": "dresden"}))
    assert "data-map-consent" in html and "Karte laden" in html
    assert "Auswahl merken" in html and "data-map-remember" in html
    assert "tiles.example.org" in html  # named in the explanation
    assert f'data-tile-url="{TILES}"' in html
    assert not [url for url in urls_in_src_and_href(html) if "tiles.example.org" in url]
    assert "example.org/copyright" not in " ".join(urls_in_src_and_href(html))
    # The markers come from our own API with the list's filters.
    match = re.search(r'data-geojson-url="([^"]+)"', html)
    assert match and match.group(1).startswith("/api/v1/places/geojson/?")
    assert "district=dresden" in match.group(1) and "locale=de" in match.group(1)
    assert "dist/map.js" in html and re.search(r"<section[^>]*\sdata-map\s", html)


def test_map_geojson_url_works_with_the_api(client, tree, tiles):
    PlacePageFactory(parent=tree.places, title="Kühlhaus Dresden")
    leipzig_place(tree, title="Baumwollspinnerei")
    html = html_of(client.get(tree.places.url, {"district": "leipzig"}))
    url = re.search(r'data-geojson-url="([^"]+)"', html).group(1).replace("&amp;", "&")
    data = client.get(url).json()
    assert [f["properties"]["title"] for f in data["features"]] == ["Baumwollspinnerei"]


def test_without_tile_url_the_map_is_replaced_by_a_note(client, tree, settings):
    settings.MAP_TILE_URL = ""
    place = PlacePageFactory(parent=tree.places, title="Kühlhaus Dresden")
    for url in (tree.places.url, place.url):
        html = html_of(client.get(url))
        assert "keine Karte eingerichtet" in html
        assert "data-map-consent" not in html and "data-tile-url" not in html
        assert "Kühlhaus Dresden" in html


# Place page


def test_place_page_shows_facts_sections_and_gallery_credits(client, tree, tiles):
    place = PlacePageFactory(
        parent=tree.places,
        title="Kühlhaus am Bahnhof",
        subtitle="Vom Kühlhaus zum Kulturort",
        address="Bahnhofstraße 1",
        postal_code="01067",
        nearest_city="Dresden",
        distance_to_city_km=3,
        plot_size_m2=4200,
        building_count=2,
        operator="Kühlhaus e. V.",
        website="https://kuehlhaus.example",
        contact_email="hallo@kuehlhaus.example",
        place_types=[PlaceType.objects.get(slug="atelierhaus")],
        submarkets=[SubMarket.objects.get(slug="designwirtschaft")],
        body=[
            {
                "type": "history",
                "value": {"heading": "", "text": "<p>Früher lagerte hier Eis.</p>"},
            },
            {"type": "today", "value": {"heading": "", "text": "<p>Heute Ateliers.</p>"}},
            {
                "type": "offers",
                "value": {
                    "heading": "Angebote",
                    "groups": [{"category": "culture", "title": "Kultur", "items": ["Konzerte"]}],
                },
            },
        ],
    )
    PlaceGalleryImage.objects.create(
        page=place,
        image=ImageFactory(credit="Foto: Anna Beispiel", description="Der Innenhof im Sommer"),
        caption="Innenhof",
    )
    html = html_of(client.get(place.url))
    assert "Vom Kühlhaus zum Kulturort" in html
    assert '<dl class="facts">' in html
    for fact in (
        "Bahnhofstraße 1, 01067 Dresden",
        "3 km bis Dresden",
        "4200 m²",
        "Atelierhaus",
        "Designwirtschaft",
        "Kühlhaus e. V.",
        'href="https://kuehlhaus.example"',
        "mailto:hallo@kuehlhaus.example",
        "Etabliert",
    ):
        assert fact in html, fact
    assert "<h2" in html and ">Gestern</h2>" in html and ">Heute</h2>" in html
    assert "Früher lagerte hier Eis." in html and "Konzerte" in html
    assert "<figcaption>" in html and "Foto: Anna Beispiel" in html and "Innenhof" in html
    assert 'alt="Der Innenhof im Sommer"' in html
    # The small map: one place, the same consent include.
    assert "data-map-consent" in html and 'data-lat="51.050400"' in html


def test_nearby_places_are_ordered_by_distance(client, tree):
    place = PlacePageFactory(parent=tree.places, title="Mitte")
    for title, lat, lon in (
        ("Weit", 51.30, 13.90),  # ~30 km
        ("Nah", 51.06, 13.74),  # ~1 km
        ("Mittel", 51.12, 13.80),  # ~9 km
        ("Zu weit", 51.34, 12.37),  # Leipzig, ~100 km
    ):
        PlacePageFactory(
            parent=tree.places, title=title, location=LatLon(lat=lat, lon=lon).as_point()
        )
    PlacePageFactory(parent=tree.places, title="Unveröffentlicht nah", live=False)
    response = client.get(place.url)
    nearby = [p.title for p in response.context["nearby_places"]]
    assert nearby == ["Nah", "Mittel", "Weit"]
    html = html_of(response)
    assert html.index(">Nah<") < html.index(">Mittel<") < html.index(">Weit<")
    assert "km entfernt" in html


def test_nearby_places_are_at_most_five(tree):
    place = PlacePageFactory(parent=tree.places)
    for n in range(8):
        PlacePageFactory(
            parent=tree.places, location=LatLon(lat=51.05 + n / 100, lon=13.74).as_point()
        )
    assert len(place.nearby_places()) == 5


def test_guides_linking_to_the_place_are_related(client, tree):
    place = PlacePageFactory(parent=tree.places, title="Kühlhaus")
    GuidePageFactory(
        parent=tree.guides,
        title="Umnutzung wie im Kühlhaus",
        body=[
            {"type": "related", "value": {"title": "Weiterlesen", "pages": [place.id]}},
        ],
    )
    GuidePageFactory(parent=tree.guides, title="Anderer Leitfaden")
    response = client.get(place.url)
    assert [g.title for g in response.context["related_guides"]] == ["Umnutzung wie im Kühlhaus"]
    assert "Anderer Leitfaden" not in html_of(response)


def test_json_ld_describes_the_place(client, tree):
    place = PlacePageFactory(
        parent=tree.places,
        title="Kühlhaus </script><script>alert(1)</script>",
        address="Bahnhofstraße 1",
        postal_code="01067",
        listing_image=ImageFactory(),
    )
    html = html_of(client.get(place.url))
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "JSON-LD in the head"
    assert "<script>alert" not in html
    data = json.loads(match.group(1))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Place"
    assert data["name"] == place.title
    assert data["url"].endswith(place.url)
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Bahnhofstraße 1",
        "postalCode": "01067",
        "addressLocality": "Dresden",
        "addressRegion": "Sachsen",
        "addressCountry": "DE",
    }
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 51.0504, "longitude": 13.7373}
    assert data["image"].startswith("http")
