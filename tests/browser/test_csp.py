"""Under the enforced Content-Security-Policy, no page breaks it: every public page type
(maps loaded, autocomplete used), the API's HTML and the admin's page editors (geo
widget, image chooser, preview).

Test settings send the production policy (site/settings/security.py is part of base).
A violation shows in two places, both watched: Chromium's console ("… violates the
following Content Security Policy directive …") and the `securitypolicyviolation`
event, recorded in every frame by an init script.
"""

import re

import pytest
from playwright.sync_api import Page, expect

from .support import (
    ADMIN_PASSWORD,
    ADMIN_USERNAME,
    PAGE_TYPES,
    SEARCH_QUERY,
    LiveSite,
    Visit,
    assert_no_foreign_requests,
    consent_button,
)

RECORD_VIOLATIONS_JS = """document.addEventListener("securitypolicyviolation", (event) => {
    (window.__cspViolations = window.__cspViolations || []).push(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} ` +
        `in ${event.documentURI} (${event.sourceFile}:${event.lineNumber})`);
});"""
# Console messages about either policy (Permissions-Policy: unknown features, say).
POLICY_MESSAGE = re.compile(r"Content[- ]Security[- ]Policy|Permissions[- ]Policy", re.I)
PUBLIC_PAGES = PAGE_TYPES


class PolicyWatch:
    """Collects CSP (and Permissions-Policy) complaints of one page and its frames."""

    def __init__(self, page: Page):
        self.page = page
        self.console: list[str] = []
        page.on("console", self.on_console)
        page.add_init_script(RECORD_VIOLATIONS_JS)

    def on_console(self, message) -> None:
        if POLICY_MESSAGE.search(message.text):
            self.console.append(f"console {message.type}: {message.text}")

    def complaints(self) -> list[str]:
        events = []
        for frame in self.page.frames:
            events += frame.evaluate("() => window.__cspViolations || []")
        return self.console + events

    def assert_none(self, where: str) -> None:
        complaints = self.complaints()
        assert not complaints, f"policy violations on {where}:\n" + "\n".join(complaints)


def watched(open_page) -> tuple[Visit, PolicyWatch]:
    visit = open_page("desktop")
    return visit, PolicyWatch(visit.page)


def open_path(visit: Visit, site: LiveSite, path: str):
    response = visit.page.goto(site.absolute(path), wait_until="load")
    assert response is not None
    policy = response.headers.get("content-security-policy", "")
    assert "script-src 'self'" in policy, f"no enforced policy on {path}: {policy!r}"
    return response


def load_map(page: Page) -> None:
    """Give consent to the page's one map; wait for its tiles and markers."""
    expect(consent_button(page)).to_have_count(1)
    consent_button(page).click()
    expect(page.locator("[data-map] .leaflet-tile-loaded").first).to_be_visible()
    expect(page.locator("[data-map] .leaflet-marker-icon").first).to_be_visible()


def test_the_watch_sees_a_violation(open_page, live_site):
    """The watch is no placebo: an inline script added to a page is reported."""
    visit, watch = watched(open_page)
    open_path(visit, live_site, live_site.pages["home"])
    visit.page.evaluate("""() => {
        const script = document.createElement("script");
        script.textContent = "window.inlineRan = true;";
        document.body.append(script);
    }""")
    visit.page.wait_for_function("() => (window.__cspViolations || []).length > 0")
    assert visit.page.evaluate("() => window.inlineRan") is None
    assert any("script-src" in complaint for complaint in watch.complaints())


@pytest.mark.parametrize("page_type", PUBLIC_PAGES)
def test_public_page_without_violation(open_page, live_site, page_type):
    visit, watch = watched(open_page)
    path = live_site.pages.get(page_type) or live_site.more[page_type]
    response = open_path(visit, live_site, path)
    assert response.status == (404 if page_type == "not-found" else 200)
    page = visit.page
    expect(page.locator("main h1")).to_be_visible()
    if page_type in ("home", "place-index", "place"):
        load_map(page)
    if page_type in ("place", "guide", "event"):
        # Structured data sits in <script type="application/ld+json">: data, not script.
        assert page.locator('script[type="application/ld+json"]').count() >= 1
    if page_type == "search":
        expect(page.locator(".search-hit").first).to_be_visible()
        with page.expect_response(lambda r: "/search/autocomplete/" in r.url) as answer:
            page.locator("#search-q").fill(SEARCH_QUERY[:3])
        assert answer.value.ok
        # The suggestions script (a static file now) fills the datalist.
        page.wait_for_function(
            "() => document.querySelectorAll('#search-suggestions option').length > 0"
        )
    watch.assert_none(path)
    assert not visit.traffic.errors, visit.traffic.errors
    assert_no_foreign_requests(visit.traffic)


