"""Search hygiene: only editor-approved terms on the public page; query logs are purged."""

import datetime
import io
import re

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query as LoggedQuery
from wagtail.contrib.search_promotions.models import QueryDailyHits, SearchPromotion
from wagtail.models import Locale

from knowledge.factories import GuidePageFactory
from search.models import ZeroResultQuery

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def searched(query: str, times: int, days_ago: int = 0):
    """Visitors' searches as the search logs them (one count per day)."""
    QueryDailyHits.objects.update_or_create(
        query=LoggedQuery.get(query),
        date=TODAY - datetime.timedelta(days=days_ago),
        defaults={"hits": times},
    )


def pick(query: str, page=None, **fields):
    return SearchPromotion.objects.create(query=LoggedQuery.get(query), page=page, **fields)


def frequent_terms(client, url="/suche/") -> list[str]:
    """The links under "Häufig gesucht" (English: "Popular searches"), in order."""
    html = client.get(url).content.decode()
    section = re.search(r"(?:Häufig gesucht|Popular searches)</h2>(.*?)</ul>", html, re.S)
    return re.findall(r"<a href=\"\?q=[^\"]*\">([^<]*)</a>", section.group(1)) if section else []


@pytest.fixture
def guide(tree):
    return GuidePageFactory(parent=tree.guides, title="Fördermittel finden")


def test_visitors_words_never_reach_the_page(client, tree):
    for text in ("kaufen sie billig www.spam.example", "<b>hallo</b>"):
        searched(text, times=500)
        ZeroResultQuery.record(text)
    html = client.get("/suche/").content.decode()
    assert "Häufig gesucht" not in html
    assert "spam.example" not in html and "hallo" not in html
    assert "Themen" in html  # the topics stay as the other help


def test_terms_with_an_editors_pick_are_shown_most_searched_first(client, guide):
    pick("förderung", guide)
    pick("denkmalschutz", external_link_url="https://denkmal.example", external_link_text="Amt")
    pick("leerstand", guide)
    searched("denkmalschutz", 7)
    searched("förderung", 5)
    searched("förderung", 4, days_ago=10)  # 9 in all: more than 7
    searched("billig kaufen", 900)  # popular, never approved
    assert frequent_terms(client) == ["Förderung", "Denkmalschutz", "Leerstand"]


def test_a_pick_of_a_draft_page_approves_nothing(client, guide):
    guide.unpublish()
    pick("förderung", guide)
    assert frequent_terms(client) == []


def test_terms_follow_the_language_of_their_picked_page(client, guide):
    english = guide.copy_for_translation(
        Locale.objects.get_or_create(language_code="en")[0], copy_parents=True
    )
    english.title = "Finding funding"
    english.save_revision().publish()
    pick("förderung", guide)
    pick("funding", english)
    assert frequent_terms(client) == ["Förderung"]
    assert frequent_terms(client, "/en/suche/") == ["Funding"]


def test_a_search_without_results_offers_the_approved_terms(client, guide):
    pick("förderung", guide)
    html = client.get("/suche/", {"q": "Unterwasserwelt"}).content.decode()
    assert "Keine Treffer" in html and 'href="?q=f%C3%B6rderung">Förderung</a>' in html


def test_purge_forgets_logs_older_than_90_days(guide):
    searched("denkmal", 4, days_ago=91)
    searched("denkmal", 2, days_ago=90)
    searched("vergessen", 1, days_ago=200)
    pick("förderung", guide)
    searched("förderung", 1, days_ago=300)
    LoggedQuery.get("nie gezählt")
    ZeroResultQuery.objects.create(query_string="alt", last_searched=TODAY - datetime.timedelta(91))
    ZeroResultQuery.objects.create(query_string="neu", last_searched=TODAY)

    out = io.StringIO()
    call_command("purge_search_logs", stdout=out)

    assert list(QueryDailyHits.objects.values_list("query__query_string", "hits")) == [
        ("denkmal", 2)
    ]
    # Queries without counts go, unless an editor picked a result for them.
    assert set(LoggedQuery.objects.values_list("query_string", flat=True)) == {
        "denkmal",
        "förderung",
    }
    assert SearchPromotion.objects.filter(query__query_string="förderung").exists()
    assert list(ZeroResultQuery.objects.values_list("query_string", flat=True)) == ["neu"]
    assert "3 Tageszählungen, 1 Suchen ohne Treffer, 2 Suchbegriffe" in out.getvalue()


def test_purge_keeps_what_the_days_option_asks_for():
    searched("denkmal", 1, days_ago=8)
    searched("atelier", 1, days_ago=6)
    call_command("purge_search_logs", "--days", "7", stdout=io.StringIO())
    assert list(LoggedQuery.objects.values_list("query_string", flat=True)) == ["atelier"]
    with pytest.raises(CommandError):
        call_command("purge_search_logs", "--days", "0")
