"""Roles, the review workflow and scheduled publishing, checked through the admin views.

The matrix logs in as each role and uses the page editor and the delete view the way
an editor's browser would: GET the view, POST the edit form (built from the
rendered editor) with the button the editor pressed.
"""

import datetime
from contextlib import contextmanager
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import (
    GroupPagePermission,
    Page,
    PagePermissionTester,
    TaskState,
    Workflow,
    WorkflowPage,
    WorkflowState,
)
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

from editorial.models import PlaceOperator
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
from knowledge.factories import CooperationPageFactory, GuidePageFactory
from knowledge.models import Topic
from kreativorte.models import SubMarket
from places.factories import PlacePageFactory
from places.models import PlaceType

User = get_user_model()

# Stream fields are drawn by JavaScript in the editor, so the form data for them is
# given here (the required guide body needs a block; the others may be empty).
STREAMS = {
    "place": {"body": streamfield([])},
    "guide": {
        "body": streamfield(
            [
                ("heading", "Worum es geht"),
                ("paragraph", rich_text("<p>Eine Nutzungsänderung braucht Zeit.</p>")),
            ]
        )
    },
    "cooperation": {"body": streamfield([])},
    "event": {"body": streamfield([])},
}


def make_user(username, *groups, **extra):
    user = User.objects.create_user(username, f"{username}@example.org", "pw", **extra)
    user.groups.add(*Group.objects.filter(name__in=groups))
    return user


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def publish(page):
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def topics():
    return list(Topic.objects.all()[:1])


def place_terms():
    return {
        "place_types": list(PlaceType.objects.all()[:1]),
        "submarkets": list(SubMarket.objects.all()[:1]),
    }


class World:
    """The site tree with one live page of each type and a user for each role."""

    def __init__(self, tree):
        self.tree = tree
        self.admin = make_user("admin", is_superuser=True, is_staff=True)
        self.redaktion = make_user("rita", REDAKTION)
        self.freigabe = make_user("frieda", FREIGABE)
        self.operator = make_user("otto", ORTSBETREIBER)
        self.other_operator = make_user("olga", ORTSBETREIBER)
        self.pages = {
            "place": publish(
                PlacePageFactory(parent=tree.places, title="Alte Spinnerei", **place_terms())
            ),
            "guide": publish(
                GuidePageFactory(parent=tree.guides, title="Bauantrag", topics=topics())
            ),
            "cooperation": publish(
                CooperationPageFactory(parent=tree.cooperations, title="Stühle")
            ),
            "event": publish(EventPageFactory(parent=tree.events, title="Werkstattgespräch")),
        }
        # Otto runs his own place; the shared place belongs to Olga.
        self.own_place = publish(
            PlacePageFactory(parent=tree.places, title="Ottos Eisfabrik", **place_terms())
        )
        PlaceOperator.objects.create(user=self.operator, place=self.own_place)
        PlaceOperator.objects.create(user=self.other_operator, place=self.pages["place"])
        self.roles = {
            "redaktion": self.redaktion,
            "freigabe": self.freigabe,
            "operator": self.operator,
        }

    def form_data(self, page, kind, **changes):
        """The edit form as the editor shows it (rendered for the admin), with changes."""
        response = client_for(self.admin).get(edit_url(page))
        assert response.status_code == 200
        data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
        data.update(nested_form_data(STREAMS[kind]))
        for key, value in changes.items():
            data[key] = value
        return data


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def delete_url(page):
    return reverse("wagtailadmin_pages:delete", args=[page.pk])


