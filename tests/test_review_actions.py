"""Workflow actions outside the page editor, as Freigabe uses them from the dashboard:
an approval whose page cannot go live is refused with a message and leaves the task
open (never a server error); every action that goes through says so."""

import json

import pytest
from django.contrib.messages import get_messages
from django.core import mail
from django.test import Client
from django.urls import resolve, reverse
from wagtail.models import TaskState

from editorial.readiness import publication_problems
from editorial.workflow import review_workflow
from places.models import PlacePage, PlaceSuggestion

from .helpers import SUGGESTER_EMAIL, SUGGESTION_TITLE, suggestion_form_data
from .roles_world import client_for, edit_url, reload

pytestmark = pytest.mark.usefixtures("fresh_cache")


def suggest_without_position(tree) -> PlacePage:
    """A visitor suggests a place and leaves the map point out (the form allows it)."""
    data = suggestion_form_data(latitude="", longitude="")
    response = Client().post(tree.places.url + "vorschlagen/", data)
    assert response.status_code == 303
    mail.outbox.clear()
    return PlacePage.objects.get(title=SUGGESTION_TITLE)


def action_url(page, action):
    task_state = page.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])


def dashboard_action(user, page, action, comment="", modal=False):
    """The button on the dashboard: a form post, or the comment dialog's XHR post."""
    headers = {"x-requested-with": "XMLHttpRequest"} if modal else {}
    data = {"comment": comment, "next": reverse("wagtailadmin_home")}
    return client_for(user).post(action_url(page, action), data, headers=headers)


def texts(response):
    """The messages shown after the response, without their buttons."""
    return [str(message.message).split("\n")[0] for message in get_messages(response.wsgi_request)]


def test_wagtails_workflow_action_url_is_answered_by_our_view():
    match = resolve(reverse("wagtailadmin_pages:workflow_action", args=[1, "approve", 2]))
    assert match.url_name == "editorial_workflow_action"
    assert match.kwargs == {"page_id": 1, "action_name": "approve", "task_state_id": 2}


def test_approving_a_suggestion_without_position_keeps_the_task_open(world):
    place = suggest_without_position(world.tree)
    assert publication_problems(place) == [
        "Position auf der Karte: Bitte die Position des Ortes auf der Karte setzen."
    ]
    response = dashboard_action(world.freigabe, place, "approve")

    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    [message] = texts(response)
    assert "wurde nicht freigegeben, die Prüfung bleibt offen" in message
    assert "Position auf der Karte: Bitte die Position des Ortes auf der Karte setzen." in message
    place = reload(place)
    assert not place.live
    assert place.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS
    # The suggester is neither told nor forgotten: nothing was decided.
    assert PlaceSuggestion.objects.filter(page=place).exists()
    assert not [m for m in mail.outbox if m.to == [SUGGESTER_EMAIL]]


