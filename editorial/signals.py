"""Keep roles in step with the content: new sections, operator assignments, and put
places suggested through the website into the review."""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_init, post_save

from events.models import EventIndexPage
from knowledge.models import CooperationIndexPage, GuideIndexPage
from places.models import PlaceIndexPage
from places.suggestions.signals import place_suggested

from .models import PlaceOperator, sync_operator_permissions
from .workflow import configure_section, review_workflow


def section_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        configure_section(instance)


def operator_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    sync_operator_permissions(instance.user)
    previous_user_id = getattr(instance, "_previous_user_id", None)
    if previous_user_id and previous_user_id != instance.user_id:
        previous = get_user_model().objects.filter(pk=previous_user_id).first()
        if previous is not None:
            sync_operator_permissions(previous)


def remember_previous_user(sender, instance, **kwargs):
    instance._previous_user_id = instance.user_id


def start_suggestion_review(sender, page, **kwargs):
    # Always the editorial review (Freigabe), whatever workflow the section may have.
    review_workflow().start(page, user=None)


def connect():
    for model in (PlaceIndexPage, GuideIndexPage, CooperationIndexPage, EventIndexPage):
        post_save.connect(section_created, sender=model, dispatch_uid=f"editorial-{model.__name__}")
    post_init.connect(
        remember_previous_user, sender=PlaceOperator, dispatch_uid="editorial-op-init"
    )
    post_save.connect(operator_changed, sender=PlaceOperator, dispatch_uid="editorial-op-save")
    post_delete.connect(operator_changed, sender=PlaceOperator, dispatch_uid="editorial-op-delete")
    place_suggested.connect(start_suggestion_review, dispatch_uid="editorial-place-suggested")
