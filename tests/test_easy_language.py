"""The Leichte Sprache page: its own template, the demo text and the link in every header.

Its tree rules (below a home page, once, no children) are in test_tree_rules.py.
"""

import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

from home.demo.seed import DemoSeeder
from home.factories import EasyLanguagePageFactory, StandardPageFactory
from home.models import EasyLanguagePage
from places.factories import PlacePageFactory

from .helpers import html_of, translate

pytestmark = pytest.mark.django_db

ICON = "img/leichte-sprache.svg"


def header_of(html: str) -> str:
    return re.search(r"<header.*?</header>", html, re.S).group(0)


def easy_link(html: str) -> str:
    match = re.search(r'<a class="easy-language-link"[^>]*>.*?</a>', header_of(html), re.S)
    assert match, "no Leichte Sprache link in the header"
    return match.group(0)


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


# The header link


def test_header_links_the_page_on_home_and_place_pages(client, tree):
    page = EasyLanguagePageFactory(parent=tree.home)
    place = PlacePageFactory(parent=tree.places, title="Kühlhaus")

    for url in (tree.home.url, place.url):
        link = easy_link(html_of(client, url))
        assert f'href="{page.url}"' in link
        assert ">Leichte Sprache</a>" in link
        assert f'src="/static/{ICON}" alt="" aria-hidden="true"' in link
        assert "hreflang" not in link  # a German page links a German page

    assert 'aria-current="page"' in easy_link(html_of(client, page.url))


def test_english_pages_link_the_german_page(client, tree, english):
    page = EasyLanguagePageFactory(parent=tree.home)
    place = PlacePageFactory(parent=tree.places, title="Kühlhaus")
    english_place = translate(place, english, "Cold store")

    for url in ("/en/", english_place.url):
        link = easy_link(html_of(client, url))
        assert f'href="{page.url}"' in link
        assert 'hreflang="de" lang="de"' in link
        assert ">Leichte Sprache</a>" in link


def test_no_link_without_a_live_page(client, tree):
    page = EasyLanguagePageFactory(parent=tree.home)
    page.unpublish()
    StandardPageFactory(parent=tree.home, title="Impressum", slug="impressum")

    assert "easy-language-link" not in html_of(client, tree.home.url)


def test_icon_is_one_of_our_static_files():
    path = finders.find(ICON)
    assert path, f"{ICON} is not in the static files"
    svg = Path(path).read_text(encoding="utf-8")
    assert svg.startswith("<svg")
    # Self-contained: no external references, no scripts.
    assert not re.search(r'(?:href|src)="(?:https?:)?//', svg)
    assert "<script" not in svg
