"""Constants, records and helpers of the browser tests (fixtures are in conftest.py)."""

import base64
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from django.urls import reverse
from django.utils import translation
from playwright.sync_api import Locator, Page, expect

BASE_DIR = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Built by `make assets` (`npm run build`), which `make install`/`make test` run.
DIST = BASE_DIR / "site" / "static" / "dist"
DIST_FILES = ("site.js", "map.js")
AXE = BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = BASE_DIR / "test-artifacts" / "screenshots"

VIEWPORTS = {
    "phone": {"viewport": {"width": 375, "height": 812}, "is_mobile": True, "has_touch": True},
    "desktop": {"viewport": {"width": 1280, "height": 800}},
}
TILE_PATH = "/test-tiles/"
# A transparent 1×1 PNG: every tile the map asks for.
TILE_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
NOT_FOUND_PATH = "/diese-seite-gibt-es-nicht/"
# A superuser created with the demo content, for tests that open the admin.
ADMIN_USERNAME = "browser-admin"
ADMIN_PASSWORD = "Browser-Test-Admin-2024"
SEARCH_QUERY = "Atelier"
TIMEOUT_MS = 10_000
# One German page of each type; demo_pages() finds them in the demo content.
PAGE_TYPES = (
    "home",
    "place-index",
    "place",
    "guide-index",
    "guide",
    "cooperation-index",
    "cooperation",
    "event-index",
    "event",
    "standard",
    "easy-language",
    "sign-language",
    "accessibility-statement",
    "barrier-report",
    "newsletter-index",
    "newsletter-issue",
    "suggest",
    "search",
    "not-found",
)

expect.set_options(timeout=TIMEOUT_MS)


@dataclass
class District:
    slug: str
    name: str
    listed: int  # live German places in the list
    mapped: int  # of those, the ones with coordinates (markers)


@dataclass
class LiveSite:
    """The live server and the paths of one German page of every type."""

    url: str
    pages: dict[str, str]
    districts: dict[str, District]
    # More paths, beyond one page of each type: the admin's page editors (see more_pages()).
    more: dict[str, str] = field(default_factory=dict)

    @property
    def netloc(self) -> str:
        return urlsplit(self.url).netloc

    @property
    def tile_url(self) -> str:
        return f"{self.url}{TILE_PATH}{{z}}/{{x}}/{{y}}.png"

    @property
    def place_index(self) -> str:
        return self.pages["place-index"]

    @property
    def mapped_places(self) -> int:
        return sum(district.mapped for district in self.districts.values())

    def absolute(self, path: str) -> str:
        return f"{self.url}{path}"

    def filter_district(self) -> District:
        """The district with the most places that still leaves places out (a real filter)."""
        candidates = [
            district
            for district in self.districts.values()
            if 0 < district.mapped < self.mapped_places and district.listed > 0
        ]
        assert candidates, "the demo content needs places in at least two districts"
        return max(candidates, key=lambda district: (district.listed, district.slug))


def demo_pages() -> tuple[dict[str, str], dict[str, District]]:
    """One German page of each type (paths), and the districts' place counts."""
    from wagtail.models import Locale, Page

    from accessibility.models import AccessibilityStatementPage
    from events.models import EventIndexPage, EventPage
    from home.models import EasyLanguagePage, HomePage, SignLanguagePage, StandardPage
    from knowledge.models import CooperationIndexPage, CooperationPage, GuideIndexPage, GuidePage
    from newsletter.models import NewsletterIndexPage, NewsletterIssuePage
    from places.models import PlaceIndexPage, PlacePage

    german = Locale.get_default()

    def path(model, **filters) -> str:
        page = model.objects.live().filter(locale=german, **filters).order_by("path").first()
        assert page is not None, f"the demo content has no {model.__name__} {filters or ''}"
        return Page.get_url_parts(page)[2]

    with translation.override("de"):
        search = f"{reverse('search')}?q={SEARCH_QUERY}"
        # The form as the footer link of the places index opens it (the address prefilled).
        barrier_report = f"{reverse('barrier_report')}?seite=/orte/"
    pages = {
        "home": path(HomePage),
        "place-index": path(PlaceIndexPage),
        "place": path(PlacePage, latitude__isnull=False),
        "guide-index": path(GuideIndexPage),
        "guide": path(GuidePage),
        "cooperation-index": path(CooperationIndexPage),
        "cooperation": path(CooperationPage),
        "event-index": path(EventIndexPage),
        "event": path(EventPage),
        "standard": path(StandardPage, slug="impressum"),
        "easy-language": path(EasyLanguagePage),
        "sign-language": path(SignLanguagePage),
        "accessibility-statement": path(AccessibilityStatementPage),
        "barrier-report": barrier_report,
        "newsletter-index": path(NewsletterIndexPage),
        "newsletter-issue": path(NewsletterIssuePage),
        "suggest": path(PlaceIndexPage) + PlaceIndexPage().reverse_subpage("suggest"),
        "search": search,
        "not-found": NOT_FOUND_PATH,
    }
    assert tuple(pages) == PAGE_TYPES
    districts: dict[str, District] = {}
    places = PlacePage.objects.live().public().filter(locale=german, district__isnull=False)
    for slug, name, latitude in places.values_list(
        "district__slug", "district__name_de", "latitude"
    ):
        district = districts.setdefault(slug, District(slug, name, 0, 0))
        district.listed += 1
        district.mapped += latitude is not None
    return pages, districts


