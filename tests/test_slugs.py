"""Slugs of new pages write German letters out (ä → ae, ß → ss), the same way in the admin,
the import, the suggestion form and the demo; existing slugs stay as they are."""

import copy
import json
import re

import pytest
from django.urls import reverse
from wagtail.models import Page

from home.demo.content import DATA
from kreativorte.text import GERMAN_LETTERS, german_slugify
from places.models import PlacePage

from .helpers import suggestion_form_data
from .test_import_export import VALID, run, write

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "title, slug",
    [
        ("Wassermühle Döbeln", "wassermuehle-doebeln"),
        ("ÄRGER ÜBER ÖL", "aerger-ueber-oel"),
        ("Übergabe der Öfen", "uebergabe-der-oefen"),
        ("Große Straße 5", "grosse-strasse-5"),
        ("GROẞE HALLE", "grosse-halle"),
        ("Wassermu\u0308hle", "wassermuehle"),  # the umlaut typed as u + combining diaeresis
        ("Café Crème", "cafe-creme"),
    ],
)
def test_german_letters_are_written_out(title, slug):
    assert german_slugify(title) == slug


def test_admin_slug_field_writes_german_letters_out(client, tree, admin_user):
    """Wagtail's slug script applies the field's formatters before it drops other
    characters; the browser test types a title and reads the slug."""
    client.force_login(admin_user)
    url = reverse("wagtailadmin_pages:add", args=["places", "placepage", tree.places.pk])
    html = client.get(url).content.decode()
    slug_input = re.search(r'<input[^>]+name="slug"[^>]*>', html).group(0)
    formatters = json.loads(
        re.search(r'data-w-slug-formatters-value="([^"]*)"', slug_input)
        .group(1)
        .replace("&quot;", '"')
    )
    assert {letter: replacement for [[letter, _flags], replacement] in formatters} == (
        GERMAN_LETTERS
    )


def test_suggested_place_gets_a_german_slug(client, tree):
    url = tree.places.url + "vorschlagen/"
    for _ in range(2):
        response = client.post(url, suggestion_form_data(title="Wassermühle Döbeln"))
        assert response.status_code == 303
    slugs = sorted(PlacePage.objects.values_list("slug", flat=True))
    assert slugs == ["wassermuehle-doebeln", "wassermuehle-doebeln-2"]


def test_imported_place_gets_a_german_slug(tree, tmp_path):
    data = copy.deepcopy(VALID)
    data["features"][1]["properties"]["title"] = "ÖLMÜHLE Großenhain"
    assert run("import_places", write(tmp_path, data)) == 0
    assert PlacePage.objects.get(external_id="kv-018").slug == "oelmuehle-grossenhain"


def test_existing_slugs_are_kept(client, tree, admin_user):
    from places.factories import PlacePageFactory

    place = PlacePageFactory(parent=tree.places, title="Wassermühle", slug="wassermuhle")
    place.save_revision().publish()
    place.save_revision().publish()
    assert Page.objects.get(pk=place.pk).slug == "wassermuhle"


def plain_downcoded(word: str) -> str:
    """What a slug function that drops umlauts would write: "mühle" -> "muhle"."""
    return german_slugify(word.translate(str.maketrans("äöüÄÖÜ", "aouAOU")))


def demo_pages():
    for path in sorted(DATA.glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        yield from (item for item in walk(data) if "slug" in item and "title" in item)


def walk(value):
    if isinstance(value, dict):
        yield value
        for child in value.values():
            yield from walk(child)
    elif isinstance(value, list):
        for child in value:
            yield from walk(child)


def test_demo_slugs_write_german_letters_out():
    """The demo's slugs are chosen by hand (shorter than the titles), but no word in them
    lost its umlaut: "muldenmuehle", never "muldenmuhle"."""
    pages = list(demo_pages())
    assert len(pages) > 50
    for page in pages:
        assert page["slug"] == german_slugify(page["slug"]), page["slug"]
        dropped = {
            plain_downcoded(word)
            for word in re.findall(r"\w+", page["title"])
            if plain_downcoded(word) != german_slugify(word)
        }
        assert not dropped & set(page["slug"].split("-")), (page["slug"], page["title"])
