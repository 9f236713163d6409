"""Rate limits on search and API per client address, behind trusted proxies, failing open."""

import socket
from types import SimpleNamespace

import pytest
import redis
from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory
from django_ratelimit import core

from kreativorte.clientip import client_ip
from places.models import PlaceSuggestion
from places.suggestions import spam

from .test_place_suggestions import reviewer, valid_data  # noqa: F401 (a fixture)
from .test_settings import load

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"  # the reverse proxy (Varnish, nginx) as the app sees it
VISITOR_A, VISITOR_B = "198.51.100.1", "198.51.100.2"
REDIS_DB5 = "redis://127.0.0.1:6379/5"
LOCAL = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}


def resilient_redis(location):
    return {
        "BACKEND": "kreativorte.cache.ResilientRedisCache",
        "LOCATION": location,
        "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.5},
    }


@pytest.fixture(autouse=True)
def limits(settings):
    """Small limits, a fresh local cache per test, no proxy unless a test says so."""
    settings.CACHES = {"default": LOCAL}
    settings.RATELIMIT_SEARCH = "3/m"
    settings.RATELIMIT_API = "5/m"
    settings.TRUSTED_PROXY_COUNT = 0
    settings.TRUSTED_PROXY_IPS = []
    caches["default"].clear()
    yield settings
    caches["default"].clear()


def statuses(client, url, times, **extra):
    return [client.get(url, **extra).status_code for _ in range(times)]


def test_search_page_past_the_limit_is_429_in_german(client):
    assert statuses(client, "/suche/", 3) == [200, 200, 200]
    response = client.get("/suche/", {"q": "Denkmal"})
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert "Zu viele Anfragen" in html
    assert f"Bitte versuchen Sie es in {response['Retry-After']} Sekunde" in html
    assert "<script" not in html and "<style" not in html and "style=" not in html


def test_search_page_and_search_api_share_one_limit_in_every_language(client):
    assert client.get("/suche/").status_code == 200
    assert client.get("/en/suche/").status_code == 200
    assert client.get("/api/v1/search/autocomplete/", {"q": "Sp"}).status_code == 200
    assert client.get("/api/v1/search/", {"q": "Spinnerei"}).status_code == 429
    english = client.get("/en/suche/")
    assert english.status_code == 429
    assert '<html lang="en">' in english.content.decode()
    assert "Your address has sent a great many searches" in english.content.decode()
    # Other API reads count against their own, larger limit.
    assert client.get("/api/v1/places/").status_code == 200


def test_api_past_the_limit_is_429_json_naming_no_parameter(client):
    assert statuses(client, "/api/v1/places/", 3) == [200] * 3
    assert statuses(client, "/api/v2/pages/", 2) == [200] * 2
    response = client.get("/api/v1/places/geojson/")
    assert response.status_code == 429
    assert response["Content-Type"].startswith("application/json")
    seconds = int(response["Retry-After"])
    assert 1 <= seconds <= 60
    body = response.json()
    assert body["status"] == 429
    [error] = body["errors"]
    assert error["parameter"] is None
    assert str(seconds) in error["message"] and "Zu viele Anfragen" in error["message"]


def test_the_limit_ends_with_the_window_retry_after_names(client, monkeypatch):
    now = [1_700_000_000.0]
    monkeypatch.setattr(core, "time", SimpleNamespace(time=lambda: now[0]))  # its clock only
    assert statuses(client, "/api/v1/places/", 5) == [200] * 5
    blocked = client.get("/api/v1/places/")
    assert blocked.status_code == 429
    now[0] += int(blocked["Retry-After"]) - 1
    assert client.get("/api/v1/places/").status_code == 429
    now[0] += 1
    assert client.get("/api/v1/places/").status_code == 200


def test_off_means_no_limit(client, limits):
    limits.RATELIMIT_SEARCH = limits.RATELIMIT_API = None
    assert set(statuses(client, "/suche/", 8)) == {200}
    assert set(statuses(client, "/api/v1/places/", 8)) == {200}


