"""What starts the webhooks' tasks: recorded changes and published newsletter issues, each
after the commit (the worker must see them)."""

from django.db import transaction
from wagtail.signals import page_published

from headless.signals import changes_recorded
from newsletter.models import NewsletterIssuePage

from .tasks import announce_issue, dispatch_changes


def queue_dispatch() -> None:
    dispatch_changes.enqueue()


def on_changes_recorded(sender, **kwargs):
    """One dispatch per transaction, however many times it records changes."""
    waiting = transaction.get_connection().run_on_commit
    if not any(callback is queue_dispatch for _, callback, _ in waiting):
        transaction.on_commit(queue_dispatch)


def on_issue_published(sender, instance, **kwargs):
    transaction.on_commit(lambda: announce_issue.enqueue(instance.pk))


def connect():
    changes_recorded.connect(on_changes_recorded, dispatch_uid="webhooks-dispatch")
    page_published.connect(
        on_issue_published, sender=NewsletterIssuePage, dispatch_uid="webhooks-newsletter"
    )
