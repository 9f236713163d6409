"""The Leichte Sprache page: its own template and the demo text (the header link:
test_accessible_versions.py).

Its tree rules (below a home page, once, no children) are in test_tree_rules.py.
"""

import re
from pathlib import Path

import pytest

from home.demo.seed import DemoSeeder
from home.factories import EasyLanguagePageFactory
from home.models import EasyLanguagePage

from .helpers import html_of

pytestmark = pytest.mark.django_db


# The page


def test_page_renders_with_its_own_template_one_line_per_paragraph(client, tree):
    page = EasyLanguagePageFactory(parent=tree.home)

    html = html_of(client, page.url)

    assert '<article class="easy-language">' in html
    assert '<p class="easy-language__line">Das ist ein Satz.</p>' in html
    assert '<p class="easy-language__line">Das ist noch ein Satz.</p>' in html
    assert '<p class="easy-language__term">Satz</p>' in html
    assert "<h2>Was ist das?</h2>" in html


def test_demo_page_is_seeded_once_and_explains_the_site(client, tree):
    seeder = DemoSeeder(log=lambda message: None)
    seeder.home = tree.home
    seeder.seed_easy_language()
    seeder.seed_easy_language()

    pages = EasyLanguagePage.objects.child_of(tree.home)
    assert pages.count() == 1
    html = html_of(client, pages.get().url)
    for text in (
        "Was ist Kreativ·orte Sachsen?",
        "So finden Sie einen Ort",
        "So finden Sie einen Leit·faden",
        "So finden Sie eine Veranstaltung",
        "So erreichen Sie uns",
        '<p class="easy-language__term">Leit·faden</p>',
        '<p class="easy-language__line">Klicken Sie im Menü auf: Orte.</p>',
    ):
        assert text in html, text


def test_demo_text_keeps_to_short_single_statements():
    seeder_data = Path(__file__).parents[1] / "home" / "demo" / "data" / "de" / "easy_language.json"
    lines = re.findall(r'^\s+"([^"]+)",?$', seeder_data.read_text(encoding="utf-8"), re.M)
    assert len(lines) > 40
    # Short sentences and no abbreviations such as "z. B." or "usw.".
    assert all(len(line.split()) <= 12 for line in lines), [
        line for line in lines if len(line.split()) > 12
    ]
    assert not [line for line in lines if re.search(r"\b(z\. ?B|usw|bzw|ca)\.", line)]
