"""Coordinates: Saxony's bounding box and the point format of wagtail-geo-widget."""

import math
import re
from dataclasses import dataclass

# Saxony lies roughly between these meridians and parallels (WGS84).
SAXONY_MIN_LON, SAXONY_MIN_LAT, SAXONY_MAX_LON, SAXONY_MAX_LAT = 11.87, 50.17, 15.04, 51.69

POINT_PATTERN = re.compile(
    r"^\s*(?:SRID=4326;)?POINT\s*\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)\s*$", re.I
)


@dataclass(frozen=True)
class LatLon:
    lat: float
    lon: float

    def as_point(self) -> str:
        """The EWKT string the geo widget reads and writes (longitude first)."""
        return f"SRID=4326;POINT({self.lon} {self.lat})"


def parse_point(value: str) -> LatLon | None:
    """Read "SRID=4326;POINT(lon lat)" as the widget stores it; None if empty or malformed."""
    match = POINT_PATTERN.match(value or "")
    if not match:
        return None
    return LatLon(lat=float(match.group(2)), lon=float(match.group(1)))


def in_saxony(lat: float, lon: float) -> bool:
    return SAXONY_MIN_LAT <= lat <= SAXONY_MAX_LAT and SAXONY_MIN_LON <= lon <= SAXONY_MAX_LON


EARTH_RADIUS_KM = 6371.0088


def distance_km(a: LatLon, b: LatLon) -> float:
    """Great-circle (haversine) distance."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


@dataclass(frozen=True)
class BoundingBox:
    min_lon: float
    min_lat: float
    max_lon: float
    max_lat: float

    @classmethod
    def around(cls, centre: LatLon, radius_km: float) -> "BoundingBox":
        """A box holding every point within radius_km (great-circle) of centre.

        On the sphere of `distance_km`; a hair of margin absorbs rounding, the
        exact distance check comes afterwards.
        """
        angle = min(radius_km / EARTH_RADIUS_KM, math.pi / 2) * 1.000001
        dlat = math.degrees(angle)
        ratio = math.sin(angle) / max(math.cos(math.radians(centre.lat)), 1e-9)
        dlon = 180.0 if ratio >= 1 else math.degrees(math.asin(ratio))
        return cls(centre.lon - dlon, centre.lat - dlat, centre.lon + dlon, centre.lat + dlat)


def nearest(queryset, centre: LatLon, radius_km: float) -> list[tuple[float, int]]:
    """(distance, id) of the rows (with latitude and longitude) within the radius, nearest first.

    One query for the candidates inside the bounding box; the exact distance decides.
    """
    box = BoundingBox.around(centre, radius_km)
    candidates = queryset.filter(
        latitude__gte=box.min_lat,
        latitude__lte=box.max_lat,
        longitude__gte=box.min_lon,
        longitude__lte=box.max_lon,
    ).values_list("id", "latitude", "longitude")
    found = ((distance_km(centre, LatLon(lat, lon)), pk) for pk, lat, lon in candidates)
    return sorted((d, pk) for d, pk in found if d <= radius_km)


def parse_numbers(text: str, count: int) -> list[float] | None:
    """Exactly `count` comma-separated finite numbers, or None."""
    parts = (text or "").split(",")
    if len(parts) != count:
        return None
    try:
        numbers = [float(part) for part in parts]
    except ValueError:
        return None
    return numbers if all(math.isfinite(n) for n in numbers) else None


def valid_lat_lon(lat: float, lon: float) -> bool:
    return -90 <= lat <= 90 and -180 <= lon <= 180
