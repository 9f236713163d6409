"""Saving in the page editor: autosave while an editor writes a new guide (one page, with its
revisions), and an error in a tab that is not shown, named at the top."""

import re
import time
from concurrent.futures import ThreadPoolExecutor

from django.db import OperationalError, connections
from playwright.sync_api import expect
from wagtail.models import Revision

from knowledge.factories import GuidePageFactory
from knowledge.models import GuideIndexPage, GuidePage

from .support import ADMIN_PASSWORD, ADMIN_USERNAME

TYPING_SECONDS = 60
SETTLE_SECONDS = 15
TITLE = "Autosave-Probe: Förderung für Ateliers"


def in_database(query):
    """Database work outside Playwright's event loop, where Django allows it; the thread's
    connection is closed again (PostgreSQL drops the test database only without one)."""

    def run():
        try:
            return query()
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result()


def guides_titled(title):
    pages = list(GuidePage.objects.filter(title=title))
    return [
        (page, Revision.page_revisions.filter(object_id=str(page.pk)).count()) for page in pages
    ]


def sign_in(page, live_site):
    page.goto(live_site.absolute("/admin/login/"))
    page.locator("#id_username").fill(ADMIN_USERNAME)
    page.locator("#id_password").fill(ADMIN_PASSWORD)
    page.locator("#id_password").press("Enter")
    expect(page).to_have_url(re.compile(r"/admin/$"))


def german_guide_index():
    return GuideIndexPage.objects.filter(locale__language_code="de").first()


def latest_teaser(title):
    """The teaser of the latest revision of the one guide with that title ("" before it, or
    while the server's write holds SQLite's in-memory table)."""
    try:
        guide = GuidePage.objects.filter(title=title).first()
        return guide.get_latest_revision_as_object().teaser.strip() if guide else ""
    except OperationalError:
        return ""


def test_a_new_guide_typed_for_a_minute_is_one_page_with_its_revisions(open_page, live_site):
    index = in_database(german_guide_index)
    visit = open_page()
    page = visit.page
    sign_in(page, live_site)
    saves = []
    page.on("request", lambda request: request.method == "POST" and saves.append(request.url))
    page.goto(live_site.absolute(f"/admin/pages/add/knowledge/guidepage/{index.pk}/"))
    page.locator("#id_title").click()
    page.keyboard.type(TITLE)
    page.locator("input[name=topics]").first.check()  # a guide needs a topic even as a draft
    teaser = page.locator("#id_teaser")
    words = 0
    started = time.monotonic()
    while time.monotonic() - started < TYPING_SECONDS:
        teaser.press_sequentially(f"Wort{words} ", delay=40)
        words += 1
        page.wait_for_timeout(700)
    typed = " ".join(f"Wort{n}" for n in range(words))
    indicator = page.locator("#w-autosave-indicator")
    deadline = time.monotonic() + SETTLE_SECONDS  # the last change is saved a moment later
    while (saved := in_database(lambda: latest_teaser(TITLE))) != typed:
        if time.monotonic() > deadline:
            break
        page.wait_for_timeout(250)
    # Nothing saved that was not typed, and at most the word typed during the last save is
    # missing (Wagtail saves a change made while a save is under way with the next change).
    assert typed.startswith(saved), (saved, typed)
    assert saved.split()[-1] in (f"Wort{words - 1}", f"Wort{words - 2}"), (saved, typed)
    expect(indicator).to_have_attribute("data-w-autosave-state-value", "saved")
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/"))  # the form became the page's

    [(guide, revisions)] = in_database(lambda: guides_titled(TITLE))
    assert not guide.live and revisions >= 1  # Wagtail may update its own latest revision
    assert len(saves) >= 10, saves  # autosave saved many times while the guide was typed
    assert visit.traffic.errors == []
    assert [failure for failure in visit.traffic.failures if failure.startswith("5")] == []


def test_an_error_in_a_hidden_tab_is_named_at_the_top_and_leads_to_its_field(open_page, live_site):
    index = in_database(german_guide_index)
    in_database(lambda: GuidePageFactory(parent=index, title="Doppelt", slug="doppelt", live=False))
    visit = open_page()
    page = visit.page
    sign_in(page, live_site)
    page.goto(live_site.absolute(f"/admin/pages/add/knowledge/guidepage/{index.pk}/"))
    page.locator("#id_title").fill("Doppelt")  # its slug, filled in from the title, is taken
    page.locator("#id_title").press("Tab")
    page.locator("input[name=topics]").first.check()
    page.get_by_role("button", name="Entwurf speichern").click()

    message = page.locator(".messages li.error")
    expect(message).to_contain_text("nicht erstellt werden")
    link = message.get_by_role("link", name=re.compile(r"Veröffentlichung › Kurztitel"))
    expect(link).to_be_visible()
    expect(message).to_contain_text("bereits verwendet")
    slug = page.locator("#id_slug")
    expect(slug).to_be_hidden()  # in the tab not shown
    link.click()
    expect(slug).to_be_visible()
    expect(slug).to_be_focused()
    assert visit.traffic.errors == []
