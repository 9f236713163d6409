"""Without JavaScript the places index still filters: an ordinary GET form."""

import re

from playwright.sync_api import expect

from places.models import PlaceIndexPage

from .support import goto, place_cards


def test_filter_form_works_without_javascript(open_page, live_site):
    district = live_site.filter_district()
    shown = min(district.listed, PlaceIndexPage.per_page)
    visit = open_page(javascript=False)
    page = visit.page
    goto(visit, live_site, live_site.place_index)
    cards = place_cards(page)
    expect(cards).not_to_have_count(0)
    unfiltered = cards.evaluate_all("items => items.map(item => item.querySelector('a').href)")

    page.get_by_label("Landkreis").select_option(district.slug)
    page.get_by_role("button", name="Filtern").click()  # an ordinary GET submission

    expect(page).to_have_url(re.compile(rf"\?(.*&)?district={re.escape(district.slug)}(&|$)"))
    expect(page.get_by_label("Landkreis")).to_have_value(district.slug)
    expect(page.locator("[data-place-count]")).to_contain_text(f"{district.listed} Ort")
    expect(cards).to_have_count(shown)
    expect(cards.locator(".meta")).to_contain_text([district.name] * shown)
    filtered = cards.evaluate_all("items => items.map(item => item.querySelector('a').href)")
    assert filtered != unfiltered
    # Each entry links to its place page, which opens.
    first = cards.first.get_by_role("link")
    title = first.inner_text()
    first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    # Without JavaScript there is no map and no request to any tile server.
    assert visit.traffic.tiles == []
