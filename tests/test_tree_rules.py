"""Tree rules: which page types may live where, and singletons per home page."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from accessibility.models import AccessibilityStatementPage
from events.models import EventIndexPage, EventPage
from home.models import EasyLanguagePage, HomePage, SignLanguagePage, StandardPage
from knowledge.models import CooperationIndexPage, CooperationPage, GuideIndexPage, GuidePage
from newsletter.models import NewsletterIndexPage, NewsletterIssuePage
from places.models import PlaceIndexPage, PlacePage

from .site_tree import build_site_tree

SECTIONS = {PlaceIndexPage, GuideIndexPage, CooperationIndexPage, EventIndexPage}


class TreeRulesTest(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_and_holds_the_sections(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            SECTIONS
            | {NewsletterIndexPage, StandardPage, EasyLanguagePage, SignLanguagePage}
            | {AccessibilityStatementPage},
        )

    def test_each_section_holds_only_its_own_pages(self):
        for index, child in [
            (PlaceIndexPage, PlacePage),
            (GuideIndexPage, GuidePage),
            (CooperationIndexPage, CooperationPage),
            (EventIndexPage, EventPage),
        ]:
            with self.subTest(index=index.__name__):
                self.assertAllowedParentPageTypes(index, {HomePage})
                self.assertAllowedSubpageTypes(index, {child})
                self.assertAllowedParentPageTypes(child, {index})
                self.assertAllowedSubpageTypes(child, set())

    def test_newsletter_issues_live_in_the_newsletter_index(self):
        self.assertAllowedParentPageTypes(NewsletterIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsletterIndexPage, {NewsletterIssuePage})
        self.assertAllowedParentPageTypes(NewsletterIssuePage, {NewsletterIndexPage})
        self.assertAllowedSubpageTypes(NewsletterIssuePage, set())
        self.assertCanNotCreateAt(HomePage, NewsletterIssuePage)

    def test_standard_pages_nest_under_home_or_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_content_pages_cannot_be_created_elsewhere(self):
        self.assertCanNotCreateAt(HomePage, PlacePage)
        self.assertCanNotCreateAt(GuideIndexPage, PlacePage)
        self.assertCanNotCreateAt(PlaceIndexPage, GuidePage)
        self.assertCanNotCreateAt(HomePage, EventPage)


class SingletonSectionsTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()

    def test_a_home_page_has_one_index_page_per_section(self):
        for model in SECTIONS:
            with self.subTest(model=model.__name__):
                self.assertFalse(model.can_create_at(self.tree.home))

    def test_a_home_page_has_one_newsletter_index(self):
        self.assertTrue(NewsletterIndexPage.can_create_at(self.tree.home))
        self.tree.home.add_child(
            instance=NewsletterIndexPage(title="Newsletter", slug="newsletter")
        )
        self.assertFalse(NewsletterIndexPage.can_create_at(self.tree.home))

    def test_a_home_page_has_one_easy_language_page(self):
        self.assertAllowedParentPageTypes(EasyLanguagePage, {HomePage})
        self.assertAllowedSubpageTypes(EasyLanguagePage, set())
        self.assertTrue(EasyLanguagePage.can_create_at(self.tree.home))
        self.tree.home.add_child(instance=EasyLanguagePage(title="Leichte Sprache", body=[]))
        self.assertFalse(EasyLanguagePage.can_create_at(self.tree.home))

    def test_a_home_page_has_one_sign_language_page(self):
        self.assertAllowedParentPageTypes(SignLanguagePage, {HomePage})
        self.assertAllowedSubpageTypes(SignLanguagePage, set())
        self.assertCanNotCreateAt(StandardPage, SignLanguagePage)
        self.assertTrue(SignLanguagePage.can_create_at(self.tree.home))
        self.tree.home.add_child(instance=SignLanguagePage(title="Gebärdensprache", body=[]))
        self.assertFalse(SignLanguagePage.can_create_at(self.tree.home))

    def test_a_home_page_has_one_accessibility_statement(self):
        self.assertAllowedParentPageTypes(AccessibilityStatementPage, {HomePage})
        self.assertAllowedSubpageTypes(AccessibilityStatementPage, set())
        self.assertTrue(AccessibilityStatementPage.can_create_at(self.tree.home))
        self.tree.home.add_child(
            instance=AccessibilityStatementPage(
                title="Erklärung zur Barrierefreiheit",
                organisation="Netzwerk Kreativorte Sachsen e. V.",
                scope="Diese Website.",
                prepared_on="2026-01-15",
                contact_name="Redaktion",
                contact_email="redaktion@example.org",
                enforcement_name="Durchsetzungsstelle",
            )
        )
        self.assertFalse(AccessibilityStatementPage.can_create_at(self.tree.home))

    def test_standard_pages_are_not_limited(self):
        self.assertTrue(StandardPage.can_create_at(self.tree.home))
