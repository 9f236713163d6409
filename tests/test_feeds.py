"""RSS/Atom feeds of guides, places and cooperations; the iCalendar feed of upcoming events."""

import datetime
from zoneinfo import ZoneInfo

import feedparser
import pytest
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from events.factories import EventPageFactory
from knowledge.factories import CooperationPageFactory, GuidePageFactory
from knowledge.models import Topic
from kreativorte.factories import ImageFactory
from kreativorte.models import SubMarket
from places.factories import PlacePageFactory
from places.models import PlaceType

from .helpers import published

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
FEEDS = {  # section -> (URL stem, index page attribute on the tree)
    "guides": "leitfaeden",
    "places": "orte",
    "cooperations": "kooperationen",
}


def make(section, tree, **kwargs):
    if section == "guides":
        page = GuidePageFactory(parent=tree.guides, **kwargs)
        page.topics.set(Topic.objects.order_by("slug")[:2])
    elif section == "places":
        page = PlacePageFactory(parent=tree.places, **kwargs)
        page.place_types.set(PlaceType.objects.order_by("slug")[:1])
        page.submarkets.set(SubMarket.objects.order_by("slug")[:1])
    else:
        page = CooperationPageFactory(parent=tree.cooperations, **kwargs)
    return published(page)


def parse(client, url, kind):
    response = client.get(url)
    assert response.status_code == 200, url
    content_type = "application/rss+xml" if kind == "rss" else "application/atom+xml"
    assert response["Content-Type"] == f"{content_type}; charset=utf-8"
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == ("rss20" if kind == "rss" else "atom10")
    return feed


@pytest.mark.parametrize("kind", ["rss", "atom"])
@pytest.mark.parametrize("section", FEEDS)
def test_feed_parses_with_links_summaries_categories_enclosures(client, tree, section, kind):
    with_image = make(section, tree, title="Mit Bild", listing_image=ImageFactory())
    without_image = make(section, tree, title="Ohne Bild")
    feed = parse(client, f"/feeds/{FEEDS[section]}.{kind}", kind)

    assert feed.feed.link == f"http://testserver{getattr(tree, section).url}"
    entries = {entry.title: entry for entry in feed.entries}
    assert set(entries) == {"Mit Bild", "Ohne Bild"}
    for page in (with_image, without_image):
        entry = entries[page.title]
        assert entry.link == f"http://testserver{page.url}"
        assert entry.summary == page.teaser
        assert (
            entry.id == f"tag:kreativorte-sachsen.de,2025:{section[:-1]}-{page.translation_key}-de"
        )
        assert entry.published_parsed
        terms = [tag.term for tag in entry.tags]
        assert terms and all(terms)
    (enclosure,) = entries["Mit Bild"].enclosures
    assert enclosure.href.startswith("http://testserver/media/")
    assert enclosure.type in ("image/jpeg", "image/png")
    assert int(enclosure.length) > 0
    assert entries["Ohne Bild"].enclosures == []


def test_categories_are_the_taxonomy_names(client, tree):
    guide = make("guides", tree)
    place = make("places", tree)
    cooperation = make("cooperations", tree)
    (entry,) = parse(client, "/feeds/leitfaeden.rss", "rss").entries
    assert [tag.term for tag in entry.tags] == [t.name_de for t in guide.topics.all()]
    (entry,) = parse(client, "/feeds/orte.atom", "atom").entries
    expected = [place.district.name_de]
    expected += [t.name_de for t in place.place_types.all()]
    expected += [t.name_de for t in place.submarkets.all()]
    assert [tag.term for tag in entry.tags] == expected
    (entry,) = parse(client, "/feeds/kooperationen.rss", "rss").entries
    assert [tag.term for tag in entry.tags] == [
        cooperation.district.name_de,
        cooperation.creative_submarket.name_de,
    ]


def test_newest_first_and_at_most_30(client, tree):
    pages = [make("guides", tree, title=f"Leitfaden {n:02}") for n in range(32)]
    entries = parse(client, "/feeds/leitfaeden.rss", "rss").entries
    assert len(entries) == 30
    assert [entry.title for entry in entries] == [page.title for page in pages[::-1][:30]]