def test_pages_and_feeds_are_not_limited(client, limits, tree):
    limits.RATELIMIT_SEARCH = limits.RATELIMIT_API = "1/m"
    assert set(statuses(client, "/", 3)) == {200}
    assert set(statuses(client, "/feeds/orte.rss", 3)) == {200}


def test_visitors_behind_a_trusted_proxy_have_their_own_buckets(client, limits):
    limits.TRUSTED_PROXY_COUNT = 1
    a = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": VISITOR_A}
    b = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": VISITOR_B}
    assert statuses(client, "/suche/", 3, **a) == [200] * 3
    assert client.get("/suche/", **a).status_code == 429
    assert client.get("/suche/", **b).status_code == 200
    # A's own X-Forwarded-For, which the proxy appends to, gives no fresh bucket.
    forged = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": f"203.0.113.9, {VISITOR_A}"}
    assert client.get("/suche/", **forged).status_code == 429


def test_without_a_trusted_proxy_a_forged_forwarded_for_changes_nothing(client):
    for number in range(3):
        forged = {"REMOTE_ADDR": VISITOR_A, "HTTP_X_FORWARDED_FOR": f"203.0.113.{number + 1}"}
        assert client.get("/suche/", **forged).status_code == 200
    forged = {"REMOTE_ADDR": VISITOR_A, "HTTP_X_FORWARDED_FOR": "203.0.113.99"}
    assert client.get("/suche/", **forged).status_code == 429


def test_ipv6_visitors_count_by_their_64_block(client, limits):
    limits.RATELIMIT_SEARCH = "2/m"
    assert client.get("/suche/", REMOTE_ADDR="2001:db8:1:2::1").status_code == 200
    assert client.get("/suche/", REMOTE_ADDR="2001:db8:1:2:ffff::9").status_code == 200
    assert client.get("/suche/", REMOTE_ADDR="2001:db8:1:2::77").status_code == 429
    assert client.get("/suche/", REMOTE_ADDR="2001:db8:1:3::1").status_code == 200


@pytest.mark.parametrize(
    "count, proxies, remote, forwarded, expected",
    [
        (0, [], VISITOR_A, "203.0.113.9", VISITOR_A),  # no proxy: the header is ignored
        (1, [], "", VISITOR_A, None),  # no address at all (a unix socket): not guessed
        (1, [], PROXY, VISITOR_A, VISITOR_A),
        (1, [], PROXY, f"203.0.113.9, {VISITOR_A}", VISITOR_A),  # left of it: forged
        (1, [], PROXY, "", PROXY),  # the proxy itself (a health check)
        (2, [], PROXY, f"203.0.113.9, {VISITOR_A}, 10.0.0.7", VISITOR_A),  # CDN and nginx
        (0, ["10.0.0.0/8"], PROXY, f"203.0.113.9, {VISITOR_A}", VISITOR_A),
        # Straight to the app, around the proxy: its header is not believed.
        (0, ["10.0.0.0/8"], VISITOR_B, VISITOR_A, VISITOR_B),
        (0, ["2001:db8::/32"], "2001:db8::5", "2001:db8:1::7", "2001:db8:1::7"),
    ],
)
def test_client_ip(limits, count, proxies, remote, forwarded, expected):
    limits.TRUSTED_PROXY_COUNT, limits.TRUSTED_PROXY_IPS = count, proxies
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    request = RequestFactory().get("/", REMOTE_ADDR=remote, **extra)
    assert client_ip(request) == expected


