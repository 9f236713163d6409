"""The places map: nothing from the tile host before consent; markers and live filters after."""

import re

import pytest
from playwright.sync_api import expect

from places.models import PlaceIndexPage

from .support import (
    consent_button,
    goto,
    marker_total,
    place_cards,
    tiles_on_map,
    wait_for_markers,
)


@pytest.fixture
def visit(open_page, live_site):
    """A fresh page (desktop, with JavaScript) on the places index."""
    opened = open_page()
    goto(opened, live_site, live_site.place_index)
    return opened


def test_no_tile_request_before_consent_then_markers(visit, live_site):
    page = visit.page
    page.wait_for_load_state("networkidle")  # the map script has run and asked for nothing

    map_ = page.locator("[data-map]")
    expect(map_).to_have_attribute("data-tile-url", live_site.tile_url)
    expect(map_).to_have_attribute("data-geojson-url", re.compile(r"."))
    expect(consent_button(page)).to_be_visible()
    expect(consent_button(page)).to_have_text("Karte laden")
    expect(tiles_on_map(page)).to_have_count(0)
    expect(page.locator("[data-map] .leaflet-marker-icon")).to_have_count(0)
    assert visit.traffic.tiles == []

    consent_button(page).click()

    expect(page.locator("[data-map] .leaflet-tile-loaded").first).to_be_visible()
    wait_for_markers(page, live_site.mapped_places)
    expect(page.locator("[data-map] .leaflet-marker-icon").first).to_be_visible()
    assert visit.traffic.tiles, "no tile was requested after consent"
    assert all(url.startswith(f"{live_site.url}/test-tiles/") for url in visit.traffic.tiles)


def test_consent_remembered_after_reload_when_chosen(visit, live_site):
    page = visit.page
    page.get_by_label("Auswahl merken").check()
    consent_button(page).click()
    wait_for_markers(page, live_site.mapped_places)

    visit.traffic.tile_requests.clear()
    page.reload(wait_until="load")

    # No click this time: the map starts by itself.
    expect(page.locator("[data-map] .leaflet-tile-loaded").first).to_be_visible()
    wait_for_markers(page, live_site.mapped_places)
    expect(consent_button(page)).to_be_hidden()
    assert visit.traffic.tiles


def test_consent_not_remembered_without_choice(visit, live_site):
    page = visit.page
    expect(page.get_by_label("Auswahl merken")).not_to_be_checked()
    consent_button(page).click()
    wait_for_markers(page, live_site.mapped_places)

    visit.traffic.tile_requests.clear()
    page.reload(wait_until="load")
    page.wait_for_load_state("networkidle")

    expect(consent_button(page)).to_be_visible()
    expect(tiles_on_map(page)).to_have_count(0)
    assert visit.traffic.tiles == []


def test_district_filter_changes_map_list_and_url(visit, live_site):
    district = live_site.filter_district()
    page = visit.page
    consent_button(page).click()
    wait_for_markers(page, live_site.mapped_places)
    cards = place_cards(page)
    unfiltered = cards.evaluate_all("items => items.map(item => item.querySelector('a').href)")
    page.evaluate("() => { window.sameDocument = true; }")
    shown = min(district.listed, PlaceIndexPage.per_page)

    page.get_by_label("Landkreis").select_option(district.slug)

    expect(page).to_have_url(re.compile(rf"\?(.*&)?district={re.escape(district.slug)}(&|$)"))
    expect(page.locator("[data-place-count]")).to_contain_text(f"{district.listed} Ort")
    expect(cards).to_have_count(shown)
    expect(cards.locator(".meta")).to_contain_text([district.name] * shown)
    wait_for_markers(page, district.mapped)
    filtered = cards.evaluate_all("items => items.map(item => item.querySelector('a').href)")
    assert filtered != unfiltered
    assert marker_total(page) < live_site.mapped_places
    # No page load: the script swapped the list in and moved the markers.
    assert page.evaluate("() => window.sameDocument") is True
    expect(page.get_by_label("Landkreis")).to_have_value(district.slug)
    assert visit.traffic.errors == []
