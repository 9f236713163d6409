"""Scheduled publishing: a publication date set in the editor, and events that
unpublish themselves after their end."""

import datetime
import io
from contextlib import contextmanager
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageLogEntry

from events.factories import EventPageFactory
from knowledge.factories import GuidePageFactory

from .roles_world import client_for, edit_url, publish, reload

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


# A scheduled version that cannot go live ---------------------------------------------------

UNPUBLISHABLE = {
    "place": ({"location": ""}, "Position auf der Karte"),
    "guide": ({"audience": "niemand"}, "Zielgruppe"),
    "cooperation": ({"origin": ""}, "Wie es begann"),
    "event": ({"end": timezone.now() - datetime.timedelta(days=400)}, "Ende"),
}


@pytest.mark.parametrize("kind", sorted(UNPUBLISHABLE))
def test_a_scheduled_version_that_cannot_go_live_is_set_aside(world, kind):
    """Scheduling a new version of a live page does not validate it; when its time comes
    it is set aside (the page history says why), and the versions after it still go live."""
    changes, label = UNPUBLISHABLE[kind]
    page = world.pages[kind]
    for name, value in changes.items():
        setattr(page, name, value)
    page.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    broken = page.save_revision(user=world.freigabe, clean=False)
    broken.publish(user=world.freigabe)
    later = GuidePageFactory(parent=world.tree.guides, title="Später geplant", live=False)
    later.go_live_at = timezone.now() + datetime.timedelta(hours=1, minutes=5)
    later.save_revision(user=world.freigabe).publish(user=world.freigabe)

    errors = io.StringIO()
    with time_passes(datetime.timedelta(hours=2)):
        call_command("publish_scheduled", verbosity=0, stderr=errors)
    broken.refresh_from_db()
    assert broken.approved_go_live_at is None
    assert reload(page).live_revision_id != broken.pk
    assert reload(later).live
    entry = PageLogEntry.objects.get(page=page, action="editorial.schedule_refused")
    assert entry.revision_id == broken.pk
    assert label in entry.message and "bleibt ein Entwurf" in entry.message
    assert f"revision {broken.pk}" in errors.getvalue()
