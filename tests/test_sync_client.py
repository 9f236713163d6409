"""examples/sync_client.py, the partner's example consumer, against the real app: its
mirror ends up as /api/v1/places/ lists, and its webhook receiver trusts only the site."""

import datetime
import importlib.util
import json
import sqlite3
import threading
import urllib.request
from pathlib import Path
from unittest import mock
from urllib.error import HTTPError

import pytest
import standardwebhooks
from django.db import connection
from django.utils import timezone
from wagtail.models import PageViewRestriction

from headless.feed import CursorSigner
from places.factories import PlacePageFactory

from .helpers import published, translate, with_query
from .test_rate_limits import free_port

spec = importlib.util.spec_from_file_location(
    "sync_client", Path(__file__).parent.parent / "examples" / "sync_client.py"
)
client_module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(client_module)

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
live = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(scope="module")
def restored_afterwards(django_db_blocker):
    """The migrations' data back after this module (its transactional tests end in a flush)."""
    yield
    with django_db_blocker.unblock():
        connection.creation.deserialize_db_from_string(connection._test_serialized_contents)


@pytest.fixture
def api(live_server, restored_afterwards, fresh_cache) -> str:
    return f"{live_server.url}/api/v1"


@pytest.fixture
def mirror(tmp_path) -> str:
    return str(tmp_path / "places.sqlite3")


@pytest.fixture
def places(tree, english):
    """Live places in both languages, a draft and one behind a login."""
    first, second, third = (published(PlacePageFactory(parent=tree.places)) for _ in range(3))
    translate(first, english, "Cold store")
    PlacePageFactory(parent=tree.places, live=False)
    PageViewRestriction.objects.create(page=third, restriction_type="login")
    return first, second


def mirrored(path: str) -> dict:
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT id, locale, title, url, item FROM places").fetchall()
    return {pk: (locale, title, url, json.loads(item)) for pk, locale, title, url, item in rows}


def get(url: str, params: dict | None = None):
    with urllib.request.urlopen(with_query(url, params), timeout=10) as response:
        return json.load(response)


def listed(api, locales=("de", "en")) -> dict:
    """What /api/v1/places/ lists, each place as its detail shows it (URLs of the live server)."""
    found = {}
    for locale in locales:
        for item in get(f"{api}/places/", {"locale": locale, "limit": 100})["results"]:
            detail = get(f"{api}/places/{item['id']}/")
            found[item["id"]] = (locale, item["title"], item["url"], detail)
    return found


def requests_made(api, mirror, **kwargs) -> list[str]:
    """Syncs; the URLs it asked for."""
    with mock.patch.object(client_module, "urlopen", wraps=urllib.request.urlopen) as spy:
        client_module.sync(api, mirror, **kwargs)
    return [call.args[0] for call in spy.call_args_list]


def store_cursor(path: str, cursor: str):
    with sqlite3.connect(path) as db:
        db.execute("UPDATE state SET cursor = ?", (cursor,))


# sync


@live
def test_the_first_sync_mirrors_every_listed_place(api, mirror, places):
    client_module.sync(api, mirror)
    assert mirrored(mirror) == listed(api)
    assert len(mirrored(mirror)) == 3  # 2 German places, 1 English, no draft, nothing private


@live
def test_one_language(api, mirror, places):
    client_module.sync(api, mirror, locale="en")
    assert mirrored(mirror) == listed(api, ["en"])
    assert [title for _, title, _, _ in mirrored(mirror).values()] == ["Cold store"]


@live
def test_the_next_sync_brings_new_changed_and_gone_places(api, mirror, tree, places):
    first, second = places
    client_module.sync(api, mirror)
    new = published(PlacePageFactory(parent=tree.places))
    first.title = "Neuer Titel"
    published(first)
    second.unpublish()
    client_module.sync(api, mirror)
    assert mirrored(mirror) == listed(api)
    assert mirrored(mirror)[first.pk][1] == "Neuer Titel"
    assert new.pk in mirrored(mirror) and second.pk not in mirrored(mirror)


