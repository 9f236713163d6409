"""Coordinates: Saxony's bounding box and the point format of wagtail-geo-widget."""

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
