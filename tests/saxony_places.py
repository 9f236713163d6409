"""Places generated over Saxony with a seeded random generator, what we know about them,
and distances computed independently of the app, to check the places API against."""

import math
import random
from dataclasses import dataclass
from urllib.parse import urlencode

from hypothesis import settings

from kreativorte.geo import LatLon
from kreativorte.models import District, SubMarket
from places.factories import PlacePageFactory
from places.models import PlacePage, PlaceType

from .helpers import get_json

MIN_LON, MIN_LAT, MAX_LON, MAX_LAT = 11.87, 50.17, 15.04, 51.69
STATUSES = [choice.value for choice in PlacePage.Status]
HYPOTHESIS = settings(max_examples=25, deadline=None, derandomize=True, database=None)


def haversine_km(lat1, lon1, lat2, lon2):
    """Great-circle distance on the mean Earth radius (IUGG), written independently of the app."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def point_at(lat, lon, distance_km, bearing_deg):
    """The point at a distance and bearing from (lat, lon) on the sphere (direct problem)."""
    delta = distance_km / 6371.0088
    theta, phi1, lambda1 = map(math.radians, (bearing_deg, lat, lon))
    phi2 = math.asin(
        math.sin(phi1) * math.cos(delta) + math.cos(phi1) * math.sin(delta) * math.cos(theta)
    )
    lambda2 = lambda1 + math.atan2(
        math.sin(theta) * math.sin(delta) * math.cos(phi1),
        math.cos(delta) - math.sin(phi1) * math.sin(phi2),
    )
    return math.degrees(phi2), math.degrees(lambda2)


@dataclass(frozen=True)
class Known:
    """What we put into the database, to compute the expected answers from."""

    id: int
    title: str
    lat: float
    lon: float
    district: str
    types: frozenset
    submarkets: frozenset
    status: str


def query(params: dict) -> str:
    return urlencode(params, doseq=True)


def list_all(client, params: dict) -> dict:
    return get_json(client, f"/api/v1/places/?{query({**params, 'limit': 100})}")


def geojson(client, params: dict) -> dict:
    response = client.get(f"/api/v1/places/geojson/?{query(params)}")
    assert response.status_code == 200, (params, response.content[:500])
    return response.json()


def generate_places(tree) -> list[Known]:
    """45 live places spread over Saxony, plus one unpublished place that must never appear."""
    rng = random.Random(20240917)
    districts = list(District.objects.all())
    place_types = list(PlaceType.objects.all())
    submarkets = list(SubMarket.objects.all())
    known = []
    # Titles of one shape ("Ort 07"), so that every database collation sorts them alike,
    # in an order unrelated to the order of creation (and so of ids).
    numbers = rng.sample(range(45), 45)
    for number in numbers:
        lat = round(rng.uniform(MIN_LAT, MAX_LAT), 6)
        lon = round(rng.uniform(MIN_LON, MAX_LON), 6)
        district = rng.choice(districts)
        types = rng.sample(place_types, rng.randint(0, 3))
        markets = rng.sample(submarkets, rng.randint(0, 3))
        status = rng.choice(STATUSES)
        place = PlacePageFactory(
            parent=tree.places,
            title=f"Ort {number:02d}",
            location=LatLon(lat=lat, lon=lon).as_point(),
            district=district,
            status=status,
            place_types=types,
            submarkets=markets,
        )
        known.append(
            Known(
                id=place.id,
                title=place.title,
                lat=lat,
                lon=lon,
                district=district.slug,
                types=frozenset(t.slug for t in types),
                submarkets=frozenset(s.slug for s in markets),
                status=status,
            )
        )
    hidden = PlacePageFactory(
        parent=tree.places,
        title="Unveröffentlichter Ort",
        location=LatLon(lat=51.0, lon=13.5).as_point(),
    )
    hidden.unpublish()
    return known


def ids_of(data: dict) -> list[int]:
    return [item["id"] for item in data["results"]]


def feature_ids(collection: dict) -> list[int]:
    return [feature["properties"]["id"] for feature in collection["features"]]
