"""The error handlers, called in process: JSON in the API's error shape under /api/,
pages elsewhere; an unreachable Redis behaves like an empty cache."""

import json

import pytest
from django.core.cache import caches
from django.db.utils import OperationalError
from django.test import RequestFactory

from kreativorte.health import page_not_found, server_error

from .test_rate_limits import free_port, resilient_redis


def test_malformed_api_path_id_is_a_json_404(client, db):
    response = client.get("/api/v1/places/abc/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["status"] == 404 and body["errors"][0]["parameter"] is None
    assert "API" in body["errors"][0]["message"]
    website = client.get("/gibt-es-nicht/")
    assert website.status_code == 404 and website["Content-Type"].startswith("text/html")


def handled(path, exception):
    """What handler500 answers while `exception` is being handled, as Django calls it."""
    try:
        raise exception
    except Exception:
        return server_error(RequestFactory().get(path))


def test_server_errors_under_the_api_are_json():
    response = handled("/api/v1/places/", RuntimeError("a bug"))
    assert response.status_code == 500
    assert json.loads(response.content) == {
        "status": 500,
        "errors": [
            {"parameter": None, "message": "Interner Fehler. Bitte später erneut versuchen."}
        ],
    }
    assert handled("/orte/", RuntimeError("a bug"))["Content-Type"].startswith("text/html")


def test_database_errors_outside_a_view_are_503_too():
    api = handled("/api/v1/places/", OperationalError("connection refused"))
    assert api.status_code == 503 and json.loads(api.content)["status"] == 503
    page = handled("/orte/", OperationalError("connection refused"))
    assert page.status_code == 503 and "Vorübergehend nicht erreichbar" in page.content.decode()
    assert page["Retry-After"] and "no-store" in page["Cache-Control"]
    # Even without the database, the page offers "Barriere melden" (BITV 2.0 § 7).
    assert 'href="/barriere-melden/">Barriere melden</a>' in page.content.decode()


def test_not_found_outside_the_api_stays_a_page(rf, db):
    response = page_not_found(rf.get("/api-docs/"), None)  # /api only as a path prefix
    assert response.status_code == 404 and response["Content-Type"].startswith("text/html")


def test_unreachable_redis_answers_like_an_empty_cache(settings, caplog):
    settings.CACHES = {"default": resilient_redis(f"redis://127.0.0.1:{free_port()}/4")}
    cache = caches["default"]
    cache.set("key", 1)
    assert cache.get("key", "default") == "default" and cache.get_many(["key"]) == {}
    assert cache.add("key", 1) is False and cache.has_key("key") is False
    assert cache.set_many({"a": 1, "b": 2}) == ["a", "b"]  # the keys not stored
    with pytest.raises(ValueError):  # incr's "no such key", which callers handle
        cache.incr("key")
    assert caplog.text.count("Redis unreachable") == 1  # once per outage, not per call
