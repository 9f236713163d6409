"""The OpenAPI document: valid 3.1, describes errors too, served docs, and the API keeps to it."""

import datetime
import re
from contextlib import contextmanager

import pytest
import schemathesis
from django.contrib.staticfiles import finders
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from openapi_spec_validator import validate
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    response_schema_conformance,
    status_code_conformance,
)

from events.factories import EventPageFactory
from knowledge.factories import CooperationPageFactory, FundingProgrammeFactory, GuidePageFactory
from knowledge.models import FundingDeadline
from kreativorte.factories import DocumentFactory, ImageFactory
from places.factories import PlacePageFactory
from places.models import PlaceGalleryImage, PlaceType

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

OPERATIONS = {
    "/api/v1/places/",
    "/api/v1/places/geojson/",
    "/api/v1/places/{place_id}/",
    "/api/v1/guides/",
    "/api/v1/guides/{guide_id}/",
    "/api/v1/cooperations/",
    "/api/v1/cooperations/{cooperation_id}/",
    "/api/v1/events/",
    "/api/v1/events/{event_id}/",
    "/api/v1/funding/",
    "/api/v1/funding/{programme_id}/",
    "/api/v1/taxonomies/",
    "/api/v1/search/",
    "/api/v1/search/autocomplete/",
    "/api/v1/newsletter/digest/",
    "/api/v1/newsletter/digest.html",
    "/api/v1/newsletter/digest.txt",
    "/api/v1/changes/",
    "/api/v1/preview/",
}


@pytest.fixture
def document(client, db):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def resolve(document, node):
    while isinstance(node, dict) and "$ref" in node:
        assert node["$ref"].startswith("#/")
        target = document
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def operations(document):
    for path, item in document["paths"].items():
        for method, operation in item.items():
            yield path, method, operation


def test_the_document_is_valid_openapi_3_1(document):
    assert document["openapi"].startswith("3.1")
    validate(document)  # raises on any violation of the OpenAPI 3.1 schema
    assert {path for path, _, _ in operations(document)} == OPERATIONS
    assert all(method == "get" for _, method, _ in operations(document)), "a read-only API"


def assert_error_response(document, path, operation, status):
    responses = operation["responses"]
    assert str(status) in responses, f"{path}: {status} is not documented"
    content = resolve(document, responses[str(status)])["content"]
    assert "application/json" in content
    schema = resolve(document, content["application/json"]["schema"])
    assert schema["type"] == "object"
    assert set(schema["required"]) >= {"status", "errors"}
    assert resolve(document, schema["properties"]["status"])["type"] == "integer"
    errors = resolve(document, schema["properties"]["errors"])
    assert errors["type"] == "array"
    item = resolve(document, errors["items"])
    assert {"parameter", "message"} <= set(item["properties"])
    assert "message" in item["required"]


def test_errors_are_documented_with_their_schema(document):
    checked = 0
    for path, _, operation in operations(document):
        locations = {p["in"] for p in operation.get("parameters", [])}
        if "query" in locations:
            assert_error_response(document, path, operation, 400)
            checked += 1
        if "path" in locations:
            assert_error_response(document, path, operation, 404)
            checked += 1
    # nine lists (GeoJSON, search, autocomplete, changes), the newsletter's three digests and
    # the preview with 400, five details 404
    assert checked == 18


def test_list_parameters_are_documented_with_their_bounds(document):
    places = document["paths"]["/api/v1/places/"]["get"]
    parameters = {p["name"]: p for p in places["parameters"]}
    assert {"district", "type", "submarket", "status", "bbox", "near", "radius", "q"} <= set(
        parameters
    )
    assert {"locale", "limit", "offset"} <= set(parameters)
    limit = parameters["limit"]["schema"]
    assert (limit["minimum"], limit["maximum"]) == (1, 100)
    assert parameters["district"]["schema"]["type"] == "array", "repeatable"
    events = document["paths"]["/api/v1/events/"]["get"]
    assert {"from", "to", "upcoming"} <= {p["name"] for p in events["parameters"]}


def test_geojson_is_documented_with_its_media_type(document):
    responses = document["paths"]["/api/v1/places/geojson/"]["get"]["responses"]
    content = resolve(document, responses["200"])["content"]
    assert "application/geo+json" in content, f"documented: {sorted(content)}"


