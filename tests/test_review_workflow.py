"""The review workflow: roles and sections configured, submit, reject, approve, and the
sections (events) that publish without review."""

import datetime

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission, TaskState, Workflow, WorkflowPage, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, streamfield

from editorial.roles import FREIGABE, ORTSBETREIBER, REDAKTION
from editorial.workflow import (
    TASK_NAME,
    WORKFLOW_NAME,
    assign_review_workflow,
    configure_all_sections,
    review_workflow,
)
from events.factories import EventPageFactory
from events.models import EventPage

from .roles_world import can, client_for, denied, edit_url, reload

# Roles, workflow and sections ----------------------------------------------------------


def test_roles_and_workflow_exist(world):
    workflow = review_workflow()
    assert workflow.name == WORKFLOW_NAME and workflow.active
    tasks = [task.specific for task in workflow.tasks]
    assert [task.name for task in tasks] == [TASK_NAME]
    assert [group.name for group in tasks[0].groups.all()] == [FREIGABE]
    for name in (REDAKTION, FREIGABE, ORTSBETREIBER):
        assert Group.objects.get(name=name).permissions.filter(codename="access_admin").exists()
    # Wagtail's stock workflow on the tree root would cover events; it is gone.
    assert not WorkflowPage.objects.filter(page__depth=1).exists()


def test_sections_are_configured(world):
    tree = world.tree
    for section in (tree.places, tree.guides, tree.cooperations):
        assert section.get_workflow() == review_workflow()
    assert tree.events.get_workflow() is None
    assert world.pages["guide"].get_workflow() == review_workflow()
    assert world.pages["event"].get_workflow() is None
    # Idempotent: configuring again (as the demo seed does) changes nothing.
    before = GroupPagePermission.objects.count(), WorkflowPage.objects.count()
    configure_all_sections()
    assert (GroupPagePermission.objects.count(), WorkflowPage.objects.count()) == before


def test_translated_sections_get_the_same_rules(world):
    from wagtail.models import Locale

    english = Locale.objects.create(language_code="en")
    places_en = world.tree.places.copy_for_translation(english, copy_parents=True)
    events_en = world.tree.events.copy_for_translation(english, copy_parents=True)
    assert places_en.get_workflow() == review_workflow()
    assert events_en.get_workflow() is None
    event = EventPageFactory(parent=events_en, title="Studio talk", live=False)
    assert can(world.redaktion, event, "publish")


def test_assign_review_workflow_replaces_another_workflow(world):
    other = Workflow.objects.create(name="Anders")
    WorkflowPage.objects.update_or_create(page=world.tree.guides, defaults={"workflow": other})
    assign_review_workflow(world.tree.guides)
    assert world.tree.guides.get_workflow() == review_workflow()


# Workflow transitions --------------------------------------------------------------------


def submit(world, page, kind, title):
    client = client_for(world.redaktion)
    data = world.form_data(page, kind, title=title)
    data["action-submit"] = "1"
    assert client.post(edit_url(page), data).status_code == 302
    return reload(page)


def workflow_action(user, page, action, comment=""):
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client_for(user).post(url, {"comment": comment})


def test_submit_puts_the_task_in_progress_for_freigabe(world):
    guide = submit(world, world.pages["guide"], "guide", "Bauantrag, überarbeitet")
    task_state = guide.current_workflow_task_state
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    task = task_state.task.specific
    assert task.name == TASK_NAME
    assert guide.pk in [
        state.revision.object_id and int(state.revision.object_id)
        for state in task.get_task_states_user_can_moderate(world.freigabe)
    ]
    assert not task.get_task_states_user_can_moderate(world.redaktion).exists()
    assert [name for name, *_ in task.get_actions(guide, world.freigabe)][:2] == [
        "reject",
        "approve",
    ]
    assert task.get_actions(guide, world.redaktion) == []
    # Still live with the old text until approved.
    assert guide.live and guide.title == "Bauantrag"


def test_reject_with_comment_stores_the_comment(world):
    guide = submit(world, world.pages["guide"], "guide", "Bauantrag, überarbeitet")
    # Redaktion cannot review its own submission.
    response = workflow_action(world.redaktion, guide, "reject", "Selbst abgelehnt")
    assert denied(response)
    assert reload(guide).current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS

    response = workflow_action(world.freigabe, guide, "reject", "Bitte Quellen ergänzen.")
    assert response.status_code == 302
    task_state = TaskState.objects.filter(status=TaskState.STATUS_REJECTED).get()
    assert task_state.comment == "Bitte Quellen ergänzen."
    assert task_state.finished_by == world.freigabe
    state = WorkflowState.objects.for_instance(guide).get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    guide = reload(guide)
    assert guide.title == "Bauantrag"  # not published
    # The author sees the comment in the page history / workflow history.
    history = client_for(world.redaktion).get(
        reverse("wagtailadmin_pages:workflow_history", args=[guide.pk])
    )
    assert history.status_code == 200


def test_approve_publishes_the_page(world):
    place = submit(world, world.pages["place"], "place", "Alte Spinnerei, neu")
    response = workflow_action(world.freigabe, place, "approve", "Passt.")
    assert response.status_code == 302
    place = reload(place)
    assert place.live and place.title == "Alte Spinnerei, neu"
    assert not place.workflow_in_progress
    assert WorkflowState.objects.for_instance(place).get().status == WorkflowState.STATUS_APPROVED
    assert TaskState.objects.get(status=TaskState.STATUS_APPROVED).comment == "Passt."


def test_operator_submission_is_approved_by_freigabe(world):
    client = client_for(world.operator)
    data = world.form_data(world.own_place, "place", title="Eisfabrik mit Café")
    data["action-submit"] = "1"
    assert client.post(edit_url(world.own_place), data).status_code == 302
    place = reload(world.own_place)
    assert place.workflow_in_progress and place.title == "Ottos Eisfabrik"
    workflow_action(world.freigabe, place, "approve")
    assert reload(place).title == "Eisfabrik mit Café"


def test_redaktion_publishes_a_new_event_directly(world):
    client = client_for(world.redaktion)
    start = timezone.localtime() + datetime.timedelta(days=10)
    data = nested_form_data(
        {
            "title": "Offene Ateliers",
            "slug": "offene-ateliers",
            "start": start.strftime("%Y-%m-%d %H:%M"),
            "end": (start + datetime.timedelta(hours=3)).strftime("%Y-%m-%d %H:%M"),
            "format": EventPage.Format.OPEN_STUDIO,
            "status": EventPage.Status.SCHEDULED,
            "attendance": EventPage.Attendance.OFFLINE,
            "venue_name": "Halle 14",
            "is_free": "on",
            "body": streamfield([]),
        }
    )
    data["action-publish"] = "1"
    url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", world.tree.events.pk])
    response = client.post(url, data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    event = EventPage.objects.get(slug="offene-ateliers")
    assert event.live
    assert not WorkflowState.objects.for_instance(event).exists()
