"""Factories for the shared models; used by seed_demo and the tests."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.models import Collection

from .models import ContactPerson, KreativorteImage


def term(model, slug):
    """A taxonomy term that the data migrations created."""
    return factory.LazyFunction(lambda: model.objects.get(slug=slug))


def root_collection():
    """wagtail_factories would make a new root "Test collection" for every image and
    document, outside the collection tree the roles hold permissions on."""
    return Collection.get_first_root_node()


class ImageFactory(wagtail_factories.ImageFactory):
    collection = factory.LazyFunction(root_collection)
    title = factory.Sequence(lambda n: f"Bild {n}")
    description = factory.LazyAttribute(lambda o: f"Beispielbild: {o.title}")
    credit = "Foto: Kreativorte Sachsen"

    class Meta:
        model = KreativorteImage


class DocumentFactory(wagtail_factories.DocumentFactory):
    collection = factory.LazyFunction(root_collection)
    title = factory.Sequence(lambda n: f"Dokument {n}")


class ContactPersonFactory(DjangoModelFactory):
    name = factory.Faker("name", locale="de_DE")
    role = "Beratung"
    organisation = "Kreatives Sachsen"
    email = factory.Sequence(lambda n: f"kontakt{n}@kreativorte.example")
    phone = "+49 351 000000"

    class Meta:
        model = ContactPerson
