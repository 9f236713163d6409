"""The content of the demo sections: places, guides, cooperations, events, the standard
pages, and the contact persons and funding programmes they refer to.
"""

import datetime

from django.utils import timezone

from events.factories import EventPageFactory
from home.factories import StandardPageFactory
from knowledge.factories import CooperationPageFactory, FundingProgrammeFactory, GuidePageFactory
from knowledge.models import FundingDeadline, FundingProgramme, Topic
from kreativorte.factories import ContactPersonFactory
from kreativorte.geo import LatLon
from kreativorte.models import ContactPerson, District, SubMarket
from places.factories import PlacePageFactory
from places.models import PlaceGalleryImage, PlaceType

from .base import PageSeeder, without
from .content import load
from .media import demo_image
from .streams import stream


class SectionSeeder(PageSeeder):
    """Seeds the pages inside the sections; DemoSeeder (seed.py) builds the rest around them."""

    def ensure_snippets(self):
        pages = load("de/pages")
        for data in pages["contact_persons"]:
            person = ContactPerson.objects.filter(email=data["email"]).first()
            if person is None:
                person = ContactPersonFactory(**without(data, "key"))
            self.refs.contacts[data["key"]] = person.id
        for data in pages["funding_programmes"]:
            programme = FundingProgramme.objects.filter(name=data["name"]).first()
            if programme is None:
                programme = FundingProgrammeFactory(
                    **without(data, "key", "topics", "deadline_offsets")
                )
                programme.topics.set(Topic.objects.filter(slug__in=data["topics"]))
                for offset in data["deadline_offsets"]:
                    FundingDeadline.objects.create(
                        programme=programme, date=self.today + datetime.timedelta(days=offset)
                    )
            self.refs.programmes[data["key"]] = programme.id
        self.log(
            f"Ansprechpersonen: {len(pages['contact_persons'])}, "
            f"Förderprogramme: {len(pages['funding_programmes'])}"
        )

    # Pages

    def seed_places(self):
        self.seed(
            "Orte",
            load("de/places")["places"],
            self.indexes["places"],
            PlacePageFactory,
            self.place_fields,
            complete=self.add_gallery,
            links=lambda data: {"body": self.place_body(data)},
        )

    def place_alt_text(self, data):
        return f"Grafik: stilisierte Gebäudesilhouette für {data['title']} ({data['former_use']})"

    def place_fields(self, data, number):
        return {
            "title": data["title"],
            "subtitle": data["subtitle"],
            "teaser": data["teaser"],
            "listing_image": demo_image(data["title"], self.place_alt_text(data), seed=number * 10),
            "location": LatLon(lat=data["lat"], lon=data["lon"]).as_point(),
            "address": data["address"],
            "postal_code": data["postal_code"],
            "town": data["town"],
            "district": District.objects.get(slug=data["district"]),
            "setting": data["setting"],
            "nearest_city": data["nearest_city"],
            "distance_to_city_km": data["distance_km"],
            "status": data["status"],
            "former_use": data["former_use"],
            "conversion_year": data["conversion_year"],
            "plot_size_m2": data["plot_size_m2"],
            "building_count": data["building_count"],
            "operator": data["operator"],
            "website": data["website"],
            "contact_email": data["contact_email"],
            "visiting_info": data["visiting_info"],
            "external_id": f"demo-{data['slug']}",
            "body": self.place_body(data),
            "place_types": PlaceType.objects.filter(slug__in=data["types"]),
            "submarkets": SubMarket.objects.filter(slug__in=data["submarkets"]),
        }

    def add_gallery(self, page, data, number):
        for position in (1, 2):
            image = demo_image(
                f"{data['title']} – Ansicht {position}",
                self.place_alt_text(data),
                seed=number * 10 + position,
            )
            PlaceGalleryImage.objects.create(page=page, image=image, sort_order=position)

    def place_body(self, data):
        sections = data["sections"]
        order = ["history", "today", "current_state", "offers", "regional_ties"]
        blocks = [{"type": name, "value": sections[name]} for name in order if sections.get(name)]
        return stream(blocks, self.refs)

    def seed_guides(self):
        self.seed(
            "Leitfäden",
            load("de/guides")["guides"],
            self.indexes["guides"],
            GuidePageFactory,
            lambda data, number: {
                "title": data["title"],
                "teaser": data["teaser"],
                "audience": data["audience"],
                "last_reviewed": self.today - datetime.timedelta(days=30 * (number % 15)),
                "listing_image": demo_image(
                    data["title"], f"Grafik zum Leitfaden „{data['title']}“", seed=1000 + number
                ),
                "body": stream(data["body"], self.refs),
                "topics": Topic.objects.filter(slug__in=data["topics"]),
            },
            links=lambda data: {"body": stream(data["body"], self.refs)},
        )

    def seed_cooperations(self):
        rich_fields = [
            "region_context",
            "origin",
            "value_for_partners",
            "value_for_region",
            "advice",
        ]
        self.seed(
            "Kooperationen",
            load("de/cooperations")["cooperations"],
            self.indexes["cooperations"],
            CooperationPageFactory,
            lambda data, number: {
                "title": data["title"],
                "teaser": data["teaser"],
                "creative_partner": data["creative_partner"],
                "creative_submarket": SubMarket.objects.get(slug=data["creative_submarket"]),
                "business_partner": data["business_partner"],
                "trade": data["trade"],
                "other_partners": data["other_partners"],
                "district": District.objects.get(slug=data["district"]),
                "innovation_kind": data["innovation_kind"],
                "listing_image": demo_image(
                    data["title"], f"Grafik zur Kooperation „{data['title']}“", seed=2000 + number
                ),
                **{name: self.refs.rich_text(data[name]) for name in rich_fields},
            },
            links=lambda data: {name: self.refs.rich_text(data[name]) for name in rich_fields},
        )

    def seed_events(self):
        self.seed(
            "Veranstaltungen",
            load("de/events")["events"],
            self.indexes["events"],
            EventPageFactory,
            self.event_fields,
            links=lambda data: {"body": stream(data["body"], self.refs)},
        )

    def event_fields(self, data, number):
        start, end = self.event_times(data)
        venue_slug = data.get("venue_place")
        return {
            "title": data["title"],
            "teaser": data["teaser"],
            "start": start,
            "end": end,
            "all_day": data["all_day"],
            "format": data["format"],
            "status": data["status"],
            "attendance": data["attendance"],
            "venue_place_id": self.refs.pages.get(venue_slug) if venue_slug else None,
            "venue_name": data["venue_name"],
            "venue_address": data["venue_address"],
            "town": data["town"],
            "online_url": data["online_url"],
            "registration_url": data["registration_url"],
            "registration_deadline": self.registration_deadline(data, start),
            "organiser": data["organiser"],
            "is_free": data["is_free"],
            "price": data["price"],
            "seats": data["seats"],
            "body": stream(data["body"], self.refs),
            "topics": Topic.objects.filter(slug__in=data["topics"]),
        }

    def event_times(self, data):
        """Aware start and end in Europe/Berlin, relative to the day the seed runs."""
        day = self.today + datetime.timedelta(days=data["day_offset"])
        last_day = day + datetime.timedelta(days=data["days"] - 1)
        start_time, end_time = (
            (datetime.time(0, 0), datetime.time(23, 59))
            if data["all_day"]
            else (
                datetime.time.fromisoformat(data["start_time"]),
                datetime.time.fromisoformat(data["end_time"]),
            )
        )
        tz = timezone.get_current_timezone()
        return (
            datetime.datetime.combine(day, start_time, tzinfo=tz),
            datetime.datetime.combine(last_day, end_time, tzinfo=tz),
        )

    def registration_deadline(self, data, start):
        days = data.get("registration_deadline_days_before")
        if days is None or not data["registration_url"]:
            return None
        return (start - datetime.timedelta(days=days)).replace(hour=23, minute=59)

    def seed_standard_pages(self):
        self.seed(
            "Standardseiten",
            load("de/pages")["standard_pages"],
            self.home,
            StandardPageFactory,
            lambda data, number: {"title": data["title"], "body": stream(data["body"], self.refs)},
        )
