"""API v1 for places: list with geo filters, detail, and GeoJSON for maps."""

from typing import Literal

import orjson
from django.http import HttpResponse
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema

from kreativorte.api_errors import ErrorResponse, bad_parameter, not_found
from kreativorte.api_params import READ, SlugParam, TextParam
from kreativorte.api_schemas import Block, Image, PageDetail, PageSummary, Term
from kreativorte.gc_tuning import no_gc_pauses
from kreativorte.geo import LatLon, nearest, parse_numbers, valid_lat_lon
from kreativorte.models import District
from kreativorte.page_data import in_language, page_detail, page_summary, stream_data, term_data
from kreativorte.paging import ListParams, LocaleCode, Paginated, paginated
from kreativorte.prefetch import listed, with_thumbnails
from kreativorte.search import search_ids
from kreativorte.term_filters import known_slugs, with_any_term
from kreativorte.urls_media import FastPageUrls, image_data
from kreativorte.visibility import visible

from .models import PlacePage, PlaceType

router = Router(tags=["Orte"])

Status = Literal["established", "in-the-making", "vacant"]
DEFAULT_RADIUS_KM = 25.0
ERRORS = {400: ErrorResponse}


class PlaceFilters(Schema):
    district: list[SlugParam] = Field([], description="Slug eines Landkreises; wiederholbar")
    type: list[SlugParam] = Field([], description="Slug eines Ortstyps; wiederholbar")
    submarket: list[SlugParam] = Field([], description="Slug eines Teilmarkts; wiederholbar")
    status: list[Status] = Field([], description="Status; wiederholbar")
    bbox: TextParam | None = Field(
        None, description="minLon,minLat,maxLon,maxLat (WGS84), z. B. 12.2,51.2,12.6,51.45"
    )
    near: TextParam | None = Field(
        None, description="lat,lon, z. B. 51.05,13.74: nach Entfernung sortiert, mit distance_km"
    )
    radius: float | None = Field(
        None, gt=0, le=500, description=f"Umkreis zu near in km (Standard {DEFAULT_RADIUS_KM:g})"
    )
    q: TextParam | None = Field(None, description="Volltextsuche")


class PlaceListParams(ListParams, PlaceFilters):
    pass


class PlaceSummary(PageSummary):
    subtitle: str
    town: str
    district: Term
    types: list[Term]
    submarkets: list[Term]
    status: Status
    setting: str
    former_use: str
    latitude: float | None
    longitude: float | None
    distance_km: float | None = None


class Contact(Schema):
    website: str
    email: str
    phone: str


class GalleryImage(Schema):
    image: Image
    caption: str


class PlaceDetail(PlaceSummary, PageDetail):
    address: str
    postal_code: str
    nearest_city: str
    distance_to_city_km: int | None
    conversion_year: int | None
    plot_size_m2: int | None
    building_count: int | None
    operator: str
    contact: Contact
    visiting_info: str
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


def filtered_places(filters: PlaceFilters, locale: str, request):
    """Live, public places of one language matching every filter except `near`."""
    places = visible(PlacePage.objects.filter(locale__language_code=locale), request)
    if filters.district:
        places = places.filter(
            district__slug__in=known_slugs(District, "district", filters.district)
        )
    if filters.type:
        places = with_any_term(places, "place_types", "type", filters.type)
    if filters.submarket:
        places = with_any_term(places, "submarkets", "submarket", filters.submarket)
    if filters.status:
        places = places.filter(status__in=filters.status)
    if filters.bbox is not None:
        numbers = parse_numbers(filters.bbox, 4)
        if numbers is None or not (
            valid_lat_lon(numbers[1], numbers[0]) and valid_lat_lon(numbers[3], numbers[2])
        ):
            raise bad_parameter("bbox", _("Erwartet: minLon,minLat,maxLon,maxLat (vier Zahlen)."))
        min_lon, min_lat, max_lon, max_lat = numbers
        if min_lon > max_lon or min_lat > max_lat:
            raise bad_parameter("bbox", _("Das Minimum muss kleiner sein als das Maximum."))
        places = places.filter(
            longitude__gte=min_lon,
            longitude__lte=max_lon,
            latitude__gte=min_lat,
            latitude__lte=max_lat,
        )
    if filters.q:
        places = places.filter(id__in=search_ids(PlacePage, filters.q, locale))
    return places


def centre_of(filters: PlaceFilters) -> LatLon | None:
    if filters.near is None:
        if filters.radius is not None:
            raise bad_parameter("radius", _("radius gilt nur zusammen mit near."))
        return None
    numbers = parse_numbers(filters.near, 2)
    if numbers is None or not valid_lat_lon(*numbers):
        raise bad_parameter("near", _("Erwartet: lat,lon (zwei Zahlen)."))
    return LatLon(lat=numbers[0], lon=numbers[1])