@pytest.mark.usefixtures("reviewer")
def test_suggestion_form_counts_visitors_behind_the_proxy_apart(client, limits, tree, monkeypatch):
    form_url = tree.places.url + "vorschlagen/"
    monkeypatch.setattr(spam, "SUGGESTIONS_PER_HOUR", 1)
    limits.TRUSTED_PROXY_COUNT = 1
    via_proxy = {"REMOTE_ADDR": PROXY}
    first = valid_data(suggester_email="a@beispiel.example")
    second = valid_data(title="Zweiter Ort", suggester_email="b@beispiel.example")
    assert (
        client.post(form_url, first, HTTP_X_FORWARDED_FOR=VISITOR_A, **via_proxy).status_code == 303
    )
    again = valid_data(title="Dritter Ort", suggester_email="c@beispiel.example")
    assert (
        client.post(form_url, again, HTTP_X_FORWARDED_FOR=VISITOR_A, **via_proxy).status_code == 429
    )
    assert (
        client.post(form_url, second, HTTP_X_FORWARDED_FOR=VISITOR_B, **via_proxy).status_code
        == 303
    )
    assert PlaceSuggestion.objects.count() == 2


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again when the block ends: nobody listens


def test_unreachable_cache_lets_every_request_pass(client, limits, caplog):
    limits.CACHES = {"default": resilient_redis(f"redis://127.0.0.1:{free_port()}/0")}
    limits.RATELIMIT_SEARCH = limits.RATELIMIT_API = "1/m"
    assert set(statuses(client, "/suche/", 3)) == {200}
    assert set(statuses(client, "/api/v1/places/", 3)) == {200}
    assert "Redis unreachable" in caplog.text  # the outage is logged (once)


def redis_reachable() -> bool:
    try:
        return redis.Redis.from_url(REDIS_DB5, socket_connect_timeout=0.25).ping()
    except redis.ConnectionError:
        return False


@pytest.mark.skipif(not redis_reachable(), reason="no Redis at 127.0.0.1:6379")
def test_workers_share_the_counter_in_redis(client, limits):
    """Two cache connections, as two gunicorn workers would have, count together."""
    limits.CACHES = {"default": resilient_redis(REDIS_DB5), "worker2": resilient_redis(REDIS_DB5)}
    caches["default"].clear()
    try:
        assert statuses(client, "/api/v1/places/", 3) == [200] * 3
        limits.RATELIMIT_USE_CACHE = "worker2"
        assert statuses(client, "/api/v1/places/", 3) == [200, 200, 429]
    finally:
        caches["default"].clear()


def test_production_limits_by_default_dev_and_tests_none(monkeypatch):
    for name in ("RATELIMIT_SEARCH", "RATELIMIT_API", "TRUSTED_PROXY_COUNT", "TRUSTED_PROXY_IPS"):
        monkeypatch.delenv(name, raising=False)
    production = {
        "SECRET_KEY": "x" * 50,
        "DATABASE_URL": "postgres://kreativ@db.internal/kreativorte",
        "WAGTAILADMIN_BASE_URL": "https://kreativorte.example",
    }
    prod = load("production", monkeypatch, **production)
    assert (prod["RATELIMIT_SEARCH"], prod["RATELIMIT_API"]) == ("60/m", "600/m")
    assert prod["TRUSTED_PROXY_COUNT"] == 0 and prod["TRUSTED_PROXY_IPS"] == []
    for module in ("dev", "test"):
        settings = load(module, monkeypatch)
        assert (settings["RATELIMIT_SEARCH"], settings["RATELIMIT_API"]) == (None, None)
    prod = load(
        "production",
        monkeypatch,
        RATELIMIT_SEARCH="off",
        RATELIMIT_API="1000/5m",
        TRUSTED_PROXY_COUNT="1",
        **production,
    )
    assert (prod["RATELIMIT_SEARCH"], prod["RATELIMIT_API"]) == (None, "1000/5m")
    assert prod["TRUSTED_PROXY_COUNT"] == 1


@pytest.mark.parametrize(
    "name, value",
    [
        ("RATELIMIT_SEARCH", "sixty"),
        ("RATELIMIT_API", "0/m"),
        ("RATELIMIT_API", "60/0m"),
        ("TRUSTED_PROXY_IPS", "10.0.0.0/8,varnish"),
        ("TRUSTED_PROXY_COUNT", "-1"),
    ],
)
def test_bad_values_stop_the_start(monkeypatch, name, value):
    with pytest.raises(ImproperlyConfigured, match=name):
        load("dev", monkeypatch, **{name: value})
