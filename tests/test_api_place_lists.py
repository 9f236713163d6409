"""API v1 place lists: filters (checked against a computation of our own), pagination and GeoJSON.

The places are generated once per module with a seeded random generator (coordinates
inside Saxony, random districts, types, sub-markets and status); hypothesis only
draws the query parameters, so every example asks the same data something new.
"""

import math

import pytest
from django.db import transaction
from hypothesis import given
from hypothesis import strategies as st

from kreativorte.geo import LatLon
from kreativorte.models import District, SubMarket
from places.factories import PlacePageFactory
from places.models import PlaceType

from .helpers import get_json
from .saxony_places import (
    HYPOTHESIS,
    MAX_LAT,
    MAX_LON,
    MIN_LAT,
    MIN_LON,
    STATUSES,
    Known,
    feature_ids,
    generate_places,
    geojson,
    haversine_km,
    ids_of,
    list_all,
    point_at,
    query,
)
from .site_tree import build_site_tree

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


@pytest.fixture(scope="module")
def saxony(django_db_setup, django_db_blocker):
    """The generated places, built once for the module inside a transaction rolled back at its end.

    (Like Django's setUpTestData: each test runs in a savepoint of this transaction.)
    """
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield generate_places(build_site_tree())
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


# Lists


def test_list_items_are_compact_summaries_ordered_by_title(client, saxony):
    data = list_all(client, {})
    assert data["count"] == len(saxony)
    expected_order = [k.id for k in sorted(saxony, key=lambda k: (k.title, k.id))]
    assert ids_of(data) == expected_order
    by_id = {k.id: k for k in saxony}
    for item in data["results"]:
        known = by_id[item["id"]]
        assert item["type"] == "place"
        assert item["title"] == known.title
        assert item["url"].startswith("http://testserver/orte/")
        assert item["district"]["slug"] == known.district
        assert {t["slug"] for t in item["types"]} == known.types
        assert {s["slug"] for s in item["submarkets"]} == known.submarkets
        assert item["status"] == known.status
        assert (item["latitude"], item["longitude"]) == (known.lat, known.lon)
        assert item["distance_km"] is None
        assert "body" not in item and "gallery" not in item


def test_bbox_results_lie_inside_the_box_and_are_all_of_them(client, saxony):
    lons = st.one_of(
        st.floats(MIN_LON - 0.5, MAX_LON + 0.5), st.sampled_from([k.lon for k in saxony])
    )
    lats = st.one_of(
        st.floats(MIN_LAT - 0.5, MAX_LAT + 0.5), st.sampled_from([k.lat for k in saxony])
    )

    @HYPOTHESIS
    @given(lon_pair=st.tuples(lons, lons).map(sorted), lat_pair=st.tuples(lats, lats).map(sorted))
    def check(lon_pair, lat_pair):
        (min_lon, max_lon), (min_lat, max_lat) = lon_pair, lat_pair
        bbox = ",".join(repr(n) for n in (min_lon, min_lat, max_lon, max_lat))
        data = list_all(client, {"bbox": bbox})
        for item in data["results"]:
            assert min_lon <= item["longitude"] <= max_lon, (bbox, item)
            assert min_lat <= item["latitude"] <= max_lat, (bbox, item)
        expected = {
            k.id for k in saxony if min_lon <= k.lon <= max_lon and min_lat <= k.lat <= max_lat
        }
        assert set(ids_of(data)) == expected
        assert data["count"] == len(expected)
        collection = geojson(client, {"bbox": bbox})
        assert set(feature_ids(collection)) == expected
        for feature in collection["features"]:
            lon, lat = feature["geometry"]["coordinates"]
            assert min_lon <= lon <= max_lon and min_lat <= lat <= max_lat

    check()


def test_near_orders_by_great_circle_distance_within_the_radius(client, saxony):
    centres = st.one_of(
        st.tuples(st.floats(MIN_LAT, MAX_LAT), st.floats(MIN_LON, MAX_LON)),
        st.sampled_from([(k.lat, k.lon) for k in saxony]),
    )

    @HYPOTHESIS
    @given(centre=centres, radius=st.floats(0.5, 150))
    def check(centre, radius):
        lat, lon = centre
        params = {"near": f"{lat!r},{lon!r}", "radius": repr(radius)}
        data = list_all(client, params)
        distances = [item["distance_km"] for item in data["results"]]
        assert distances == sorted(distances), "near results must be ordered by distance"
        by_id = {k.id: k for k in saxony}
        for item in data["results"]:
            assert item["distance_km"] <= radius
            known = by_id[item["id"]]
            assert item["distance_km"] == pytest.approx(
                haversine_km(lat, lon, known.lat, known.lon), abs=0.002
            )
        found = set(ids_of(data))
        mine = {k.id: haversine_km(lat, lon, k.lat, k.lon) for k in saxony}
        assert {pk for pk, d in mine.items() if d < radius - 1e-6} <= found
        assert not {pk for pk, d in mine.items() if d > radius + 1e-6} & found
        assert data["count"] == len(found)
        collection = geojson(client, params)
        assert set(feature_ids(collection)) == found

    check()


