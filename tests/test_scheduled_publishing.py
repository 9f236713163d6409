"""Scheduled publishing: a publication date set in the editor, and events that
unpublish themselves after their end."""

import datetime
from contextlib import contextmanager
from unittest import mock

from django.core.management import call_command
from django.utils import timezone

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
