"""The webhooks' background tasks, on the "webhooks" backend (the database; a worker runs
them: `manage.py db_worker --backend webhooks`), and the events they send.

Page and funding events come from the change feed, so that they never disagree with it and
show nothing the public cannot see: the dispatcher turns the changes after the last one it
dispatched into events, each item once in its current state, as a delta of the feed.
"""

from django.db import transaction
from django_tasks import task

from headless import feed
from headless.items import KINDS
from kreativorte.visibility import visible
from newsletter.models import NewsletterIssuePage

from . import delivery, events
from .models import DispatchState, WebhookDelivery, WebhookEndpoint

BATCH = 100  # changes read at a time


def emit(event: str, data: dict, content_type: str | None = None, cursor: str | None = None):
    """Queue the event for every active endpoint that subscribed to it."""
    body = events.body(event, data, cursor)
    wanted = [
        endpoint
        for endpoint in WebhookEndpoint.objects.filter(active=True)
        if endpoint.wants(event, content_type)
    ]
    created = WebhookDelivery.objects.bulk_create(
        WebhookDelivery(endpoint=endpoint, event_type=event, payload=body) for endpoint in wanted
    )
    for new in created:
        deliver.enqueue(new.pk, 0)
    return created


def send_test(endpoint: WebhookEndpoint) -> WebhookDelivery:
    body = events.body("webhook.test", {"message": "Testereignis von Kreativorte Sachsen"})
    test = WebhookDelivery.objects.create(
        endpoint=endpoint, event_type="webhook.test", payload=body
    )
    deliver.enqueue(test.pk, 0)
    return test


def resend(again: WebhookDelivery) -> None:
    """One more attempt (retries follow only within a day of the event)."""
    again.status = WebhookDelivery.Status.PENDING
    again.save(update_fields=["status"])
    deliver.enqueue(again.pk, again.attempts)


@task(backend="webhooks")
def deliver(delivery_id: int, attempts: int) -> None:
    """Attempt a delivery, unless it was delivered, given up or attempted meanwhile (a
    resend while a retry waits)."""
    due = (
        WebhookDelivery.objects.select_related("endpoint")
        .filter(pk=delivery_id, attempts=attempts, status__in=delivery.OPEN)
        .first()
    )
    if due is None:
        return
    retry_at = delivery.attempt(due)
    if retry_at:
        deliver.using(run_after=retry_at).enqueue(due.pk, due.attempts)


@task(backend="webhooks")
def dispatch_changes() -> None:
    """Events for the changes of the feed not dispatched yet."""
    with transaction.atomic():
        # Locked until the events are queued: a second dispatcher waits, then finds them done.
        state, _ = DispatchState.objects.select_for_update().get_or_create(pk=1)
        latest = feed.latest_seq()
        listening = WebhookEndpoint.objects.filter(active=True).exists()
        request = events.SiteRequest()
        while listening and state.seq < latest:
            groups, has_more = feed.delta_groups(
                feed.Position(state.seq), list(KINDS.values()), None, BATCH, latest
            )
            for group, change in zip(groups, feed.delta_changes(groups, request), strict=True):
                event = events.event_type(change)
                if event:
                    cursor = feed.write_cursor(feed.Position(group["last"]))
                    emit(event, events.as_in_the_feed(change), change["type"], cursor)
            state.seq = groups[-1]["last"] if has_more else latest
        state.seq = latest
        state.save()


@task(backend="webhooks")
def announce_issue(page_id: int) -> None:
    issue = visible(NewsletterIssuePage.objects.filter(pk=page_id)).first()
    if issue is not None:
        emit("newsletter.issue.published", events.issue_change(issue, events.SiteRequest()))
