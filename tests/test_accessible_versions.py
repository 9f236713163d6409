"""The header links to the German-only Leichte Sprache and Gebärdensprache pages: on every
page of both languages, with a self-hosted icon, `hreflang="de"` from the English site."""

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

from home.factories import EasyLanguagePageFactory, SignLanguagePageFactory, StandardPageFactory
from places.factories import PlacePageFactory

from .helpers import count_queries, html_of, translate

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


@dataclass
class Version:
    factory: type
    css_class: str
    label: str
    icon: str

    def link(self, html: str) -> str:
        header = re.search(r"<header.*?</header>", html, re.S).group(0)
        match = re.search(rf'<a class="{self.css_class}"[^>]*>.*?</a>', header, re.S)
        assert match, f"no {self.label} link in the header"
        return match.group(0)


VERSIONS = [
    Version(
        EasyLanguagePageFactory, "easy-language-link", "Leichte Sprache", "img/leichte-sprache.svg"
    ),
    Version(
        SignLanguagePageFactory, "sign-language-link", "Gebärdensprache", "img/gebaerdensprache.svg"
    ),
]


@pytest.fixture(params=VERSIONS, ids=lambda version: version.css_class)
def version(request):
    return request.param


def test_header_links_the_page_on_home_and_place_pages(client, tree, version):
    page = version.factory(parent=tree.home)
    place = PlacePageFactory(parent=tree.places, title="Kühlhaus")

    for url in (tree.home.url, place.url):
        link = version.link(html_of(client, url))
        assert f'href="{page.url}"' in link
        assert f">{version.label}</a>" in link
        assert f'src="/static/{version.icon}" alt="" aria-hidden="true"' in link
        assert "hreflang" not in link  # a German page links a German page
    assert 'aria-current="page"' in version.link(html_of(client, page.url))


def test_english_pages_link_the_german_page(client, tree, english, version):
    page = version.factory(parent=tree.home)
    place = PlacePageFactory(parent=tree.places, title="Kühlhaus")
    english_place = translate(place, english, "Cold store")

    for url in ("/en/", english_place.url):
        link = version.link(html_of(client, url))
        assert f'href="{page.url}"' in link
        assert 'hreflang="de" lang="de"' in link
        assert f">{version.label}</a>" in link  # the label stays German


def test_no_link_without_a_live_page(client, tree, version):
    version.factory(parent=tree.home).unpublish()
    StandardPageFactory(parent=tree.home, title="Impressum", slug="impressum")

    assert version.css_class not in html_of(client, tree.home.url)


def test_icon_is_one_of_our_static_files(version):
    path = finders.find(version.icon)
    assert path, f"{version.icon} is not in the static files"
    svg = Path(path).read_text(encoding="utf-8")
    assert svg.startswith("<svg")
    # Self-contained: no external references, no scripts.
    assert not re.search(r'(?:href|src)="(?:https?:)?//', svg)
    assert "<script" not in svg


def test_both_links_in_the_service_bar_without_more_queries(client, tree):
    EasyLanguagePageFactory(parent=tree.home)
    count_queries(client, tree.home.url)  # caches warm
    before = count_queries(client, tree.home.url)

    SignLanguagePageFactory(parent=tree.home)

    assert count_queries(client, tree.home.url) == before
    bar = re.search(
        r'<div class="site-service">.*?</div>\s*</div>', html_of(client, tree.home.url), re.S
    )
    assert bar, "no service bar in the header"
    assert bar.group(0).index("easy-language-link") < bar.group(0).index("sign-language-link")
