"""Probes: /healthz (liveness) touches nothing; /readyz (readiness) names what is down.

With each service really unreachable in a running app: tests/test_service_outages.py.
"""

import pytest

from .test_rate_limits import free_port, resilient_redis
from .test_search import UNREACHABLE_ELASTICSEARCH

pytestmark = pytest.mark.django_db

ALL_OK = {"database": "ok", "cache": "ok", "search": "ok"}
POD_IP = "10.42.0.17:8000"  # how a Kubernetes probe addresses the app


def test_liveness_answers_without_database_or_cache(client, django_assert_num_queries, settings):
    settings.CACHES = {"default": resilient_redis(f"redis://127.0.0.1:{free_port()}/4")}
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}
    assert "no-store" in response["Cache-Control"]


def test_readiness_checks_database_cache_and_search(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": ALL_OK}
    assert "no-store" in response["Cache-Control"]


def test_readiness_names_an_unreachable_cache(client, settings, caplog):
    settings.CACHES = {"default": resilient_redis(f"redis://127.0.0.1:{free_port()}/4")}
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "checks": {**ALL_OK, "cache": "unavailable"},
    }
    assert "Readiness check cache failed" in caplog.text  # the details go to the log only


def test_readiness_names_an_unreachable_search_backend(client, settings):
    settings.WAGTAILSEARCH_BACKENDS = UNREACHABLE_ELASTICSEARCH
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"] == {**ALL_OK, "search": "unavailable"}


def test_probes_answer_a_pod_ip_over_plain_http(client, settings):
    """Orchestrators probe the pod's address, which ALLOWED_HOSTS does not list, over HTTP."""
    settings.ALLOWED_HOSTS = ["kreativorte-sachsen.de"]
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/suche/", HTTP_HOST=POD_IP).status_code == 400  # any other path
    assert client.get("/suche/", HTTP_HOST="kreativorte-sachsen.de").status_code == 301
    for path in ("/healthz", "/readyz"):
        assert client.get(path, HTTP_HOST=POD_IP).status_code == 200


def test_probes_only_read(client):
    assert client.post("/healthz").status_code == 405
    assert client.head("/readyz").status_code == 200