@pytest.mark.parametrize("section", FEEDS)
def test_only_live_public_pages(client, tree, section):
    visible = make(section, tree, title="Sichtbar")
    factory = {
        "guides": GuidePageFactory,
        "places": PlacePageFactory,
        "cooperations": CooperationPageFactory,
    }[section]
    factory(parent=getattr(tree, section), title="Entwurf", live=False)
    private = make(section, tree, title="Nur mit Login")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    secret = make(section, tree, title="Mit Passwort")
    PageViewRestriction.objects.create(page=secret, restriction_type="password", password="x")
    gone = make(section, tree, title="Depubliziert")

    titles = {e.title for e in parse(client, f"/feeds/{FEEDS[section]}.rss", "rss").entries}
    assert titles == {"Sichtbar", "Depubliziert"}
    gone.unpublish()
    for kind in ("rss", "atom"):
        feed = parse(client, f"/feeds/{FEEDS[section]}.{kind}", kind)
        assert {entry.title for entry in feed.entries} == {visible.title}


def test_unpublish_is_never_answered_with_a_stale_304(client, tree):
    make("guides", tree, title="Älter")
    newest = make("guides", tree, title="Neuer")
    first = client.get("/feeds/leitfaeden.rss")
    assert "Last-Modified" not in first
    newest.unpublish()
    again = client.get(
        "/feeds/leitfaeden.rss",
        HTTP_IF_MODIFIED_SINCE="Fri, 01 Jan 2100 00:00:00 GMT",
        HTTP_IF_NONE_MATCH=first["ETag"],
    )
    assert again.status_code == 200
    assert [entry.title for entry in feedparser.parse(again.content).entries] == ["Älter"]


@pytest.mark.parametrize("kind", ["rss", "atom"])
@pytest.mark.parametrize("section", FEEDS)
def test_english_feeds_list_english_pages(client, tree, english, section, kind):
    locale = english
    german = make(section, tree, title="Deutsch", listing_image=ImageFactory())
    translated = german.copy_for_translation(locale, copy_parents=True)
    translated.title = "English"
    published(translated)
    index = getattr(tree, section).get_translation(locale)
    assert index.live  # copied as an alias of the German index, live with it

    feed = parse(client, f"/en/feeds/{FEEDS[section]}.{kind}", kind)
    (entry,) = feed.entries
    assert entry.title == "English"
    assert entry.link == f"http://testserver{translated.url}"
    assert entry.link.startswith("http://testserver/en/")
    assert entry.id.endswith(f"{german.translation_key}-en")
    assert len(entry.enclosures) == 1
    assert feed.feed.language == "en"
    (german_entry,) = parse(client, f"/feeds/{FEEDS[section]}.{kind}", kind).entries
    assert german_entry.title == "Deutsch"


def test_feed_without_a_live_section_is_404(client, tree, request):
    assert client.get("/en/feeds/leitfaeden.rss").status_code == 404  # no English locale
    request.getfixturevalue("english")
    assert client.get("/en/feeds/leitfaeden.rss").status_code == 404  # no English index


@pytest.mark.parametrize("section", FEEDS)
def test_feed_queries_do_not_grow_with_items(client, tree, section, django_assert_max_num_queries):
    def count(n):
        for _ in range(n):
            make(section, tree, listing_image=ImageFactory())
        url = f"/feeds/{FEEDS[section]}.rss"
        client.get(url)  # renditions are made on first use
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert len(parse(client, url, "rss").entries) >= n
        return len(queries)

    few = count(3)
    many = count(9)  # 12 in all
    assert few == many
    with django_assert_max_num_queries(few):
        client.get(f"/feeds/{FEEDS[section]}.atom")


# iCalendar feed


def calendar_of(client, url="/feeds/veranstaltungen.ics"):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def event_at(tree, start, **kwargs):
    return published(
        EventPageFactory(
            parent=tree.events, start=start, end=start + datetime.timedelta(hours=2), **kwargs
        )
    )


def vevents(calendar):
    return {str(vevent["summary"]): vevent for vevent in calendar.walk("VEVENT")}


