"""The one API router module: our versioned API v1 (django-ninja) and Wagtail's read API v2."""

from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI, Router, Schema
from ninja.errors import ValidationError
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from events.api import router as events_router
from headless.api import router as changes_router
from headless.preview_api import router as preview_router
from knowledge.api import cooperations as cooperations_router
from knowledge.api import funding as funding_router
from knowledge.api import guides as guides_router
from knowledge.models import Topic
from newsletter.api import router as newsletter_router
from places.api import router as places_router
from places.models import PlaceType
from search.api import router as search_router

from .api_errors import ApiError, error_response
from .api_params import READ
from .api_schemas import TermNames
from .api_v2 import PublicDocumentsAPIViewSet, PublicImagesAPIViewSet
from .models import District, SubMarket

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)


# Answers any operation may give, from middleware rather than the operation itself.
SHARED_ERRORS = {
    429: _("Zu viele Anfragen von dieser Adresse; Retry-After nennt die Sekunden bis zum Ende"),
    503: _("Ein Dienst (Datenbank, Suche) ist gerade nicht erreichbar"),
}


class KreativorteAPI(NinjaAPI):
    """Our API. Its OpenAPI document lists GET only (HEAD is implied by HTTP), names
    the GeoJSON media type the places map returns, and the errors every route shares."""

    def get_openapi_schema(self, *args, **kwargs):
        schema = super().get_openapi_schema(*args, **kwargs)
        error = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}}
        for path, operations in schema["paths"].items():
            operations.pop("head", None)
            responses = operations["get"]["responses"]
            for status, description in SHARED_ERRORS.items():
                responses.setdefault(status, {"description": str(description), "content": error})
            if path.endswith("/geojson/"):
                content = responses[200]["content"]
                content["application/geo+json"] = content.pop("application/json")
        return schema


api_v1 = KreativorteAPI(
    title="Kreativorte Sachsen API",
    version="1",
    description=str(
        _(
            "Orte, Leitfäden, Kooperationen und Veranstaltungen der Plattform Kreativorte Sachsen. "
            "Nur veröffentlichte, öffentliche Inhalte. Fehler antworten mit JSON "
            "{status, errors: [{parameter, message}]}."
        )
    ),
    urls_namespace="api-v1",
    docs_url="/docs/",
    openapi_url="/openapi.json",
)


@api_v1.exception_handler(ValidationError)
def invalid_parameters(request, exc):
    errors = [
        {"parameter": parameter_name(e.get("loc", ())), "message": e["msg"]} for e in exc.errors
    ]
    return error_response(request, 400, errors)


def parameter_name(location) -> str | None:
    """("query", "status", 0) -> "status": the parameter, not the index of a repeated value."""
    names = [p for p in location if not isinstance(p, int) and p not in ("query", "path")]
    return str(names[-1]) if names else None


@api_v1.exception_handler(ApiError)
def api_error(request, exc):
    return error_response(
        request, exc.status, [{"parameter": exc.parameter, "message": exc.message}]
    )


class Taxonomies(Schema):
    districts: list[TermNames]
    place_types: list[TermNames]
    submarkets: list[TermNames]
    topics: list[TermNames]


taxonomies_router = Router(tags=["Taxonomien"])


@taxonomies_router.api_operation(
    READ, "/", response=Taxonomies, summary="Alle Taxonomien mit Slugs und Namen"
)
def taxonomies(request):
    """Slugs (stable, for filters) and German and English names of every term."""
    fields = ("slug", "name_de", "name_en")
    return {
        "districts": District.objects.values(*fields),
        "place_types": PlaceType.objects.values(*fields),
        "submarkets": SubMarket.objects.values(*fields),
        "topics": Topic.objects.values(*fields),
    }


api_v1.add_router("/places/", places_router)
api_v1.add_router("/guides/", guides_router)
api_v1.add_router("/cooperations/", cooperations_router)
api_v1.add_router("/events/", events_router)
api_v1.add_router("/funding/", funding_router)
api_v1.add_router("/taxonomies/", taxonomies_router)
api_v1.add_router("/search/", search_router)
api_v1.add_router("/newsletter/", newsletter_router)
api_v1.add_router("/changes/", changes_router)
api_v1.add_router("/preview/", preview_router)
