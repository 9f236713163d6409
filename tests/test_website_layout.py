"""The public website's frame: layout, navigation, SEO tags, sitemap, robots.txt, errors, home."""

import datetime
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from events.factories import EventPageFactory
from home.factories import StandardPageFactory
from home.models import HomeFeaturedPlace
from knowledge.factories import CooperationPageFactory, GuidePageFactory
from knowledge.models import CooperationIndexPage
from kreativorte.factories import ImageFactory
from places.factories import PlacePageFactory

from .helpers import html_of, translate

pytestmark = pytest.mark.django_db

DIST = Path(settings.BASE_DIR) / "site" / "static" / "dist"


# Layout


def test_layout_has_landmarks_skip_link_and_navigation(client, tree):
    StandardPageFactory(parent=tree.home, title="Impressum", slug="impressum")
    StandardPageFactory(parent=tree.home, title="Datenschutz", slug="datenschutz")
    StandardPageFactory(parent=tree.home, title="Barrierefreiheit", slug="barrierefreiheit")
    place = PlacePageFactory(parent=tree.places, title="Kühlhaus")

    html = html_of(client, place.url)

    assert '<html lang="de">' in html
    assert '<a class="skip-link" href="#main">Zum Inhalt springen</a>' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html
    nav = re.search(r'<nav class="site-nav" aria-label="Hauptnavigation">(.*?)</nav>', html, re.S)
    assert nav, "main navigation missing"
    for section in (tree.places, tree.guides, tree.cooperations, tree.events):
        assert f'href="{section.url}"' in nav.group(1)
    assert 'href="/suche/"' in nav.group(1)
    # The place belongs to "Orte": marked as the current section (not as the current page).
    assert f'<a href="{tree.places.url}" aria-current="true">' in nav.group(1)
    footer = html.split("<footer", 1)[1]
    for slug in ("impressum", "datenschutz", "barrierefreiheit"):
        assert f'href="/{slug}/"' in footer
    assert "mailto:" in footer
    assert '/static/css/site.css"' in html
    assert "<title>Kühlhaus – Kreativorte Sachsen</title>" in html


def test_section_page_is_marked_as_current_page(client, tree):
    html = html_of(client, tree.guides.url)
    assert f'<a href="{tree.guides.url}" aria-current="page">' in html


def test_layout_makes_no_third_party_requests(client, tree):
    html = html_of(client, tree.home.url)
    external = re.findall(r'(?:src|href|content)="(https?://[^"]+)"', html)
    # Only links to our own pages (canonical, hreflang) may be absolute.
    assert all(url.startswith(tree.home.get_site().root_url) for url in external), external


def test_hreflang_canonical_and_open_graph_on_a_translated_page(client, tree, english):
    image = ImageFactory(description="Das Kühlhaus von außen")
    place = PlacePageFactory(
        parent=tree.places,
        title="Kühlhaus",
        teaser="Ein Kühlhaus wird Kulturort.",
        listing_image=image,
        search_description="",
    )
    translated = translate(place, english, f"{place.title} (EN)")

    html = html_of(client, place.url)

    german_url, english_url = place.full_url, translated.full_url
    root_url = tree.home.get_site().root_url
    assert translated.url.startswith("/en/")
    assert f'<link rel="canonical" href="{german_url}">' in html
    assert f'<link rel="alternate" hreflang="de" href="{german_url}">' in html
    assert f'<link rel="alternate" hreflang="en" href="{english_url}">' in html
    assert f'<link rel="alternate" hreflang="x-default" href="{german_url}">' in html
    assert '<meta name="description" content="Ein Kühlhaus wird Kulturort.">' in html
    assert '<meta property="og:title" content="Kühlhaus">' in html
    assert '<meta property="og:description" content="Ein Kühlhaus wird Kulturort.">' in html
    assert f'<meta property="og:url" content="{german_url}">' in html
    assert '<meta property="og:locale" content="de_DE">' in html
    assert '<meta property="og:locale:alternate" content="en_GB">' in html
    og_image = re.search(r'<meta property="og:image" content="([^"]+)">', html)
    assert og_image and og_image.group(1).startswith(f"{root_url}/media/images/")
    # The language switch leads to the English version of this very page.
    switch = html.split('class="language-switch"', 1)[1].split("</nav>", 1)[0]
    assert f'href="{translated.url}"' in switch

    english_html = html_of(client, translated.url)
    assert '<html lang="en">' in english_html
    assert f'<link rel="canonical" href="{english_url}">' in english_html
    assert '<meta property="og:locale" content="en_GB">' in english_html
    assert f'<link rel="alternate" hreflang="x-default" href="{german_url}">' in english_html


def test_untranslated_page_has_no_hreflang_and_switches_to_the_english_home(client, tree, english):
    place = PlacePageFactory(parent=tree.places, title="Nur auf Deutsch")
    html = html_of(client, place.url)
    assert 'hreflang="en" href="http' not in html
    assert 'rel="canonical"' in html
    switch = html.split('class="language-switch"', 1)[1].split("</nav>", 1)[0]
    assert 'href="/en/"' in switch


def test_search_description_wins_over_teaser(client, tree):
    place = PlacePageFactory(
        parent=tree.places, search_description="Für Suchmaschinen.", teaser="Teaser."
    )
    html = html_of(client, place.url)
    assert '<meta name="description" content="Für Suchmaschinen.">' in html


# Sitemap and robots.txt


