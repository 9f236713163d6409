"""Places as API v1, API v2, the digest, the feeds and the map show them: one description.

A PlacePage field shown as it is needs one line in PlaceFacts (list items and details)
or PlaceDetailFacts (details only); it then appears in API v1, its OpenAPI schema,
API v2, the digest and the newsletter.
"""

from typing import Literal

from ninja import Field, Schema
from wagtail.api import APIField

from kreativorte.api_schemas import Block, Image, PageDetail, PageSummary, Term
from kreativorte.prefetch import listed, with_thumbnails
from kreativorte.serializers import (
    TermField,
    attributes,
    in_language,
    page_detail,
    page_summary,
    stream_data,
    term_data,
    term_names,
    v2_api_fields,
)
from kreativorte.urls_media import image_data

Status = Literal["established", "in-the-making", "vacant"]


class PlaceFacts(Schema):
    subtitle: str
    town: str
    status: Status
    setting: str
    former_use: str
    latitude: float | None
    longitude: float | None


class PlaceSummary(PlaceFacts, PageSummary):
    district: Term
    types: list[Term]
    submarkets: list[Term]
    distance_km: float | None = None


class PlaceDetailFacts(Schema):
    address: str
    postal_code: str
    nearest_city: str
    distance_to_city_km: int | None
    conversion_year: int | None
    plot_size_m2: int | None
    building_count: int | None
    operator: str
    visiting_info: str


class Contact(Schema):
    website: str
    email: str
    phone: str


class GalleryImage(Schema):
    image: Image
    caption: str


class PlaceDetail(PlaceDetailFacts, PlaceSummary, PageDetail):
    contact: Contact
    body: list[Block]
    gallery: list[GalleryImage]


class FeatureProperties(Schema):
    id: int
    title: str
    url: str | None
    types: list[str]
    status: Status
    district: str


class Point(Schema):
    type: Literal["Point"]
    coordinates: list[float] = Field(description="[lon, lat]")


class Feature(Schema):
    type: Literal["Feature"]
    id: int
    geometry: Point
    properties: FeatureProperties


class FeatureCollection(Schema):
    type: Literal["FeatureCollection"]
    features: list[Feature]


V2_FIELDS = v2_api_fields(
    PlaceFacts,
    PlaceDetailFacts,
    extra=[
        APIField("district", serializer=TermField()),
        APIField("place_types", serializer=TermField(many_terms=True)),
        APIField("submarkets", serializer=TermField(many_terms=True)),
        APIField("website"),
        APIField("contact_email"),
        APIField("contact_phone"),
        APIField("body"),
        APIField("gallery_images"),
    ],
)
GALLERY_V2_FIELDS = [APIField("image"), APIField("alt_text"), APIField("caption")]


def for_summaries(places):
    """What summaries read, in a bounded number of queries; no bodies."""
    return listed(places).select_related("district").prefetch_related("place_types", "submarkets")


def for_details(places):
    return (
        with_thumbnails(places)
        .select_related("district")
        .prefetch_related("place_types", "submarkets")
    )


def summary(place, request=None) -> dict:
    return {
        **page_summary(place, request),
        **attributes(place, PlaceFacts),
        "district": term_data(place.district),
        "types": [term_data(t) for t in place.place_types.all()],
        "submarkets": [term_data(s) for s in place.submarkets.all()],
    }


def detail(place, request) -> dict:
    with in_language(place):
        return {
            **summary(place, request),
            **page_detail(place, request),
            **attributes(place, PlaceDetailFacts),
            "contact": {
                "website": place.website,
                "email": place.contact_email,
                "phone": place.contact_phone,
            },
            "body": stream_data(place.body, request),
            "gallery": [
                {
                    "image": image_data(item.image, request, item.effective_alt_text),
                    "caption": item.caption,
                }
                for item in place.gallery_images.select_related("image")
            ],
        }


def categories(place) -> list[str]:
    """Feed categories: district, place types, sub-markets."""
    return term_names(place.district, place.place_types, place.submarkets)


def feature(pk, title, url, types, status, district, lat, lon) -> dict:
    """A place on the map (GeoJSON Feature); built from plain values, 10,000 at a time."""
    return {
        "type": "Feature",
        "id": pk,
        "geometry": {"type": "Point", "coordinates": (lon, lat)},
        "properties": {
            "id": pk,
            "title": title,
            "url": url,
            "types": types,
            "status": status,
            "district": district,
        },
    }