def denied(response):
    """Wagtail answers a forbidden admin view with 403 or a redirect to the dashboard."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


@pytest.fixture
def world(tree):
    return World(tree)


def reload(page):
    return Page.objects.get(pk=page.pk).specific


# The permission matrix -----------------------------------------------------------------

ALLOWED = {
    # role: {page type: actions}
    "redaktion": {
        "place": {"edit", "submit"},
        "guide": {"edit", "submit"},
        "cooperation": {"edit", "submit"},
        "event": {"edit", "publish", "delete"},  # events need no review
    },
    "freigabe": {
        "place": {"edit", "submit", "publish", "delete"},
        "guide": {"edit", "submit", "publish", "delete"},
        "cooperation": {"edit", "submit", "publish", "delete"},
        "event": {"edit", "publish", "delete"},  # no workflow on events: nothing to submit
    },
    # an operator on someone else's place, and on pages that are not places
    "operator": {"place": set(), "guide": set(), "cooperation": set(), "event": set()},
}
MATRIX = [
    (role, kind, action, action in ALLOWED[role][kind])
    for role in ALLOWED
    for kind in ("place", "guide", "cooperation", "event")
    for action in ("edit", "submit", "publish", "delete")
]


def check_edit(world, client, page, kind, allowed):
    response = client.get(edit_url(page))
    assert (response.status_code == 200) is allowed
    if not allowed:
        assert denied(response)
    revisions = page.revisions.count()
    data = world.form_data(page, kind, title="Neuer Titel")
    response = client.post(edit_url(page), data)
    if allowed:
        assert response.status_code == 302, response.context and response.context["form"].errors
        assert response["Location"] == edit_url(page)
        page = reload(page)
        assert page.revisions.count() == revisions + 1
        assert page.get_latest_revision_as_object().title == "Neuer Titel"
        assert page.title != "Neuer Titel"  # a draft: the live page is unchanged
    else:
        assert denied(response)
        assert reload(page).revisions.count() == revisions


def check_submit(world, client, page, kind, allowed):
    data = world.form_data(page, kind, title="Zur Prüfung")
    data["action-submit"] = "1"
    response = client.post(edit_url(page), data)
    page = reload(page)
    if allowed:
        assert response.status_code == 302
        assert page.workflow_in_progress
        state = page.current_workflow_state
        assert state.workflow.name == WORKFLOW_NAME
        assert page.current_workflow_task.name == TASK_NAME
        assert state.requested_by == client.user
    else:
        assert not page.workflow_in_progress
        assert not WorkflowState.objects.for_instance(page).exists()
        if denied(response):
            assert page.get_latest_revision_as_object().title != "Zur Prüfung"


def check_publish(world, client, page, kind, allowed):
    data = world.form_data(page, kind, title="Veröffentlicht")
    data["action-publish"] = "1"
    response = client.post(edit_url(page), data)
    page = reload(page)
    assert page.live
    if allowed:
        assert response.status_code == 302
        assert page.title == "Veröffentlicht"
        assert not page.has_unpublished_changes
    else:
        assert page.title != "Veröffentlicht"  # at most a draft was saved


def check_delete(world, client, page, kind, allowed):
    response = client.get(delete_url(page))
    assert (response.status_code == 200) is allowed
    if not allowed:
        assert denied(response)
    response = client.post(delete_url(page))
    assert Page.objects.filter(pk=page.pk).exists() is not allowed
    if not allowed:
        assert denied(response)


CHECKS = {
    "edit": check_edit,
    "submit": check_submit,
    "publish": check_publish,
    "delete": check_delete,
}


@pytest.mark.parametrize(("role", "kind", "action", "allowed"), MATRIX)
def test_permission_matrix(world, role, kind, action, allowed):
    user = world.roles[role]
    client = client_for(user)
    client.user = user
    CHECKS[action](world, client, world.pages[kind], kind, allowed)


# Operators -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "allowed"), [("edit", True), ("submit", True), ("publish", False), ("delete", False)]
)
def test_operator_on_own_place(world, action, allowed):
    client = client_for(world.operator)
    client.user = world.operator
    CHECKS[action](world, client, world.own_place, "place", allowed)


def test_operator_cannot_open_someone_elses_place(world):
    client = client_for(world.operator)
    place = world.pages["place"]
    assert denied(client.get(edit_url(place)))
    assert denied(client.post(edit_url(place), world.form_data(place, "place", title="X")))
    assert reload(place).revisions.count() == 1
    # The explorer starts at what an operator may edit: their own place.
    response = client.get(reverse("wagtailadmin_explore", args=[world.tree.places.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=[world.own_place.pk])


def can(user, page, what="edit"):
    """Fresh objects: Wagtail caches a user's page permissions on the user object."""
    tester = PagePermissionTester(User.objects.get(pk=user.pk), reload(page))
    return getattr(tester, f"can_{what}")()


def test_operator_assignment_follows_changes(world):
    place = world.pages["place"]
    assert not can(world.operator, place)
    assignment = PlaceOperator.objects.create(user=world.operator, place=place)
    assert can(world.operator, place)
    assert world.operator.groups.filter(name="Ortsbetreiber: otto").exists()
    assignment.delete()
    assert not can(world.operator, place)
    # Own place still editable, never publishable.
    assert can(world.operator, world.own_place)
    assert not can(world.operator, world.own_place, "publish")
    # Removing the last assignment removes the personal group.
    PlaceOperator.objects.filter(user=world.operator).delete()
    assert not can(world.operator, world.own_place)
    assert not Group.objects.filter(name="Ortsbetreiber: otto").exists()
    assert not GroupPagePermission.objects.filter(group__name="Ortsbetreiber: otto").exists()
    assert world.operator.groups.filter(name=ORTSBETREIBER).exists()


