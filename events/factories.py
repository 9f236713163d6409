import datetime

import factory
import wagtail_factories
from django.utils import timezone

from .models import EventIndexPage, EventPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Veranstaltungen"
    slug = "veranstaltungen"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    """A two-hour workshop a week from now."""

    title = factory.Sequence(lambda n: f"Workshop {n}")
    start = factory.LazyFunction(
        lambda: (timezone.localtime() + datetime.timedelta(days=7)).replace(
            hour=10, minute=0, second=0, microsecond=0
        )
    )
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=2))
    venue_name = "Rathaus, Ratssaal"
    town = "Freiberg"

    class Meta:
        model = EventPage
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)
            self.save()
