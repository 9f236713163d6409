"""What editors type into the admin, typed with the keyboard in Chromium: German dates,
titles with umlauts, coordinates with decimal commas; and what the map sets by itself
(nothing)."""

import datetime
import re

from playwright.sync_api import Page, expect

from .support import goto
from .test_csp import log_in

NEXT_YEAR = datetime.date.today().year + 1


def type_into(page: Page, selector: str, text: str) -> None:
    field = page.locator(selector)
    field.click()
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type(text)
    page.keyboard.press("Tab")


def test_german_dates_typed_in_the_admin_are_published(open_page, live_site):
    visit = open_page()
    page = visit.page
    log_in(visit, live_site)
    goto(visit, live_site, live_site.more["admin-event"])
    typed = {
        "#id_start": f"15.01.{NEXT_YEAR} 18:00",
        "#id_end": f"15.01.{NEXT_YEAR} 21:30",
        # ISO 8601 is understood too; the picker must not replace it either.
        "#id_registration_deadline": f"{NEXT_YEAR}-01-10 12:00",
    }
    for selector, text in typed.items():
        type_into(page, selector, text)
    for selector, text in typed.items():
        expect(page.locator(selector)).to_have_value(text)
    page.locator("footer .w-dropdown__toggle").click()
    with page.expect_navigation(wait_until="load"):
        page.locator("footer button[name=action-publish]").click()
    expect(page.locator(".messages .success")).to_be_visible()

    goto(visit, live_site, live_site.pages["event"])
    times = page.locator("main time")
    expect(times.first).to_have_attribute("datetime", f"{NEXT_YEAR}-01-15T18:00:00+01:00")
    expect(times.nth(1)).to_have_attribute("datetime", f"{NEXT_YEAR}-01-15T21:30:00+01:00")
    expect(page.locator(f'main time[datetime="{NEXT_YEAR}-01-10T12:00:00+01:00"]')).to_have_count(1)
    assert not visit.traffic.errors, visit.traffic.errors


def test_title_with_umlauts_gives_a_transliterated_slug(open_page, live_site):
    visit = open_page()
    page = visit.page
    log_in(visit, live_site)
    goto(visit, live_site, live_site.more["admin-new-place"])
    page.locator("#id_title").click()
    page.keyboard.type("Wassermühle Döbeln an der Großen Ölmühle")
    page.keyboard.press("Tab")
    expect(page.locator("#id_slug")).to_have_value("wassermuehle-doebeln-an-der-grossen-oelmuehle")
    assert not visit.traffic.errors, visit.traffic.errors


def location_value(page: Page) -> str:
    return page.locator("input[type=hidden][name=location]").input_value()


def test_map_sets_no_position_without_the_editor(open_page, live_site):
    visit = open_page()
    page = visit.page
    log_in(visit, live_site)
    goto(visit, live_site, live_site.more["admin-new-place"])
    coordinates = page.locator("#id_location_latlng")
    coordinates.click()
    page.keyboard.press("Tab")
    expect(page.locator(".leaflet-container")).to_be_visible()
    expect(coordinates).to_have_value("")
    expect(coordinates).to_have_attribute("placeholder", re.compile("in die Karte klicken"))
    expect(page.locator(".leaflet-container .leaflet-marker-icon")).to_have_count(0)
    assert location_value(page) == ""

    # Decimal commas, as a German editor copies them.
    coordinates.click()
    page.keyboard.type("50,8560, 13,0720")
    assert location_value(page) == "SRID=4326;POINT(13.072 50.856)"
    expect(page.locator(".leaflet-container .leaflet-marker-icon")).to_have_count(1)

    # A click on the map puts the marker there.
    page.locator(".leaflet-container").click(position={"x": 60, "y": 60})
    assert location_value(page) not in ("", "SRID=4326;POINT(13.072 50.856)")
    expect(coordinates).to_have_value(re.compile(r"^\d+,\d+, \d+,\d+$"))
    assert not visit.traffic.errors, visit.traffic.errors


def test_refused_point_outside_saxony_stays_on_the_map(open_page, live_site):
    visit = open_page()
    page = visit.page
    log_in(visit, live_site)
    goto(visit, live_site, live_site.more["admin-place"])
    coordinates = page.locator("#id_location_latlng")
    coordinates.click()
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type("52,5200, 13,4050")  # Berlin
    with page.expect_navigation(wait_until="load"):
        page.locator("footer button.action-save").first.click()
    expect(page.locator("[data-field-errors]", has_text="außerhalb Sachsens")).to_be_visible()
    assert location_value(page) == "SRID=4326;POINT(13.405 52.52)"
    expect(page.locator("#id_location_latlng")).to_have_value("52,52, 13,405")
    expect(page.locator(".leaflet-container .leaflet-marker-icon")).to_have_count(1)
    assert not visit.traffic.errors, visit.traffic.errors
