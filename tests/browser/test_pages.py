"""Each page type, phone and desktop width: a screenshot, and axe-core finds no WCAG 2.1 AA issue."""

import pytest
from playwright.sync_api import expect

from .support import (
    PAGE_TYPES,
    axe_violations,
    consent_button,
    describe_violations,
    screenshot,
    wait_for_markers,
)

# The places index once more with the map loaded (Leaflet's markup is checked too).
VARIANTS = (*PAGE_TYPES, "place-index-map")


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
@pytest.mark.parametrize("page_type", VARIANTS)
def test_page_type_screenshot_and_accessibility(open_page, live_site, page_type, viewport):
    visit = open_page(viewport, axe=True)
    page = visit.page
    path = live_site.pages[page_type.removesuffix("-map")]
    response = page.goto(live_site.absolute(path), wait_until="load")

    assert response is not None
    assert response.status == (404 if page_type == "not-found" else 200)
    expect(page.locator("main h1")).to_be_visible()
    if page_type.endswith("-map"):
        consent_button(page).click()
        expect(page.locator("[data-map] .leaflet-tile-loaded").first).to_be_visible()
        wait_for_markers(page, live_site.mapped_places)

    screenshot(page, f"{page_type}-{viewport}")
    violations = axe_violations(page)
    assert not violations, (
        f"axe-core: WCAG 2.1 A/AA violations on {path} ({viewport}):\n"
        + describe_violations(violations)
    )


@pytest.mark.parametrize("page_type", ["suggest", "barrier-report"])
def test_public_forms_hide_the_honeypot_and_get_the_form_styles(open_page, live_site, page_type):
    # Both forms take their styles from site.css (the shared form rules).
    page = open_page("desktop").page
    page.goto(live_site.absolute(live_site.pages[page_type]), wait_until="load")

    honeypot = page.locator('input[name="homepage"]')
    expect(honeypot).to_have_count(1)
    box = honeypot.bounding_box()
    assert box is None or box["x"] + box["width"] <= 0, f"honeypot visible at {box}"
    textarea = page.locator(".suggest-field textarea").first
    assert textarea.evaluate("element => getComputedStyle(element).width") != "auto"
    assert textarea.bounding_box()["width"] > 300
