"""Build the demo site from the data files in data/ (see content.py); safe to run repeatedly.

A page that already exists (same slug under the same parent) is left untouched,
so a second run changes nothing. The pages of the sections come from sections.py.
"""

import datetime

from django.db import transaction
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page, Site

from accessibility.factories import AccessibilityStatementPageFactory
from editorial.workflow import configure_all_sections
from events.factories import EventIndexPageFactory
from home.factories import EasyLanguagePageFactory, HomePageFactory, SignLanguagePageFactory
from home.models import HomePage
from knowledge.factories import CooperationIndexPageFactory, GuideIndexPageFactory
from knowledge.models import FundingProgramme
from newsletter.models import NewsletterIndexPage, NewsletterIssuePage
from places.factories import PlaceIndexPageFactory
from search.models import SynonymGroup

from .accessibility import english_statement_fields, statement_fields
from .collections import file_media
from .content import load
from .sections import SectionSeeder
from .sign_language import sign_language_fields
from .streams import stream


def easy_language_body(sections):
    """StreamField data of the Leichte Sprache page; the data file holds one line per statement."""

    def block(item):
        if item["type"] == "word":
            value = {"word": item["word"], "explanation": "\n".join(item["explanation"])}
            return {"type": "word", "value": value}
        return {"type": "lines", "value": "\n".join(item["value"])}

    return [
        {
            "type": "section",
            "value": {
                "heading": section["heading"],
                "content": [block(item) for item in section["content"]],
            },
        }
        for section in sections
    ]


class DemoSeeder(SectionSeeder):
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
        self.seed_accessibility_statement()
        self.seed_easy_language()
        self.seed_sign_language()
        self.resolve_links()
        self.seed_newsletter()
        self.seed_translations()
        self.seed_search_terms()
        self.seed_synonyms()
        self.configure_sections()
        file_media(self.log)

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

    # Leichte Sprache (German only)

    def seed_easy_language(self):
        data = load("de/easy_language")
        _, created = self.create(
            EasyLanguagePageFactory,
            self.home,
            data["slug"],
            fields=lambda: {"title": data["title"], "body": easy_language_body(data["sections"])},
        )
        self.report("Leichte Sprache", int(created), 1)

    # Gebärdensprache (German only): a placeholder video made with ffmpeg, captions, text

    def seed_sign_language(self):
        data = load("de/sign_language")
        _, created = self.create(
            SignLanguagePageFactory,
            self.home,
            data["slug"],
            fields=lambda: sign_language_fields(data, self.log),
        )
        self.report("Gebärdensprache", int(created), 1)

    # Erklärung zur Barrierefreiheit, at the slug the footer links

    def seed_accessibility_statement(self):
        data = load("de/accessibility_statement")
        page, created = self.create(
            AccessibilityStatementPageFactory,
            self.home,
            data["slug"],
            fields=lambda: statement_fields(data, self.today),
        )
        self.refs.pages[data["slug"]] = page.id
        self.report("Erklärung zur Barrierefreiheit", int(created), 1)

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
        self.refs.pages[data["slug"]] = index.id
        data = load("de/newsletter")["issue"]
        issue, created = self.create(
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
        self.refs.pages[data["slug"]] = issue.id
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
        for section in ("places", "guides", "cooperations", "events", "standard_pages"):
            for slug, fields in data.get(section, {}).items():
                source = Page.objects.get(id=self.refs.pages[slug]).specific
                if "body" in fields:
                    fields = {**fields, "body": stream(fields["body"], self.refs)}
                count += self.translate(source, fields)
        count += self.translate_newsletter(data["newsletter"])
        statement = Page.objects.get(id=self.refs.pages[load("de/accessibility_statement")["slug"]])
        fields = english_statement_fields(statement.specific, data["accessibility_statement"])
        if fields is not None:
            count += self.translate(statement.specific, fields)
        self.log(f"Englische Übersetzungen: {count} neu angelegt")

    def translate_newsletter(self, data) -> int:
        """The archive, then the issue; its items point to English pages where they exist."""
        de = load("de/newsletter")
        index = Page.objects.get(id=self.refs.pages[de["index"]["slug"]]).specific
        count = self.translate(index, data["index"])
        issue = Page.objects.get(id=self.refs.pages[de["issue"]["slug"]]).specific
        items = [self.english_item(item["type"], item["value"]) for item in data["issue"]["items"]]
        return count + self.translate(issue, {**data["issue"], "items": items})

    def english_item(self, kind, value):
        kind, value = self.issue_item(kind, value)
        if kind == "page":
            page = value["page"].get_translation_or_none(self.locale_en) or value["page"]
            value = {**value, "page": page}
        return (kind, value)

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

    def seed_synonyms(self):
        """Synonym groups (Einstellungen > Synonyme); a group an editor changed stays so."""
        groups = load("synonyms")["groups"]
        created = 0
        for group in groups:
            _, is_new = SynonymGroup.objects.get_or_create(
                name=group["name"], defaults={"terms": "\n".join(group["terms"])}
            )
            created += is_new
        self.report("Synonymgruppen", created, len(groups))