@pytest.mark.parametrize(("month", "utc_hour"), [(7, 8), (1, 9)])
def test_ical_feed_times_are_europe_berlin(client, tree, month, utc_hour):
    event = event_at(tree, datetime.datetime(2031, month, 15, 10, 0, tzinfo=BERLIN))
    calendar = calendar_of(client)
    assert str(calendar["x-wr-calname"]) == "Kreativorte Sachsen – Veranstaltungen"
    assert str(calendar["x-wr-timezone"]) == "Europe/Berlin"
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    vevent = vevents(calendar)[event.title]
    start, end = vevent.decoded("dtstart"), vevent.decoded("dtend")
    assert start.astimezone(datetime.UTC) == datetime.datetime(
        2031, month, 15, utc_hour, 0, tzinfo=datetime.UTC
    )
    assert end.astimezone(datetime.UTC).hour == utc_hour + 2
    assert str(vevent["url"]) == f"http://testserver{event.url}"


def test_ical_feed_uid_status_location_and_visibility(client, tree):
    soon = datetime.datetime(2031, 3, 1, 18, 0, tzinfo=BERLIN)
    confirmed = event_at(tree, soon, title="Findet statt")
    cancelled = event_at(tree, soon, title="Abgesagt", status="cancelled")
    online = event_at(
        tree, soon, title="Online", attendance="online", online_url="https://meet.example/raum"
    )
    event_at(tree, datetime.datetime(2020, 3, 1, 18, 0, tzinfo=BERLIN), title="Vorbei")
    EventPageFactory(parent=tree.events, start=soon, title="Entwurf", live=False)
    private = event_at(tree, soon, title="Privat")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    gone = event_at(tree, soon, title="Depubliziert")
    gone.unpublish()

    events = vevents(calendar_of(client))
    assert set(events) == {"Findet statt", "Abgesagt", "Online"}
    assert str(events["Abgesagt"]["status"]) == "CANCELLED"
    assert str(events["Findet statt"]["status"]) == "CONFIRMED"
    assert str(events["Online"]["location"]) == "https://meet.example/raum"
    assert str(events["Online"]["url"]) == f"http://testserver{online.url}"
    for page in (confirmed, cancelled, online):
        single = Calendar.from_ical(client.get(page.url + "ics/").content)
        (vevent,) = single.walk("VEVENT")
        assert str(events[page.title]["uid"]) == str(vevent["uid"])
        assert str(vevent["uid"]) == f"event-{page.translation_key}@kreativorte-sachsen.de"


def test_ical_feed_of_english_events(client, tree, english):
    locale = english
    event = event_at(tree, datetime.datetime(2031, 3, 1, 18, 0, tzinfo=BERLIN), title="Termin")
    translated = event.copy_for_translation(locale, copy_parents=True)
    translated.title = "Date"
    published(translated)
    (vevent,) = calendar_of(client, "/en/feeds/veranstaltungen.ics").walk("VEVENT")
    assert str(vevent["summary"]) == "Date"
    assert str(vevent["uid"]) == f"event-{event.translation_key}@kreativorte-sachsen.de"
    assert str(vevent["url"]).startswith("http://testserver/en/")


def test_empty_ical_feed_parses(client, tree):
    calendar = calendar_of(client)
    assert calendar.walk("VEVENT") == []


# Discovery


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode().split("</head>", 1)[0]


def test_alternate_links_on_index_pages_and_site_wide(client, tree):
    guides_rss = '<link rel="alternate" type="application/rss+xml"'
    ics = (
        'type="text/calendar" title="Veranstaltungen (iCalendar)" href="/feeds/veranstaltungen.ics"'
    )
    home = head_of(client, tree.home.url)
    assert 'href="/feeds/leitfaeden.rss"' in home and guides_rss in home and ics in home
    expected = {
        tree.guides: ["/feeds/leitfaeden.rss", "/feeds/leitfaeden.atom"],
        tree.places: ["/feeds/orte.rss", "/feeds/orte.atom"],
        tree.cooperations: ["/feeds/kooperationen.rss", "/feeds/kooperationen.atom"],
        tree.events: ["/feeds/veranstaltungen.ics"],
    }
    for index, hrefs in expected.items():
        head = head_of(client, index.url)
        for href in hrefs:
            assert f'href="{href}"' in head, (index.title, href)
            kind = {"rss": "application/rss+xml", "atom": "application/atom+xml"}.get(
                href.rsplit(".", 1)[1], "text/calendar"
            )
            assert f'type="{kind}"' in head