def test_docs_page_uses_only_our_own_static_files(client, db):
    response = client.get("/api/v1/docs/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    for host in ("cdn.", "unpkg", "jsdelivr", "cdnjs", "googleapis"):
        assert host not in html, host
    references = re.findall(r'\b(?:src|href)="([^"]+)"', html)
    assert references, "the page loads its scripts and styles"
    for reference in references:
        assert reference.startswith("/static/"), reference
        path = reference.removeprefix("/static/")
        found = finders.find(path)
        assert found, f"{reference} is not among our static files"
        if path.endswith((".js", ".css")):
            with open(found, encoding="utf-8", errors="replace") as asset:
                text = asset.read()
            for host in ("unpkg.com", "cdn.jsdelivr.net", "cdnjs.cloudflare.com"):
                assert f"//{host}" not in text, (reference, host)
    assert "/api/v1/openapi.json" in html


# Schemathesis


@pytest.fixture
def seeded(tree):
    """A small tree with the optional parts filled in, so responses use most of the schema."""
    image = ImageFactory(file__width=1200, file__height=800)
    place = PlacePageFactory(
        parent=tree.places,
        title="Kühlhaus",
        listing_image=image,
        place_types=[PlaceType.objects.get(slug="atelierhaus")],
        conversion_year=2001,
        body=[
            {"type": "today", "value": {"heading": "", "text": "<p>Ateliers.</p>"}},
            {
                "type": "offers",
                "value": {
                    "heading": "Angebote",
                    "groups": [{"category": "culture", "title": "Kultur", "items": ["Konzerte"]}],
                },
            },
        ],
    )
    PlaceGalleryImage.objects.create(page=place, image=image, caption="Innen")
    PlacePageFactory(parent=tree.places, title="Ohne Bild")
    guide = GuidePageFactory(
        parent=tree.guides,
        listing_image=image,
        body=[
            {"type": "paragraph", "value": f'<p><a linktype="page" id="{place.id}">Ort</a></p>'},
            {
                "type": "download",
                "value": {"document": DocumentFactory().id, "title": "", "description": ""},
            },
            {"type": "related", "value": {"title": "Mehr", "pages": [place.id]}},
        ],
    )
    cooperation = CooperationPageFactory(parent=tree.cooperations)
    event = EventPageFactory(parent=tree.events, venue_place=place, venue_name="")
    programme = FundingProgrammeFactory(url="https://example.org/foerderung")
    FundingDeadline.objects.create(programme=programme, date=datetime.date(2999, 12, 31))
    return {
        "place_id": place.id,
        "guide_id": guide.id,
        "cooperation_id": cooperation.id,
        "event_id": event.id,
        "programme_id": programme.id,
    }


@contextmanager
def connection_kept_open():
    """Like Django's test client: request signals must not close the test's connection.

    (Outside the test's transaction the connection would be "obsolete"; closing it would
    end the transaction. SQLite's in-memory test database hides this, PostgreSQL does not.)
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def wsgi_app():
    """Django's WSGI application, called in the test's thread and database transaction."""
    return get_wsgi_application()


BOUNDED = settings(
    max_examples=10,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]


def run_schemathesis(operation, app, **strategy_kwargs):
    seen = []

    @BOUNDED
    @given(case=operation.as_strategy(**strategy_kwargs))
    def check(case):
        with connection_kept_open():
            response = case.call(app=app)
        seen.append(response.status_code)
        case.validate_response(response, checks=CHECKS)

    check()
    return seen


def test_schemathesis_finds_no_server_error_and_no_schema_violation(
    client, seeded, wsgi_app, subtests
):
    schema = schemathesis.openapi.from_dict(client.get("/api/v1/openapi.json").json())
    labels = []
    for result in schema.get_all_operations():
        operation = result.ok()
        labels.append(operation.label)
        path_names = [p.name for p in operation.path_parameters]
        with subtests.test(operation=operation.label, mode="positive"):
            statuses = run_schemathesis(operation, wsgi_app)
            assert statuses
        if path_names:
            # Random ids mostly miss; ask for the seeded page too, so a 200 is checked.
            (name,) = path_names
            with subtests.test(operation=operation.label, mode="existing id"):
                statuses = run_schemathesis(
                    operation, wsgi_app, path_parameters={name: seeded[name]}
                )
                assert 200 in statuses
        if operation.query or path_names:
            with subtests.test(operation=operation.label, mode="negative"):
                run_schemathesis(
                    operation, wsgi_app, generation_mode=schemathesis.GenerationMode.NEGATIVE
                )
    assert len(labels) == len(OPERATIONS)
