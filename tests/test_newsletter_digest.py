"""The newsletter digest: boundaries of `since` in Europe/Berlin, order, grouping, visibility."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from events.factories import EventPageFactory
from knowledge.factories import CooperationPageFactory, FundingProgrammeFactory, GuidePageFactory
from knowledge.models import FundingDeadline
from newsletter.digest import DIGEST_SECTIONS, build_digest
from newsletter.models import default_since
from places.factories import PlacePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]
BERLIN = ZoneInfo("Europe/Berlin")
DIGEST = "/api/v1/newsletter/digest/"


def published(page, moment: datetime.datetime):
    """Set when the page was first published (factories publish "now")."""
    Page.objects.filter(id=page.id).update(first_published_at=moment)
    return page


def new(page):
    """A page first published a minute ago."""
    return published(page, timezone.now() - datetime.timedelta(minutes=1))


def titles(section):
    return [item.get("title", item.get("name")) for item in section]


@pytest.mark.parametrize(
    "since",
    [datetime.date(2026, 7, 15), datetime.date(2026, 1, 15)],
    ids=["summer-CEST", "winter-CET"],
)
def test_since_starts_at_local_midnight(client, tree, since):
    midnight = datetime.datetime.combine(since, datetime.time.min, tzinfo=BERLIN)
    second = datetime.timedelta(seconds=1)
    published(PlacePageFactory(parent=tree.places, title="Davor"), midnight - second)
    published(PlacePageFactory(parent=tree.places, title="Genau"), midnight)
    published(PlacePageFactory(parent=tree.places, title="Danach"), midnight + second)
    # The same instants in UTC: one second before midnight in Berlin is still the day before.
    assert (midnight - second).astimezone(datetime.UTC).date() == since - datetime.timedelta(1)

    assert titles(build_digest(since)["places"]) == ["Danach", "Genau"]
    body = client.get(DIGEST, {"since": since.isoformat()}).json()
    assert titles(body["places"]) == ["Danach", "Genau"]
    offset = "+02:00" if since.month == 7 else "+01:00"
    assert body["since_start"] == f"{since.isoformat()}T00:00:00{offset}"


def test_sections_in_order_grouped_newest_and_soonest_first(client, tree):
    now = timezone.now()
    since = timezone.localdate() - datetime.timedelta(days=10)
    day = datetime.timedelta(days=1)
    for n, age in enumerate((3, 1, 2)):
        published(PlacePageFactory(parent=tree.places, title=f"Ort {age}"), now - age * day)
        published(GuidePageFactory(parent=tree.guides, title=f"Leitfaden {age}"), now - age * day)
        published(
            CooperationPageFactory(parent=tree.cooperations, title=f"Kooperation {age}"),
            now - (age + n / 10) * day,
        )
    published(PlacePageFactory(parent=tree.places, title="Alt"), now - 30 * day)
    soon = timezone.localtime(now).replace(microsecond=0)
    EventPageFactory(parent=tree.events, title="Übermorgen", start=soon + 2 * day)
    EventPageFactory(
        parent=tree.events,
        title="Morgen",
        start=soon + day,
        registration_deadline=soon + 0.5 * day,
    )
    EventPageFactory(
        parent=tree.events,
        title="In zwei Wochen",
        start=soon + 14 * day,
        registration_deadline=soon + 3 * day,
    )
    EventPageFactory(parent=tree.events, title="In zehn Wochen", start=soon + 70 * day)
    EventPageFactory(parent=tree.events, title="Vorbei", start=soon - 2 * day)
    later = FundingProgrammeFactory(name="Später")
    FundingDeadline.objects.create(programme=later, date=timezone.localdate() + 20 * day)
    sooner = FundingProgrammeFactory(name="Früher")
    FundingDeadline.objects.create(programme=sooner, date=timezone.localdate() + 5 * day)
    FundingDeadline.objects.create(programme=sooner, date=timezone.localdate() + 100 * day)
    too_late = FundingProgrammeFactory(name="Zu spät")
    FundingDeadline.objects.create(programme=too_late, date=timezone.localdate() + 100 * day)

    body = client.get(DIGEST, {"since": since.isoformat()}).json()
    assert [key for key in body if key in DIGEST_SECTIONS] == list(DIGEST_SECTIONS)
    assert titles(body["places"]) == ["Ort 1", "Ort 2", "Ort 3"]
    assert titles(body["guides"]) == ["Leitfaden 1", "Leitfaden 2", "Leitfaden 3"]
    assert titles(body["cooperations"]) == ["Kooperation 1", "Kooperation 2", "Kooperation 3"]
    assert titles(body["events"]) == ["Morgen", "Übermorgen", "In zwei Wochen"]
    assert titles(body["registration_deadlines"]) == ["Morgen", "In zwei Wochen"]
    assert titles(body["funding_deadlines"]) == ["Früher", "Später"]
    assert [d["date"] for d in body["funding_deadlines"][0]["deadlines"]] == [
        (timezone.localdate() + 5 * day).isoformat()
    ], "only the deadlines in the window"


def test_items_are_the_list_endpoints_items(client, tree):
    since = timezone.localdate() - datetime.timedelta(days=3)
    new(PlacePageFactory(parent=tree.places, title="Kühlhaus"))
    new(GuidePageFactory(parent=tree.guides, title="Umnutzung"))
    new(CooperationPageFactory(parent=tree.cooperations, title="Tischlerei trifft Design"))
    EventPageFactory(parent=tree.events, title="Werkstattgespräch")
    digest = client.get(DIGEST, {"since": since.isoformat()}).json()
    for section, endpoint in [
        ("places", "/api/v1/places/"),
        ("guides", "/api/v1/guides/"),
        ("cooperations", "/api/v1/cooperations/"),
        ("events", "/api/v1/events/"),
    ]:
        listed = client.get(endpoint).json()["results"]
        assert digest[section] == listed, section
        assert digest[section][0]["url"].startswith("http://testserver/")


def test_default_since_is_thirty_days_ago_until_issues_exist(client, tree):
    assert default_since(datetime.date(2026, 3, 31)) == datetime.date(2026, 3, 1)
    body = client.get(DIGEST).json()
    assert body["since"] == (timezone.localdate() - datetime.timedelta(days=30)).isoformat()


@pytest.mark.parametrize("restriction", [None, "password", "login", "draft"])
def test_unpublished_and_private_pages_are_absent(client, tree, restriction):
    since = timezone.localdate() - datetime.timedelta(days=3)
    makers = [
        lambda t: PlacePageFactory(parent=tree.places, title=t),
        lambda t: GuidePageFactory(parent=tree.guides, title=t),
        lambda t: CooperationPageFactory(parent=tree.cooperations, title=t),
        lambda t: EventPageFactory(
            parent=tree.events,
            title=t,
            registration_deadline=timezone.now() + datetime.timedelta(days=1),
        ),
    ]
    for make in makers:
        page = new(make("Verborgen"))
        if restriction == "draft":
            page.unpublish()
        elif restriction:
            PageViewRestriction.objects.create(
                page=page, restriction_type=restriction, password="geheim"
            )
    body = client.get(DIGEST, {"since": since.isoformat()}).json()
    found = [item for key in DIGEST_SECTIONS for item in body[key]]
    if restriction is None:
        assert {item["type"] for item in found} == {"place", "guide", "cooperation", "event"}
        assert len(found) == 5  # the event twice: coming and its registration deadline
    else:
        assert found == []
        assert build_digest(since)["places"] == []  # without a request too


def test_a_private_section_hides_its_pages(client, tree):
    new(PlacePageFactory(parent=tree.places, title="Im geschützten Bereich"))
    PageViewRestriction.objects.create(page=tree.places, restriction_type="login")
    assert client.get(DIGEST).json()["places"] == []


def test_an_unpublished_page_disappears_at_once(client, tree):
    place = new(PlacePageFactory(parent=tree.places, title="Zurückgezogen"))
    assert titles(client.get(DIGEST).json()["places"]) == ["Zurückgezogen"]
    place.unpublish()
    assert client.get(DIGEST).json()["places"] == []
    for suffix in ("digest.html", "digest.txt"):
        assert "Zurückgezogen" not in client.get(f"/api/v1/newsletter/{suffix}").content.decode()


def test_only_the_requested_locale(client, tree):
    new(PlacePageFactory(parent=tree.places, title="Deutsch"))
    assert titles(client.get(DIGEST, {"locale": "en"}).json()["places"]) == []
    assert titles(client.get(DIGEST, {"locale": "de"}).json()["places"]) == ["Deutsch"]
    assert client.get(DIGEST, {"locale": "fr"}).status_code == 400


def tomorrow() -> str:
    return (timezone.localdate() + datetime.timedelta(days=1)).isoformat()


@pytest.mark.parametrize("path", ["digest/", "digest.html", "digest.txt"])
@pytest.mark.parametrize("since", ["2026-13-01", "gestern", "", "2026-02-30", tomorrow()])
def test_bad_dates_are_a_400_naming_since(client, tree, path, since):
    response = client.get(f"/api/v1/newsletter/{path}", {"since": since})
    assert response.status_code == 400
    body = response.json()
    assert body["status"] == 400
    assert [e["parameter"] for e in body["errors"]] == ["since"]


def test_today_is_allowed(client, tree):
    response = client.get(DIGEST, {"since": timezone.localdate().isoformat()})
    assert response.status_code == 200