@pytest.mark.parametrize("bearing", [0, 90, 180, 270])
def test_near_includes_a_place_just_inside_the_radius_in_every_direction(client, tree, bearing):
    centre = LatLon(lat=51.05, lon=13.74)  # Dresden
    lat, lon = point_at(centre.lat, centre.lon, 24.99, bearing)
    assert haversine_km(centre.lat, centre.lon, lat, lon) == pytest.approx(24.99, abs=1e-6)
    place = PlacePageFactory(parent=tree.places, location=LatLon(lat=lat, lon=lon).as_point())

    for radius in ("25", None):  # explicitly, and the documented default of 25 km
        params = {"near": f"{centre.lat},{centre.lon}"}
        if radius:
            params["radius"] = radius
        data = list_all(client, params)
        assert ids_of(data) == [place.id], (bearing, params, data)
        assert data["results"][0]["distance_km"] == pytest.approx(24.99, abs=0.002)
        assert feature_ids(geojson(client, params)) == [place.id]


def test_near_without_radius_uses_25_km(client, tree):
    centre = (51.34, 12.37)  # Leipzig
    inside = [PlacePageFactory(parent=tree.places) for _ in range(2)]
    outside = PlacePageFactory(parent=tree.places)
    for place, km in zip([*inside, outside], [3, 20, 30], strict=True):
        lat, lon = point_at(*centre, km, 200)
        place.location = LatLon(lat=lat, lon=lon).as_point()
        place.save()
    data = list_all(client, {"near": "51.34,12.37"})
    assert ids_of(data) == [p.id for p in inside]
    assert [round(item["distance_km"]) for item in data["results"]] == [3, 20]


def test_district_type_submarket_and_status_filters_return_exactly_the_matching_set(client, saxony):
    slugs = {
        "district": list(District.objects.values_list("slug", flat=True)),
        "type": list(PlaceType.objects.values_list("slug", flat=True)),
        "submarket": list(SubMarket.objects.values_list("slug", flat=True)),
        "status": STATUSES,
    }
    filters = st.fixed_dictionaries(
        {
            name: st.lists(st.sampled_from(values), max_size=3, unique=True)
            for name, values in slugs.items()
        }
    )

    def matches(known: Known, chosen: dict) -> bool:
        """OR within one parameter, AND across parameters; an empty parameter does not filter."""
        return (
            (not chosen["district"] or known.district in chosen["district"])
            and (not chosen["type"] or known.types & set(chosen["type"]))
            and (not chosen["submarket"] or known.submarkets & set(chosen["submarket"]))
            and (not chosen["status"] or known.status in chosen["status"])
        )

    @HYPOTHESIS
    @given(chosen=filters)
    def check(chosen):
        expected = {k.id for k in saxony if matches(k, chosen)}
        data = list_all(client, chosen)
        assert set(ids_of(data)) == expected, chosen
        assert len(ids_of(data)) == len(expected), "no place may appear twice"
        assert data["count"] == len(expected)
        assert set(feature_ids(geojson(client, chosen))) == expected

    check()


def test_each_filter_on_its_own_and_combined(client, saxony):
    """Not left to chance: one value, two values (OR) and two parameters (AND)."""
    goerlitz = {k.id for k in saxony if k.district == "landkreis-goerlitz"}
    dresden = {k.id for k in saxony if k.district == "dresden"}
    coworking = {k.id for k in saxony if "coworking" in k.types}
    ateliers = {k.id for k in saxony if "atelierhaus" in k.types}
    vacant = {k.id for k in saxony if k.status == "vacant"}
    art = {k.id for k in saxony if "kunstmarkt" in k.submarkets}
    cases = [
        ({"district": ["dresden"]}, dresden),
        ({"district": ["dresden", "landkreis-goerlitz"]}, dresden | goerlitz),
        ({"type": ["coworking", "atelierhaus"]}, coworking | ateliers),
        ({"type": ["coworking"], "status": ["vacant"]}, coworking & vacant),
        ({"submarket": ["kunstmarkt"]}, art),
        (
            {"status": ["vacant", "established"]},
            {k.id for k in saxony if k.status != "in-the-making"},
        ),
    ]
    assert all(expected for _, expected in cases[:3]), "the generated data should cover these"
    for params, expected in cases:
        assert set(ids_of(list_all(client, params))) == expected, params


