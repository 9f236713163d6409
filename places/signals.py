"""Forget the suggester once their suggestion is decided (connected in PlacesConfig.ready());
the signal of a bulk import of places."""

from django.db.models.signals import post_delete
from django.dispatch import Signal, receiver
from wagtail.models import WorkflowState
from wagtail.signals import (
    page_published,
    workflow_approved,
    workflow_cancelled,
    workflow_rejected,
)

from .models import PlacePage, PlaceSuggestion
from .suggestions.drafts import decide


@receiver(page_published, sender=PlacePage)
def _forget_suggester_on_publish(sender, instance, **kwargs):
    decide(instance.pk, "published")


def _suggested_page_id(workflow_state: WorkflowState):
    if workflow_state.content_type.model_class() is not PlacePage:
        return None
    return int(workflow_state.object_id)


@receiver(workflow_approved)
def _forget_suggester_on_approval(sender, instance, **kwargs):
    # Approval publishes the page first (page_published did the work); this covers
    # approvals whose publication is scheduled for later.
    if (page_id := _suggested_page_id(instance)) is not None:
        decide(page_id, "approved")


@receiver(workflow_rejected)
def _forget_suggester_on_rejection(sender, instance, **kwargs):
    if (page_id := _suggested_page_id(instance)) is not None:
        decide(page_id, "rejected")


@receiver(workflow_cancelled)
def _forget_suggester_on_cancellation(sender, instance, **kwargs):
    if (page_id := _suggested_page_id(instance)) is not None:
        decide(page_id, "cancelled")


@receiver(post_delete, sender=PlaceSuggestion)
def _delete_suggested_photo(sender, instance, **kwargs):
    # Also when the page is deleted (the suggestion goes by cascade).
    instance.delete_photo_file()


# Sent by the importer (places.geojson) after it wrote new places in bulk, without the
# per-row signals: `page_ids` need what receivers of post_save do (search documents,
# change records). Wagtail's own search index and reference index are done by the importer.
places_imported = Signal()
