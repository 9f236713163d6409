"""Browsing every page type (maps loaded, list filtered) requests nothing from another host."""

from playwright.sync_api import expect

from .support import (
    PAGE_TYPES,
    assert_no_foreign_requests,
    consent_button,
    goto,
    tiles_on_map,
)


def test_browsing_every_page_type_stays_on_the_site(open_page, live_site):
    visit = open_page()
    page = visit.page
    traffic = visit.traffic
    maps = 0
    for page_type in PAGE_TYPES:
        goto(visit, live_site, live_site.pages[page_type])
        page.wait_for_load_state("networkidle")
        button = consent_button(page)
        if button.count() and button.first.is_visible():
            # Nothing from the tile server before the click ...
            expect(tiles_on_map(page)).to_have_count(0)
            assert traffic.tiles_from(page.url) == [], f"tiles asked before consent on {page_type}"
            button.first.click()
            expect(page.locator("[data-map] .leaflet-tile-loaded").first).to_be_visible()
            page.wait_for_load_state("networkidle")
            maps += 1
            # ... and only from the configured (local) tile URL after it.
            assert traffic.tiles_from(page.url)
    if live_site.districts:
        goto(visit, live_site, live_site.place_index)
        district = live_site.filter_district()
        page.get_by_label("Landkreis").select_option(district.slug)
        expect(page.locator("[data-place-count]")).to_contain_text(f"{district.listed} Ort")
        page.wait_for_load_state("networkidle")

    assert maps >= 2, "expected a consent-gated map on the places index and on a place page"
    assert_no_foreign_requests(traffic)
    assert traffic.failures == [], "own resources that failed to load:\n" + "\n".join(
        traffic.failures
    )
    assert traffic.errors == [], "script errors:\n" + "\n".join(traffic.errors)
