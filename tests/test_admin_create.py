"""Every page type can be created through the admin, and the place editor shows the map."""

import datetime

from django.contrib.auth.models import Group
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from events.models import EventIndexPage, EventPage
from home.models import HomePage, StandardPage
from knowledge.models import (
    CooperationIndexPage,
    CooperationPage,
    GuideIndexPage,
    GuidePage,
    Topic,
)
from kreativorte.models import District, SubMarket
from places.factories import PlacePageFactory
from places.models import PlaceIndexPage, PlacePage, PlaceType

from .site_tree import build_site_tree


def form_data(fields, **multiple):
    """Admin form data; `multiple` holds multi-select fields, which post one value per id."""
    return {**nested_form_data(fields), **multiple}


class AdminCreateTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()
        cls.dresden = District.objects.get(slug="dresden")

    def setUp(self):
        self.client.force_login(self.create_test_user())  # client.login(): axes wants a request

    def test_place_page(self):
        self.assertCanCreate(
            self.tree.places,
            PlacePage,
            form_data(
                {
                    "title": "Alte Spinnerei Mittweida",
                    "slug": "alte-spinnerei-mittweida",
                    "subtitle": "Von der Spinnerei zum Atelierhaus",
                    "teaser": "Ateliers in einer Spinnerei.",
                    "address": "Am Fluss 1",
                    "postal_code": "09648",
                    "town": "Mittweida",
                    "district": District.objects.get(slug="landkreis-mittelsachsen").pk,
                    "location": "SRID=4326;POINT(12.98 50.985)",
                    "status": PlacePage.Status.ESTABLISHED,
                    "setting": PlacePage.Setting.RURAL,
                    "body": streamfield(
                        [
                            ("history", {"heading": "", "text": rich_text("<p>Früher Garn.</p>")}),
                            ("today", {"heading": "", "text": rich_text("<p>Heute Kunst.</p>")}),
                        ]
                    ),
                    "gallery_images": inline_formset([]),
                },
                place_types=[PlaceType.objects.get(slug="atelierhaus").pk],
                submarkets=[SubMarket.objects.get(slug="kunstmarkt").pk],
            ),
        )
        place = PlacePage.objects.get(slug="alte-spinnerei-mittweida")
        self.assertEqual((place.latitude, place.longitude), (50.985, 12.98))
        self.assertEqual([t.slug for t in place.place_types.all()], ["atelierhaus"])

    def test_guide_page(self):
        self.assertCanCreate(
            self.tree.guides,
            GuidePage,
            form_data(
                {
                    "title": "Bauantrag für die Umnutzung",
                    "slug": "bauantrag",
                    "audience": GuidePage.Audience.FOUNDERS,
                    "body": streamfield(
                        [
                            ("heading", "Worum es geht"),
                            (
                                "paragraph",
                                rich_text(f"<p>{'Eine Nutzungsänderung braucht Zeit. ' * 100}</p>"),
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Unterlagen",
                                    "items": streamfield(
                                        [("item", "Lageplan"), ("item", "Grundrisse")]
                                    ),
                                },
                            ),
                        ]
                    ),
                },
                topics=[Topic.objects.get(slug="baurecht").pk],
            ),
        )
        guide = GuidePage.objects.get(slug="bauantrag")
        self.assertEqual(guide.reading_time, 2)  # 400 words at 200 per minute
        self.assertEqual([t.slug for t in guide.topics.all()], ["baurecht"])

    def test_cooperation_page(self):
        self.assertCanCreate(
            self.tree.cooperations,
            CooperationPage,
            form_data(
                {
                    "title": "Stühle aus dem Erzgebirge",
                    "slug": "stuehle",
                    "creative_partner": "Studio Formlos",
                    "creative_submarket": SubMarket.objects.get(slug="designwirtschaft").pk,
                    "business_partner": "Tischlerei Holzwerk",
                    "trade": "Tischlerei",
                    "district": District.objects.get(slug="erzgebirgskreis").pk,
                    "innovation_kind": CooperationPage.Innovation.PRODUCT,
                    "origin": rich_text("<p>Auf einer Messe.</p>"),
                    "value_for_partners": rich_text("<p>Neue Kundschaft.</p>"),
                    "body": streamfield([]),
                }
            ),
        )

    def test_event_page(self):
        self.assertCanCreate(
            self.tree.events,
            EventPage,
            form_data(
                {
                    "title": "Fachrunde Denkmalschutz",
                    "slug": "fachrunde",
                    "start": "2026-12-03 10:00",
                    "end": "2026-12-03 13:00",
                    "format": EventPage.Format.ROUND_TABLE,
                    "status": EventPage.Status.SCHEDULED,
                    "attendance": EventPage.Attendance.HYBRID,
                    "online_url": "https://treffen.example/fachrunde",
                    "is_free": "on",
                    "body": streamfield([]),
                }
            ),
        )
        event = EventPage.objects.get(slug="fachrunde")
        # Entered in Europe/Berlin: 10:00 CET is 09:00 UTC in December.
        self.assertEqual(event.start, datetime.datetime(2026, 12, 3, 9, 0, tzinfo=datetime.UTC))

    def test_standard_page(self):
        self.assertCanCreate(
            self.tree.home,
            StandardPage,
            form_data(
                {
                    "title": "Impressum",
                    "slug": "impressum",
                    "body": streamfield([("paragraph", rich_text("<p>Angaben gemäß DDG.</p>"))]),
                }
            ),
        )


class AdminCreateSectionsTest(WagtailPageTestCase):
    """A second language version needs its own home page and sections."""

    def test_home_page_and_section_index_pages(self):
        self.client.force_login(self.create_test_user())
        root = Page.get_first_root_node()
        self.assertCanCreate(
            root,
            HomePage,
            form_data(
                {
                    "title": "Creative Places Saxony",
                    "slug": "start-zwei",
                    "featured_places": inline_formset([]),
                }
            ),
        )
        home = HomePage.objects.get(slug="start-zwei")
        for model, slug in [
            (PlaceIndexPage, "orte"),
            (GuideIndexPage, "wissen"),
            (CooperationIndexPage, "kooperationen"),
            (EventIndexPage, "veranstaltungen"),
        ]:
            with self.subTest(model=model.__name__):
                self.assertCanCreate(
                    home,
                    model,
                    form_data({"title": slug.title(), "slug": slug, "intro": rich_text("")}),
                )
                home.refresh_from_db()  # numchild changed
                self.assertFalse(model.can_create_at(home))


class PlaceEditorTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()
        cls.place = PlacePageFactory(parent=cls.tree.places, title="Kesselhaus Riesa")

    def test_edit_view_renders_the_leaflet_map_for_an_editor(self):
        editor = self.create_user("redakteurin", password="geheim-genug-123")
        editor.groups.add(Group.objects.get(name="Redaktion"))
        self.client.force_login(editor)
        response = self.client.get(f"/admin/pages/{self.place.id}/edit/")
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertIn('data-controller="place-location"', html)
        self.assertIn("vendor/leaflet/leaflet.js", html)
        self.assertIn("places/admin/location-field.js", html)
        # The widget opens at the stored point, and Leaflet comes from our own static files.
        self.assertIn("51.0504", html)
        self.assertNotIn("unpkg.com", html)

    def test_admin_speaks_german(self):
        self.client.force_login(self.create_test_user())
        response = self.client.get(f"/admin/pages/{self.place.id}/edit/")
        self.assertContains(response, "Position auf der Karte")
        self.assertContains(response, 'lang="de"')
