import factory
import wagtail_factories

from kreativorte.factories import term
from kreativorte.geo import LatLon
from kreativorte.models import District

from .models import PlaceIndexPage, PlacePage


class PlaceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Orte"
    slug = "orte"

    class Meta:
        model = PlaceIndexPage


class PlacePageFactory(wagtail_factories.PageFactory):
    """A place in Dresden unless told otherwise; `place_types` and `submarkets` take lists."""

    title = factory.Sequence(lambda n: f"Kreativort {n}")
    subtitle = "Vom Lagerhaus zum Atelierhaus"
    teaser = "Ein ehemaliges Lagerhaus mit Ateliers und Werkstätten."
    town = "Dresden"
    district = term(District, "dresden")
    location = LatLon(lat=51.0504, lon=13.7373).as_point()
    status = PlacePage.Status.ESTABLISHED
    former_use = "Lagerhaus"

    class Meta:
        model = PlacePage
        skip_postgeneration_save = True

    @factory.post_generation
    def place_types(self, create, extracted, **kwargs):
        if create and extracted:
            self.place_types.set(extracted)
            self.save()

    @factory.post_generation
    def submarkets(self, create, extracted, **kwargs):
        if create and extracted:
            self.submarkets.set(extracted)
            self.save()
