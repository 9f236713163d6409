"""seed_demo builds the whole demo site and is idempotent."""

import datetime
import io

from django.core.management import call_command
from django.db.models import Count
from django.test import TestCase
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision, Site

from accessibility.models import AccessibilityStatementPage
from events.models import EventPage
from home.models import HomePage, StandardPage
from knowledge.models import CooperationPage, FundingProgramme, GuidePage, Topic
from kreativorte.geo import in_saxony
from kreativorte.models import District, KreativorteImage
from places.models import PlacePage


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": KreativorteImage.objects.count(),
        "documents": get_document_model().objects.count(),
        "programmes": FundingProgramme.objects.count(),
    }


class SeedDemoTest(TestCase):
    """Seeds twice, once per class (it takes a while), inside the class's transaction."""

    @classmethod
    def setUpTestData(cls):
        first_output, second_output = io.StringIO(), io.StringIO()
        call_command("seed_demo", force=True, stdout=first_output)
        cls.first = counts()
        call_command("seed_demo", force=True, stdout=second_output)
        cls.second = counts()
        cls.first_output, cls.second_output = first_output.getvalue(), second_output.getvalue()

    def test_running_twice_changes_nothing_and_reports_progress(self):
        self.assertEqual(self.first, self.second)
        self.assertGreater(self.first["pages"], 80)
        self.assertIn("Orte: 42 neu angelegt, 0 bereits vorhanden", self.first_output)
        self.assertIn("Orte: 0 neu angelegt, 42 bereits vorhanden", self.second_output)
        self.assertIn("Englische Übersetzungen: 0 neu angelegt", self.second_output)

    def test_home_is_the_site_root_with_its_sections(self):
        home = Site.objects.get(is_default_site=True).root_page.specific
        self.assertIsInstance(home, HomePage)
        self.assertEqual(home.locale.language_code, "de")
        section_types = {type(p.specific).__name__ for p in home.get_children()}
        self.assertLessEqual(
            {"PlaceIndexPage", "GuideIndexPage", "CooperationIndexPage", "EventIndexPage"},
            section_types,
        )
        self.assertLessEqual(
            {"impressum", "datenschutz"},
            set(StandardPage.objects.values_list("slug", flat=True)),
        )
        # The footer finds the statement by its slug, as it found the standard page before.
        statement = AccessibilityStatementPage.objects.get(locale=home.locale)
        self.assertEqual((statement.slug, statement.get_parent().pk), ("barrierefreiheit", home.pk))
        self.assertEqual(statement.conformity, AccessibilityStatementPage.Conformity.PARTIAL)
        self.assertGreaterEqual(statement.non_accessible_items.count(), 3)

    def test_places_cover_every_district_inside_saxony_with_variety(self):
        places = PlacePage.objects.filter(locale__language_code="de")
        self.assertGreaterEqual(places.count(), 40)
        self.assertEqual(places.values("district").distinct().count(), District.objects.count())
        self.assertEqual(set(places.values_list("status", flat=True)), set(PlacePage.Status.values))
        self.assertGreaterEqual(places.values("place_types").distinct().count(), 8)
        self.assertGreaterEqual(places.values("submarkets").distinct().count(), 12)
        for place in places.prefetch_related("gallery_images__image"):
            self.assertTrue(in_saxony(place.latitude, place.longitude), place.title)
            gallery = place.gallery_images.all()
            self.assertTrue(gallery and all(item.effective_alt_text for item in gallery))
            self.assertEqual(
                place.revisions.count(), 1 + ('linktype="page"' in str(place.body.raw_data))
            )

    def test_guides_cover_every_topic_with_full_bodies(self):
        guides = GuidePage.objects.filter(locale__language_code="de")
        self.assertGreaterEqual(guides.count(), 12)
        covered = set(guides.values_list("topics__slug", flat=True))
        self.assertEqual(covered, set(Topic.objects.values_list("slug", flat=True)))
        for guide in guides:
            kinds = {block.block_type for block in guide.body}
            self.assertLessEqual({"heading", "paragraph", "checklist", "faq", "download"}, kinds)
            self.assertGreaterEqual(guide.reading_time, 2)

    def test_guides_link_internally_and_offer_real_pdf_downloads(self):
        linked = [g for g in GuidePage.objects.all() if 'linktype="page"' in str(g.body.raw_data)]
        self.assertGreaterEqual(len(linked), 5)
        download = next(b for b in linked[0].body if b.block_type == "download")
        self.assertEqual(download.value["document"].file.read(4), b"%PDF")

    def test_cooperations_and_events_around_today(self):
        self.assertGreaterEqual(
            CooperationPage.objects.filter(locale__language_code="de").count(), 6
        )
        events = EventPage.objects.filter(locale__language_code="de")
        now = timezone.now()
        self.assertGreaterEqual(events.count(), 10)
        self.assertTrue(events.filter(end__lt=now).exists())
        self.assertTrue(events.filter(start__gt=now + datetime.timedelta(days=30)).exists())
        self.assertGreaterEqual(events.filter(attendance__in=["online", "hybrid"]).count(), 2)

    def test_some_pages_are_translated_to_english_and_published(self):
        english = Page.objects.filter(locale__language_code="en")
        by_type = dict(
            english.values_list("content_type__model").annotate(n=Count("id")).order_by()
        )
        self.assertEqual(by_type["homepage"], 1)
        self.assertGreaterEqual(by_type["placepage"], 2)
        self.assertGreaterEqual(by_type["guidepage"], 1)
        self.assertFalse(english.filter(live=False).exists())
