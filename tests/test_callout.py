"""The Hinweiskasten (Hinweis, Tipp, Achtung): a box with an icon per kind that stands out,
named to screen readers, on the site (both languages), in the newsletter e-mail and in
its web version."""

import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

from knowledge.factories import GuidePageFactory
from newsletter.models import NewsletterIndexPage, NewsletterIssuePage

from .helpers import html_of, published, translate

pytestmark = pytest.mark.usefixtures("fresh_cache")

CALLOUTS = [
    ("callout", {"kind": "warning", "title": "", "text": "<p>Frist beachten.</p>"}),
    ("callout", {"kind": "tip", "title": "Früh anfragen", "text": "<p>Das Bauamt berät.</p>"}),
    ("callout", {"kind": "info", "title": "", "text": "<p>Gilt in Sachsen.</p>"}),
]


def boxes(html):
    return re.findall(
        r'<aside class="callout callout--(\w+)" role="note" aria-label="([^"]+)">', html
    )


def test_each_kind_is_a_box_with_its_icon_named_to_screen_readers(client, tree):
    guide = published(GuidePageFactory(parent=tree.guides, title="Frist", body=CALLOUTS))
    html = html_of(client, guide.url)
    assert boxes(html) == [("warning", "Achtung"), ("tip", "Tipp"), ("info", "Hinweis")]
    assert html.count('<svg class="callout__icon"') == 3
    assert '<p class="callout__title">Achtung</p>' in html
    # A box with its own title still says its kind, to screen readers only.
    assert '<span class="visually-hidden">Tipp: </span>Früh anfragen</p>' in html


def test_english_pages_name_the_kinds_in_english(client, tree, english):
    guide = published(GuidePageFactory(parent=tree.guides, title="Frist", body=CALLOUTS))
    published(tree.guides.copy_for_translation(english))
    translation = translate(guide, english, "Deadline")
    html = html_of(client, translation.url)
    assert boxes(html) == [("warning", "Warning"), ("tip", "Tip"), ("info", "Note")]


def test_the_stylesheet_draws_the_boxes():
    css = Path(finders.find("css/site.css")).read_text(encoding="utf-8")
    for selector in (".callout {", ".callout--tip {", ".callout--warning {", ".callout__icon {"):
        assert selector in css


@pytest.fixture
def issue(tree):
    index = published(
        tree.home.add_child(
            instance=NewsletterIndexPage(title="Newsletter", slug="newsletter", live=True)
        )
    )
    page = index.add_child(
        instance=NewsletterIssuePage(title="Ausgabe", slug="ausgabe", items=CALLOUTS)
    )
    return published(page)


def test_the_newsletter_email_shows_the_boxes(issue):
    html, text = issue.frozen_html, issue.frozen_text
    assert 'role="note" aria-label="Achtung"' in html
    assert 'role="note" aria-label="Tipp"' in html
    assert "border-left:6px solid #8a3b12" in html and "background-color:#fbede4" in html
    assert '<span aria-hidden="true" style="font-size:18px">⚠</span> Achtung' in html
    assert "Frist beachten." in html
    assert "⚠ ACHTUNG\n\nFrist beachten." in text
    assert "💡 TIPP: FRÜH ANFRAGEN\n\nDas Bauamt berät." in text


def test_the_newsletter_web_version_shows_the_boxes(client, issue):
    html = html_of(client, issue.url)
    assert boxes(html) == [("warning", "Achtung"), ("tip", "Tipp"), ("info", "Hinweis")]