def test_approving_with_a_comment_without_position_is_refused_too(world):
    place = suggest_without_position(world.tree)
    home = reverse("wagtailadmin_home")
    # The comment dialog is not even offered, and its post is refused too.
    dialog = client_for(world.freigabe).get(
        action_url(place, "approve") + f"?next={home}",
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert json.loads(dialog.content) == {"step": "success", "redirect": home}
    response = dashboard_action(world.freigabe, place, "approve", "Sieht gut aus.", modal=True)
    assert json.loads(response.content) == {"step": "success", "redirect": home}
    assert "Position auf der Karte" in texts(response)[0]
    assert reload(place).current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS


def test_the_editor_of_a_page_in_review_says_what_is_missing(world):
    place = suggest_without_position(world.tree)
    editor = client_for(world.freigabe).get(edit_url(place))
    assert editor.status_code == 200
    assert texts(editor) == [
        "Vor der Freigabe fehlt noch: Position auf der Karte: Bitte die Position des Ortes "
        "auf der Karte setzen."
    ]


def test_once_the_position_is_set_the_approval_publishes(world):
    place = suggest_without_position(world.tree)
    place.location = "POINT(12.3875 50.8167)"
    place.save_revision(user=world.freigabe)
    assert publication_problems(place) == []
    response = dashboard_action(world.freigabe, reload(place), "approve")
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert texts(response) == [f"„{SUGGESTION_TITLE}“ ist freigegeben und veröffentlicht."]
    assert reload(place).live


def submit_change(world, kind):
    """Redaktion changes the title of a live page and submits it for review."""
    page = world.pages[kind]
    page.title = f"{page.title} (neu)"
    page.save_revision(user=world.redaktion)
    review_workflow().start(reload(page), user=world.redaktion)
    return page


@pytest.mark.parametrize("kind", ["place", "guide", "cooperation"])
@pytest.mark.parametrize(
    "action, comment, modal, expected",
    [
        ("approve", "", False, "„{title}“ ist freigegeben und veröffentlicht."),
        (
            "approve",
            "Passt.",
            True,
            "„{title}“ ist freigegeben und veröffentlicht. Kommentar: „Passt.“",
        ),
        (
            "reject",
            "Bitte Quellen ergänzen.",
            True,
            "Für „{title}“ sind Änderungen angefordert. Kommentar: „Bitte Quellen ergänzen.“",
        ),
    ],
)
def test_every_dashboard_action_ends_with_a_success_message(
    world, kind, action, comment, modal, expected
):
    page = submit_change(world, kind)
    response = dashboard_action(world.freigabe, page, action, comment, modal=modal)
    if modal:
        assert json.loads(response.content)["step"] == "success"
    else:
        assert response.status_code == 302
    assert texts(response) == [expected.format(title=page.title)]
    status = TaskState.STATUS_APPROVED if action == "approve" else TaskState.STATUS_REJECTED
    assert TaskState.objects.filter(status=status).count() == 1


# Bulk publishing -------------------------------------------------------------------------


def bulk_publish(user, pages, include_descendants=False):
    query = "&".join(f"id={page.pk}" for page in pages)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    data = {"include_descendants": "on"} if include_descendants else {}
    next_url = reverse("wagtailadmin_explore", args=[pages[0].get_parent().pk])
    return client_for(user).post(f"{url}?{query}&next={next_url}", data)


def test_bulk_publishing_an_incomplete_page_publishes_nothing_and_says_why(world):
    place = suggest_without_position(world.tree)
    guide = world.pages["guide"]
    guide.title = "Bauantrag 2027"
    guide.save_revision(user=world.redaktion)
    response = bulk_publish(world.freigabe, [reload(guide), place])
    assert response.status_code == 302
    [message] = texts(response)
    assert message == (
        "Nichts wurde veröffentlicht: Diese Seiten können so nicht online gehen: "
        f"„{SUGGESTION_TITLE}“ (Position auf der Karte: Bitte die Position des Ortes auf der "
        "Karte setzen.). Bitte ergänzen oder ohne sie veröffentlichen."
    )
    assert not reload(place).live
    assert reload(guide).title == "Bauantrag"  # not half done either


def test_bulk_publishing_a_section_with_its_drafts_checks_the_drafts(world):
    place = suggest_without_position(world.tree)
    response = bulk_publish(world.admin, [world.tree.places], include_descendants=True)
    assert "Alte Tuchfabrik Crimmitschau" in texts(response)[0]
    assert not reload(place).live


def test_bulk_publishing_complete_pages_still_works(world):
    guide = world.pages["guide"]
    guide.title = "Bauantrag 2027"
    guide.save_revision(user=world.redaktion)
    response = bulk_publish(world.freigabe, [reload(guide)])
    assert response.status_code == 302
    assert texts(response) == ["1 Seite wurde veröffentlicht"]
    assert reload(guide).title == "Bauantrag 2027"


# The mail to the author ------------------------------------------------------------------


@pytest.mark.parametrize("use_html", [False, True])
def test_the_mail_after_requesting_changes_says_so_and_carries_the_comment(
    world, settings, use_html
):
    settings.WAGTAILADMIN_NOTIFICATION_USE_HTML = use_html
    page = submit_change(world, "guide")
    mail.outbox.clear()
    dashboard_action(world.freigabe, page, "reject", "Bitte Quellen ergänzen.", modal=True)
    [message] = [m for m in mail.outbox if m.to == [world.redaktion.email]]
    assert message.subject == "Änderungen angefordert: „Bauantrag (neu)“"
    bodies = [message.body] + [content for content, _type in message.alternatives]
    assert len(bodies) == (2 if use_html else 1)
    for body in bodies:
        assert "Für „Bauantrag (neu)“ wurden in der Prüfung „Prüfung durch die Freigabe“" in body
        assert "Änderungen angefordert, von frieda" in body
        assert "Kommentar: Bitte Quellen ergänzen." in body
        assert edit_url(page) in body
        assert "abgelehnt" not in body and "rejected" not in body


# The same actions in the page editor --------------------------------------------------------


def editor_post(world, user, page, kind, button, **extra):
    data = world.form_data(page, kind)
    data[button] = "1"
    data.update(extra)
    return client_for(user).post(edit_url(page), data)


def success_texts(response):
    return [
        str(message.message).split("\n")[0]
        for message in get_messages(response.wsgi_request)
        if message.level_tag == "success"
    ]


@pytest.mark.parametrize(
    "who, button, extra",
    [
        ("redaktion", "action-submit", {}),
        ("freigabe", "action-workflow-action", {"workflow-action-name": "approve"}),
        ("freigabe", "action-workflow-action", {"workflow-action-name": "reject"}),
        ("redaktion", "action-cancel-workflow", {}),
        ("redaktion", "action-restart-workflow", {}),
    ],
)
def test_every_workflow_action_in_the_editor_ends_with_a_success_message(world, who, button, extra):
    page = world.pages["guide"]
    if button != "action-submit":
        submit_change(world, "guide")
    if button == "action-restart-workflow":
        state = reload(page).current_workflow_task_state
        state.task.specific.on_action(state, world.freigabe, "reject", comment="Quellen.")
    user = getattr(world, who)
    response = editor_post(world, user, reload(page), "guide", button, **extra)
    # Cancelling while the page is locked for review shows the editor again, with the message.
    assert response.status_code == (200 if button == "action-cancel-workflow" else 302)
    assert len(success_texts(response)) == 1, texts(response)
