"""API v1 for places: list with geo filters, detail, and GeoJSON for maps."""

import orjson
from django.http import HttpResponse
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema

from kreativorte.api_errors import ErrorResponse, bad_parameter, first_or_404
from kreativorte.api_params import READ, SlugParam, TextParam
from kreativorte.gc_tuning import no_gc_pauses
from kreativorte.geo import LatLon, nearest, parse_numbers, valid_lat_lon
from kreativorte.models import District
from kreativorte.paging import ListParams, LocaleCode, Paginated, paginated
from kreativorte.search import search_ids
from kreativorte.term_filters import known_slugs, with_any_term
from kreativorte.urls_media import FastPageUrls
from kreativorte.visibility import visible

from . import serializers
from .models import PlacePage, PlaceType
from .serializers import (
    FeatureCollection,
    PlaceDetail,
    PlaceSummary,
    Status,
    for_details,
    for_summaries,
)

router = Router(tags=["Orte"])

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
        window = for_summaries(places.order_by("title", "id"))
        page = window[params.offset : params.offset + params.limit]
        results = [serializers.summary(place, request) for place in page]
    else:
        ranked = nearest(places, centre, params.radius or DEFAULT_RADIUS_KM)
        count = len(ranked)
        window = ranked[params.offset : params.offset + params.limit]
        by_id = for_summaries(PlacePage.objects.filter(id__in=[pk for _, pk in window])).in_bulk()
        results = [
            {**serializers.summary(by_id[pk], request), "distance_km": round(d, 3)}
            for d, pk in window
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
            serializers.feature(
                pk, title, url(url_path), sorted(types.get(pk, ())), status, district, lat, lon
            )
            for pk, title, url_path, status, district, lat, lon in rows
        ]
    body = orjson.dumps({"type": "FeatureCollection", "features": features})
    return HttpResponse(body, content_type="application/geo+json")


@router.api_operation(
    READ, "/{int:place_id}/", response={200: PlaceDetail, 404: ErrorResponse}, summary="Ein Ort"
)
def place_detail(request, place_id: int):
    places = for_details(visible(PlacePage.objects.filter(id=place_id), request))
    return serializers.detail(first_or_404(places, _("Einen Ort")), request)
