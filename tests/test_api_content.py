"""API v1 guides, cooperations, events and taxonomies."""

import datetime

import pytest
from django.utils import timezone

from events.factories import EventPageFactory
from knowledge.factories import CooperationPageFactory, GuidePageFactory
from knowledge.models import Topic
from kreativorte.models import District, SubMarket
from places.factories import PlacePageFactory
from places.models import PlaceType

from .helpers import berlin, get_json, topics

pytestmark = pytest.mark.django_db


def ids(data):
    return [item["id"] for item in data["results"]]


# Guides


def test_guides_list_and_topic_filter(client, tree):
    law = GuidePageFactory(parent=tree.guides, title="A Baurecht", topics=topics("baurecht"))
    monument = GuidePageFactory(
        parent=tree.guides, title="B Denkmal", topics=topics("denkmalschutz")
    )
    both = GuidePageFactory(
        parent=tree.guides, title="C Förderung", topics=topics("baurecht", "foerderung")
    )
    GuidePageFactory(parent=tree.guides, title="D Betrieb", topics=topics("betrieb"))

    everything = get_json(client, "/api/v1/guides/")
    assert everything["count"] == 4
    assert [item["title"] for item in everything["results"]] == [
        "A Baurecht",
        "B Denkmal",
        "C Förderung",
        "D Betrieb",
    ]
    item = everything["results"][2]
    assert item["type"] == "guide" and item["url"] == "http://testserver/wissen/c-forderung/"
    assert {t["slug"] for t in item["topics"]} == {"baurecht", "foerderung"}
    assert item["audience"] == "founders" and item["reading_time"] >= 1
    assert "body" not in item

    assert ids(get_json(client, "/api/v1/guides/", {"topic": "baurecht"})) == [law.id, both.id]
    either = get_json(client, "/api/v1/guides/", {"topic": ["baurecht", "denkmalschutz"]})
    assert ids(either) == [law.id, monument.id, both.id], "repeated topics combine with OR"
    assert either["count"] == 3
    assert get_json(client, "/api/v1/guides/", {"topic": "baukosten"})["count"] == 0


def test_guide_detail_carries_the_body_as_typed_blocks(client, tree):
    guide = GuidePageFactory(
        parent=tree.guides,
        title="Nutzungsänderung beantragen",
        topics=topics("baurecht"),
        last_reviewed=datetime.date(2025, 3, 1),
        body=[
            {"type": "heading", "value": "Worum es geht"},
            {"type": "paragraph", "value": "<p>Eine <b>Nutzungsänderung</b> braucht Zeit.</p>"},
            {
                "type": "checklist",
                "value": {"title": "Unterlagen", "items": ["Lageplan", "Grundrisse"]},
            },
            {
                "type": "steps",
                "value": {
                    "title": "So geht es",
                    "steps": [
                        {"title": "Beraten lassen", "text": "<p>Beim Bauamt.</p>"},
                        {"title": "Antrag stellen", "text": "<p>Schriftlich.</p>"},
                    ],
                },
            },
            {
                "type": "faq",
                "value": {
                    "title": "Häufige Fragen",
                    "items": [{"question": "Wie lange?", "answer": "<p>Drei Monate.</p>"}],
                },
            },
            {
                "type": "callout",
                "value": {"kind": "tip", "title": "Tipp", "text": "<p>Früh anfangen.</p>"},
            },
            {
                "type": "quote",
                "value": {"text": "Es lohnt sich.", "attribution": "Eine Betreiberin"},
            },
        ],
    )
    data = get_json(client, f"/api/v1/guides/{guide.id}/")
    assert data["title"] == "Nutzungsänderung beantragen"
    assert data["last_reviewed"] == "2025-03-01"
    assert [t["slug"] for t in data["topics"]] == ["baurecht"]
    body = data["body"]
    assert all(set(block) == {"type", "value", "id"} for block in body)
    stored_ids = [block.id for block in guide.body]
    assert [block["id"] for block in body] == stored_ids
    assert [block["type"] for block in body] == [
        "heading",
        "paragraph",
        "checklist",
        "steps",
        "faq",
        "callout",
        "quote",
    ]
    values = [block["value"] for block in body]
    assert values[0] == "Worum es geht"
    assert values[1] == "<p>Eine <b>Nutzungsänderung</b> braucht Zeit.</p>"
    assert values[2] == {"title": "Unterlagen", "items": ["Lageplan", "Grundrisse"]}
    assert values[3] == {
        "title": "So geht es",
        "steps": [
            {"title": "Beraten lassen", "text": "<p>Beim Bauamt.</p>"},
            {"title": "Antrag stellen", "text": "<p>Schriftlich.</p>"},
        ],
    }
    assert values[4]["items"] == [{"question": "Wie lange?", "answer": "<p>Drei Monate.</p>"}]
    assert values[5] == {"kind": "tip", "title": "Tipp", "text": "<p>Früh anfangen.</p>"}
    assert values[6] == {"text": "Es lohnt sich.", "attribution": "Eine Betreiberin"}


