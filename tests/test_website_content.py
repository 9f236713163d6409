"""The public pages of guides, cooperations and events: structure, structured data, calendar."""

import datetime
import json
import re

import pytest
from django.utils import timezone
from icalendar import Calendar

from events.factories import EventPageFactory
from events.models import EventIndexPage
from knowledge.factories import CooperationPageFactory, FundingProgrammeFactory, GuidePageFactory
from knowledge.models import FundingDeadline
from kreativorte.factories import ContactPersonFactory, DocumentFactory, ImageFactory

from .helpers import berlin, count_queries, html_of, topics

pytestmark = pytest.mark.django_db

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(html: str, kind: str) -> dict:
    found = [json.loads(text) for text in JSON_LD.findall(html)]
    matching = [data for data in found if data.get("@type") == kind]
    assert len(matching) == 1, found
    return matching[0]


# Guides


def test_table_of_contents_links_match_heading_ids(client, tree):
    guide = GuidePageFactory(
        parent=tree.guides,
        body=[
            {"type": "heading", "value": "Bauantrag stellen"},
            {"type": "paragraph", "value": "<p>Text.</p>"},
            {"type": "heading", "value": "Förderung & Größe"},
            {"type": "heading", "value": "Bauantrag stellen"},  # same text: still unique ids
        ],
    )
    html = html_of(client, guide.url)
    toc = re.search(r'<nav class="toc".*?</nav>', html, re.S).group(0)
    links = re.findall(r'href="#([^"]+)"', toc)
    ids = re.findall(r'<h2 id="([^"]+)">', html.split("</nav>", 1)[1])
    assert links == ["bauantrag-stellen", "foerderung-groesse", "bauantrag-stellen-2"]
    assert [i for i in ids if i in links] == links
    assert len(set(ids)) == len(ids)


def test_guide_shows_reading_time_topics_review_date_and_related_guides(client, tree):
    guide = GuidePageFactory(parent=tree.guides, topics=topics("baurecht"))
    guide.last_reviewed = datetime.date(2026, 3, 5)
    guide.save()
    related = GuidePageFactory(parent=tree.guides, title="Verwandt", topics=topics("baurecht"))
    GuidePageFactory(parent=tree.guides, title="Fremdes Thema", topics=topics("foerderung"))
    draft = GuidePageFactory(parent=tree.guides, title="Entwurf", topics=topics("baurecht"))
    draft.unpublish()

    html = html_of(client, guide.url)
    assert "1 Minute Lesezeit" in html
    assert 'class="tag-list"' in html and "Baurecht" in html
    assert "5. März 2026" in html
    assert related.title in html
    assert "Fremdes Thema" not in html and "Entwurf" not in html


def test_faq_json_ld_is_a_faq_page(client, tree):
    guide = GuidePageFactory(
        parent=tree.guides,
        body=[
            {
                "type": "faq",
                "value": {
                    "title": "Häufige Fragen",
                    "items": [
                        {
                            "question": "Brauche ich eine Genehmigung?",
                            "answer": "<p>Meist ja. </script><b>Nicht</b> vergessen.</p>",
                        },
                        {"question": "Wer hilft?", "answer": "<p>Die Bauaufsicht.</p>"},
                    ],
                },
            }
        ],
    )
    html = html_of(client, guide.url)
    assert "<details" in html and "Brauche ich eine Genehmigung?" in html
    data = json_ld(html, "FAQPage")
    assert data["@context"] == "https://schema.org"
    questions = data["mainEntity"]
    assert [q["name"] for q in questions] == ["Brauche ich eine Genehmigung?", "Wer hilft?"]
    assert all(q["@type"] == "Question" for q in questions)
    assert all(q["acceptedAnswer"]["@type"] == "Answer" for q in questions)
    assert "Die Bauaufsicht." in questions[1]["acceptedAnswer"]["text"]


def test_download_shows_file_type_and_size(client, tree):
    document = DocumentFactory(
        title="Merkblatt", file__filename="merkblatt.pdf", file__data=b"x" * 2048
    )
    guide = GuidePageFactory(
        parent=tree.guides,
        body=[
            {
                "type": "download",
                "value": {"document": document.pk, "title": "", "description": ""},
            }
        ],
    )
    html = html_of(client, guide.url)
    assert "Merkblatt" in html
    assert re.search(r"\(PDF, 2(,0)?\W+KB\)", html), html


