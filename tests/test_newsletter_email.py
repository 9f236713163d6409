"""The digest as e-mail: MJML-made HTML with absolute URLs, alt texts, plain text, size."""

import datetime
from html.parser import HTMLParser

import pytest
from django.utils import timezone
from wagtail.models import Page

from events.factories import EventPageFactory
from home.factories import StandardPageFactory
from knowledge.factories import CooperationPageFactory, FundingProgrammeFactory, GuidePageFactory
from knowledge.models import FundingDeadline
from kreativorte.factories import ImageFactory
from newsletter.digest import build_digest
from newsletter.email import render_email
from places.factories import PlacePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]
GERMAN_MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
GMAIL_CLIPS_AT = 102 * 1024


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls, self.images = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("href", "src"):
            if name in attrs:
                self.urls.append(attrs[name])
        if tag == "img":
            self.images.append(attrs)


def parse(html: str) -> Links:
    links = Links()
    links.feed(html)
    return links


def german(day: datetime.date) -> str:
    return f"{day.day}. {GERMAN_MONTHS[day.month - 1]} {day.year}"


@pytest.fixture
def full(tree):
    """A realistic digest: ten items in every group, with images and long teasers."""
    now = timezone.now()
    image = ImageFactory(file__width=1200, file__height=800)
    teaser = "Ein ehemaliges Lagerhaus mit Ateliers, Werkstätten und einem Café am Fluss. " * 3
    start = timezone.localtime(now).replace(hour=18, minute=30, second=0, microsecond=0)
    for n in range(10):
        for factory, parent in [
            (PlacePageFactory, tree.places),
            (GuidePageFactory, tree.guides),
            (CooperationPageFactory, tree.cooperations),
        ]:
            page = factory(parent=parent, title=f"Titel {factory.__name__} {n}", teaser=teaser)
            page.listing_image = image
            page.save_revision().publish()
            Page.objects.filter(id=page.id).update(
                first_published_at=now - datetime.timedelta(hours=n + 1)
            )
        EventPageFactory(
            parent=tree.events,
            title=f"Veranstaltung {n}",
            teaser=teaser,
            listing_image=image,
            start=start + datetime.timedelta(days=n + 2),
            registration_deadline=start + datetime.timedelta(days=n + 1),
        )
        programme = FundingProgrammeFactory(name=f"Förderprogramm {n}")
        FundingDeadline.objects.create(
            programme=programme,
            date=timezone.localdate() + datetime.timedelta(days=n + 3),
            label="Antragsrunde",
        )
    StandardPageFactory(parent=tree.home, title="Impressum", slug="impressum")
    return {"event_start": start + datetime.timedelta(days=2)}


def test_the_email_html_is_absolute_accessible_and_small(client, full):
    response = client.get("/api/v1/newsletter/digest.html")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert len(response.content) < GMAIL_CLIPS_AT, len(response.content)
    for heading in (
        "Neue Orte",
        "Neue Leitfäden",
        "Neue Kooperationen",
        "Veranstaltungen",
        "Anmeldeschluss",
        "Antragsfristen",
    ):
        assert heading in html
    links = parse(html)
    assert "{{unsubscribe}}" in links.urls, "the sending tool fills the unsubscribe link"
    others = [url for url in links.urls if url != "{{unsubscribe}}"]
    assert len(others) > 50
    for url in others:
        assert url.startswith(("http://", "https://")), url
    assert "http://testserver/impressum/" in others
    assert len(links.images) >= 40
    for image in links.images:
        assert image.get("alt", "").strip(), image
    assert 'style="' in html, "styles inline"
    assert "Veranstaltung 0" in html and "Förderprogramm 9" in html


def test_the_email_has_german_dates(client, full):
    html = client.get("/api/v1/newsletter/digest.html", {"since": "2026-03-05"}).content.decode()
    assert "5. März 2026" in html
    start = full["event_start"]
    assert f"{german(start.date())}, 18:30 Uhr" in html


def test_the_plain_text_alternative(client, full):
    response = client.get("/api/v1/newsletter/digest.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "<" not in text
    for title in ("Titel PlacePageFactory 0", "Veranstaltung 9", "Förderprogramm 3"):
        assert title in text
    assert "NEUE ORTE" in text and "ANTRAGSFRISTEN" in text
    assert "{{unsubscribe}}" in text


def test_render_email_without_a_request(full, settings):
    settings.NEWSLETTER_UNSUBSCRIBE_PLACEHOLDER = "*|UNSUB|*"
    html, text = render_email(build_digest(None))
    links = parse(html)
    assert "*|UNSUB|*" in links.urls and "*|UNSUB|*" in text
    for url in links.urls:
        assert url == "*|UNSUB|*" or url.startswith(settings.WAGTAILADMIN_BASE_URL), url
    assert "Titel GuidePageFactory 4" in text


def test_an_empty_digest_still_makes_an_email(client, tree):
    html = client.get("/api/v1/newsletter/digest.html").content.decode()
    assert "Diesmal gibt es nichts Neues." in html
    assert "Neue Orte" not in html


def test_a_long_digest_stays_under_gmails_limit(full):
    digest = build_digest(None)
    for key in ("places", "guides", "cooperations", "events", "registration_deadlines"):
        digest[key] = digest[key] * 3  # thirty items each, the most a section holds
    html, text = render_email(digest)
    assert len(html.encode()) < GMAIL_CLIPS_AT
    assert "20 weitere Einträge auf der Website" in html
    assert "20 weitere Einträge auf der Website" in text
    assert "Neue Orte" in html and "Antragsfristen" in html
