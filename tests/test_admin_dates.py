"""Dates and times in the admin: shown and typed as TT.MM.JJJJ HH:MM, ISO 8601 understood,
anything else refused with the expected format; never replaced by another moment."""

import datetime
import zoneinfo

import pytest
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from wagtail.admin.forms.models import formfield_for_dbfield
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput, AdminTimeInput
from wagtail.users.models import UserProfile

from .roles_world import client_for, edit_url, reload

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
NEXT_YEAR = datetime.date.today().year + 1
GERMAN = f"15.01.{NEXT_YEAR}"
START = datetime.datetime(NEXT_YEAR, 1, 15, 18, 0, tzinfo=BERLIN)


def publish_event(world, language="de", **dates):
    event = world.pages["event"]
    data = world.form_data(event, "event", **dates)
    data["action-publish"] = "action-publish"
    client = client_for(world.redaktion)
    if language != "de":
        profile = UserProfile.get_for_user(world.redaktion)
        profile.preferred_language = language
        profile.save()
    return client.post(edit_url(event), data), reload(event)


@pytest.mark.parametrize(
    "start, end, deadline",
    [
        (f"{GERMAN} 18:00", f"{GERMAN} 21:30", f"10.01.{NEXT_YEAR} 12:00"),
        (f"{NEXT_YEAR}-01-15 18:00", f"{NEXT_YEAR}-01-15 21:30", f"{NEXT_YEAR}-01-10 12:00"),
        (f"{GERMAN} 18:00:00", f"{GERMAN} 21:30:00", f"10.01.{NEXT_YEAR} 12:00:00"),
    ],
    ids=["german", "iso", "german-with-seconds"],
)
@pytest.mark.parametrize("language", ["de", "en"])
def test_typed_dates_are_published_as_typed(world, start, end, deadline, language):
    response, event = publish_event(
        world, language, start=start, end=end, registration_deadline=deadline
    )
    assert response.status_code == 302, response.context["form"].errors
    assert event.live and event.start == START
    assert event.end == START.replace(hour=21, minute=30)
    assert event.registration_deadline == datetime.datetime(NEXT_YEAR, 1, 10, 12, tzinfo=BERLIN)


@pytest.mark.parametrize("typed", ["morgen 18 Uhr", f"01/15/{NEXT_YEAR} 18:00", "31.02.2027 18:00"])
def test_other_dates_are_refused_naming_the_expected_format(world, typed):
    before = reload(world.pages["event"])
    response, event = publish_event(world, start=typed)
    assert response.status_code == 200
    errors = response.context["form"].errors["start"]
    assert errors == [
        "Bitte Datum und Uhrzeit als TT.MM.JJJJ HH:MM eingeben, z. B. 15.01.2027 18:00."
    ]
    assert event.start == before.start and event.latest_revision_id == before.latest_revision_id


def test_english_editors_are_told_the_format_in_english(world):
    response, _event = publish_event(world, "en", start="tomorrow")
    with translation.override("en"):
        assert [str(error) for error in response.context["form"].errors["start"]] == [
            "Enter the date and time as DD.MM.YYYY HH:MM, e.g. 15.01.2027 18:00."
        ]


def test_edit_view_shows_dates_in_german(world):
    event = world.pages["event"]
    event.start, event.end = START, START + datetime.timedelta(hours=2)
    event.registration_deadline = None
    event.save_revision().publish()
    data = world.form_data(reload(event), "event")
    assert data["start"] == f"{GERMAN} 18:00"


def test_date_pickers_use_the_german_formats():
    """The picker writes what it offers in the format the server reads first; that it
    keeps what it cannot read is the browser test's (tests/browser/test_admin_inputs.py)."""
    for widget, picker_format in [
        (AdminDateTimeInput(), "d.m.Y H:i"),
        (AdminDateInput(), "d.m.Y"),
        (AdminTimeInput(), "H:i"),
    ]:
        assert widget.get_config()["format"] == picker_format


def test_admin_loads_the_picker_defaults(world):
    html = client_for(world.redaktion).get(edit_url(world.pages["event"])).content.decode()
    assert "editor/date-inputs.js" in html


def test_date_only_and_time_fields_name_their_formats():
    date_field = formfield_for_dbfield(models.DateField())
    time_field = formfield_for_dbfield(models.TimeField())
    assert date_field.clean(GERMAN) == datetime.date(NEXT_YEAR, 1, 15)
    assert date_field.clean(f"{NEXT_YEAR}-01-15") == datetime.date(NEXT_YEAR, 1, 15)
    assert time_field.clean("18:00") == datetime.time(18, 0)
    with pytest.raises(ValidationError) as refused:
        date_field.clean("15. Januar")
    assert refused.value.messages == ["Bitte ein Datum als TT.MM.JJJJ eingeben, z. B. 15.01.2027."]
    with pytest.raises(ValidationError) as refused:
        time_field.clean("18 Uhr")
    assert refused.value.messages == ["Bitte eine Uhrzeit als HH:MM eingeben, z. B. 18:00."]
