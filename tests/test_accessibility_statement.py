"""The accessibility statement ("Erklärung zur Barrierefreiheit"): every part of the EU model
statement in its order, the link to "Barriere melden", the review warning on the dashboard,
the tree rules and the read API."""

import datetime

import pytest
from django.urls import reverse
from django.utils import formats, timezone, translation

from accessibility.factories import AccessibilityStatementPageFactory
from accessibility.models import AccessibilityStatementPage, NonAccessibleContent
from editorial.panels import stale_statements

from .dashboard_data import days_ago, make_user, titles
from .helpers import html_of, published

pytestmark = pytest.mark.usefixtures("fresh_cache")

HEADINGS = (
    "Stand der Vereinbarkeit",
    "Nicht barrierefreie Inhalte",
    "Erstellung dieser Erklärung",
    "Feedback und Kontaktangaben",
    "Durchsetzungsverfahren",
)


def test_every_part_is_rendered_in_the_order_of_the_model(
    client, tree, django_assert_max_num_queries
):
    statement = AccessibilityStatementPageFactory(
        parent=tree.home,
        last_reviewed=datetime.date(2026, 2, 1),
        method=AccessibilityStatementPage.Method.EXTERNAL,
        method_details="BITV-Test durch eine Prüfstelle.",
        items=[
            {
                "content": "Die Karte der Orte",
                "reason": NonAccessibleContent.Reason.NOT_COMPLIANT,
                "explanation": "Nicht vollständig mit der Tastatur bedienbar.",
                "alternative": "Alle Orte stehen auch in der Liste daneben.",
            },
            {
                "content": "Einige PDF-Dokumente",
                "reason": NonAccessibleContent.Reason.DISPROPORTIONATE,
            },
        ],
    )
    with django_assert_max_num_queries(20):
        html = html_of(client, statement.url)
    positions = [html.index(f">{heading}</h2>") for heading in HEADINGS]
    assert positions == sorted(positions)

    assert "Netzwerk Kreativorte Sachsen e. V. ist bemüht" in html
    assert "Diese Erklärung gilt für die Website kreativorte-sachsen.de." in html
    assert (
        "Diese Website ist wegen der folgenden Unvereinbarkeiten und Ausnahmen teilweise mit "
        "der BITV 2.0 und der EN 301 549 (WCAG 2.1, Stufe AA) vereinbar." in html
    )
    items = html[positions[1] : positions[2]]
    assert items.index("Die Karte der Orte") < items.index("Einige PDF-Dokumente")
    assert (
        "Grund: Nicht vereinbar mit den Anforderungen. Nicht vollständig mit der Tastatur" in items
    )
    assert "Barrierefreie Alternative: Alle Orte stehen auch in der Liste daneben." in items
    assert "Grund: Unverhältnismäßige Belastung" in items

    creation = html[positions[2] : positions[3]]
    prepared = formats.date_format(datetime.date(2026, 1, 15), "DATE_FORMAT")
    assert f"Diese Erklärung wurde am {prepared} erstellt." in creation
    assert "Die Aussagen beruhen auf einer Prüfung durch Dritte. BITV-Test" in creation
    reviewed = formats.date_format(datetime.date(2026, 2, 1), "DATE_FORMAT")
    assert f"Die Erklärung wurde zuletzt am {reviewed} überprüft." in creation

    feedback = html[positions[3] : positions[4]]
    assert 'href="/barriere-melden/">Barriere melden</a>' in feedback
    assert "innerhalb eines Monats" in feedback
    assert "Redaktion Kreativorte Sachsen" in feedback
    assert "Werkhofstraße 12<br>01099 Dresden" in feedback
    assert 'href="mailto:barrierefreiheit@kreativorte-sachsen.example"' in feedback
    assert 'href="tel:+493510004100"' in feedback

    enforcement = html[positions[4] :]
    assert "an die Durchsetzungsstelle wenden" in enforcement  # the default introduction
    assert "Durchsetzungsstelle für digitale Barrierefreiheit Sachsen" in enforcement
    assert 'href="mailto:durchsetzung@beispiel.example"' in enforcement
    assert 'href="https://durchsetzung.beispiel.example/"' in enforcement


def test_a_fully_conformant_site_lists_no_contents(client, tree):
    statement = AccessibilityStatementPageFactory(
        parent=tree.home,
        conformity=AccessibilityStatementPage.Conformity.FULL,
        last_reviewed=None,
        items=[],
    )
    html = html_of(client, statement.url)
    assert "Diese Website ist vollständig mit der BITV 2.0" in html
    assert "Uns sind derzeit keine Inhalte bekannt, die nicht barrierefrei sind." in html
    assert "Die Aussagen beruhen auf einer Selbstbewertung." in html
    assert "zuletzt am" not in html