# Cooperations


def cooperation(tree, title, district, submarket, **fields):
    """A cooperation in the district and creative sub-market (both by slug)."""
    return CooperationPageFactory(
        parent=tree.cooperations,
        title=title,
        district=District.objects.get(slug=district),
        creative_submarket=SubMarket.objects.get(slug=submarket),
        **fields,
    )


def test_cooperations_list_filters_and_detail(client, tree):
    wood = cooperation(
        tree,
        "Holz trifft Design",
        "landkreis-goerlitz",
        "designwirtschaft",
        other_partners="Hochschule Zittau/Görlitz",
        region_context="<p>Die <i>Oberlausitz</i> hat viel Handwerk.</p>",
        origin="<p>Eine Begegnung auf einer Messe.</p>",
        value_for_partners="<p>Neue Produkte.</p>",
        value_for_region="<p>Ausbildungsplätze.</p>",
        advice="<p>Miteinander reden.</p>",
        body=[{"type": "paragraph", "value": "<p>Mehr dazu.</p>"}],
    )
    sound = cooperation(
        tree, "Klang aus Metall", "vogtlandkreis", "musikwirtschaft", trade="Metallbau"
    )

    data = get_json(client, "/api/v1/cooperations/")
    assert ids(data) == [wood.id, sound.id] and data["count"] == 2
    item = data["results"][1]
    assert item["type"] == "cooperation"
    assert item["creative_submarket"] == {"slug": "musikwirtschaft", "name": "Musikwirtschaft"}
    assert item["district"] == {"slug": "vogtlandkreis", "name": "Vogtlandkreis"}
    assert item["trade"] == "Metallbau"
    assert item["creative_partner"] == "Studio Formlos"
    assert item["business_partner"] == "Tischlerei Holzwerk"
    assert item["innovation_kind"] == "product"

    assert ids(get_json(client, "/api/v1/cooperations/", {"district": "vogtlandkreis"})) == [
        sound.id
    ]
    assert ids(get_json(client, "/api/v1/cooperations/", {"submarket": "designwirtschaft"})) == [
        wood.id
    ]
    both = {"district": ["vogtlandkreis", "landkreis-goerlitz"]}
    assert ids(get_json(client, "/api/v1/cooperations/", both)) == [wood.id, sound.id]
    neither = {"district": "vogtlandkreis", "submarket": "designwirtschaft"}
    assert ids(get_json(client, "/api/v1/cooperations/", neither)) == []

    detail = get_json(client, f"/api/v1/cooperations/{wood.id}/")
    assert detail["other_partners"] == "Hochschule Zittau/Görlitz"
    assert detail["region_context"] == "<p>Die <i>Oberlausitz</i> hat viel Handwerk.</p>"
    assert detail["origin"] == "<p>Eine Begegnung auf einer Messe.</p>"
    assert detail["value_for_partners"] == "<p>Neue Produkte.</p>"
    assert detail["value_for_region"] == "<p>Ausbildungsplätze.</p>"
    assert detail["advice"] == "<p>Miteinander reden.</p>"
    assert [(b["type"], b["value"]) for b in detail["body"]] == [("paragraph", "<p>Mehr dazu.</p>")]


