"""Serialization of StreamField bodies: clean HTML, absolute URLs, existing renditions, documents.

Every block type a body offers is put into one guide (and the place, cooperation and
event bodies carry rich text with internal links too); then the JSON text of every
response is searched for database-format remnants and for URLs that are not absolute.
"""

import datetime
import json
import re

import pytest
from django.core.files.storage import default_storage
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from events.factories import EventPageFactory
from knowledge.factories import CooperationPageFactory, FundingProgrammeFactory, GuidePageFactory
from knowledge.models import FundingDeadline
from kreativorte.factories import ContactPersonFactory, DocumentFactory, ImageFactory
from places.factories import PlacePageFactory

from .helpers import get_ok, translate

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

URL_ATTRIBUTE = re.compile(r'\b(?:href|src)="([^"]*)"')
MEDIA_PREFIX = "http://testserver/media/"


def strings_in(value):
    """Every string anywhere in a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


def urls_in_html(data) -> list[str]:
    return [url for text in strings_in(data) for url in URL_ATTRIBUTE.findall(text)]


def rich_text(place, document, image) -> str:
    return (
        f'<p>Siehe <a linktype="page" id="{place.id}">den Ort</a>, '
        f'<a linktype="document" id="{document.id}">das Merkblatt</a>, '
        '<a href="https://www.sachsen.de/">Sachsen</a> und '
        '<a href="mailto:info@kreativorte.example">schreiben Sie uns</a>.</p>'
        f'<embed embedtype="image" id="{image.id}" format="fullwidth" alt="Die Halle"/>'
    )


@pytest.fixture
def content(tree):
    """A guide using every block, and a place, cooperation and event with linked rich text."""
    image = ImageFactory(
        file__width=1600,
        file__height=900,
        description="Alternativtext der Bibliothek",
        credit="Foto: Anna Beispiel",
    )
    photo = ImageFactory(file__width=800, file__height=800, description="Porträt")
    document = DocumentFactory(
        title="Merkblatt Nutzungsänderung",
        file__filename="merkblatt.pdf",
        file__data=b"%PDF-1.4\n" + b"Merkblatt " * 300,
    )
    target = PlacePageFactory(parent=tree.places, title="Kühlhaus Görlitz")
    hidden = PlacePageFactory(parent=tree.places, title="Zurückgezogener Ort")
    hidden.unpublish()
    draft = GuidePageFactory(parent=tree.guides, title="Nie veröffentlicht", live=False)
    private = PlacePageFactory(parent=tree.places, title="Ort mit Passwort")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    other_guide = GuidePageFactory(parent=tree.guides, title="Förderung finden")
    person = ContactPersonFactory(name="Erika Muster", photo=photo)
    programme = FundingProgrammeFactory(name="Kreativprämie")
    today = timezone.localdate()
    FundingDeadline.objects.create(programme=programme, date=today + datetime.timedelta(days=30))
    FundingDeadline.objects.create(programme=programme, date=today - datetime.timedelta(days=30))

    text = rich_text(target, document, image)
    guide = GuidePageFactory(
        parent=tree.guides,
        title="Alles in einem Leitfaden",
        body=[
            {"type": "heading", "value": "Überblick"},
            {"type": "paragraph", "value": text},
            {
                "type": "image",
                "value": {
                    "image": {
                        "image": image.id,
                        "alt_text": "Die Halle von innen",
                        "decorative": False,
                    },
                    "caption": "Die Halle",
                },
            },
            {
                "type": "image",
                "value": {
                    "image": {"image": image.id, "alt_text": "", "decorative": True},
                    "caption": "",
                },
            },
            {"type": "callout", "value": {"kind": "info", "title": "Hinweis", "text": text}},
            {
                "type": "download",
                "value": {"document": document.id, "title": "", "description": "Zwei Seiten"},
            },
            {"type": "contact", "value": {"person": person.id, "note": "Fragen zum Antrag"}},
            {
                "type": "steps",
                "value": {
                    "title": "Schritte",
                    "steps": [
                        {"title": "Eins", "text": text},
                        {"title": "Zwei", "text": "<p>Fertig.</p>"},
                    ],
                },
            },
            {
                "type": "faq",
                "value": {"title": "FAQ", "items": [{"question": "Wo?", "answer": text}]},
            },
            {"type": "funding", "value": {"programme": programme.id, "note": "Jährlich"}},
            {
                "type": "related",
                "value": {
                    "title": "Weiterlesen",
                    "pages": [target.id, hidden.id, draft.id, private.id, other_guide.id],
                },
            },
        ],
    )
    place = PlacePageFactory(
        parent=tree.places,
        title="Ort mit Profil",
        body=[
            {"type": "history", "value": {"heading": "", "text": text}},
            {"type": "paragraph", "value": text},
        ],
    )
    cooperation = CooperationPageFactory(
        parent=tree.cooperations,
        title="Kooperation mit Links",
        origin=text,
        advice=f'<p><a linktype="page" id="{target.id}">Vorbild</a></p>',
        body=[{"type": "paragraph", "value": text}],
    )
    event = EventPageFactory(
        parent=tree.events,
        title="Veranstaltung mit Links",
        body=[{"type": "paragraph", "value": text}],
    )
    return {
        "image": image,
        "photo": photo,
        "document": document,
        "target": target,
        "other_guide": other_guide,
        "guide": guide,
        "place": place,
        "cooperation": cooperation,
        "event": event,
        "programme": programme,
    }


def detail_urls(content):
    return [
        f"/api/v1/guides/{content['guide'].id}/",
        f"/api/v1/places/{content['place'].id}/",
        f"/api/v1/cooperations/{content['cooperation'].id}/",
        f"/api/v1/events/{content['event'].id}/",
    ]


def every_response(client, content):
    urls = detail_urls(content) + [
        "/api/v1/places/",
        "/api/v1/places/geojson/",
        "/api/v1/guides/",
        "/api/v1/cooperations/",
        "/api/v1/events/",
        f"/api/v2/pages/{content['guide'].id}/",
        f"/api/v2/pages/{content['place'].id}/",
        f"/api/v2/pages/{content['cooperation'].id}/",
        f"/api/v2/pages/{content['event'].id}/",
    ]
    return {url: get_ok(client, url) for url in urls}


def body_of(client, url):
    return get_ok(client, url).json()["body"]


def test_no_database_format_remnants_in_any_response(client, content):
    for url, response in every_response(client, content).items():
        text = response.content.decode()
        # json.dumps may escape quotes and "<"; look at the decoded strings as well.
        decoded = " ".join(strings_in(response.json()))
        for remnant in ("linktype=", "embedtype=", "<embed"):
            assert remnant not in text and remnant not in decoded, (url, remnant)


def test_every_url_in_rich_text_is_absolute(client, content):
    for url in detail_urls(content):
        data = get_ok(client, url).json()
        found = urls_in_html(data)
        assert found, f"{url} should carry links"
        for link in found:
            assert link.startswith(("http://testserver/", "https://", "mailto:")), (url, link)
        internal = [link for link in found if not link.startswith(("https://", "mailto:"))]
        assert internal, "internal links and images are in every body"


def test_internal_links_resolve_to_the_pages_url(client, content):
    target_url = get_ok(client, f"/api/v1/places/{content['target'].id}/").json()["url"]
    assert target_url == "http://testserver/orte/kuhlhaus-gorlitz/"
    document_url = "http://testserver" + content["document"].url
    for url in detail_urls(content):
        hrefs = urls_in_html(get_ok(client, url).json())
        assert target_url in hrefs, url
        assert document_url in hrefs, url
    advice = get_ok(client, f"/api/v1/cooperations/{content['cooperation'].id}/").json()["advice"]
    assert advice == f'<p><a href="{target_url}">Vorbild</a></p>'


def test_internal_links_of_an_english_page_point_to_english_pages(client, tree, english):
    place = PlacePageFactory(parent=tree.places, title="Kühlhaus")
    place_en = translate(place, english, "Cold store")
    guide = GuidePageFactory(parent=tree.guides, title="Leitfaden")
    guide_en = guide.copy_for_translation(english, copy_parents=True)
    guide_en.title = "Guide"
    guide_en.body = [
        {
            "type": "paragraph",
            "value": f'<p><a linktype="page" id="{place_en.id}">Cold store</a></p>',
        }
    ]
    guide_en.save_revision().publish()

    english_place_url = get_ok(client, f"/api/v1/places/{place_en.id}/").json()["url"]
    assert english_place_url.startswith("http://testserver/en/")
    body = body_of(client, f"/api/v1/guides/{guide_en.id}/")
    assert urls_in_html(body) == [english_place_url], "the link points at the English page"


def rendition_exists(url: str, width: int, height: int) -> bool:
    assert url.startswith(MEDIA_PREFIX), url
    name = url[len(MEDIA_PREFIX) :]
    row = get_image_model().get_rendition_model().objects.filter(file=name).first()
    return (
        row is not None
        and (row.width, row.height) == (width, height)
        and default_storage.exists(name)
    )


def test_image_blocks_have_existing_renditions_with_alt_text_and_credit(client, content):
    body = body_of(client, f"/api/v1/guides/{content['guide'].id}/")
    figures = [block["value"] for block in body if block["type"] == "image"]
    assert len(figures) == 2
    described, decorative = figures
    assert described["caption"] == "Die Halle"
    image = described["image"]
    assert image["id"] == content["image"].id
    assert image["alt"] == "Die Halle von innen", "the alt text chosen for this place"
    assert image["credit"] == "Foto: Anna Beispiel"
    assert (image["width"], image["height"]) == (1600, 900)
    assert decorative["image"]["alt"] == "", "decorative images have an empty alt text"

    renditions = image["renditions"]
    assert len(renditions) >= 2
    widths = [r["width"] for r in renditions]
    assert len(set(widths)) == len(widths) >= 2, "at least two different widths"
    for rendition in renditions:
        assert rendition["height"] == round(rendition["width"] * 900 / 1600)
        assert rendition_exists(rendition["url"], rendition["width"], rendition["height"])

    embedded = [url for url in urls_in_html(body) if url.startswith(MEDIA_PREFIX)]
    assert embedded, "the image embedded in rich text became an <img>"
    for url in embedded:
        assert default_storage.exists(url[len(MEDIA_PREFIX) :])


def test_documents_have_download_url_and_size(client, content):
    body = body_of(client, f"/api/v1/guides/{content['guide'].id}/")
    (download,) = [block["value"] for block in body if block["type"] == "download"]
    document = content["document"]
    assert download["title"] == "Merkblatt Nutzungsänderung", "falls back to the document title"
    assert download["description"] == "Zwei Seiten"
    data = download["document"]
    assert data["id"] == document.id
    assert data["url"] == "http://testserver" + document.url
    assert data["size"] == document.file.size > 0
    response = client.get(data["url"].removeprefix("http://testserver"))
    assert response.status_code == 200
    assert len(b"".join(response.streaming_content)) == data["size"]


def test_contact_and_funding_blocks(client, content):
    body = body_of(client, f"/api/v1/guides/{content['guide'].id}/")
    values = {block["type"]: block["value"] for block in body}
    contact = values["contact"]
    assert contact["note"] == "Fragen zum Antrag"
    assert contact["person"]["name"] == "Erika Muster"
    photo = contact["person"]["photo"]
    assert photo["alt"] == "Porträt"
    for rendition in photo["renditions"]:
        assert rendition_exists(rendition["url"], rendition["width"], rendition["height"])
    funding = values["funding"]
    assert funding["note"] == "Jährlich"
    assert funding["programme"]["name"] == "Kreativprämie"
    assert funding["programme"]["deadlines"] == [
        {"date": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(), "label": ""}
    ]


def test_related_pages_are_references_without_hidden_pages(client, content):
    body = body_of(client, f"/api/v1/guides/{content['guide'].id}/")
    (related,) = [block["value"] for block in body if block["type"] == "related"]
    target, other = content["target"], content["other_guide"]
    assert related == {
        "title": "Weiterlesen",
        "pages": [
            {
                "id": target.id,
                "type": "place",
                "title": "Kühlhaus Görlitz",
                "url": "http://testserver/orte/kuhlhaus-gorlitz/",
            },
            {
                "id": other.id,
                "type": "guide",
                "title": "Förderung finden",
                "url": "http://testserver/wissen/forderung-finden/",
            },
        ],
    }


def test_wagtail_v2_shows_the_same_body_as_v1(client, content):
    for kind, name in [
        ("guides", "guide"),
        ("places", "place"),
        ("cooperations", "cooperation"),
        ("events", "event"),
    ]:
        page = content[name]
        v1 = body_of(client, f"/api/v1/{kind}/{page.id}/")
        v2 = get_ok(client, f"/api/v2/pages/{page.id}/?fields=body").json()["body"]
        assert v2 == v1, page
        assert json.dumps(v2) == json.dumps(v1)


def test_body_blocks_keep_their_stored_ids(client, content):
    guide = content["guide"]
    body = body_of(client, f"/api/v1/guides/{guide.id}/")
    assert [(b["type"], b["id"]) for b in body] == [(b.block_type, b.id) for b in guide.body]
    assert all(b["id"] for b in body)
