"""Build the demo site from the data files in data/ (see content.py); safe to run repeatedly.

A page that already exists (same slug under the same parent) is left untouched,
so a second run changes nothing.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page, Site

from editorial.workflow import configure_all_sections
from events.factories import EventIndexPageFactory, EventPageFactory
from home.factories import HomePageFactory, StandardPageFactory
from home.models import HomePage
from knowledge.factories import (
    CooperationIndexPageFactory,
    CooperationPageFactory,
    FundingProgrammeFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
)
from knowledge.models import FundingDeadline, FundingProgramme, Topic
from kreativorte.factories import ContactPersonFactory
from kreativorte.geo import LatLon
from kreativorte.models import ContactPerson, District, SubMarket
from newsletter.models import NewsletterIndexPage, NewsletterIssuePage
from places.factories import PlaceIndexPageFactory, PlacePageFactory
from places.models import PlaceGalleryImage, PlaceType

from .content import load
from .media import demo_document, demo_image
from .streams import References, has_page_links, stream


class DemoSeeder:
    def __init__(self, log):
        self.log = log
        self.refs = References(make_document=demo_document, make_image=demo_image)
        self.today = timezone.localdate()
        self.pending_links = []  # (page, callable building the fields that hold page links)

    @transaction.atomic
    def run(self):
        self.locale_de = Locale.get_default()
        self.locale_en, _ = Locale.objects.get_or_create(language_code="en")
        self.home = self.ensure_home()
        self.indexes = self.ensure_indexes()
        self.ensure_snippets()
        self.seed_places()
        self.seed_guides()
        self.seed_cooperations()
        self.seed_events()
        self.seed_standard_pages()
        self.resolve_links()
        self.seed_newsletter()
        self.seed_translations()
        self.seed_search_terms()
        self.configure_sections()

    # Helpers

    def existing(self, parent, slug):
        return Page.objects.child_of(parent).filter(slug=slug).specific().first()

    def create(self, factory, parent, slug, fields, complete=None):
        """Create and publish (one revision) unless a page with this slug exists.

        `fields()` builds the factory arguments only when the page is new;
        `complete(page)` adds what the factory cannot (gallery images) before publishing.
        """
        page = self.existing(parent, slug)
        if page:
            return page, False
        page = factory(parent=parent, slug=slug, **fields())
        if complete:
            complete(page)
        page.save_revision().publish()
        return page, True

    def seed(self, label, items, parent, factory, fields, complete=None, links=None):
        """Create the pages of one section; `links(data)` rebuilds fields holding page links."""
        created = 0
        for number, data in enumerate(items):
            page, is_new = self.create(
                factory,
                parent,
                data["slug"],
                fields=lambda d=data, n=number: fields(d, n),
                complete=complete and (lambda page, d=data, n=number: complete(page, d, n)),
            )
            self.refs.pages[data["slug"]] = page.id
            if is_new:
                created += 1
                if links and has_page_links(data):
                    self.pending_links.append((page, lambda d=data: links(d)))
        self.report(label, created, len(items))

    def report(self, label, created, total):
        self.log(f"{label}: {created} neu angelegt, {total - created} bereits vorhanden")

    # Tree

    def ensure_home(self):
        site = Site.objects.get(is_default_site=True)
        home = site.root_page.specific
        if isinstance(home, HomePage):
            self.log("Startseite: bereits vorhanden")
            return home
        root = Page.get_first_root_node()
        data = load("de/pages")["home"]
        home = HomePageFactory(
            parent=root,
            slug="kreativorte",
            title=data["title"],
            mission=data["mission"],
            intro=data["intro"],
            locale=self.locale_de,
        )
        home.save_revision().publish()
        welcome = site.root_page
        site.root_page = home
        site.site_name = "Kreativorte Sachsen"
        site.save()
        if not welcome.specific_class or welcome.specific_class is Page:
            welcome.delete()  # Wagtail's "Welcome" placeholder page
        self.log("Startseite: neu angelegt")
        return home

    def ensure_indexes(self):
        factories = {
            "places": PlaceIndexPageFactory,
            "guides": GuideIndexPageFactory,
            "cooperations": CooperationIndexPageFactory,
            "events": EventIndexPageFactory,
        }
        indexes = {}
        for key, factory in factories.items():
            data = load("de/pages")["indexes"][key]
            indexes[key], _ = self.create(
                factory,
                self.home,
                data["slug"],
                fields=lambda data=data: {"title": data["title"], "intro": data["intro"]},
            )
        self.log("Bereichsseiten: Orte, Wissen, Kooperationen, Veranstaltungen")
        return indexes

    def ensure_snippets(self):
        pages = load("de/pages")
        for data in pages["contact_persons"]:
            person = ContactPerson.objects.filter(email=data["email"]).first()
            if person is None:
                fields = {k: v for k, v in data.items() if k != "key"}
                person = ContactPersonFactory(**fields)
            self.refs.contacts[data["key"]] = person.id
        for data in pages["funding_programmes"]:
            programme = FundingProgramme.objects.filter(name=data["name"]).first()
            if programme is None:
                programme = FundingProgrammeFactory(
                    name=data["name"],
                    provider=data["provider"],
                    url=data["url"],
                    target_group=data["target_group"],
                    funding_rate=data["funding_rate"],
                    region=data["region"],
                    description=data["description"],
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

    # Content

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

    def resolve_links(self):
        """Second pass: now that every page exists, write internal links into new pages."""
        for page, build_fields in self.pending_links:
            for name, value in build_fields().items():
                setattr(page, name, value)
            page.save_revision().publish()
        self.log(f"Interne Links: {len(self.pending_links)} Seiten verknüpft")

    # Newsletter

    def seed_newsletter(self):
        """The archive under the home page and one published issue (frozen when published)."""
        data = load("de/newsletter")["index"]
        index, _ = self.create(
            lambda parent, **fields: parent.add_child(instance=NewsletterIndexPage(**fields)),
            self.home,
            data["slug"],
            fields=lambda: {"title": data["title"], "intro": data["intro"]},
        )
        data = load("de/newsletter")["issue"]
        _, created = self.create(
            lambda parent, **fields: parent.add_child(instance=NewsletterIssuePage(**fields)),
            index,
            data["slug"],
            fields=lambda: {
                "title": data["title"],
                "issue_date": self.today - datetime.timedelta(days=data["days_ago"]),
                "intro": data["intro"],
                "items": [self.issue_item(item["type"], item["value"]) for item in data["items"]],
            },
        )
        self.log(f"Newsletter: {int(created)} Ausgabe neu angelegt")

    def issue_item(self, kind, value):
        if kind == "page":
            page = Page.objects.get(id=self.refs.pages[value["slug"]])
            return (kind, {"page": page, "note": value["note"]})
        if kind == "funding":
            programme = FundingProgramme.objects.get(id=self.refs.programmes[value["key"]])
            return (kind, {"programme": programme, "note": value["note"]})
        return (kind, value)

    # Roles and review

    def configure_sections(self):
        """Review workflow on places, guides, cooperations; Redaktion publishes events."""
        count = configure_all_sections()
        self.log(
            f"Redaktionelle Prüfung: {count} Bereichsseiten eingerichtet "
            "(Orte, Wissen, Kooperationen mit Prüfung; Veranstaltungen direkt)"
        )

    # Translations

    def seed_translations(self):
        data = load("en/translations")
        count = self.translate(self.home, data["home"])
        for key, fields in data["indexes"].items():
            count += self.translate(self.indexes[key], fields)
        for section in ("places", "guides", "events"):
            for slug, fields in data.get(section, {}).items():
                source = Page.objects.get(id=self.refs.pages[slug]).specific
                if "body" in fields:
                    fields = {**fields, "body": stream(fields["body"], self.refs)}
                count += self.translate(source, fields)
        self.log(f"Englische Übersetzungen: {count} neu angelegt")

    def translate(self, source, fields) -> int:
        if source.get_translations().filter(locale=self.locale_en).exists():
            return 0
        page = source.copy_for_translation(self.locale_en, copy_parents=True)
        for name, value in fields.items():
            setattr(page, name, value)
        page.save_revision().publish()
        return 1

    # Search

    def seed_search_terms(self):
        """Editors' picks for a few queries: the approved terms under "Häufig gesucht"."""
        created = 0
        picks = load("search_terms")["picks"]
        for pick in picks:
            page = Page.objects.get(id=self.refs.pages[pick["guide"]])
            if pick["language"] != "de":
                page = page.get_translation(Locale.objects.get(language_code=pick["language"]))
            _, is_new = SearchPromotion.objects.get_or_create(
                query=Query.get(pick["query"]), page=page, defaults={"description": pick["note"]}
            )
            created += is_new
        self.report("Hervorgehobene Suchergebnisse", created, len(picks))
