"""What each role may do to each page type, and an operator's rights on places.

The matrix logs in as each role and uses the page editor and the delete view the way
an editor's browser would: GET the view, POST the edit form (built from the
rendered editor) with the button the editor pressed.
"""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, WorkflowState

from editorial.models import PlaceOperator
from editorial.roles import ORTSBETREIBER
from editorial.workflow import TASK_NAME, WORKFLOW_NAME

from .roles_world import can, client_for, delete_url, denied, edit_url, reload

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