def with_related(places):
    """What a list item needs, in a bounded number of queries; no bodies."""
    return listed(places).select_related("district").prefetch_related("place_types", "submarkets")


def place_summary(place, request) -> dict:
    return {
        **page_summary(place, request),
        "subtitle": place.subtitle,
        "town": place.town,
        "district": term_data(place.district),
        "types": [term_data(t) for t in place.place_types.all()],
        "submarkets": [term_data(s) for s in place.submarkets.all()],
        "status": place.status,
        "setting": place.setting,
        "former_use": place.former_use,
        "latitude": place.latitude,
        "longitude": place.longitude,
    }


@router.api_operation(
    READ,
    "/",
    response={200: Paginated[PlaceSummary], **ERRORS},
    summary="Orte auflisten und filtern",
)
def list_places(request, params: Query[PlaceListParams]):
    """Live places of one language; `near` orders by great-circle distance, otherwise by title."""
    places = filtered_places(params, params.locale, request)
    centre = centre_of(params)
    if centre is None:
        count = places.count()
        page = list(
            with_related(places.order_by("title", "id"))[
                params.offset : params.offset + params.limit
            ]
        )
        results = [place_summary(place, request) for place in page]
    else:
        ranked = nearest(places, centre, params.radius or DEFAULT_RADIUS_KM)
        count = len(ranked)
        window = ranked[params.offset : params.offset + params.limit]
        by_id = with_related(PlacePage.objects.filter(id__in=[pk for _, pk in window])).in_bulk()
        results = [
            {**place_summary(by_id[pk], request), "distance_km": round(d, 3)} for d, pk in window
        ]
    return paginated(request, params, count, results)


@router.api_operation(
    READ,
    "/geojson/",
    response={200: FeatureCollection, **ERRORS},
    summary="Orte als GeoJSON (RFC 7946)",
)
def places_geojson(request, filters: Query[PlaceFilters], locale: LocaleCode = "de"):
    """All matching places, unpaginated, as a FeatureCollection of Points `[lon, lat]`."""
    places = filtered_places(filters, locale, request).filter(latitude__isnull=False)
    centre = centre_of(filters)
    if centre is not None:
        ids = [pk for _, pk in nearest(places, centre, filters.radius or DEFAULT_RADIUS_KM)]
        places = places.filter(id__in=ids)
    rows = list(
        places.order_by("id").values_list(
            "id", "title", "url_path", "status", "district__slug", "latitude", "longitude"
        )
    )
    type_slugs = dict(PlaceType.objects.values_list("id", "slug"))
    types = {}
    for place_id, type_id in PlacePage.place_types.through.objects.filter(
        placepage_id__in=places.values("id")
    ).values_list("placepage_id", "placetype_id"):
        types.setdefault(place_id, []).append(type_slugs[type_id])
    url = FastPageUrls(request, locale)
    with no_gc_pauses():  # 10,000 small dicts would set off many collection passes
        features = [
            {
                "type": "Feature",
                "id": pk,
                "geometry": {"type": "Point", "coordinates": (lon, lat)},
                "properties": {
                    "id": pk,
                    "title": title,
                    "url": url(url_path),
                    "types": sorted(types.get(pk, ())),
                    "status": status,
                    "district": district,
                },
            }
            for pk, title, url_path, status, district, lat, lon in rows
        ]
    body = orjson.dumps({"type": "FeatureCollection", "features": features})
    return HttpResponse(body, content_type="application/geo+json")


@router.api_operation(
    READ, "/{int:place_id}/", response={200: PlaceDetail, 404: ErrorResponse}, summary="Ein Ort"
)
def place_detail(request, place_id: int):
    place = (
        with_thumbnails(visible(PlacePage.objects.filter(id=place_id), request))
        .select_related("district")
        .prefetch_related("place_types", "submarkets")
        .first()
    )
    if place is None:
        raise not_found(_("Einen Ort"))
    with in_language(place):
        return {
            **place_summary(place, request),
            **page_detail(place, request),
            "address": place.address,
            "postal_code": place.postal_code,
            "nearest_city": place.nearest_city,
            "distance_to_city_km": place.distance_to_city_km,
            "conversion_year": place.conversion_year,
            "plot_size_m2": place.plot_size_m2,
            "building_count": place.building_count,
            "operator": place.operator,
            "contact": {
                "website": place.website,
                "email": place.contact_email,
                "phone": place.contact_phone,
            },
            "visiting_info": place.visiting_info,
            "body": stream_data(place.body, request),
            "gallery": [
                {
                    "image": image_data(item.image, request, item.effective_alt_text),
                    "caption": item.caption,
                }
                for item in place.gallery_images.select_related("image")
            ],
        }
