"""English parity of the demo: every section exists in English and links its English feeds."""

import io
import re

from django.core.management import call_command
from django.test import TestCase
from wagtail.models import Page

from accessibility.models import AccessibilityStatementPage
from events.models import EventIndexPage, EventPage
from home.models import HomePage, StandardPage
from knowledge.models import CooperationIndexPage, CooperationPage, GuideIndexPage, GuidePage
from newsletter.models import NewsletterIndexPage, NewsletterIssuePage
from places.models import PlaceIndexPage, PlacePage

# The page types an English visitor must find (Leichte Sprache and DGS stay German only).
PAGE_TYPES = [
    HomePage,
    PlaceIndexPage,
    PlacePage,
    GuideIndexPage,
    GuidePage,
    CooperationIndexPage,
    CooperationPage,
    EventIndexPage,
    EventPage,
    NewsletterIndexPage,
    NewsletterIssuePage,
    StandardPage,
    AccessibilityStatementPage,
]

# Section index → the English feed URLs its page links with <link rel="alternate">.
SECTION_FEEDS = {
    PlaceIndexPage: ["/en/feeds/orte.rss", "/en/feeds/orte.atom"],
    GuideIndexPage: ["/en/feeds/leitfaeden.rss", "/en/feeds/leitfaeden.atom"],
    CooperationIndexPage: ["/en/feeds/kooperationen.rss", "/en/feeds/kooperationen.atom"],
    EventIndexPage: ["/en/feeds/veranstaltungen.ics"],
    NewsletterIndexPage: ["/en/feeds/newsletter.rss", "/en/feeds/newsletter.atom"],
}


def english(model):
    return model.objects.filter(locale__language_code="en").live()


class EnglishParityTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("seed_demo", force=True, stdout=io.StringIO())

    def test_every_page_type_has_an_english_translation_of_a_german_page(self):
        for model in PAGE_TYPES:
            with self.subTest(model=model.__name__):
                german_keys = set(
                    model.objects.filter(locale__language_code="de").values_list(
                        "translation_key", flat=True
                    )
                )
                english_keys = set(english(model).values_list("translation_key", flat=True))
                self.assertTrue(english_keys)
                self.assertLessEqual(english_keys, german_keys)

    def test_every_standard_page_and_cooperation_section_is_translated(self):
        english_keys = set(english(Page).values_list("translation_key", flat=True))
        for slug in ("impressum", "datenschutz", "barrierefreiheit", "stubenmoebel-erzgebirge"):
            with self.subTest(slug=slug):
                page = Page.objects.get(locale__language_code="de", slug=slug)
                self.assertIn(page.translation_key, english_keys)

    def test_english_newsletter_index_and_issue_render(self):
        index = english(NewsletterIndexPage).get()
        issue = english(NewsletterIssuePage).get()
        self.assertEqual(index.url, "/en/newsletter/")
        self.assertTrue(issue.url.startswith("/en/newsletter/"))
        response = self.client.get(index.url)
        self.assertContains(response, issue.title)
        self.assertContains(response, 'lang="en"')
        response = self.client.get(issue.url)
        self.assertContains(response, "Dear readers")

    def test_english_issue_links_english_pages_and_is_frozen(self):
        issue = english(NewsletterIssuePage).get()
        self.assertIsNotNone(issue.frozen_at)
        linked = [item.value["page"] for item in issue.items if item.block_type == "page"]
        self.assertTrue(linked)
        self.assertEqual({page.locale.language_code for page in linked}, {"en"})

    def test_english_sections_link_their_english_feeds(self):
        for model, feeds in SECTION_FEEDS.items():
            page = english(model).get()
            response = self.client.get(page.url)
            for feed in feeds:
                with self.subTest(page=page.url, feed=feed):
                    link = rf'<link rel="alternate"[^>]*href="{re.escape(feed)}"'
                    self.assertRegex(response.content.decode(), link)
                    self.assertEqual(self.client.get(feed).status_code, 200)

    def test_english_search_page_renders(self):
        response = self.client.get("/en/suche/", {"q": "furniture"})
        self.assertContains(response, 'lang="en"')
        self.assertGreater(Page.objects.filter(locale__language_code="en").count(), 15)

    def test_english_footer_links_the_english_legal_pages_and_barrier_form(self):
        footer = self.client.get("/en/").content.decode().split("<footer", 1)[1]
        for slug in ("impressum", "datenschutz", "barrierefreiheit"):
            german = Page.objects.get(locale__language_code="de", slug=slug, depth=3)
            translation = german.get_translation(english(Page).get(depth=2).locale)
            with self.subTest(slug=slug):
                self.assertIn(f'href="{translation.url}"', footer)
                self.assertNotIn(f'href="{german.url}"', footer)
        self.assertIn('href="/en/report-a-barrier/?seite=/en/"', footer)
