"""Editor-curated newsletter issues: pre-filled, edited, previewed, published and frozen."""

import datetime
import io
import re

import feedparser
import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from events.factories import EventPageFactory
from knowledge.factories import FundingProgrammeFactory, GuidePageFactory
from knowledge.models import FundingDeadline
from newsletter.digest import DEFAULT_SINCE_DAYS
from newsletter.models import NewsletterIndexPage, NewsletterIssuePage, default_since
from places.factories import PlacePageFactory

from .helpers import published

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


@pytest.fixture
def index(tree):
    page = tree.home.add_child(
        instance=NewsletterIndexPage(title="Newsletter", slug="newsletter", live=True)
    )
    return published(page)


@pytest.fixture
def content(tree):
    """One new place and guide, one coming event, one programme with a deadline."""
    place = published(PlacePageFactory(parent=tree.places, title="Alte Spinnerei Mittweida"))
    guide = published(GuidePageFactory(parent=tree.guides, title="Bauantrag für die Umnutzung"))
    event = published(EventPageFactory(parent=tree.events, title="Werkstatt Leerstand"))
    programme = FundingProgrammeFactory(name="Kleinprojekte Kreativorte")
    FundingDeadline.objects.create(
        programme=programme, date=timezone.localdate() + datetime.timedelta(days=10)
    )
    return {"place": place, "guide": guide, "event": event, "programme": programme}


def add_url(index):
    return reverse("wagtailadmin_pages:add", args=("newsletter", "newsletterissuepage", index.pk))


def form_data(items, **fields):
    data = {
        "title": "Newsletter März",
        "slug": "newsletter-maerz",
        "issue_date": timezone.localdate().isoformat(),
        "since": "",
        "intro": rich_text("<p>Hallo aus der Redaktion.</p>"),
        "items": streamfield(items),
        **fields,
    }
    return nested_form_data(data)


def make_issue(index, items, **fields):
    issue = index.add_child(
        instance=NewsletterIssuePage(
            title=fields.pop("title", "Ausgabe"),
            slug=fields.pop("slug", "ausgabe"),
            intro="<p>Willkommen zur neuen Ausgabe.</p>",
            items=items,
            **fields,
        )
    )
    return published(issue)


def test_the_add_form_is_prefilled_from_the_digest(admin_client, index, content):
    response = admin_client.get(add_url(index))
    assert response.status_code == 200
    initial = response.context["form"].initial
    pages = [b.value["page"].pk for b in initial["items"] if b.block_type == "page"]
    assert pages == [content["place"].pk, content["guide"].pk, content["event"].pk]
    programmes = [b.value["programme"].pk for b in initial["items"] if b.block_type == "funding"]
    assert programmes == [content["programme"].pk]
    assert "Hallo" not in initial["intro"] and initial["intro"].startswith("<p>")
    html = response.content.decode()
    for title in ("Alte Spinnerei Mittweida", "Bauantrag", "Kleinprojekte Kreativorte"):
        assert title in html  # the choosers' state in the rendered form (JSON)

    preview = reverse(
        "wagtailadmin_pages:preview_on_add", args=("newsletter", "newsletterissuepage", index.pk)
    )
    items = [("page", {"page": content["place"].pk, "note": ""})]
    assert admin_client.post(preview, form_data(items)).json()["is_valid"]
    email = admin_client.get(preview, {"mode": "email"})
    assert "Alte Spinnerei Mittweida" in email.content.decode()


def test_an_edited_issue_saves_its_order_intro_and_notes(admin_client, index, content):
    items = [
        ("text", {"heading": "In eigener Sache", "text": rich_text("<p>Wir suchen Orte.</p>")}),
        ("page", {"page": content["guide"].pk, "note": "Unbedingt lesen."}),
        ("page", {"page": content["place"].pk, "note": ""}),
    ]  # the event and the programme removed, the guide before the place
    response = admin_client.post(add_url(index), form_data(items))
    assert response.status_code == 302
    issue = NewsletterIssuePage.objects.get(slug="newsletter-maerz").get_latest_revision_as_object()
    assert [b.block_type for b in issue.items] == ["text", "page", "page"]
    assert [b.value["page"].pk for b in issue.items[1:]] == [
        content["guide"].pk,
        content["place"].pk,
    ]
    assert issue.items[1].value["note"] == "Unbedingt lesen."
    assert "Hallo aus der Redaktion." in issue.intro


