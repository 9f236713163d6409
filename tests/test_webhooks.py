"""Signed webhooks (webhooks app): events derived from the change feed and the newsletter,
Standard Webhooks signatures, retries, switching off dead endpoints, the SSRF guard, the
admin's buttons and the management command. Deliveries go over real HTTP to a receiver on
127.0.0.1; queued tasks run in the database worker's batch mode."""

import datetime
import io
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from unittest import mock

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.db import transaction
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from standardwebhooks import Webhook, WebhookVerificationError
from wagtail.models import PageViewRestriction

from headless import feed
from headless.models import ChangeRecord
from knowledge.factories import FundingProgrammeFactory
from newsletter.models import NewsletterIndexPage, NewsletterIssuePage
from places.factories import PlacePageFactory
from webhooks import tasks
from webhooks.delivery import BACKOFF
from webhooks.forms import EndpointForm
from webhooks.models import EVENTS, DispatchState, WebhookAttempt, WebhookDelivery, WebhookEndpoint

from .helpers import get_json, published
from .roles_world import client_for, make_user

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

ALL_EVENTS = [name for name, _ in EVENTS]


class Receiver:
    """An HTTP server on 127.0.0.1 that records each POST and answers the next queued
    status (200 when none is queued)."""

    def __init__(self):
        self.requests, self.statuses = [], []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append({"headers": dict(self.headers), "body": body})
                self.send_response(receiver.statuses.pop(0) if receiver.statuses else 200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def events(self, type_=None) -> list[dict]:
        found = [json.loads(r["body"]) for r in self.requests]
        return [e for e in found if type_ is None or e["type"] == type_]


@pytest.fixture
def receiver():
    server = Receiver()
    yield server
    server.server.shutdown()
    server.server.server_close()


@pytest.fixture
def endpoint(receiver):
    return WebhookEndpoint.objects.create(url=receiver.url, events=ALL_EVENTS)


def caught_up():
    """The dispatcher has sent what was recorded so far (as after the app's migration)."""
    DispatchState.objects.update_or_create(pk=1, defaults={"seq": feed.latest_seq()})


def run_worker():
    """Every due task of the webhooks backend, as `manage.py db_worker --batch` runs them."""
    # The worker drops connections between tasks; in a test, that is the test's transaction.
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command(
            "db_worker",
            "--batch",
            "--backend",
            "webhooks",
            "--no-startup-delay",
            "--no-reload",
            verbosity=0,
        )
    failed = DBTaskResult.objects.filter(status="FAILED").values_list("traceback", flat=True)
    assert not failed, failed[0]


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what a change queues after its commit."""

    def change(action):
        # The fixtures' callbacks wait for a commit that never comes in a test: one of them
        # would stand for the dispatch this change queues (one per transaction).
        transaction.get_connection().run_on_commit.clear()
        with django_capture_on_commit_callbacks(execute=True):
            result = action()
        return result

    return change


def sync(client, cursor=None) -> tuple[list[dict], str]:
    changes = []
    while True:
        data = get_json(client, "/api/v1/changes/", {"cursor": cursor} if cursor else {})
        changes += data["results"]
        cursor = data["next_cursor"]
        if not data["has_more"]:
            return changes, cursor


def about(events: list[dict], pk: int) -> list[dict]:
    return [e for e in events if e["data"].get("id") == pk]


# Events from the change feed


def test_a_published_place_arrives_as_the_feed_shows_it(
    client, tree, endpoint, receiver, committed
):
    _, before = sync(client)
    place = committed(lambda: PlacePageFactory(parent=tree.places, title="Alte Spinnerei"))
    run_worker()
    [event] = about(receiver.events("page.published"), place.pk)
    feed = {(c["type"], c["id"]): c for c in sync(client, before)[0]}
    assert event["data"] == feed["place", place.pk]
    assert event["data"]["item"]["title"] == "Alte Spinnerei"
    assert event["data"]["item"]["url"].startswith("http://testserver/")
    # Its cursor: the feed from there on has nothing older than this change.
    assert all(c["id"] != place.pk for c in sync(client, event["cursor"])[0])
    assert datetime.datetime.fromisoformat(event["timestamp"]).tzinfo is not None


def test_the_signature_verifies_and_a_tampered_body_fails(tree, endpoint, receiver, committed):
    committed(lambda: PlacePageFactory(parent=tree.places))
    run_worker()
    request = receiver.requests[0]
    headers = request["headers"]
    assert headers["Content-Type"] == "application/json"
    assert headers["webhook-id"].startswith("msg_")
    assert headers["webhook-signature"].startswith("v1,")
    assert "Kreativorte" in headers["User-Agent"]
    webhook = Webhook(endpoint.secret)
    assert webhook.verify(request["body"], headers)["type"] == "page.published"
    with pytest.raises(WebhookVerificationError):
        webhook.verify(request["body"].replace(b"page.published", b"page.deleted"), headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(WebhookEndpoint().secret).verify(request["body"], headers)


@pytest.mark.parametrize(
    ("change", "event"),
    [
        ("unpublish", "page.unpublished"),
        ("delete", "page.deleted"),
        ("restrict", "page.deleted"),
    ],
)
def test_what_the_public_no_longer_sees(tree, endpoint, receiver, committed, change, event):
    place = PlacePageFactory(parent=tree.places)
    if change == "unpublish":
        committed(place.unpublish)
    elif change == "delete":
        committed(place.delete)
    else:
        committed(lambda: PageViewRestriction.objects.create(page=place, restriction_type="login"))
    run_worker()
    [sent] = about(receiver.events(), place.pk)
    assert sent["type"] == event
    assert sent["data"]["op"] == "delete" and sent["data"]["type"] == "place"
    assert set(sent["data"]) == {"op", "type", "id", "locale", "deleted_at"}


def test_drafts_and_private_pages_are_never_published(tree, endpoint, receiver, committed):
    place = PlacePageFactory(parent=tree.places)
    caught_up()
    draft = committed(lambda: PlacePageFactory(parent=tree.places, live=False))
    place.title = "Nur ein Entwurf"
    committed(place.save_revision)
    hidden = committed(lambda: PlacePageFactory(parent=tree.places, title="Geschützt"))
    committed(lambda: PageViewRestriction.objects.create(page=hidden, restriction_type="login"))
    run_worker()
    published_ids = {e["data"]["id"] for e in receiver.events("page.published")}
    assert not published_ids & {draft.pk, place.pk, hidden.pk}
    assert "Geschützt" not in str(receiver.events())
    assert [e["type"] for e in about(receiver.events(), hidden.pk)] == ["page.deleted"]


def test_funding_changes_and_content_type_filter(tree, receiver, committed):
    funding_only = WebhookEndpoint.objects.create(
        url=receiver.url, events=ALL_EVENTS, content_types=["funding"]
    )
    programme = committed(FundingProgrammeFactory)
    committed(lambda: PlacePageFactory(parent=tree.places))
    run_worker()
    assert [e["type"] for e in receiver.events()] == ["funding.changed"]
    assert receiver.events()[0]["data"]["id"] == programme.pk
    assert WebhookDelivery.objects.filter(endpoint=funding_only).count() == 1


def test_an_endpoint_gets_only_its_events(tree, receiver, committed):
    WebhookEndpoint.objects.create(url=receiver.url, events=["page.deleted"])
    place = committed(lambda: PlacePageFactory(parent=tree.places))
    committed(place.delete)
    run_worker()
    assert [e["type"] for e in receiver.events()] == ["page.deleted"]


def test_the_dispatcher_never_sends_a_change_twice(tree, endpoint, receiver, committed):
    def two_changes():
        place = PlacePageFactory(parent=tree.places)
        place.title = "Zweimal gespeichert"
        return published(place)

    place = committed(two_changes)
    assert DBTaskResult.objects.filter(task_path__endswith="dispatch_changes").count() == 1
    tasks.dispatch_changes.enqueue()  # a second dispatcher for the same changes
    run_worker()
    tasks.dispatch_changes.call()
    run_worker()
    assert len(about(receiver.events(), place.pk)) == 1


def test_a_published_newsletter_issue(tree, endpoint, receiver, committed):
    index = published(
        tree.home.add_child(instance=NewsletterIndexPage(title="Newsletter", slug="newsletter"))
    )
    issue = index.add_child(
        instance=NewsletterIssuePage(
            title="Ausgabe März", slug="maerz", intro="<p>Hallo</p>", live=False
        )
    )
    committed(lambda: issue.save_revision().publish())
    run_worker()
    [event] = receiver.events("newsletter.issue.published")
    data = event["data"]
    assert (data["op"], data["type"], data["id"], data["locale"]) == (
        "upsert",
        "newsletter_issue",
        issue.pk,
        "de",
    )
    assert data["item"]["title"] == "Ausgabe März"
    assert data["item"]["url"] == "http://testserver/newsletter/maerz/"
    assert data["item"]["intro_text"] == "Hallo"
    assert "cursor" not in event


# Retries, giving up, switching off


def later(delta):
    return mock.patch("django.utils.timezone.now", return_value=timezone.now() + delta)


def test_a_failed_delivery_is_retried_with_backoff(tree, endpoint, receiver):
    receiver.statuses = [500]
    tasks.send_test(endpoint)
    run_worker()
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.response_code) == ("failed", 1, 500)
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.run_after == delivery.next_attempt_at
    assert delivery.next_attempt_at - WebhookAttempt.objects.get().at == BACKOFF[0]
    run_worker()  # not due yet
    assert len(receiver.requests) == 1
    with later(BACKOFF[0] + datetime.timedelta(seconds=1)):
        run_worker()
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.response_code) == ("delivered", 2, 200)
    assert len({r["headers"]["webhook-id"] for r in receiver.requests}) == 1
    assert WebhookAttempt.objects.count() == 2
    endpoint.refresh_from_db()
    assert endpoint.failing_since is None


def test_a_delivery_is_given_up_after_a_day(tree, endpoint, receiver):
    receiver.statuses = [500] * 3
    tasks.send_test(endpoint)
    run_worker()
    with later(BACKOFF[0] * 2):
        run_worker()
    delivery = WebhookDelivery.objects.get()
    assert delivery.attempts == 2
    assert delivery.next_attempt_at - WebhookAttempt.objects.last().at == BACKOFF[1]
    with later(datetime.timedelta(hours=23, minutes=58)):
        run_worker()
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("given_up", 3)
    assert delivery.next_attempt_at is None
    assert not DBTaskResult.objects.filter(status="READY").exists()


def test_an_endpoint_failing_for_three_days_is_switched_off(tree, endpoint, receiver):
    admin = make_user("admin", is_superuser=True, is_staff=True)
    make_user("rita", "Redaktion")
    endpoint.failing_since = timezone.now() - datetime.timedelta(days=3, minutes=1)
    endpoint.save()
    receiver.statuses = [503]
    tasks.send_test(endpoint)
    waiting = WebhookDelivery.objects.create(endpoint=endpoint, event_type="x", payload={})
    run_worker()
    endpoint.refresh_from_db()
    assert not endpoint.active and "HTTP 503" in endpoint.disabled_reason
    waiting.refresh_from_db()
    assert waiting.status == "given_up"
    [message] = mail.outbox
    assert message.to == [admin.email] and endpoint.url in message.body
    # Inactive endpoints get no new events.
    assert tasks.emit("page.published", {"id": 1}, "place") == []


def test_a_success_resets_the_failures(tree, endpoint, receiver):
    endpoint.failing_since = timezone.now() - datetime.timedelta(days=2)
    endpoint.save()
    tasks.send_test(endpoint)
    run_worker()
    endpoint.refresh_from_db()
    assert endpoint.active and endpoint.failing_since is None


# The SSRF guard

INTERNAL = [
    "http://127.0.0.1/hook",
    "http://10.1.2.3/hook",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]:8080/hook",
    "http://[::ffff:192.168.0.1]/hook",
    "http://localhost/hook",
]


@pytest.mark.parametrize("url", INTERNAL)
def test_internal_addresses_are_refused(settings, url):
    settings.WEBHOOKS_ALLOW_PRIVATE = False
    form = EndpointForm(data={"url": url, "secret": WebhookEndpoint().secret, "events": ALL_EVENTS})
    assert not form.is_valid()
    assert "interne Adresse" in form.errors["url"][0]


def test_only_http_and_https(settings):
    form = EndpointForm(
        data={
            "url": "ftp://example.org/x",
            "secret": WebhookEndpoint().secret,
            "events": ["page.published"],
        }
    )
    assert not form.is_valid() and "http" in str(form.errors["url"])


def test_a_delivery_to_an_internal_address_is_refused(settings, tree, endpoint, receiver):
    settings.WEBHOOKS_ALLOW_PRIVATE = False  # the address was public when it was registered
    tasks.send_test(endpoint)
    run_worker()
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "failed" and delivery.response_code is None
    assert "Nicht gesendet" in delivery.error and "127.0.0.1" in delivery.error
    assert receiver.requests == []


# Admin


def test_the_admin_lists_endpoints_and_deliveries(tree, endpoint, receiver):
    admin = client_for(make_user("admin", is_superuser=True, is_staff=True))
    tasks.send_test(endpoint)
    listing = admin.get("/admin/webhooks/")
    assert listing.status_code == 200 and receiver.url in listing.content.decode()
    log = admin.get(f"/admin/webhooks/deliveries/?endpoint={endpoint.pk}")
    assert log.status_code == 200 and "webhook.test" in log.content.decode()
    assert "Erneut senden" in log.content.decode()
    assert admin.get("/admin/webhooks/new/").status_code == 200
    editor = client_for(make_user("rita", "Redaktion"))
    assert editor.get("/admin/webhooks/").status_code in (302, 403)


def test_creating_an_endpoint_shows_its_secret_once(tree, receiver):
    admin = client_for(make_user("admin", is_superuser=True, is_staff=True))
    secret = WebhookEndpoint().secret
    response = admin.post(
        "/admin/webhooks/new/",
        {"url": receiver.url, "secret": secret, "events": ["page.published"]},
        follow=True,
    )
    assert secret in response.content.decode()
    endpoint = WebhookEndpoint.objects.get()
    assert endpoint.events == ["page.published"] and endpoint.content_types == []
    assert secret not in admin.get(f"/admin/webhooks/edit/{endpoint.pk}/").content.decode()


def test_the_test_and_resend_buttons(tree, endpoint, receiver):
    admin = client_for(make_user("admin", is_superuser=True, is_staff=True))
    editor = client_for(make_user("rita", "Redaktion"))
    test_url = f"/admin/webhooks-senden/{endpoint.pk}/test/"
    assert editor.post(test_url).status_code in (302, 403)
    assert admin.get(test_url).status_code == 405
    response = admin.post(test_url, follow=True)
    assert "wird gesendet" in response.content.decode()
    run_worker()
    [event] = receiver.events()
    assert event["type"] == "webhook.test" and event["data"]["message"]
    delivery = WebhookDelivery.objects.get()
    resend_url = f"/admin/webhooks-senden/zustellung/{delivery.pk}/"
    assert editor.post(resend_url).status_code in (302, 403)
    assert admin.post(resend_url).status_code == 302
    run_worker()
    assert len(receiver.requests) == 2
    assert (
        receiver.requests[0]["headers"]["webhook-id"]
        == receiver.requests[1]["headers"]["webhook-id"]
    )
    assert WebhookDelivery.objects.get().attempts == 2


def test_csrf_is_required(tree, endpoint):
    admin = Client(enforce_csrf_checks=True)
    admin.force_login(make_user("admin", is_superuser=True, is_staff=True))
    assert admin.post(f"/admin/webhooks-senden/{endpoint.pk}/test/").status_code == 403
    assert not WebhookDelivery.objects.exists()


# The management command


def test_the_management_command(receiver):
    out = io.StringIO()
    call_command(
        "webhooks",
        "add",
        receiver.url,
        "--events",
        "page.published",
        "page.deleted",
        "--types",
        "place",
        "guide",
        "--description",
        "Kulturkalender",
        stdout=out,
    )
    endpoint = WebhookEndpoint.objects.get()
    assert f"id: {endpoint.pk}" in out.getvalue() and endpoint.secret in out.getvalue()
    assert endpoint.events == ["page.published", "page.deleted"]
    assert endpoint.content_types == ["place", "guide"]
    listing = io.StringIO()
    call_command("webhooks", "list", stdout=listing)
    assert receiver.url in listing.getvalue()
    with pytest.raises(CommandError, match="events"):
        call_command("webhooks", "add", receiver.url, "--events", "page.exploded")
    with pytest.raises(CommandError, match="whsec_"):
        call_command("webhooks", "add", receiver.url, "--events", "page.published", "--secret", "x")
    call_command("webhooks", "remove", str(endpoint.pk), stdout=io.StringIO())
    assert not WebhookEndpoint.objects.exists()
    with pytest.raises(CommandError):
        call_command("webhooks", "remove", str(endpoint.pk))


def test_the_command_refuses_internal_addresses(settings):
    settings.WEBHOOKS_ALLOW_PRIVATE = False
    with pytest.raises(CommandError, match="interne Adresse"):
        call_command("webhooks", "add", "http://10.0.0.1/", "--events", "page.published")


def test_changes_without_endpoints_only_advance_the_dispatcher(tree, receiver, committed):
    committed(lambda: PlacePageFactory(parent=tree.places))
    run_worker()
    WebhookEndpoint.objects.create(url=receiver.url, events=ALL_EVENTS)
    tasks.dispatch_changes.call()
    run_worker()
    assert receiver.requests == []
    assert ChangeRecord.objects.exists()