# Events


def test_event_times_are_iso_8601_with_the_berlin_offset(client, tree):
    winter = EventPageFactory(
        parent=tree.events, start=berlin(2030, 1, 15, 10, 0), end=berlin(2030, 1, 15, 12, 30)
    )
    summer = EventPageFactory(
        parent=tree.events, start=berlin(2030, 7, 15, 10, 0), end=berlin(2030, 7, 15, 12, 30)
    )
    data = get_json(client, "/api/v1/events/")
    assert ids(data) == [winter.id, summer.id]
    first, second = data["results"]
    assert first["start"] == "2030-01-15T10:00:00+01:00"
    assert first["end"] == "2030-01-15T12:30:00+01:00"
    assert second["start"] == "2030-07-15T10:00:00+02:00"
    assert second["end"] == "2030-07-15T12:30:00+02:00"
    for item in data["results"]:
        parsed = datetime.datetime.fromisoformat(item["start"])
        assert parsed.utcoffset() is not None, "aware times only"
    assert datetime.datetime.fromisoformat(second["start"]) == summer.start

    detail = get_json(client, f"/api/v1/events/{winter.id}/")
    assert detail["start"] == "2030-01-15T10:00:00+01:00"


@pytest.fixture
def march(tree):
    """Events around midnight in Berlin, where the local date and the UTC date differ."""
    make = lambda title, start, end: EventPageFactory(  # noqa: E731
        parent=tree.events, title=title, start=start, end=end
    )
    return {
        "morning": make("Morgen", berlin(2030, 3, 10, 9), berlin(2030, 3, 10, 11)),
        "late": make("Spät", berlin(2030, 3, 10, 23, 30), berlin(2030, 3, 11, 0, 30)),
        # 00:30 in Berlin is 23:30 UTC on the 10th: still the 11th for visitors.
        "night": make("Nacht", berlin(2030, 3, 11, 0, 30), berlin(2030, 3, 11, 2)),
        "fair": make("Messe", berlin(2030, 3, 12, 10), berlin(2030, 3, 14, 18)),
        "later": make("Später", berlin(2030, 3, 20, 10), berlin(2030, 3, 20, 12)),
    }


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["morning", "late", "night", "fair", "later"]),
        ({"from": "2030-03-11"}, ["late", "night", "fair", "later"]),
        ({"to": "2030-03-10"}, ["morning", "late"]),
        ({"from": "2030-03-11", "to": "2030-03-11"}, ["late", "night"]),
        ({"from": "2030-03-13", "to": "2030-03-13"}, ["fair"]),
        ({"from": "2030-03-15", "to": "2030-03-19"}, []),
        ({"from": "2030-03-14"}, ["fair", "later"]),
        ({"to": "2030-03-09"}, []),
    ],
)
def test_events_from_and_to_are_berlin_dates(client, march, params, expected):
    data = get_json(client, "/api/v1/events/", params)
    assert ids(data) == [march[name].id for name in expected]
    assert data["count"] == len(expected)


def test_upcoming_events_are_running_or_future_ordered_by_start(client, tree):
    now = timezone.now()
    day = datetime.timedelta(days=1)
    past = EventPageFactory(parent=tree.events, title="Vorbei", start=now - 3 * day, end=now - day)
    later = EventPageFactory(
        parent=tree.events, title="Später", start=now + 9 * day, end=now + 10 * day
    )
    running = EventPageFactory(parent=tree.events, title="Läuft", start=now - day, end=now + day)
    soon = EventPageFactory(parent=tree.events, title="Bald", start=now + day, end=now + 2 * day)

    assert ids(get_json(client, "/api/v1/events/", {"upcoming": "true"})) == [
        running.id,
        soon.id,
        later.id,
    ]
    assert ids(get_json(client, "/api/v1/events/")) == [past.id, running.id, soon.id, later.id]
    assert ids(get_json(client, "/api/v1/events/", {"upcoming": "false"})) == [
        past.id,
        running.id,
        soon.id,
        later.id,
    ]