@live
def test_a_sync_without_changes_asks_once(api, mirror, places):
    client_module.sync(api, mirror)
    before = mirrored(mirror)
    assert len(requests_made(api, mirror)) == 1
    assert mirrored(mirror) == before == listed(api)


@live
def test_a_long_first_sync_goes_on_while_there_is_more(api, mirror, tree, places):
    for _ in range(3):
        published(PlacePageFactory(parent=tree.places))
    with mock.patch.object(client_module, "PAGE_SIZE", 2):
        urls = requests_made(api, mirror)
    assert len(urls) == 3 and "cursor=" in urls[-1]
    assert mirrored(mirror) == listed(api)


def expired_cursor() -> str:
    return CursorSigner(timezone.now() - datetime.timedelta(days=31)).sign_object({"s": 0})


@live
@pytest.mark.parametrize("cursor", [expired_cursor, lambda: "forged"], ids=["expired", "forged"])
def test_an_unusable_cursor_starts_again(api, mirror, places, cursor):
    first, _ = places
    client_module.sync(api, mirror)
    store_cursor(mirror, cursor())
    first.unpublish()  # the copy, no longer told, must lose it anyway
    urls = requests_made(api, mirror)
    assert len(urls) == 2 and "cursor=" in urls[0] and "cursor=" not in urls[1]
    assert mirrored(mirror) == listed(api)
    assert first.pk not in mirrored(mirror)


@live
def test_another_language_starts_again(api, mirror, places):
    client_module.sync(api, mirror)
    assert "cursor=" not in requests_made(api, mirror, locale="de")[0]
    assert mirrored(mirror) == listed(api, ["de"])


@live
def test_errors_end_the_command_with_a_message(api, mirror, capsys, places):
    assert client_module.main(["sync", "--api", f"{api}/nothing", "--db", mirror]) == 1
    assert "HTTP 404" in capsys.readouterr().err
    unreachable = f"http://127.0.0.1:{free_port()}/api/v1"
    assert client_module.main(["sync", "--api", unreachable, "--db", mirror]) == 1
    assert "sync failed" in capsys.readouterr().err
    assert client_module.main(["sync", "--api", api, "--db", mirror]) == 0
    assert "3 changes applied" in capsys.readouterr().out


# Webhook signatures


def signed(body: bytes, *, secret=SECRET, at=None, msg_id="msg_2Lq7") -> dict:
    at = at or datetime.datetime.now(datetime.UTC)
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(at.timestamp())),
        "webhook-signature": standardwebhooks.Webhook(secret).sign(msg_id, at, body),
    }


BODY = b'{"type": "webhook.test", "timestamp": "2026-03-01T12:00:00+01:00", "data": null}'


def test_a_signature_of_the_site_passes():
    assert client_module.verify_signature(SECRET, signed(BODY), BODY)


def test_any_listed_signature_passes():
    headers = signed(BODY)
    headers["webhook-signature"] = f"v1,bm90IHRoaXMgb25l {headers['webhook-signature']}"
    assert client_module.verify_signature(SECRET, headers, BODY)


def test_a_changed_body_fails():
    assert not client_module.verify_signature(SECRET, signed(BODY), BODY.replace(b"test", b"tost"))


def test_another_secret_fails():
    other = "whsec_" + "QUJD" * 8
    assert not client_module.verify_signature(SECRET, signed(BODY, secret=other), BODY)


@pytest.mark.parametrize(("minutes", "passes"), [(-6, False), (6, False), (-4, True), (4, True)])
def test_a_timestamp_more_than_5_minutes_off_fails(minutes, passes):
    at = datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=minutes)
    assert client_module.verify_signature(SECRET, signed(BODY, at=at), BODY) is passes