def test_operator_assignment_moves_with_the_user(world):
    assignment = PlaceOperator.objects.get(user=world.other_operator)
    assignment = PlaceOperator.objects.get(pk=assignment.pk)
    assignment.user = world.operator
    assignment.save()
    place = world.pages["place"]
    assert can(world.operator, place)
    assert not can(world.other_operator, place)
    assert not Group.objects.filter(name="Ortsbetreiber: olga").exists()


def test_freigabe_assigns_operators_in_the_admin(world):
    client = client_for(world.freigabe)
    listing = reverse("wagtailsnippets_editorial_placeoperator:list")
    response = client.get(listing)
    assert response.status_code == 200
    assert "Ottos Eisfabrik" in response.content.decode()
    add = reverse("wagtailsnippets_editorial_placeoperator:add")
    assert client.get(add).status_code == 200
    place = world.pages["place"]
    response = client.post(add, {"user": world.operator.pk, "place": place.pk, "note": "Café"})
    assert response.status_code == 302
    assert can(world.operator, place)
    # Redaktion and operators do not hand out rights.
    assert denied(client_for(world.redaktion).get(listing))
    assert denied(client_for(world.operator).get(add))


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


# Scheduled publishing ------------------------------------------------------------------


@contextmanager
def time_passes(delta):
    """Run the block as if `delta` had passed (Django's and Wagtail's `timezone.now()`)."""
    moment = timezone.now() + delta
    with mock.patch("django.utils.timezone.now", return_value=moment):
        yield


def test_go_live_in_the_past_is_published_by_the_command(world):
    guide = GuidePageFactory(parent=world.tree.guides, title="Geplant", live=False)
    guide.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    guide.save_revision(user=world.freigabe).publish(user=world.freigabe)
    guide = reload(guide)
    assert not guide.live and guide.scheduled_revision is not None
    call_command("publish_scheduled", verbosity=0)
    assert not reload(guide).live  # not yet
    with time_passes(datetime.timedelta(hours=2)):  # now go_live_at is in the past
        call_command("publish_scheduled", verbosity=0)
    guide = reload(guide)
    assert guide.live and guide.scheduled_revision is None


def test_scheduled_publishing_through_the_editor(world):
    """Freigabe sets a publication date in the settings tab and presses publish."""
    guide = world.pages["guide"]
    go_live = timezone.localtime() + datetime.timedelta(days=2)
    data = world.form_data(
        guide, "guide", title="Bauantrag 2027", go_live_at=go_live.strftime("%Y-%m-%d %H:%M")
    )
    data["action-publish"] = "1"
    assert client_for(world.freigabe).post(edit_url(guide), data).status_code == 302
    guide = reload(guide)
    assert guide.title == "Bauantrag"  # the change waits for its date
    assert guide.scheduled_revision is not None
    with time_passes(datetime.timedelta(days=3)):
        call_command("publish_scheduled", verbosity=0)
    assert reload(guide).title == "Bauantrag 2027"


def past_event(world, **fields):
    end = timezone.now() - datetime.timedelta(hours=1)
    return publish(
        EventPageFactory(
            parent=world.tree.events,
            start=end - datetime.timedelta(hours=2),
            end=end,
            **fields,
        )
    )


def test_event_unpublishes_itself_after_its_end(world):
    event = past_event(world, title="Vorbei", unpublish_after_end=True)
    kept = past_event(world, title="Archiv")
    assert event.live and event.expire_at == event.end
    assert kept.expire_at is None
    call_command("publish_scheduled", verbosity=0)
    event = reload(event)
    assert not event.live and event.expired
    assert reload(kept).live


def test_expiry_follows_the_end(world):
    event = world.pages["event"]
    event.unpublish_after_end = True
    event.save()
    assert event.expire_at == event.end
    event.end += datetime.timedelta(days=1)
    event.save()
    assert reload(event).expire_at == event.end
    event.unpublish_after_end = False
    event.save()
    assert reload(event).expire_at is None


def test_expiry_follows_the_end_in_the_editor(world):
    """A live event edited in the admin: the draft revision carries the expiry date."""
    event = world.pages["event"]
    data = world.form_data(event, "event", unpublish_after_end="on")
    data["action-publish"] = "1"
    assert client_for(world.redaktion).post(edit_url(event), data).status_code == 302
    event = reload(event)
    assert event.unpublish_after_end and event.expire_at == event.end
