"""API v1 funding programmes: upcoming application deadlines, filters, ordering, errors."""

import datetime

import pytest

from knowledge.factories import FundingProgrammeFactory
from knowledge.models import FundingDeadline, Topic

from .helpers import count_queries, days, get_json, with_query

pytestmark = pytest.mark.django_db

LIST = "/api/v1/funding/"


def names(data):
    return [item["name"] for item in data["results"]]


def programme(name, *dates, topics=(), **fields):
    """A programme with deadlines on the given dates (labels "Runde 1", "Runde 2", …)."""
    made = FundingProgrammeFactory(name=name, **fields)
    for number, date in enumerate(dates, start=1):
        FundingDeadline.objects.create(programme=made, date=date, label=f"Runde {number}")
    if topics:
        made.topics.set(Topic.objects.filter(slug__in=topics))
        made.save()  # a ParentalManyToManyField is written on save
    return made


def dates_of(item):
    return [deadline["date"] for deadline in item["deadlines"]]


# The list


def test_lists_programmes_with_upcoming_deadlines_next_first(client):
    programme("Spät", days(30), days(-10))
    programme("Bald", days(100), days(5))
    programme("Heute", days(0))
    programme("Nur vergangen", days(-1), days(-300))
    programme("Ohne Frist")

    data = get_json(client, LIST)
    assert names(data) == ["Heute", "Bald", "Spät"], "ordered by the next deadline"
    assert data["count"] == 3 and data["next"] is None
    by_name = {item["name"]: item for item in data["results"]}
    assert dates_of(by_name["Heute"]) == [days(0).isoformat()], "today is still upcoming"
    assert dates_of(by_name["Bald"]) == [days(5).isoformat(), days(100).isoformat()]
    assert dates_of(by_name["Spät"]) == [days(30).isoformat()], "past deadlines are left out"
    assert by_name["Spät"]["deadlines"][0]["label"] == "Runde 1"


def test_list_items_carry_the_programme_facts(client):
    made = programme(
        "Kreativraum Invest",
        days(20),
        topics=["foerderung", "baukosten"],
        provider="Förderfonds Kreativräume",
        url="https://kreativraum-invest.example",
        target_group="Vereine",
        funding_rate="bis zu 50 %",
        region="Sachsen",
    )
    (item,) = get_json(client, LIST)["results"]
    topics = sorted(item.pop("topics"), key=lambda term: term["slug"])
    assert topics == [
        {"slug": "baukosten", "name": "Baukosten"},
        {"slug": "foerderung", "name": "Förderung"},
    ]
    assert item == {
        "id": made.id,
        "name": "Kreativraum Invest",
        "provider": "Förderfonds Kreativräume",
        "url": "https://kreativraum-invest.example",
        "target_group": "Vereine",
        "funding_rate": "bis zu 50 %",
        "region": "Sachsen",
        "deadlines": [{"date": days(20).isoformat(), "label": "Runde 1"}],
    }
    english = get_json(client, LIST, {"locale": "en"})["results"][0]
    assert {t["name"] for t in english["topics"]} == {"Funding", "Construction costs"}


def test_deadline_after_and_before_include_the_day_itself(client):
    programme("März", datetime.date(2031, 3, 1), datetime.date(2031, 3, 31))
    programme("Februar", datetime.date(2031, 2, 28))
    programme("April", datetime.date(2031, 4, 1))

    after = get_json(client, LIST, {"deadline_after": "2031-03-01"})
    assert names(after) == ["März", "April"]
    assert dates_of(after["results"][0]) == ["2031-03-01", "2031-03-31"]

    window = {"deadline_after": "2031-03-01", "deadline_before": "2031-03-31"}
    assert names(get_json(client, LIST, window)) == ["März"]
    one_day = get_json(
        client, LIST, {"deadline_after": "2031-03-31", "deadline_before": "2031-03-31"}
    )
    assert names(one_day) == ["März"]
    assert dates_of(one_day["results"][0]) == ["2031-03-31"], "only deadlines in the window"

    assert names(get_json(client, LIST, {"deadline_before": "2031-03-01"})) == ["Februar", "März"]
    assert dates_of(get_json(client, LIST, {"deadline_before": "2031-03-01"})["results"][1]) == [
        "2031-03-01"
    ]
    assert get_json(client, LIST, {"deadline_after": "2031-04-02"})["count"] == 0


def test_deadline_after_reaches_into_the_past_on_request(client):
    programme("Vorbei", days(-20))
    programme("Kommt", days(3))
    assert names(get_json(client, LIST)) == ["Kommt"]
    past = get_json(client, LIST, {"deadline_after": days(-30).isoformat()})
    assert names(past) == ["Vorbei", "Kommt"]
    assert dates_of(past["results"][0]) == [days(-20).isoformat()]


def test_topic_filter_is_repeatable_and_combines_with_or(client):
    programme("Denkmal", days(10), topics=["denkmalschutz"])
    programme("Bau", days(20), topics=["baukosten", "foerderung"])
    programme("Betrieb", days(30), topics=["betrieb"])
    programme("Ohne Thema", days(40))

    assert names(get_json(client, LIST, {"topic": "baukosten"})) == ["Bau"]
    either = get_json(client, LIST, {"topic": ["denkmalschutz", "betrieb"]})
    assert names(either) == ["Denkmal", "Betrieb"] and either["count"] == 2
    assert get_json(client, LIST, {"topic": "baurecht"})["count"] == 0
    both = get_json(client, LIST, {"topic": ["baukosten", "foerderung"]})
    assert names(both) == ["Bau"], "no duplicates for a programme with both topics"