def test_q_finds_places_by_word(client, tree):
    wanted = PlacePageFactory(parent=tree.places, title="Zuckerfabrik am Fluss")
    PlacePageFactory(parent=tree.places, title="Kesselhaus")
    data = list_all(client, {"q": "Zuckerfabrik"})
    assert ids_of(data) == [wanted.id]


# Pagination


def test_pagination_counts_links_and_ends(client, saxony):
    total = len(saxony)
    first = get_json(client, "/api/v1/places/?limit=10")
    assert (first["count"], first["limit"], first["offset"]) == (total, 10, 0)
    assert len(first["results"]) == 10

    seen, url, pages = [], "/api/v1/places/?limit=10", 0
    while url:
        page = get_json(client, url)
        assert page["count"] == total
        seen += ids_of(page)
        url, pages = page["next"], pages + 1
        if url:
            assert url.startswith("http://testserver/api/v1/places/?")
    assert pages == math.ceil(total / 10)
    assert seen == ids_of(list_all(client, {})), "pages follow one another without gaps"
    assert len(set(seen)) == total

    last = get_json(client, f"/api/v1/places/?limit=10&offset={total - 3}")
    assert len(last["results"]) == 3 and last["next"] is None

    beyond = get_json(client, f"/api/v1/places/?limit=10&offset={total + 50}")
    assert beyond["results"] == [] and beyond["next"] is None and beyond["count"] == total


def test_next_link_keeps_the_filters(client, saxony):
    params = {"status": ["established", "vacant"], "limit": 2}
    expected = [
        k.id for k in sorted(saxony, key=lambda k: (k.title, k.id)) if k.status in params["status"]
    ]
    seen, url = [], f"/api/v1/places/?{query(params)}"
    while url:
        page = get_json(client, url)
        seen += ids_of(page)
        url = page["next"]
    assert seen == expected


def test_near_pagination_continues_by_distance(client, saxony):
    params = {"near": "51.0,13.5", "radius": "150", "limit": 4}
    everything = list_all(client, {"near": "51.0,13.5", "radius": "150"})
    seen, url = [], f"/api/v1/places/?{query(params)}"
    while url:
        page = get_json(client, url)
        assert page["count"] == everything["count"]
        seen += [(item["id"], item["distance_km"]) for item in page["results"]]
        url = page["next"]
    assert seen == [(item["id"], item["distance_km"]) for item in everything["results"]]


# GeoJSON


def test_geojson_is_an_rfc_7946_feature_collection(client, saxony):
    response = client.get("/api/v1/places/geojson/")
    assert response.status_code == 200
    assert response["Content-Type"].split(";")[0] == "application/geo+json"
    collection = response.json()
    assert collection["type"] == "FeatureCollection"
    assert "crs" not in collection  # RFC 7946 §4: WGS84 only, no crs member
    by_id = {k.id: k for k in saxony}
    listed = {item["id"]: item for item in list_all(client, {})["results"]}
    assert len(collection["features"]) == len(saxony), "unpaginated: every place"
    assert sorted(feature_ids(collection)) == sorted(by_id)
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        coordinates = feature["geometry"]["coordinates"]
        known = by_id[feature["properties"]["id"]]
        assert coordinates == [known.lon, known.lat], "RFC 7946: [longitude, latitude]"
        assert all(isinstance(c, float) for c in coordinates)
        properties = feature["properties"]
        assert set(properties) == {"id", "title", "url", "types", "status", "district"}
        item = listed[properties["id"]]
        assert properties["title"] == known.title
        assert properties["url"] == item["url"]
        assert properties["status"] == known.status
        assert properties["district"] == known.district
        assert sorted(properties["types"]) == sorted(known.types)
        assert (coordinates[0], coordinates[1]) == (item["longitude"], item["latitude"])


def test_geojson_takes_the_same_filters_as_the_list(client, saxony):
    cases = [
        {"district": ["dresden", "leipzig"]},
        {"type": ["coworking"], "status": ["established"]},
        {"submarket": ["kunstmarkt", "musikwirtschaft"]},
        {"bbox": "12.0,50.5,14.0,51.5"},
        {"near": "51.05,13.74", "radius": "60"},
        {"bbox": "12.0,50.5,14.0,51.5", "status": ["vacant", "in-the-making"]},
    ]
    for params in cases:
        listed = set(ids_of(list_all(client, params)))
        assert set(feature_ids(geojson(client, params))) == listed, params