def test_the_footer_and_the_form_link_the_statement(client, tree):
    statement = AccessibilityStatementPageFactory(parent=tree.home)
    home = html_of(client, tree.home.url)
    assert f'href="{statement.url}">Erklärung zur Barrierefreiheit</a>' in home
    form = html_of(client, reverse("barrier_report"))
    assert f'href="{statement.url}">Erklärung zur Barrierefreiheit</a>' in form


def test_the_english_statement_links_the_english_form(client, tree, english):
    statement = AccessibilityStatementPageFactory(parent=tree.home)
    translated = statement.copy_for_translation(english, copy_parents=True)
    translated.title = "Accessibility statement"
    translated.slug = "accessibility"
    published(translated)
    html = html_of(client, translated.url)
    with translation.override("en"):
        form_url = reverse("barrier_report")
    assert translated.url.startswith("/en/")
    assert f'href="{form_url}">' in html
    assert "Einige PDF-Dokumente in den Leitfäden" in html  # the items came along


# The review warning -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reviewed", "live", "listed"),
    [
        pytest.param(days_ago(400), True, True, id="reviewed-13-months-ago"),
        pytest.param(None, True, True, id="never-reviewed"),
        pytest.param(days_ago(300), True, False, id="reviewed-10-months-ago"),
        pytest.param(days_ago(400), False, False, id="unpublished"),
    ],
)
def test_stale_statements(tree, admin_user, reviewed, live, listed):
    AccessibilityStatementPageFactory(
        parent=tree.home, title="Barrierefreiheit", last_reviewed=reviewed, live=live
    )
    assert titles(stale_statements(admin_user)) == (["Barrierefreiheit"] if listed else [])


def test_the_review_cutoff_is_twelve_months_to_the_day(tree, admin_user):
    AccessibilityStatementPageFactory(parent=tree.home, last_reviewed=datetime.date(2025, 3, 1))
    assert titles(stale_statements(admin_user, today=datetime.date(2026, 3, 1))) == []
    assert len(stale_statements(admin_user, today=datetime.date(2026, 3, 2)).entries) == 1


def test_dashboard_warns_editors_of_the_statement_only(client, tree, django_user_model):
    statement = AccessibilityStatementPageFactory(parent=tree.home, last_reviewed=days_ago(400))
    editor = make_user(django_user_model, "redaktion", tree.home, ("add", "change"))
    client.force_login(editor)
    html = html_of(client, reverse("wagtailadmin_home"))
    assert "Erklärung zur Barrierefreiheit, seit zwölf Monaten nicht überprüft" in html
    assert reverse("wagtailadmin_pages:edit", args=[statement.pk]) in html
    assert "Überprüfung fällig" in html

    outsider = make_user(django_user_model, "ohne-seiten")
    client.force_login(outsider)
    html = html_of(client, reverse("wagtailadmin_home"))
    assert "seit zwölf Monaten nicht überprüft" not in html


def test_a_reviewed_statement_raises_no_warning(client, tree, django_user_model):
    AccessibilityStatementPageFactory(parent=tree.home, last_reviewed=timezone.localdate())
    editor = make_user(django_user_model, "redaktion", tree.home, ("add", "change"))
    client.force_login(editor)
    assert "nicht überprüft" not in html_of(client, reverse("wagtailadmin_home"))


# Tree and API ---------------------------------------------------------------------------


def test_one_statement_per_home_page_in_each_language(tree, english):
    english_home = tree.home.get_translation(english)
    for home in (tree.home, english_home):
        assert AccessibilityStatementPage.can_create_at(home)
    AccessibilityStatementPageFactory(parent=tree.home)
    assert not AccessibilityStatementPage.can_create_at(tree.home)
    assert AccessibilityStatementPage.can_create_at(english_home)
    assert not AccessibilityStatementPage.can_create_at(tree.places)


def test_the_read_api_carries_the_structured_statement(client, tree):
    statement = AccessibilityStatementPageFactory(parent=tree.home)
    data = client.get(
        f"/api/v2/pages/{statement.pk}/",
    ).json()
    assert data["meta"]["type"] == "accessibility.AccessibilityStatementPage"
    assert data["conformity"] == "teilweise"
    assert data["last_reviewed"] == timezone.localdate().isoformat()
    assert data["enforcement_name"] == "Durchsetzungsstelle für digitale Barrierefreiheit Sachsen"
    assert [item["content"] for item in data["non_accessible_items"]] == [
        "Einige PDF-Dokumente in den Leitfäden"
    ]
    assert data["non_accessible_items"][0]["reason"] == "unverhaeltnismaessig"
