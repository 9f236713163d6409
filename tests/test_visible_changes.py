"""Only what visitors can see invalidates the caches: an editor's drafts, autosaves, locks,
comments and workflow steps leave the content version and Varnish alone; publishing,
unpublishing and a scheduled publication count.

The editor is driven through the admin views as the browser does it (see roles_world)."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Comment, Revision
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html

from accessibility.factories import AccessibilityStatementPageFactory
from knowledge.models import GuidePage
from kreativorte import content_version

from .roles_world import STREAMS, client_for, edit_url, reload
from .test_scheduled_publishing import time_passes

pytestmark = pytest.mark.django_db


@pytest.fixture
def unchanged(django_capture_on_commit_callbacks):
    """Asserts that the block changed neither the content version nor told Varnish."""

    class Check:
        def __enter__(self):
            self.before = content_version.current()
            self.capture = django_capture_on_commit_callbacks(execute=True)
            self.callbacks = self.capture.__enter__()

        def __exit__(self, *exc):
            self.capture.__exit__(*exc)
            if exc[0] is None:
                assert content_version.current() == self.before
                assert content_version.ban_in_varnish not in self.callbacks

    return Check()


def changes_the_version(action):
    before = content_version.current()
    action()
    return content_version.current() != before


def autosave(client, page, data):
    """What the editor's browser sends every few seconds: the form, asking for JSON."""
    response = client.post(edit_url(page), data, headers={"Accept": "application/json"})
    assert response.status_code == 200 and response.json()["success"], response.content
    return response.json()


def test_saving_a_draft_leaves_caches_alone(world, unchanged):
    guide = world.pages["guide"]
    data = world.form_data(guide, "guide", title="Bauantrag, Entwurf")
    with unchanged:
        assert client_for(world.redaktion).post(edit_url(guide), data).status_code == 302
    guide = reload(guide)
    assert guide.live and guide.title == "Bauantrag" and guide.draft_title == "Bauantrag, Entwurf"


def test_autosaves_leave_caches_alone(world, unchanged):
    place = world.pages["place"]
    client = client_for(world.redaktion)
    data = world.form_data(place, "place", title="Alte Spinnerei, Entwurf")
    with unchanged:
        first = autosave(client, place, data)
        data["overwrite_revision_id"] = str(first["revision_id"])
        data["title"] = "Alte Spinnerei, zweiter Entwurf"
        second = autosave(client, place, data)
    assert second["revision_id"] == first["revision_id"]  # the autosave revision, overwritten
    assert Revision.objects.get(pk=first["revision_id"]).content["title"].endswith("Entwurf")
    assert reload(place).title == "Alte Spinnerei"


def test_a_new_draft_page_and_its_autosaves_leave_caches_alone(world, unchanged):
    """A page never published is saved whole with every draft: nobody sees it yet."""
    client = client_for(world.redaktion)
    url = reverse("wagtailadmin_pages:add", args=["knowledge", "guidepage", world.tree.guides.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data.update(nested_form_data(STREAMS["guide"]))
    data.update(title="Förderung für Ateliers", slug="foerderung-ateliers")
    data.setlist("topics", [str(topic.pk) for topic in world.pages["guide"].topics.all()])
    with unchanged:
        assert client.post(url, data).status_code == 302
        guide = GuidePage.objects.get(slug="foerderung-ateliers")
        data = world.form_data(guide, "guide", title="Förderung für Ateliers und Werkstätten")
        autosave(client, guide, data)
    guide = reload(guide)
    assert not guide.live and guide.title == "Förderung für Ateliers und Werkstätten"
    assert guide.topics.exists()


def test_locking_and_unlocking_leave_caches_alone(world, unchanged):
    guide = world.pages["guide"]
    client = client_for(world.freigabe)
    with unchanged:
        client.post(reverse("wagtailadmin_pages:lock", args=[guide.pk]))
        assert reload(guide).locked
        client.post(reverse("wagtailadmin_pages:unlock", args=[guide.pk]))
    assert not reload(guide).locked


def test_submitting_and_requesting_changes_leave_caches_alone(world, unchanged):
    guide = world.pages["guide"]
    data = world.form_data(guide, "guide", title="Bauantrag, zur Freigabe")
    data["action-submit"] = "1"
    with unchanged:
        assert client_for(world.redaktion).post(edit_url(guide), data).status_code == 302
        task_state = reload(guide).current_workflow_task_state
        url = reverse(
            "wagtailadmin_pages:workflow_action", args=[guide.pk, "reject", task_state.pk]
        )
        response = client_for(world.freigabe).post(url, {"comment": "Bitte Quellen ergänzen."})
        assert response.status_code == 302
    assert reload(guide).title == "Bauantrag"


def test_a_comment_leaves_caches_alone(world, unchanged):
    """Stored as the edit view stores it: with the page's comments, by save_revision."""
    guide = world.pages["guide"]
    comment = Comment(user=world.redaktion, text="Stimmt die Frist noch?", contentpath="title")
    with unchanged:
        guide.wagtail_admin_comments.add(comment)
        guide.save_revision(user=world.redaktion)
    assert [c.text for c in reload(guide).wagtail_admin_comments.all()] == [
        "Stimmt die Frist noch?"
    ]


def test_publishing_approving_and_unpublishing_still_count(world):
    guide, place = world.pages["guide"], world.pages["place"]
    data = world.form_data(guide, "guide", title="Bauantrag 2027")
    data["action-publish"] = "1"
    client = client_for(world.freigabe)
    assert changes_the_version(lambda: client.post(edit_url(guide), data))
    assert reload(guide).title == "Bauantrag 2027"

    data = world.form_data(place, "place", title="Alte Spinnerei, neu")
    data["action-submit"] = "1"
    client_for(world.redaktion).post(edit_url(place), data)
    task_state = reload(place).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[place.pk, "approve", task_state.pk])
    assert changes_the_version(lambda: client.post(url, {"comment": "Passt."}))
    assert reload(place).title == "Alte Spinnerei, neu"

    url = reverse("wagtailadmin_pages:unpublish", args=[guide.pk])
    assert changes_the_version(lambda: client.post(url))
    assert not reload(guide).live


def test_a_scheduled_publication_counts_when_it_goes_live(world, unchanged):
    guide = world.pages["guide"]
    go_live = timezone.localtime() + datetime.timedelta(days=2)
    data = world.form_data(
        guide, "guide", title="Bauantrag 2028", go_live_at=go_live.strftime("%Y-%m-%d %H:%M")
    )
    data["action-publish"] = "1"
    with unchanged:  # scheduled: nothing changes yet
        assert client_for(world.freigabe).post(edit_url(guide), data).status_code == 302
    assert reload(guide).scheduled_revision is not None
    with time_passes(datetime.timedelta(days=3)):
        assert changes_the_version(lambda: call_command("publish_scheduled", verbosity=0))
    assert reload(guide).title == "Bauantrag 2028"


def test_publishing_the_accessibility_statement_counts(world):
    statement = AccessibilityStatementPageFactory(parent=world.tree.home, live=False)
    assert changes_the_version(lambda: statement.save_revision().publish())
