"""The editors' whole journey in the German admin, in Chromium, on the demo content.

Redaktion writes a guide with every block of its body (uploading an image and a document
in the choosers), previews it at phone and desktop width and submits it; Freigabe asks for
changes with a comment; Redaktion revises and resubmits; Freigabe approves. Then the guide
is on the site, in the search, in the API and in the change feed, and was in none of them
before. Last, an Ortsbetreiber edits their own place and is refused another one.

Wording an editor reads (messages, labels, the slug, the mail) is collected and asserted at
the end, so a wrong word does not hide the rest of the journey; every step that does not
work fails at once. Runs on PostgreSQL (CI) and on SQLite.
"""

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pytest
from django.core import mail
from django.db import connections
from playwright.sync_api import APIRequestContext, Page, expect

from .editors import (
    PASSWORD,
    GuideForm,
    GuideText,
    Wording,
    png,
    sign_in,
    write_guide,
)
from .support import LiveSite

GUIDES_API = "/api/v1/guides/"
CHANGES_API = "/api/v1/changes/"


def in_own_thread(django_db_blocker, function):
    """Database work during the browser's lifetime: Django refuses it in the thread that
    runs Playwright's event loop, so it runs in a thread of its own (own connection)."""

    def run():
        try:
            return function()
        finally:
            connections.close_all()

    with django_db_blocker.unblock(), ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result()


@dataclass
class Cast:
    redaktion: str
    freigabe: str
    operator: str
    own_place: str  # title
    own_place_edit: str
    other_place_edit: str
    related: tuple[str, str]  # a live guide and a live place, for "Verwandte Leitfäden"


def cast_the_journey() -> Cast:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.urls import reverse
    from wagtail.models import Locale

    from editorial.models import PlaceOperator
    from editorial.roles import FREIGABE, ORTSBETREIBER, REDAKTION
    from knowledge.models import GuidePage
    from places.models import PlacePage

    def person(username, first_name, group):
        user = get_user_model().objects.create_user(
            username, f"{username}@example.org", PASSWORD, first_name=first_name
        )
        user.groups.add(Group.objects.get(name=group))
        return user

    german = Locale.get_default()
    places = PlacePage.objects.live().filter(locale=german).order_by("path")
    own, other = places[0], places[1]
    guide = GuidePage.objects.live().filter(locale=german).order_by("path").first()
    person("rita", "Rita", REDAKTION)
    person("frieda", "Frieda", FREIGABE)
    PlaceOperator.objects.create(user=person("otto", "Otto", ORTSBETREIBER), place=own)

    def edit(page):
        return reverse("wagtailadmin_pages:edit", args=[page.pk])

    return Cast(
        redaktion="rita",
        freigabe="frieda",
        operator="otto",
        own_place=own.title,
        own_place_edit=edit(own),
        other_place_edit=edit(other),
        related=(guide.title, own.title),
    )


def saved_guides(title: str) -> list[tuple[int, bool, int]]:
    """(id, live, number of revisions) of every guide with the title."""
    from knowledge.models import GuidePage

    return [
        (guide.pk, guide.live, guide.revisions.count())
        for guide in GuidePage.objects.filter(title=title)
    ]


def feed_cursor(api: APIRequestContext, site: LiveSite) -> str:
    """The change feed's cursor after reading every guide there is."""
    url = site.absolute(f"{CHANGES_API}?type=guide&limit=500")
    while True:
        answer = api.get(url)
        assert answer.status == 200, answer.text()
        data = answer.json()
        if not data["has_more"]:
            return data["next_cursor"]
        url = site.absolute(f"{CHANGES_API}?cursor={data['next_cursor']}")


def changed_guides(api: APIRequestContext, site: LiveSite, cursor: str) -> dict[int, dict]:
    answer = api.get(site.absolute(CHANGES_API), params={"cursor": cursor, "type": "guide"})
    assert answer.status == 200, answer.text()
    return {change["id"]: change for change in answer.json()["results"]}


def listed_guide_ids(api: APIRequestContext, site: LiveSite) -> set[int]:
    answer = api.get(site.absolute(GUIDES_API), params={"limit": 100})
    assert answer.status == 200, answer.text()
    return {guide["id"] for guide in answer.json()["results"]}


def search_hits(page: Page, site: LiveSite, word: str) -> list[str]:
    page.goto(site.absolute(f"/suche/?q={word}"))
    expect(page.locator("main h1")).to_be_visible()
    return page.locator("main").get_by_role("link").all_inner_texts()


def message(page: Page) -> str:
    """The admin's message after an action, or "" when there is none."""
    messages = page.locator(".messages")
    return " ".join(messages.inner_text().split()) if messages.count() else ""