def test_funding_box_shows_next_deadline_and_contact(client, tree):
    programme = FundingProgrammeFactory(name="Kreativ vor Ort")
    today = timezone.localdate()
    FundingDeadline.objects.create(programme=programme, date=today - datetime.timedelta(days=3))
    soon = FundingDeadline.objects.create(
        programme=programme, date=today + datetime.timedelta(days=10), label="Frühjahr"
    )
    FundingDeadline.objects.create(programme=programme, date=today + datetime.timedelta(days=90))
    person = ContactPersonFactory(name="Anna Beispiel")
    guide = GuidePageFactory(
        parent=tree.guides,
        body=[
            {"type": "funding", "value": {"programme": programme.pk, "note": ""}},
            {"type": "contact", "value": {"person": person.pk, "note": ""}},
        ],
    )
    html = html_of(client, guide.url)
    assert "Nächste Antragsfrist" in html
    assert f'datetime="{soon.date.isoformat()}"' in html and "Frühjahr" in html
    assert "Anna Beispiel" in html and "mailto:" in html


def test_cooperation_page_tells_the_story(client, tree):
    cooperation = CooperationPageFactory(
        parent=tree.cooperations,
        advice="<p>Früh reden.</p>",
        listing_image=ImageFactory(description="Werkstatt mit Prototyp"),
    )
    html = html_of(client, cooperation.url)
    for text in ("Studio Formlos", "Tischlerei Holzwerk", "Wie es begann", "Früh reden."):
        assert text in html
    assert 'alt="Werkstatt mit Prototyp"' in html


@pytest.mark.parametrize("kind", ["guides", "events", "cooperations"])
def test_index_pages_need_the_same_queries_for_3_and_12_items(client, tree, kind):
    image = ImageFactory()
    build = {
        "guides": lambda: GuidePageFactory(
            parent=tree.guides, listing_image=image, topics=topics("baurecht", "foerderung")
        ),
        "events": lambda: EventPageFactory(
            parent=tree.events, listing_image=image, topics=topics("baurecht")
        ),
        "cooperations": lambda: CooperationPageFactory(
            parent=tree.cooperations, listing_image=image
        ),
    }[kind]
    index = getattr(tree, kind)
    for _ in range(3):
        build()
    client.get(index.url)  # warm caches (renditions, site root paths)
    few = count_queries(client, index.url)
    for _ in range(9):
        build()
    client.get(index.url)
    assert count_queries(client, index.url) == few


# Events


def event_at(tree, start, **kwargs):
    return EventPageFactory(
        parent=tree.events, start=start, end=start + datetime.timedelta(hours=2), **kwargs
    )


def test_event_index_lists_upcoming_ascending_and_past_descending(client, tree):
    now = timezone.now()
    later = event_at(tree, now + datetime.timedelta(days=20), title="Später")
    sooner = event_at(tree, now + datetime.timedelta(days=2), title="Bald")
    running = event_at(tree, now - datetime.timedelta(hours=1), title="Läuft gerade")
    old = event_at(tree, now - datetime.timedelta(days=40), title="Lange her")
    recent = event_at(tree, now - datetime.timedelta(days=3), title="Kürzlich")
    response = client.get(tree.events.url)
    listing = response.context["listing"]
    assert [e.pk for e in listing["upcoming"]] == [running.pk, sooner.pk, later.pk]
    assert [e.pk for e in listing["past"]] == [recent.pk, old.pk]
    html = response.content.decode()
    assert html.index("Bald") < html.index("Später") < html.index("Kürzlich") < html.index("Lange")


def test_event_list_shows_german_dates_badges_and_status(client, tree):
    start = berlin(2030, 7, 4, 10, 0)
    event_at(tree, start, title="Online", attendance="online", online_url="https://meet.example")
    event_at(tree, start, title="Hybrid", attendance="hybrid", online_url="https://meet.example")
    event_at(tree, start, title="Abgesagtes", status="cancelled")
    html = html_of(client, tree.events.url)
    assert "4. Juli 2030, 10:00" in html
    assert 'class="badge badge--online">Online<' in html
    assert 'class="badge badge--hybrid">Hybrid' in html
    assert 'class="badge badge--cancelled">Abgesagt<' in html


def test_past_events_are_paginated(client, tree):
    now = timezone.now()
    for days in range(EventIndexPage.PAST_PER_PAGE + 2):
        event_at(tree, now - datetime.timedelta(days=days + 2))
    first = client.get(tree.events.url).context["listing"]["past"]
    second = client.get(tree.events.url + "?page=2").context["listing"]["past"]
    assert len(first) == EventIndexPage.PAST_PER_PAGE and len(second) == 2