def test_the_email_preview_renders_the_items_with_absolute_urls(admin_client, index, content):
    issue = make_issue(index, [("page", {"page": content["place"], "note": ""})])
    url = reverse("wagtailadmin_pages:preview_on_edit", args=(issue.pk,))
    items = [
        ("page", {"page": content["guide"].pk, "note": "Neu im Wissen."}),
        ("funding", {"programme": content["programme"].pk, "note": ""}),
    ]
    response = admin_client.post(url, form_data(items, slug="ausgabe"))
    assert response.json()["is_valid"]
    response = admin_client.get(url, {"mode": "email"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    html = response.content.decode()
    assert html.lstrip().lower().startswith("<!doctype html")
    assert "Bauantrag für die Umnutzung" in html and "Neu im Wissen." in html
    assert "Kleinprojekte Kreativorte" in html
    assert "Alte Spinnerei" not in html  # the draft's items, not the published ones
    hrefs = re.findall(r'href="([^"]+)"', html)
    assert any(h.endswith(content["guide"].url) for h in hrefs), hrefs
    assert all(href.startswith(("http://", "https://", "{{")) for href in hrefs), hrefs

    web = admin_client.get(url, {"mode": ""})
    assert web.status_code == 200
    assert "Bauantrag für die Umnutzung" in web.content.decode()


def test_publishing_freezes_the_issue(admin_client, client, index, content):
    items = [("page", {"page": content["place"].pk, "note": ""})]
    data = {**form_data(items), "action-publish": "action-publish"}
    assert admin_client.post(add_url(index), data).status_code == 302
    issue = NewsletterIssuePage.objects.get(slug="newsletter-maerz")
    assert issue.live and issue.frozen_at and "Alte Spinnerei Mittweida" in issue.frozen_html

    place = content["place"]
    place.title = "Neuer Name der Spinnerei"
    published(place)

    html = client.get(issue.url + "email-html/")
    assert html.status_code == 200
    assert html["Content-Type"] == "text/html; charset=utf-8"
    assert "Alte Spinnerei Mittweida" in html.content.decode()
    assert "Neuer Name" not in html.content.decode()

    text = client.get(issue.url + "email-txt/")
    assert text["Content-Type"] == "text/plain; charset=utf-8"
    body = text.content.decode()
    assert "Hallo aus der Redaktion." in body and "Alte Spinnerei Mittweida" in body
    assert "Neuer Name" not in body and "<p>" not in body

    web = client.get(issue.url)
    assert "Alte Spinnerei Mittweida" in web.content.decode()
    assert "Neuer Name" not in web.content.decode()


def test_the_web_version_is_in_the_site_layout(client, index, content):
    issue = make_issue(
        index,
        [
            ("text", {"heading": "In eigener Sache", "text": "<p>Wir suchen Orte.</p>"}),
            ("page", {"page": content["event"], "note": "Anmeldung lohnt sich."}),
        ],
    )
    response = client.get(issue.url)
    assert response.status_code == 200
    assert "base.html" in [t.name for t in response.templates]
    html = response.content.decode()
    assert "<h1>Ausgabe</h1>" in html
    assert "Willkommen zur neuen Ausgabe." in html and "In eigener Sache" in html
    assert "Werkstatt Leerstand" in html and "Anmeldung lohnt sich." in html
    assert 'href="/newsletter/ausgabe/email-html/"' in html

    listing = client.get(index.url).content.decode()
    assert issue.url in listing


def test_default_since_follows_the_newest_published_issue(index):
    today = timezone.localdate()
    assert default_since() == today - datetime.timedelta(days=DEFAULT_SINCE_DAYS)
    make_issue(index, [], slug="alt", issue_date=today - datetime.timedelta(days=20))
    newest = make_issue(index, [], slug="neu", issue_date=today - datetime.timedelta(days=5))
    draft = index.add_child(
        instance=NewsletterIssuePage(title="Entwurf", slug="entwurf", live=False, issue_date=today)
    )
    assert default_since() == newest.issue_date
    assert draft.effective_since() == newest.issue_date
    newest.unpublish()
    assert default_since() == today - datetime.timedelta(days=20)


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_the_issues_feed(client, index, kind):
    make_issue(index, [], slug="eins", title="Ausgabe Januar")
    response = client.get(f"/feeds/newsletter.{kind}")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    entry = feed.entries[0]
    assert entry.title == "Ausgabe Januar"
    assert entry.link == "http://testserver/newsletter/eins/"
    assert "Willkommen zur neuen Ausgabe." in entry.summary


def test_the_demo_site_has_a_published_frozen_issue():
    call_command("seed_demo", force=True, stdout=io.StringIO())
    index = NewsletterIndexPage.objects.get(slug="newsletter", locale__language_code="de")
    issue = NewsletterIssuePage.objects.child_of(index).get(slug="ausgabe-1")
    assert index.live and issue.live
    assert issue.issue_date == timezone.localdate() - datetime.timedelta(days=14)
    assert [b.block_type for b in issue.items].count("page") == 5
    assert "In eigener Sache" in issue.frozen_html and "Garnhof" in issue.frozen_text
    assert default_since() == issue.issue_date
