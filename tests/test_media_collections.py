"""Every image and document in reach: the demo's media sit in named collections under the
German-named root, where Redaktion and Freigabe see and choose them; factories don't litter."""

import io

import pytest
import wagtail_factories
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail.permissions import policy_registry

from editorial.roles import FREIGABE, REDAKTION
from kreativorte.factories import DocumentFactory, ImageFactory
from kreativorte.models import KreativorteImage
from places.models import PlacePage

from .roles_world import client_for, make_user

DEMO_COLLECTIONS = {"Orte", "Wissen", "Veranstaltungen", "Allgemein"}


def permitted(model, user, action):
    policy = policy_registry.get_by_type(model)
    return policy.instances_user_has_permission_for(user, action).count()


def test_the_root_collection_has_a_german_name(db):
    assert Collection.get_first_root_node().name == "Mediathek"
    assert not Collection.objects.filter(name="Root").exists()


def test_factories_keep_their_media_in_the_root_collection(db):
    before = Collection.objects.count()
    image, document = ImageFactory(), DocumentFactory()
    assert Collection.objects.count() == before
    root = Collection.get_first_root_node()
    assert image.collection == root and document.collection == root


class DemoMediaTest(TestCase):
    """A database seeded before (media in wagtail_factories' root "Test collection"s)
    is seeded again: everything lands in the named collections."""

    @classmethod
    def setUpTestData(cls):
        cls.stray_image = wagtail_factories.ImageFactory(
            title="Altes Bild", file__width=10, file__height=10
        )
        cls.stray_document = wagtail_factories.DocumentFactory(title="Altes Dokument")
        assert cls.stray_image.collection.name == "Test collection"
        cls.output = io.StringIO()
        call_command("seed_demo", force=True, stdout=cls.output)
        cls.redaktion = make_user("rita", REDAKTION)
        cls.freigabe = make_user("frieda", FREIGABE)

    def test_no_test_collection_is_left_and_every_medium_is_filed(self):
        self.assertFalse(Collection.objects.filter(name="Test collection").exists())
        self.assertEqual(Collection.objects.filter(depth=1).count(), 1)
        root = Collection.get_first_root_node()
        for model in (KreativorteImage, get_document_model()):
            with self.subTest(model=model.__name__):
                self.assertTrue(model.objects.exists())
                self.assertFalse(model.objects.filter(collection=root).exists())
        names = set(Collection.objects.filter(depth=2).values_list("name", flat=True))
        self.assertLessEqual(DEMO_COLLECTIONS, names)
        self.assertIn("Medien einsortiert, 2 leere Testsammlungen entfernt", self.output.getvalue())

    def test_media_are_filed_by_the_pages_that_use_them(self):
        place = PlacePage.objects.filter(gallery_images__isnull=False).first()
        self.assertEqual(place.listing_image.collection.name, "Orte")
        self.assertEqual(place.gallery_images.first().image.collection.name, "Orte")
        self.stray_image.refresh_from_db()
        self.stray_document.refresh_from_db()
        self.assertEqual(self.stray_image.collection.name, "Allgemein")
        self.assertEqual(self.stray_document.collection.name, "Allgemein")
        used = {
            image.collection.name for image in KreativorteImage.objects.select_related("collection")
        }
        self.assertLessEqual({"Orte", "Wissen"}, used)

    def test_redaktion_and_freigabe_see_and_choose_every_image_and_document(self):
        images, documents = KreativorteImage.objects.count(), get_document_model().objects.count()
        for user in (self.redaktion, self.freigabe):
            for action in ("choose", "change"):
                with self.subTest(user=user.username, action=action):
                    self.assertEqual(permitted(KreativorteImage, user, action), images)
                    self.assertEqual(permitted(get_document_model(), user, action), documents)

    def test_upload_forms_offer_the_named_collections(self):
        client = client_for(self.redaktion)
        for url in (reverse("wagtailimages:add"), reverse("wagtaildocs:add")):
            with self.subTest(url=url):
                html = client.get(url).content.decode()
                for name in ("Mediathek", *DEMO_COLLECTIONS):
                    self.assertIn(name, html)
                self.assertNotIn("Test collection", html)


@pytest.mark.parametrize("view", ["wagtailimages:index", "wagtaildocs:index"])
def test_an_editor_sees_media_of_every_collection_in_the_listing(world, view):
    orte = Collection.get_first_root_node().add_child(name="Orte")
    ImageFactory(title="Halle im Winter", collection=orte)
    DocumentFactory(title="Hallenordnung", collection=orte)
    html = client_for(world.redaktion).get(reverse(view)).content.decode()
    assert ("Halle im Winter" if "images" in view else "Hallenordnung") in html