def test_sitemap_lists_only_live_public_pages_of_both_languages(client, tree, english):
    public = PlacePageFactory(parent=tree.places, title="Öffentlich", slug="oeffentlich")
    translated = translate(public, english, f"{public.title} (EN)")
    PlacePageFactory(parent=tree.places, title="Entwurf", slug="entwurf", live=False)
    unpublished = PlacePageFactory(parent=tree.places, title="Zurückgezogen", slug="weg")
    unpublished.unpublish()
    restricted = PlacePageFactory(parent=tree.places, title="Intern", slug="intern")
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    below_restricted = StandardPageFactory(parent=tree.home, slug="geschuetzt")
    PageViewRestriction.objects.create(
        page=below_restricted, restriction_type="password", password="geheim"
    )

    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    locations = set(re.findall(r"<loc>([^<]+)</loc>", xml))

    assert public.full_url in locations
    assert translated.full_url in locations
    assert tree.home.full_url in locations
    assert any(location.endswith("/en/") for location in locations)
    for slug in ("entwurf", "weg", "intern", "geschuetzt"):
        assert not any(f"/{slug}/" in location for location in locations), slug


def test_robots_txt(client, tree):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "User-agent: *" in text
    assert "Disallow: /admin/" in text
    assert "Disallow: /api/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


# Error pages


def test_404_is_german_and_uses_the_layout(client, tree):
    html = html_of(client, "/gibt-es-nicht/", status=404)
    assert '<html lang="de">' in html
    assert "Diese Seite gibt es nicht" in html
    assert "Zum Inhalt springen" in html
    assert 'aria-label="Hauptnavigation"' in html
    assert f'href="{tree.places.url}"' in html


def test_500_template_is_self_contained():
    from django.template.loader import get_template

    html = get_template("500.html").render({})
    assert '<html lang="de">' in html
    assert "Da ist etwas schiefgegangen" in html
    # No inline style (the Content-Security-Policy forbids it): the static stylesheet.
    assert "<style" not in html and "/static/css/site.css" in html


# Home page


def make_home_content(tree, count, image):
    now = timezone.now()
    for n in range(count):
        place = PlacePageFactory(parent=tree.places, listing_image=image)
        HomeFeaturedPlace.objects.create(page=tree.home, place=place, sort_order=n)
        GuidePageFactory(parent=tree.guides, listing_image=image)
        EventPageFactory(
            parent=tree.events,
            start=now + datetime.timedelta(days=n + 1),
            end=now + datetime.timedelta(days=n + 1, hours=2),
            listing_image=image,
        )


def test_home_page_shows_featured_places_guides_and_events(client, tree):
    now = timezone.now()
    place = PlacePageFactory(parent=tree.places, title="Spinnerei")
    hidden = PlacePageFactory(parent=tree.places, title="Noch nicht öffentlich", live=False)
    HomeFeaturedPlace.objects.create(page=tree.home, place=place, sort_order=0)
    HomeFeaturedPlace.objects.create(page=tree.home, place=hidden, sort_order=1)
    for n in range(4):
        GuidePageFactory(parent=tree.guides, title=f"Leitfaden Nummer {n}")
    EventPageFactory(
        parent=tree.events,
        title="Vergangener Workshop",
        start=now - datetime.timedelta(days=3),
        end=now - datetime.timedelta(days=3) + datetime.timedelta(hours=2),
    )
    for n in range(4):
        EventPageFactory(
            parent=tree.events,
            title=f"Künftiger Workshop {n}",
            start=now + datetime.timedelta(days=n + 1),
            end=now + datetime.timedelta(days=n + 1, hours=2),
        )

    html = html_of(client, tree.home.url)

    assert "Sichtbarkeit, Vernetzung und Qualifizierung" in html  # the mission
    assert "Ausgewählte Orte" in html and "Spinnerei" in html
    assert "Noch nicht öffentlich" not in html
    assert html.count("Leitfaden Nummer") == 3
    assert "Leitfaden Nummer 3" in html  # the latest first
    assert "Vergangener Workshop" not in html
    assert [f"Künftiger Workshop {n}" in html for n in range(4)] == [True, True, True, False]
    assert "/api/v1/places/geojson/?locale=de" in html or f'href="{tree.places.url}"' in html
    assert "<title>Kreativorte Sachsen</title>" in html


def test_home_page_query_count_does_not_grow_with_its_items(client, tree):
    image = ImageFactory()
    make_home_content(tree, 3, image)
    client.get(tree.home.url)  # renditions are created on the first view
    with CaptureQueriesContext(connection) as few:
        assert client.get(tree.home.url).status_code == 200

    make_home_content(tree, 9, image)
    client.get(tree.home.url)
    with CaptureQueriesContext(connection) as many:
        html = client.get(tree.home.url).content.decode()
    assert html.count('class="card"') == 12 + 3 + 3
    assert len(many) == len(few), [q["sql"] for q in many.captured_queries]


def test_shared_index_template_paginates_with_cards(client, tree, monkeypatch):
    # Every section has its own template by now; index_page.html is the fallback for new ones.
    monkeypatch.setattr(CooperationIndexPage, "index_template", "index_page.html")
    image = ImageFactory()
    for n in range(14):
        CooperationPageFactory(
            parent=tree.cooperations, title=f"Kooperation {n:02}", listing_image=image
        )

    html = html_of(client, tree.cooperations.url)
    assert html.count('class="card"') == 12
    assert 'class="pagination"' in html and "?page=2" in html
    assert "Kooperation 00" in html
    second = html_of(client, tree.cooperations.url + "?page=2")
    assert second.count('class="card"') == 2
    assert "Kooperation 13" in second


# Front-end build


def test_built_assets_exist():
    assert (DIST / "site.js").exists(), (
        "site/static/dist/site.js is missing: run `npm run build` (or `make assets`)."
    )
    if (Path(settings.BASE_DIR) / "places" / "assets" / "map.js").exists():
        for name in ("map.js", "map.css"):
            assert (DIST / name).exists(), (
                f"site/static/dist/{name} is missing: run `npm run build`."
            )