@pytest.mark.parametrize("header", ["webhook-id", "webhook-timestamp", "webhook-signature"])
def test_a_missing_header_fails(header):
    headers = signed(BODY)
    del headers[header]
    assert not client_module.verify_signature(SECRET, headers, BODY)


# The receiver


@pytest.fixture
def receiver(mirror):
    server = client_module.webhook_server("127.0.0.1", 0, SECRET, mirror)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def post(url: str, event: dict, headers=None) -> int:
    body = json.dumps(event).encode()
    request = urllib.request.Request(
        url, body, signed(body) if headers is None else headers, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except HTTPError as error:
        return error.code


def upsert(pk, title, at, locale="de") -> dict:
    item = {"id": pk, "type": "place", "title": title, "url": f"https://x.example/{pk}/"}
    change = {"op": "upsert", "type": "place", "id": pk, "locale": locale, "updated_at": at}
    return {"type": "page.published", "data": change | {"item": item}, "cursor": "c2"}


def delete(pk, at) -> dict:
    change = {"op": "delete", "type": "place", "id": pk, "locale": "de", "deleted_at": at}
    return {"type": "page.unpublished", "data": change, "cursor": "c3"}


def test_the_receiver_applies_signed_place_events(receiver, mirror):
    assert post(receiver, upsert(7, "Spinnerei", "2026-03-01T12:00:00+01:00")) == 204
    assert post(receiver, upsert(8, "Kühlhaus", "2026-03-01T12:00:00+01:00")) == 204
    assert {pk: row[1] for pk, row in mirrored(mirror).items()} == {7: "Spinnerei", 8: "Kühlhaus"}
    assert post(receiver, delete(7, "2026-03-01T12:05:00+01:00")) == 204
    assert set(mirrored(mirror)) == {8}
    assert post(receiver, {"type": "webhook.test", "data": None}) == 204


def test_the_receiver_refuses_a_bad_signature(receiver, mirror):
    event = upsert(7, "Spinnerei", "2026-03-01T12:00:00+01:00")
    forged = signed(json.dumps(event).encode(), secret="whsec_" + "QUJD" * 8)
    assert post(receiver, event, forged) == 401
    assert post(receiver, event, {}) == 401
    assert mirrored(mirror) == {}


def test_late_events_change_nothing_newer(receiver, mirror):
    post(receiver, upsert(7, "Spinnerei", "2026-03-01T12:00:00+01:00"))
    post(receiver, upsert(7, "Spinnerei Halle 14", "2026-03-01T13:00:00+01:00"))
    assert post(receiver, upsert(7, "Spinnerei", "2026-03-01T12:30:00+01:00")) == 204
    assert mirrored(mirror)[7][1] == "Spinnerei Halle 14"
    post(receiver, delete(7, "2026-03-01T14:00:00+01:00"))
    post(receiver, upsert(7, "Spinnerei Halle 14", "2026-03-01T13:00:00+01:00"))  # a retry
    assert mirrored(mirror) == {}
    # UTC offsets are compared as times: 13:30 in summer time is after 12:00 in winter time.
    post(receiver, upsert(7, "Wieder da", "2026-04-01T13:30:00+02:00"))
    assert mirrored(mirror)[7][1] == "Wieder da"


def test_the_receiver_leaves_the_cursor_to_the_next_sync(receiver, mirror):
    with sqlite3.connect(mirror) as db:
        db.execute("INSERT INTO state VALUES (1, 'c1', 'de')")
    post(receiver, upsert(7, "Spinnerei", "2026-03-01T12:00:00+01:00"))
    post(receiver, upsert(9, "Cold store", "2026-03-01T12:00:00+01:00", locale="en"))
    assert set(mirrored(mirror)) == {7}  # a German mirror takes no English place
    with sqlite3.connect(mirror) as db:
        assert db.execute("SELECT cursor FROM state").fetchone() == ("c1",)