# HTML the API serves: the OpenAPI browser (Swagger UI), Django REST framework's view of
# Wagtail's API v2 (inline styles allowed), the newsletter digest as e-mail HTML (inline
# styles allowed: e-mail).
API_DOCUMENTS = {
    "/api/v1/docs/": ".swagger-ui .info .title",
    "/api/v2/pages/": ".response-info",
    "/api/v1/newsletter/digest.html": "table",
}


@pytest.mark.parametrize("path", API_DOCUMENTS)
def test_api_html_without_violation(open_page, live_site, path):
    visit, watch = watched(open_page)
    response = open_path(visit, live_site, path)
    assert response.status == 200
    expect(visit.page.locator(API_DOCUMENTS[path]).first).to_be_visible()
    watch.assert_none(path)
    assert not visit.traffic.errors, visit.traffic.errors
    assert_no_foreign_requests(visit.traffic)


def log_in(visit: Visit, site: LiveSite) -> None:
    page = visit.page
    open_path(visit, site, "/admin/login/")
    page.locator("#id_username").fill(ADMIN_USERNAME)
    page.locator("#id_password").fill(ADMIN_PASSWORD)
    with page.expect_navigation(wait_until="load"):
        page.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


@pytest.mark.parametrize("path", ["/admin/login/", "/admin/password_reset/"])
def test_admin_pages_before_sign_in_keep_the_strict_policy(open_page, live_site, path):
    visit, watch = watched(open_page)
    response = open_path(visit, live_site, path)
    assert response.status == 200
    assert "'unsafe-inline'" not in response.headers["content-security-policy"]
    expect(visit.page.locator("form input[type=submit], form button[type=submit]")).to_be_visible()
    watch.assert_none(path)
    assert not visit.traffic.errors, visit.traffic.errors


@pytest.mark.parametrize("editor", ["admin-place", "admin-guide"])
def test_admin_page_editor_chooser_and_preview_without_violation(open_page, live_site, editor):
    visit, watch = watched(open_page)
    log_in(visit, live_site)
    watch.assert_none("the admin login and dashboard")

    path = live_site.more[editor]
    response = open_path(visit, live_site, path)
    assert response.status == 200
    assert "script-src 'self' 'unsafe-inline'" in response.headers["content-security-policy"]
    page = visit.page
    if editor == "admin-place":
        # The geo widget starts its Leaflet map when the coordinates field gets focus.
        page.locator("#id_location_latlng").focus()
        expect(page.locator(".leaflet-container")).to_be_visible()
    else:
        expect(page.locator("[data-streamfield-stream-container]").first).to_be_visible()
    # An image chooser: the modal loads HTML with inline scripts; choosing runs more.
    chooser = page.locator("#id_listing_image-chooser")
    chooser.locator('[data-w-dropdown-target="toggle"]').click()
    chooser.locator("[data-chooser-action-choose]:not(.button)").click()
    choice = page.locator(".modal-dialog [data-chooser-modal-choice]").last
    title = choice.get_attribute("title").split(" » ")[-1]  # after the collection's name
    choice.click()
    expect(page.locator(".modal.in")).to_have_count(0)
    expect(chooser.locator("[data-chooser-title]")).to_have_text(title)
    # The preview panel frames the page (same origin) under the admin's policy.
    page.locator('[data-side-panel-toggle="preview"]').click()
    preview = page.frame_locator("iframe#w-preview-iframe")
    expect(preview.locator("main h1")).to_be_visible()
    watch.assert_none(path)
    assert not visit.traffic.errors, visit.traffic.errors
    assert_no_foreign_requests(visit.traffic)