def review_action(page: Page, title: str, action: str) -> None:
    """An action of the dashboard's "Ihre Überprüfung steht aus" on the task for the title."""
    task = page.locator("#awaiting-review-content").get_by_role("row").filter(has_text=title)
    task.get_by_role("button", name="Aktionen").click()
    task.get_by_text(action, exact=True).click()


def open_more_actions(page: Page) -> None:
    page.get_by_role("button", name="Mehr Aktionen").click()


@pytest.fixture(scope="module")
def cast(live_site, django_db_blocker) -> Cast:
    return in_own_thread(django_db_blocker, cast_the_journey)


def test_guide_goes_from_draft_through_review_to_site_search_api_and_feed(
    open_page, live_site, cast, django_db_blocker
):
    site = live_site
    text = GuideText(related=cast.related)
    wording = Wording()
    visitor = open_page("desktop").page
    api = visitor.context.request
    cursor = feed_cursor(api, site)
    guides_before = listed_guide_ids(api, site)

    # Redaktion: from the explorer to a new guide under Wissen.
    redaktion = open_page("desktop")
    page = redaktion.page
    sign_in(page, site, cast.redaktion, wording)
    page.goto(site.absolute("/admin/pages/"))
    page.get_by_role("link", name="Unterseiten von ‚Kreativorte Sachsen‘ durchsehen").click()
    page.get_by_role("link", name="Unterseiten von ‚Wissen‘ durchsehen").click()
    page.get_by_role("link", name="Unterseite hinzufügen").click()
    expect(page.get_by_role("heading", name="Neu: Leitfaden")).to_be_visible()
    form = GuideForm(page)
    write_guide(form, text, png())

    # The preview panel at phone and desktop width shows the guide as written.
    page.locator('[data-side-panel-toggle="preview"]').click()
    preview_panel = page.locator("[data-side-panel=preview]")
    preview = page.frame_locator("#w-preview-iframe")
    for size, width in (("Smartphone", 375), ("Desktop", 1280)):
        preview_panel.get_by_label(f"Vorschau als {size}-Variante").check()
        expect(preview.locator("main h1")).to_have_text(text.title)
        expect(preview.locator("main")).to_contain_text(text.callout_text)
        expect(preview.locator("main")).to_contain_text(text.answer)
        assert (
            page.locator("#w-preview-iframe").evaluate("frame => frame.contentWindow.innerWidth")
            == width
        )

    open_more_actions(page)
    with page.expect_navigation():
        page.get_by_role("button", name="In Redaktionelle Prüfung einreichen").click()
    wording.expect_text_in(message(page), "eingereicht", "Nach dem Einreichen")
    [(guide_id, live, _)] = in_own_thread(django_db_blocker, lambda: saved_guides(text.title))
    assert not live
    edit_path = f"/admin/pages/{guide_id}/edit/"

    # In review: nothing of it on the site, in the API or the feed.
    assert guide_id not in listed_guide_ids(api, site)
    assert api.get(site.absolute(f"{GUIDES_API}{guide_id}/")).status == 404
    # The feed may name the draft's id as deleted, never with its content.
    draft = changed_guides(api, site, cursor).get(guide_id)
    assert draft is None or (draft["op"] == "delete" and "item" not in draft), draft
    assert text.title not in search_hits(visitor, site, text.search_word)

    # Freigabe: the task on the dashboard, its preview, then changes with a comment there.
    # (Asked from the page editor, Wagtail's autosave stores an unchanged revision as the
    # editor is left: Redaktion, opening the page at that moment, gets "Beim Speichern wird
    # eine neuere Version überschrieben." and cannot resubmit.)
    freigabe = open_page("desktop")
    review = freigabe.page
    sign_in(review, site, cast.freigabe, wording)
    comment = "Bitte den zweiten Rettungsweg im Abschnitt zum Bestand ergänzen."
    with review.context.expect_page() as opened:
        review_action(review, text.title, "Vorschau")
    expect(opened.value.locator("main h1")).to_have_text(text.title)
    opened.value.close()
    review_action(review, text.title, "Änderungen anfordern")
    dialog = review.locator(".modal.in .modal-dialog")
    dialog.get_by_role("textbox", name="Kommentar").fill(comment)
    with review.expect_navigation():
        dialog.get_by_role("button", name="Änderungen anfordern").click()
    wording.expect_text_in(message(review), "Änderungen angefordert", "Nach „Änderungen anfordern“")
    requested = [m for m in mail.outbox if "rita@example.org" in m.to]
    assert requested, "Redaktion got no mail about the requested changes"
    assert comment in requested[-1].body
    wording.refuse_text_in(
        requested[-1].subject + requested[-1].body, "abgelehnt", "Mail an Redaktion"
    )

    # Redaktion reads the comment in the editor's status panel, revises and resubmits.
    page.goto(site.absolute(edit_path))
    page.locator('[data-side-panel-toggle="status"]').click()
    page.locator("[data-side-panel=status]").get_by_text("Details anschauen").click()
    workflow = page.get_by_role("dialog").filter(has_text="Prüfung durch die Freigabe")
    expect(workflow).to_contain_text(comment)
    workflow.get_by_role("button", name="Schließen").click()
    expect(workflow).to_be_hidden()
    form.type_rich_text(form.blocks().nth(1), text.revision, new_paragraph=True)
    open_more_actions(page)
    with page.expect_navigation():
        page.get_by_role("button", name="Erneut in Prüfung durch die Freigabe einreichen").click()
    wording.expect_text_in(message(page), "eingereicht", "Nach dem erneuten Einreichen")

    # Freigabe approves from the dashboard.
    review.goto(site.absolute("/admin/"))
    with review.expect_navigation():
        review_action(review, text.title, "Freigeben")
    wording.expect_text_in(message(review), "veröffentlicht", "Nach „Freigeben“")
    [(_, live, revisions)] = in_own_thread(django_db_blocker, lambda: saved_guides(text.title))
    assert live
    assert revisions >= 2  # the first submission and the revised one

    # On the site: every block, the image and the document.
    detail = api.get(site.absolute(f"{GUIDES_API}{guide_id}/"))
    assert detail.status == 200, detail.text()
    url = detail.json()["url"]
    wording.expect_text_in(url, "/wissen/ziegelgewoelbe-instand-setzen-und-nutzen/", "Kurztitel")
    response = visitor.goto(url)
    assert response.status == 200
    main = visitor.locator("main")
    expect(main.get_by_role("heading", level=1)).to_have_text(text.title)
    for part in (
        text.heading,
        text.paragraph,
        text.revision,
        text.caption,
        text.callout_title,
        text.callout_text,
        text.quote,
        text.document_title,
        text.download_description,
        text.contact,
        text.checklist_title,
        *text.checklist_items,
        text.steps_title,
        *(part for step in text.steps for part in step),
        text.question,
        text.funding,
        text.related_title,
        *text.related,
    ):
        expect(main).to_contain_text(part)
    expect(main.get_by_role("img", name=text.image_alt)).to_be_visible()
    document = main.get_by_role("link", name=text.document_title)
    assert visitor.context.request.get(site.absolute(document.get_attribute("href"))).ok
    for title in text.related:
        expect(main.get_by_role("link", name=title).first).to_be_visible()

    # In the search, the API list and detail, and the change feed.
    assert text.title in search_hits(visitor, site, text.search_word)
    assert guide_id in listed_guide_ids(api, site) - guides_before
    body_types = [block["type"] for block in detail.json()["body"]]
    assert body_types == [
        "heading",
        "paragraph",
        "image",
        "callout",
        "quote",
        "download",
        "contact",
        "checklist",
        "steps",
        "faq",
        "funding",
        "related",
    ]
    change = changed_guides(api, site, cursor)[guide_id]
    assert change["op"] == "upsert"
    assert change["item"]["title"] == text.title

    for visit in (redaktion, freigabe):
        assert not visit.traffic.failures, visit.traffic.failures
    assert not wording.problems, "\n".join(wording.problems)


def test_operator_edits_their_own_place_and_no_other(open_page, live_site, cast):
    site = live_site
    wording = Wording()
    visit = open_page("desktop")
    page = visit.page
    sign_in(page, site, cast.operator, wording)
    wording.expect_text(page.locator("main"), cast.own_place, "Dashboard des Ortsbetreibers")

    page.goto(site.absolute("/admin/orte/"))
    expect(page.locator("main").get_by_role("link", name=cast.own_place)).to_be_visible()
    expect(page.locator("main tbody tr")).to_have_count(1)

    page.goto(site.absolute(cast.own_place_edit))
    subtitle = page.get_by_role("textbox", name="Untertitel")
    subtitle.fill("Vom Garnlager zum Atelierhaus")
    page.get_by_role("button", name="Entwurf speichern").click()
    expect(page.locator(".messages")).to_contain_text(cast.own_place)
    expect(subtitle).to_have_value("Vom Garnlager zum Atelierhaus")

    page.goto(site.absolute(cast.other_place_edit))
    expect(page).to_have_url(site.absolute("/admin/"))
    expect(page.locator(".messages")).to_contain_text("keinen Zugang")
    assert not visit.traffic.failures, visit.traffic.failures
    assert not wording.problems, "\n".join(wording.problems)