def test_event_page_shows_facts_and_registration_state(client, tree):
    event = event_at(
        tree,
        berlin(2030, 1, 15, 10, 0),
        organiser="Kreatives Sachsen",
        registration_url="https://anmeldung.example",
        registration_deadline=berlin(2030, 1, 10, 12, 0),
        topics=topics("baurecht"),
    )
    html = html_of(client, event.url)
    assert "15. Januar 2030, 10:00" in html and "12:00" in html
    assert "Kreatives Sachsen" in html and "https://anmeldung.example" in html
    assert "10. Januar 2030, 12:00" in html and "Baurecht" in html
    assert f'href="{event.url}ics/"' in html and "Zum Kalender hinzufügen" in html

    past = event_at(
        tree,
        timezone.now() + datetime.timedelta(days=3),
        registration_url="https://anmeldung.example",
        registration_deadline=timezone.now() - datetime.timedelta(days=1),
    )
    html = html_of(client, past.url)
    assert "Anmeldeschluss war am" in html and "https://anmeldung.example" not in html


@pytest.mark.parametrize(
    ("attendance", "status", "mode", "event_status", "location_types"),
    [
        ("offline", "scheduled", "OfflineEventAttendanceMode", "EventScheduled", ["Place"]),
        ("online", "postponed", "OnlineEventAttendanceMode", "EventPostponed", ["VirtualLocation"]),
        (
            "hybrid",
            "cancelled",
            "MixedEventAttendanceMode",
            "EventCancelled",
            ["Place", "VirtualLocation"],
        ),
    ],
)
def test_event_json_ld(client, tree, attendance, status, mode, event_status, location_types):
    event = event_at(
        tree,
        berlin(2030, 7, 4, 10, 0),
        title="Werkstattgespräch",
        teaser="Über Umnutzung.",
        attendance=attendance,
        status=status,
        online_url="https://meet.example/raum" if attendance != "offline" else "",
        organiser="Kreatives Sachsen",
        venue_address="Markt 1",
        listing_image=ImageFactory(),
    )
    data = json_ld(html_of(client, event.url), "Event")
    assert data["@context"] == "https://schema.org"
    assert data["name"] == "Werkstattgespräch"
    assert data["startDate"] == "2030-07-04T10:00:00+02:00"
    assert data["endDate"] == "2030-07-04T12:00:00+02:00"
    assert data["eventAttendanceMode"] == f"https://schema.org/{mode}"
    assert data["eventStatus"] == f"https://schema.org/{event_status}"
    assert data["url"] == f"http://testserver{event.url}"
    assert data["description"] == "Über Umnutzung."
    assert data["organizer"] == {"@type": "Organization", "name": "Kreatives Sachsen"}
    assert data["image"].startswith("http://testserver/")
    locations = data["location"] if isinstance(data["location"], list) else [data["location"]]
    assert [location["@type"] for location in locations] == location_types
    for location in locations:
        if location["@type"] == "Place":
            assert location["address"]["streetAddress"] == "Markt 1"
            assert location["address"]["addressLocality"] == "Freiberg"
        else:
            assert location["url"] == "https://meet.example/raum"


def ics(client, event):
    response = client.get(event.url + "ics/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
    calendar = Calendar.from_ical(response.content)
    (vevent,) = calendar.walk("VEVENT")
    return vevent


@pytest.mark.parametrize(("month", "utc_hour"), [(7, 8), (1, 9)])
def test_ics_times_are_europe_berlin(client, tree, month, utc_hour):
    event = event_at(tree, berlin(2030, month, 15, 10, 0))
    vevent = ics(client, event)
    start, end = vevent.decoded("dtstart"), vevent.decoded("dtend")
    assert start.utcoffset() is not None
    assert start.astimezone(datetime.UTC).hour == utc_hour
    assert end.astimezone(datetime.UTC).hour == utc_hour + 2
    assert str(vevent["summary"]) == event.title
    assert str(vevent["url"]) == f"http://testserver{event.url}"
    assert "Rathaus, Ratssaal" in str(vevent["location"])
    assert str(vevent["status"]) == "CONFIRMED"


def test_ics_uid_is_stable_and_cancelled_is_marked(client, tree):
    event = event_at(tree, berlin(2030, 3, 1, 18, 0), status="cancelled")
    first, second = ics(client, event), ics(client, event)
    assert (
        str(first["uid"])
        == str(second["uid"])
        == (f"event-{event.translation_key}@kreativorte-sachsen.de")
    )
    assert str(first["status"]) == "CANCELLED"


def test_ics_of_online_event_points_at_the_link(client, tree):
    event = event_at(
        tree, berlin(2030, 3, 1, 18, 0), attendance="online", online_url="https://meet.example/raum"
    )
    assert str(ics(client, event)["location"]) == "https://meet.example/raum"


def test_ics_only_for_live_public_events(client, tree):
    draft = EventPageFactory(parent=tree.events, live=False)
    assert client.get(draft.url + "ics/").status_code == 404

    from wagtail.models import PageViewRestriction

    private = EventPageFactory(parent=tree.events)
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    response = client.get(private.url + "ics/")
    assert not response["Content-Type"].startswith("text/calendar")
    assert b"BEGIN:VCALENDAR" not in response.content
