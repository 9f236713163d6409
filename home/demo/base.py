"""What every part of the demo seed builds on: create a page once, report, link afterwards."""

from django.utils import timezone
from wagtail.models import Page

from .media import demo_document, demo_image
from .streams import References, has_page_links


def without(data: dict, *keys: str) -> dict:
    """The data's fields but `keys` (those a factory does not take)."""
    return {key: value for key, value in data.items() if key not in keys}


class PageSeeder:
    def __init__(self, log):
        self.log = log
        self.refs = References(make_document=demo_document, make_image=demo_image)
        self.today = timezone.localdate()
        self.pending_links = []  # (page, callable building the fields that hold page links)

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

    def resolve_links(self):
        """Second pass: now that every page exists, write internal links into new pages."""
        for page, build_fields in self.pending_links:
            for name, value in build_fields().items():
                setattr(page, name, value)
            page.save_revision().publish()
        self.log(f"Interne Links: {len(self.pending_links)} Seiten verknüpft")
