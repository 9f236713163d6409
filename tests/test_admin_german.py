"""The German admin as Redaktion and Freigabe use it: every page they open is German.

The walk covers the dashboard, the explorer, each page type's add and edit views and
history, images and documents (listing, upload, edit, chooser modals), snippets with
their chooser, the page chooser, the workflow's action views and the reports.
"""

import datetime
import gettext
import json
from pathlib import Path

import django
import pytest
import wagtail
import wagtailgeowidget
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Collection, Page

from kreativorte.factories import ContactPersonFactory, DocumentFactory, ImageFactory

from .admin_language import english_in, visible_texts
from .roles_world import client_for, edit_url, reload
from .test_review_workflow import submit


def page_urls(world):
    tree = world.tree
    urls = ["/admin/", reverse("wagtailadmin_explore_root")]
    urls += [reverse("wagtailadmin_explore", args=[index.pk]) for index in world_indexes(tree)]
    for page in world.pages.values():
        parent = page.get_parent()
        meta = page._meta
        urls += [
            reverse("wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, parent.pk]),
            edit_url(page),
            reverse("wagtailadmin_pages:history", args=[page.pk]),
        ]
    return urls


def world_indexes(tree):
    return [tree.places, tree.guides, tree.cooperations, tree.events]


def media_urls():
    collection = Collection.get_first_root_node().add_child(name="Orte")
    image = ImageFactory(collection=collection)
    document = DocumentFactory(collection=collection)
    return [
        reverse("wagtailimages:index"),
        reverse("wagtailimages:add_multiple"),
        reverse("wagtailimages:edit", args=[image.pk]),
        reverse("wagtailimages_chooser:choose"),
        reverse("wagtailimages_chooser:chosen", args=[image.pk]),
        reverse("wagtaildocs:index"),
        reverse("wagtaildocs:add_multiple"),
        reverse("wagtaildocs:edit", args=[document.pk]),
        reverse("wagtaildocs_chooser:choose"),
    ]


def snippet_urls():
    person = ContactPersonFactory()
    return [
        reverse("wagtailsnippets_kreativorte_contactperson:list"),
        reverse("wagtailsnippets_kreativorte_contactperson:add"),
        reverse("wagtailsnippets_kreativorte_contactperson:edit", args=[person.pk]),
        reverse("wagtailsnippetchoosers_kreativorte_contactperson:choose"),
        reverse("wagtailsnippetchoosers_kreativorte_district:choose"),
        reverse("wagtailsnippets_knowledge_fundingprogramme:list"),
        reverse("wagtailadmin_choose_page"),
        reverse("wagtailadmin_choose_page") + "?page_type=places.placepage",
    ]


def report_urls():
    return [
        reverse("wagtailadmin_reports:workflow"),
        reverse("wagtailadmin_reports:workflow_tasks"),
        reverse("wagtailadmin_reports:site_history"),
    ]


def texts_of(response) -> list[str]:
    body = response.content.decode()
    if response["Content-Type"].startswith("application/json"):  # a modal's HTML
        body = json.loads(body).get("html") or ""
    return visible_texts(body)


def english_on(client, urls) -> dict[str, list[str]]:
    found = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        if bad := english_in(texts_of(response)):
            found[url] = bad
    return found


@pytest.fixture
def redaktion(world):
    return client_for(world.redaktion)


def test_redaktion_reads_german_on_page_views(world, redaktion):
    assert english_on(redaktion, page_urls(world)) == {}


def test_redaktion_reads_german_on_media_snippets_choosers_and_reports(world, redaktion):
    assert english_on(redaktion, media_urls() + snippet_urls() + report_urls()) == {}


def test_review_in_german_from_submission_to_the_action_dialogs(world):
    guide = submit(world, world.pages["guide"], "guide", "Bauantrag, überarbeitet")
    task_state = guide.current_workflow_task_state
    freigabe = client_for(world.freigabe)
    action_urls = [
        reverse("wagtailadmin_pages:workflow_action", args=[guide.pk, action, task_state.pk])
        for action in ("approve", "reject")
    ]
    urls = ["/admin/", edit_url(guide), *action_urls]
    assert english_on(freigabe, urls) == {}
    assert english_on(client_for(world.redaktion), ["/admin/", edit_url(reload(guide))]) == {}


@pytest.mark.parametrize("browser_language", ["de-DE,de", "en-US,en;q=0.9"])
def test_the_login_page_reads_german(client, tree, browser_language):
    """Before anyone signs in, whatever language the browser asks for."""
    response = client.get(reverse("wagtailadmin_login"), HTTP_ACCEPT_LANGUAGE=browser_language)
    texts = visible_texts(response.content.decode())
    assert "Passwort" in texts
    assert english_in(texts) == []


def test_the_image_blocks_chooser_has_a_german_label(world, redaktion):
    """Wagtail's ImageBlock gives its chooser no label: the stream field showed "Image"."""
    guide = world.pages["guide"]
    html = redaktion.get(edit_url(guide)).content.decode()
    assert "Bilddatei" in html
    assert "&quot;Image&quot;" not in html and '"Image"' not in html


def test_relative_times_read_german(world, redaktion):
    """Wagtail writes "vor" and Django's time span after it: the dative plural."""
    place = world.pages["place"]
    three_days_ago = timezone.now() - datetime.timedelta(days=3, hours=1)
    Page.objects.filter(pk=place.pk).update(latest_revision_created_at=three_days_ago)
    texts = texts_of(redaktion.get(reverse("wagtailadmin_explore", args=[world.tree.places.pk])))
    assert "Vor 3 Tagen" in texts  # capitalised by Wagtail


def test_the_map_widget_speaks_german(world, redaktion):
    """The place map's strings are the project's own; none of wagtailgeowidget's English."""
    html = redaktion.get(edit_url(world.pages["place"])).content.decode()
    assert "oder in die Karte klicken" in html
    for english in (
        "Click here to initialize map",
        "Invalid location coordinate",
        "Enter a location",
    ):
        assert english not in html


def test_the_checker_finds_what_editors_reported():
    html = (
        '<button title="Update">x</button><p>Click here to initialize map</p>'
        "<span>3 minutes ago</span><p>Jeder kann dieses seite-Objekt bearbeiten</p>"
        '<input placeholder="Search"><script>var english = "the"</script><p>Speichern</p>'
    )
    assert english_in(visible_texts(html)) == [
        "3 minutes ago",
        "Click here to initialize map",
        "Jeder kann dieses seite-Objekt bearbeiten",
        "Search",
        "Update",
    ]


def catalogue(path: Path) -> dict:
    with path.open("rb") as file:
        return gettext.GNUTranslations(file)._catalog


def test_every_override_still_meets_a_string_of_wagtail_django_or_a_package():
    """A renamed upstream msgid would leave its override silently unused."""
    overrides = catalogue(settings.BASE_DIR / "locale/de/LC_MESSAGES/django.mo")
    upstream = set()
    for package in (wagtail, wagtailgeowidget, django):
        for mo in Path(package.__file__).parent.glob("**/locale/*/LC_MESSAGES/django.mo"):
            upstream |= set(catalogue(mo))
    # wagtailgeowidget ships no compiled catalogue: its strings are looked up in its code.
    geowidget_code = Path(wagtailgeowidget.__file__).with_name("widgets.py").read_text()
    unmet = {key for key in overrides if key and key not in upstream}
    assert len(overrides) > 50
    assert {key for key in unmet if key not in geowidget_code} == set()
    assert overrides[("%(num)d day", 1)] == "%(num)d Tagen"