def test_paging(client):
    for number in range(5):
        programme(f"Programm {number}", days(number + 1))
    first = get_json(client, LIST, {"limit": 2})
    assert names(first) == ["Programm 0", "Programm 1"]
    assert first["count"] == 5 and first["limit"] == 2 and first["offset"] == 0
    assert first["next"] == "http://testserver/api/v1/funding/?limit=2&offset=2"
    last = get_json(client, LIST, {"limit": 2, "offset": 4})
    assert names(last) == ["Programm 4"] and last["next"] is None


def test_ties_are_ordered_by_name(client):
    programme("Zweites", days(7))
    programme("Erstes", days(7))
    assert names(get_json(client, LIST)) == ["Erstes", "Zweites"]


def test_deadlines_are_current_after_an_edit(client):
    made = programme("Wechselnd", days(10))
    assert dates_of(get_json(client, LIST)["results"][0]) == [days(10).isoformat()]
    made.deadlines.update(date=days(12))
    FundingDeadline.objects.create(programme=made, date=days(2))
    assert dates_of(get_json(client, LIST)["results"][0]) == [
        days(2).isoformat(),
        days(12).isoformat(),
    ]


# The detail


def test_detail_shows_the_programme_with_its_upcoming_deadlines(client):
    made = programme(
        "Denkmal-Impuls",
        days(-5),
        days(45),
        days(225),
        topics=["denkmalschutz"],
        description='<p>Für <a href="https://example.org/x">Denkmale</a>.</p>',
    )
    data = get_json(client, f"{LIST}{made.id}/")
    assert data["id"] == made.id and data["name"] == "Denkmal-Impuls"
    assert data["deadlines"] == [
        {"date": days(45).isoformat(), "label": "Runde 2"},
        {"date": days(225).isoformat(), "label": "Runde 3"},
    ]
    assert data["topics"] == [{"slug": "denkmalschutz", "name": "Denkmalschutz"}]
    assert 'href="https://example.org/x"' in data["description"]


def test_detail_of_a_programme_without_upcoming_deadline(client):
    made = programme("Ruht", days(-1))
    data = get_json(client, f"{LIST}{made.id}/")
    assert data["deadlines"] == [] and data["name"] == "Ruht"


def assert_json_error(response, status, parameter):
    assert response.status_code == status, (response.status_code, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["status"] == status
    assert body["errors"] and all(set(e) == {"parameter", "message"} for e in body["errors"])
    assert all(e["message"] for e in body["errors"])
    named = [e["parameter"] for e in body["errors"]]
    assert parameter in named, f"the error should name {parameter!r}, names {named!r}"


def test_unknown_ids_are_json_404(client):
    made = programme("Da", days(1))
    for unknown in (made.id + 1000, 0, 2**31, 2**63, 10**30):
        assert_json_error(client.get(f"{LIST}{unknown}/"), 404, "id")


# Bad input

BAD = [
    ({"deadline_after": "2026-13-01"}, "deadline_after"),
    ({"deadline_after": "2030-02-30"}, "deadline_after"),
    ({"deadline_after": "morgen"}, "deadline_after"),
    ({"deadline_after": ""}, "deadline_after"),
    ({"deadline_after": "01.03.2031"}, "deadline_after"),
    ({"deadline_after": "0001-01-01"}, "deadline_after"),
    ({"deadline_before": "2026-13-01"}, "deadline_before"),
    ({"deadline_before": "morgen"}, "deadline_before"),
    ({"deadline_after": "2031-03-10", "deadline_before": "2031-03-09"}, "deadline_before"),
    ({"deadline_before": "2000-01-01"}, "deadline_before"),  # before today, the default start
    ({"topic": "astrologie"}, "topic"),
    ({"topic": ["foerderung", "astrologie"]}, "topic"),
    ({"topic": "Förderung!"}, "topic"),
    ({"limit": "0"}, "limit"),
    ({"limit": "101"}, "limit"),
    ({"offset": "-1"}, "offset"),
    ({"locale": "fr"}, "locale"),
]


def test_bad_parameters_are_400_naming_the_parameter(client, subtests):
    programme("Da", days(1))
    for params, parameter in BAD:
        with subtests.test(params=params):
            assert_json_error(client.get(with_query(LIST, params)), 400, parameter)


def test_an_unknown_topic_is_named_in_the_message(client):
    response = client.get(with_query(LIST, {"topic": ["foerderung", "astrologie"]}))
    assert_json_error(response, 400, "topic")
    message = response.json()["errors"][0]["message"]
    assert "astrologie" in message and "foerderung" not in message


# Queries


@pytest.mark.parametrize("params", [None, {"topic": ["foerderung", "baukosten"]}])
def test_the_list_needs_the_same_few_queries_for_3_and_12_programmes(
    client, django_assert_max_num_queries, params
):
    def build(number):
        programme(
            f"Programm {number}",
            days(number),
            days(number + 50),
            days(-number - 1),
            topics=["foerderung", "baukosten"],
        )

    for number in range(3):
        build(number)
    few = count_queries(client, with_query(LIST, params))
    for number in range(3, 12):
        build(number)
    with django_assert_max_num_queries(few):
        data = get_json(client, LIST, params)
    assert data["count"] == 12 and len(data["results"]) == 12
    assert few <= 5, "count, page, deadlines, topics (+ the topic slugs check)"
