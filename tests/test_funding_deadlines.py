"""Funding deadlines are queryable and shown where they matter: the guides index page lists the
next ones, and a guide's funding block always shows its programme's current next deadline."""

import datetime
import re

import pytest

from knowledge.factories import FundingProgrammeFactory, GuidePageFactory
from knowledge.models import FundingDeadline, FundingProgramme, GuideIndexPage

from .helpers import count_queries, days

pytestmark = pytest.mark.django_db

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September"]
MONTHS += ["Oktober", "November", "Dezember"]


def german(date: datetime.date) -> str:
    return f"{date.day}. {MONTHS[date.month - 1]} {date.year}"


def programme(name, *dates, **fields):
    made = FundingProgrammeFactory(name=name, **fields)
    for date in dates:
        FundingDeadline.objects.create(programme=made, date=date)
    return made


def deadline_section(html: str) -> str:
    match = re.search(r'<section class="deadlines".*?</section>', html, re.S)
    assert match, "the section „Nächste Antragsfristen“ is missing"
    return match.group(0)


# Queryable


def test_deadlines_and_programmes_are_queryable_by_date():
    late = programme("Spät", days(40), days(-3))
    soon = programme("Bald", days(2), days(90))
    programme("Vorbei", days(-1))
    programme("Ohne Frist")

    upcoming = list(FundingDeadline.objects.upcoming())
    assert [(d.programme.name, d.date) for d in upcoming] == [
        ("Bald", days(2)),
        ("Spät", days(40)),
        ("Bald", days(90)),
    ]
    assert [d.date for d in FundingDeadline.objects.between(days(-3), days(2))] == sorted(
        [days(-3), days(-1), days(2)]
    ), "both ends are included"

    programmes = list(FundingProgramme.objects.with_upcoming_deadlines())
    assert programmes == [soon, late]
    assert [p.next_deadline for p in programmes] == [days(2), days(40)]
    assert [d.date for d in programmes[1].window_deadlines] == [days(40)]
    window = list(FundingProgramme.objects.with_deadlines_between(days(-5), days(10)))
    assert [p.name for p in window] == ["Spät", "Vorbei", "Bald"]
    assert [d.date for d in window[0].window_deadlines] == [days(-3)]


# The guides index page


def test_guide_index_lists_only_upcoming_deadlines_in_order(client, tree):
    GuidePageFactory(parent=tree.guides, title="Förderung finden")
    programme(
        "Kreativraum Invest",
        days(30),
        days(-10),
        provider="Förderfonds Kreativräume",
        url="https://kreativraum-invest.example",
    )
    programme("Denkmal-Impuls", days(0), provider="Stiftung Baukultur")
    programme("Ohne Seite", days(200), provider="Landkreis Bautzen")
    programme("Abgelaufen", days(-1), provider="Niemand mehr")

    html = client.get(tree.guides.url).content.decode()
    section = deadline_section(html)
    assert "Nächste Antragsfristen" in section
    assert "Abgelaufen" not in section and german(days(-10)) not in section
    positions = [section.index(name) for name in ("Denkmal-Impuls", "Kreativraum", "Ohne Seite")]
    assert positions == sorted(positions), "the next deadline first"
    for date in (days(0), days(30), days(200)):
        assert f'<time datetime="{date.isoformat()}">{german(date)}</time>' in section
    assert '<a href="https://kreativraum-invest.example">Kreativraum Invest</a>' in section
    assert "Förderfonds Kreativräume" in section and "Stiftung Baukultur" in section
    assert "Ohne Seite</h3>" in section, "no link without a programme page"
    assert html.index("Förderung finden") < html.index("Nächste Antragsfristen")


def test_guide_index_shows_at_most_the_next_deadlines(client, tree):
    for number in range(GuideIndexPage.UPCOMING_DEADLINES + 3):
        programme(f"Programm {number:02d}", days(number + 1))
    section = deadline_section(client.get(tree.guides.url).content.decode())
    assert section.count('<li class="card">') == GuideIndexPage.UPCOMING_DEADLINES
    assert "Programm 00" in section
    assert f"Programm {GuideIndexPage.UPCOMING_DEADLINES:02d}" not in section


def test_guide_index_without_upcoming_deadlines_has_no_section(client, tree):
    GuidePageFactory(parent=tree.guides)
    programme("Abgelaufen", days(-1))
    html = client.get(tree.guides.url).content.decode()
    assert "Nächste Antragsfristen" not in html


def test_guide_index_needs_the_same_queries_for_3_and_12_programmes(client, tree):
    GuidePageFactory(parent=tree.guides)
    for number in range(3):
        programme(f"Programm {number}", days(number), days(number + 30))
    client.get(tree.guides.url)  # warm caches (site root paths)
    few = count_queries(client, tree.guides.url)
    for number in range(3, 12):
        programme(f"Programm {number}", days(number), days(number + 30))
    assert count_queries(client, tree.guides.url) == few


# The guide's funding block


def test_the_funding_block_always_shows_the_current_next_deadline(client, tree):
    made = programme("Kreativprämie", days(-5), days(60))
    guide = GuidePageFactory(
        parent=tree.guides,
        body=[{"type": "funding", "value": {"programme": made.pk, "note": ""}}],
    )
    assert f'datetime="{days(60).isoformat()}"' in client.get(guide.url).content.decode()

    # Edit the snippet only; the guide is not republished.
    FundingDeadline.objects.create(programme=made, date=days(14), label="Sonderrunde")
    made.name = "Kreativprämie 2.0"
    made.save()
    html = client.get(guide.url).content.decode()
    assert f'datetime="{days(14).isoformat()}"' in html and "Sonderrunde" in html
    assert "Kreativprämie 2.0" in html
    assert f'datetime="{days(-5).isoformat()}"' not in html

    made.deadlines.all().delete()
    html = client.get(guide.url).content.decode()
    assert "Derzeit keine Frist bekannt" in html

    api = client.get(f"/api/v1/guides/{guide.id}/").json()
    (block,) = [b for b in api["body"] if b["type"] == "funding"]
    assert block["value"]["programme"]["name"] == "Kreativprämie 2.0"
    assert block["value"]["programme"]["deadlines"] == []


def test_a_guide_still_renders_after_its_programme_is_deleted(client, tree):
    made = programme("Eingestellt", days(10))
    guide = GuidePageFactory(
        parent=tree.guides,
        body=[
            {"type": "paragraph", "value": "<p>Davor.</p>"},
            {"type": "funding", "value": {"programme": made.pk, "note": "Hinweis"}},
        ],
    )
    made.delete()
    response = client.get(guide.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Davor." in html and 'class="funding"' not in html