def more_pages() -> dict[str, str]:
    """Paths of admin page editors (and of the editor of a new place).

    Creates the superuser (ADMIN_USERNAME) that may open the editors.
    """
    from django.contrib.auth import get_user_model
    from wagtail.models import Locale

    from events.models import EventPage
    from knowledge.models import GuidePage
    from places.models import PlaceIndexPage, PlacePage

    get_user_model().objects.create_superuser(ADMIN_USERNAME, "admin@example.org", ADMIN_PASSWORD)
    german = Locale.get_default()

    def first(model, **filters):
        page = model.objects.live().filter(locale=german, **filters).order_by("path").first()
        assert page is not None, f"the demo content has no {model.__name__} {filters or ''}"
        return page

    def edit(page) -> str:
        return reverse("wagtailadmin_pages:edit", args=[page.pk])

    with translation.override("de"):
        return {
            "admin-place": edit(first(PlacePage, latitude__isnull=False)),
            "admin-guide": edit(first(GuidePage)),
            # The same event as demo_pages()'s "event".
            "admin-event": edit(first(EventPage)),
            "admin-new-place": reverse(
                "wagtailadmin_pages:add", args=["places", "placepage", first(PlaceIndexPage).pk]
            ),
        }


@dataclass
class Traffic:
    """What one browser context requested."""

    netloc: str
    requests: list[str] = field(default_factory=list)
    # Each tile with the page that asked for it (its Referer): Playwright may hand a request
    # of the page before to the route handler only once the next page is loading.
    tile_requests: list[tuple[str, str]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # own-site responses >= 400, not documents
    errors: list[str] = field(default_factory=list)  # uncaught script errors

    @property
    def tiles(self) -> list[str]:
        return [url for url, _ in self.tile_requests]

    def tiles_from(self, page_url: str) -> list[str]:
        return [url for url, page in self.tile_requests if page == page_url]

    @property
    def foreign(self) -> list[str]:
        return [url for url in self.requests if not self.is_own(url)]

    def is_own(self, url: str) -> bool:
        parts = urlsplit(url)
        return parts.scheme in ("data", "blob", "about") or parts.netloc == self.netloc


@dataclass
class Visit:
    page: Page
    traffic: Traffic


def goto(visit: Visit, site: LiveSite, path: str) -> None:
    """Open a path and wait until the page and its resources have loaded."""
    visit.page.goto(site.absolute(path), wait_until="load")


# Places on the map: a single marker counts 1, a cluster the number it shows.
MARKER_TOTAL_JS = """Array.from(document.querySelectorAll('[data-map] .leaflet-marker-icon'))
    .reduce((sum, icon) => sum + (icon.classList.contains('marker-cluster')
        ? (parseInt(icon.textContent, 10) || 0) : 1), 0)"""


def marker_total(page: Page) -> int:
    return page.evaluate(f"() => {MARKER_TOTAL_JS}")


def wait_for_markers(page: Page, expected: int) -> None:
    """Wait until the map shows exactly `expected` places (markers and clusters)."""
    page.wait_for_function(f"(expected) => {MARKER_TOTAL_JS} === expected", arg=expected)


def consent_button(page: Page) -> Locator:
    return page.locator("[data-map-consent]")


def tiles_on_map(page: Page) -> Locator:
    return page.locator("[data-map] .leaflet-tile")


def place_cards(page: Page) -> Locator:
    """The entries of the places list (each links to a place page)."""
    return page.locator("[data-place-results] .place-list > li")


def assert_no_foreign_requests(traffic: Traffic) -> None:
    foreign = traffic.foreign
    assert not foreign, f"requests to hosts other than {traffic.netloc}:\n" + "\n".join(foreign)


def screenshot(page: Page, name: str) -> Path:
    """A full-page screenshot in test-artifacts/screenshots/ (a CI artefact)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    # Lazy images below the fold would stay empty in a full-page picture.
    page.evaluate("""() => document.querySelectorAll('img[loading="lazy"]')
        .forEach((image) => { image.loading = "eager"; })""")
    page.wait_for_function("() => Array.from(document.images).every((image) => image.complete)")
    page.screenshot(path=path, full_page=True)
    return path


# The rules of WCAG 2.1 level A and AA (the BITV 2.0 standard); every violation counts.
WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")


def axe_violations(page: Page) -> list[dict]:
    """axe-core (from npm, injected into the page) on the whole document, WCAG 2.1 A and AA."""
    page.add_script_tag(path=AXE)
    return page.evaluate(
        """async (tags) => {
            const results = await axe.run(document, {
                runOnly: { type: "tag", values: tags },
                resultTypes: ["violations"],
            });
            return results.violations.map((violation) => ({
                id: violation.id,
                impact: violation.impact,
                help: violation.help,
                nodes: violation.nodes.map((node) => ({
                    target: node.target.join(" "),
                    html: node.html,
                    summary: node.failureSummary,
                })),
            }));
        }""",
        list(WCAG_TAGS),
    )


def describe_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"[{violation['impact']}] {violation['id']}: {violation['help']}")
        for node in violation["nodes"][:10]:
            lines.append(f"    {node['target']}: {node['html'][:160]}")
            lines.extend(f"        {line}" for line in (node["summary"] or "").splitlines())
        if len(violation["nodes"]) > 10:
            lines.append(f"    … and {len(violation['nodes']) - 10} more")
    return "\n".join(lines)