def test_event_detail(client, tree):
    venue = PlacePageFactory(parent=tree.places, title="Kühlhaus Görlitz")
    event = EventPageFactory(
        parent=tree.events,
        title="Offene Ateliers",
        start=berlin(2030, 5, 4, 14),
        end=berlin(2030, 5, 4, 18),
        venue_place=venue,
        venue_name="",
        registration_url="https://anmeldung.example",
        registration_deadline=berlin(2030, 5, 1, 12),
        organiser="Kreatives Sachsen",
        is_free=False,
        price="5 €",
        seats=40,
        topics=topics("betrieb"),
        body=[{"type": "paragraph", "value": "<p>Programm folgt.</p>"}],
    )
    data = get_json(client, f"/api/v1/events/{event.id}/")
    assert data["type"] == "event" and data["title"] == "Offene Ateliers"
    assert data["venue"] == "Kühlhaus Görlitz"
    assert data["venue_place"] == {
        "id": venue.id,
        "type": "place",
        "title": "Kühlhaus Görlitz",
        "url": "http://testserver/orte/kuhlhaus-gorlitz/",
    }
    assert data["registration_deadline"] == "2030-05-01T12:00:00+02:00"
    assert (data["is_free"], data["price"], data["seats"]) == (False, "5 €", 40)
    assert data["organiser"] == "Kreatives Sachsen"
    assert data["format"] == "workshop" and data["attendance"] == "offline"
    assert data["status"] == "scheduled"
    assert [t["slug"] for t in data["topics"]] == ["betrieb"]
    assert [(b["type"], b["value"]) for b in data["body"]] == [
        ("paragraph", "<p>Programm folgt.</p>")
    ]


def test_events_topic_filter(client, tree):
    law = EventPageFactory(parent=tree.events, topics=topics("baurecht"))
    EventPageFactory(parent=tree.events, topics=topics("betrieb"))
    assert ids(get_json(client, "/api/v1/events/", {"topic": "baurecht"})) == [law.id]


# Taxonomies


def test_taxonomies_give_every_term_with_slug_and_both_names(client, db):
    data = get_json(client, "/api/v1/taxonomies/")
    assert set(data) == {"districts", "place_types", "submarkets", "topics"}
    assert len(data["districts"]) == 13
    assert len(data["submarkets"]) == 12
    for key, model in [
        ("districts", District),
        ("place_types", PlaceType),
        ("submarkets", SubMarket),
        ("topics", Topic),
    ]:
        assert sorted((t["slug"], t["name_de"], t["name_en"]) for t in data[key]) == sorted(
            model.objects.values_list("slug", "name_de", "name_en")
        )
        assert all(t["slug"] and t["name_de"] and t["name_en"] for t in data[key])
    districts = {t["slug"]: t for t in data["districts"]}
    assert districts["landkreis-goerlitz"] == {
        "slug": "landkreis-goerlitz",
        "name_de": "Landkreis Görlitz",
        "name_en": "District of Görlitz",
    }
    assert {"dresden", "leipzig", "chemnitz"} <= set(districts)
    submarkets = {t["slug"]: t for t in data["submarkets"]}
    assert submarkets["software-games-industrie"]["name_de"] == "Software-/Games-Industrie"
    assert submarkets["kunstmarkt"]["name_en"] == "Art market"
    assert {t["slug"] for t in data["place_types"]} >= {"atelierhaus", "coworking"}


def test_a_new_term_shows_up_in_the_taxonomies(client, db):
    Topic.objects.create(name_de="Barrierefreiheit", name_en="Accessibility")
    topics_data = get_json(client, "/api/v1/taxonomies/")["topics"]
    assert {
        "slug": "barrierefreiheit",
        "name_de": "Barrierefreiheit",
        "name_en": "Accessibility",
    } in (topics_data)
