"""Wagtail's API v2 lists no image or document a visitor may not see."""

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from knowledge.factories import GuidePageFactory
from kreativorte.factories import ContactPersonFactory, DocumentFactory, ImageFactory
from places.factories import PlacePageFactory

from .helpers import count_queries, v2_ids

pytestmark = pytest.mark.usefixtures("fresh_cache")


def private_collection(name="Intern") -> Collection:
    collection = Collection.get_first_root_node().add_child(name=name)
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type="password", password="geheim"
    )
    return collection


def paragraph(html):
    return [{"type": "paragraph", "value": html}]


def test_v2_lists_only_images_a_visitor_can_see(client, tree):
    shown = ImageFactory(title="Vorschaubild eines Ortes")
    in_text = ImageFactory(title="Im Text eines Leitfadens")
    portrait = ImageFactory(title="Foto einer Ansprechperson")
    unused = ImageFactory(title="Nirgends verwendet")
    on_draft = ImageFactory(title="Nur auf einem Entwurf")
    in_draft_revision = ImageFactory(title="Nur in einer Entwurfsfassung")
    on_restricted = ImageFactory(title="Nur auf einer Seite mit Passwort")
    private = ImageFactory(title="In einer geschützten Sammlung", collection=private_collection())
    unpublished = ImageFactory(title="Auf einer zurückgezogenen Seite")

    place = PlacePageFactory(parent=tree.places, listing_image=shown)
    place.listing_image = in_draft_revision
    place.save_revision()  # not published
    guide = GuidePageFactory(
        parent=tree.guides,
        body=paragraph(f'<embed embedtype="image" id="{in_text.pk}" format="fullwidth" alt=""/>')
        + [{"type": "contact", "value": {"person": ContactPersonFactory(photo=portrait).pk}}],
    )
    PlacePageFactory(parent=tree.places, listing_image=on_draft, live=False)
    restricted = PlacePageFactory(parent=tree.places, listing_image=on_restricted)
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    PlacePageFactory(parent=tree.places, listing_image=private)
    PlacePageFactory(parent=tree.places, listing_image=unpublished).unpublish()
    assert guide.live

    visible = {shown.pk, in_text.pk, portrait.pk}
    assert v2_ids(client, "images") == visible
    for image in (unused, on_draft, in_draft_revision, on_restricted, private, unpublished):
        assert client.get(f"/api/v2/images/{image.pk}/").status_code == 404, image.title
    assert client.get(f"/api/v2/images/{shown.pk}/").status_code == 200
    searched = client.get("/api/v2/images/?search=Vorschaubild").json()["items"]
    assert [item["id"] for item in searched] == [shown.pk]

    # Logged-in staff get the same answer: responses may be kept by shared caches.
    client.force_login(get_user_model().objects.create_superuser("a", "a@example.com", "pw"))
    assert v2_ids(client, "images") == visible


def test_v2_lists_only_documents_in_public_collections_used_on_public_pages(client, tree):
    linked = DocumentFactory(title="Merkblatt")
    downloaded = DocumentFactory(title="Antrag")
    unused = DocumentFactory(title="Nirgends verlinkt")
    private = DocumentFactory(
        title="Internes Protokoll",
        collection=private_collection(),
        file__filename="protokoll.pdf",
        file__data=b"%PDF-1.4 intern",
    )
    on_draft = DocumentFactory(title="Nur im Entwurf")
    GuidePageFactory(
        parent=tree.guides,
        body=paragraph(
            f'<p><a linktype="document" id="{linked.pk}">Merkblatt</a> '
            f'<a linktype="document" id="{private.pk}">Protokoll</a></p>'
        )
        + [
            {
                "type": "download",
                "value": {"document": downloaded.pk, "title": "", "description": ""},
            }
        ],
    )
    GuidePageFactory(
        parent=tree.guides,
        live=False,
        body=paragraph(f'<p><a linktype="document" id="{on_draft.pk}">Entwurf</a></p>'),
    )

    assert v2_ids(client, "documents") == {linked.pk, downloaded.pk}
    for document in (unused, private, on_draft):
        assert client.get(f"/api/v2/documents/{document.pk}/").status_code == 404

    # Documents are served by Wagtail's view, which checks the collection's privacy,
    # never from a file URL under MEDIA_URL.
    assert private.url == f"/dokumente/{private.pk}/protokoll.pdf"
    served = client.get(private.url)
    assert served.status_code == 200 and b"%PDF" not in served.content  # the password form
    public = client.get(linked.url)
    assert public.status_code == 200
    assert b"".join(public.streaming_content) == Path(linked.file.path).read_bytes()


def test_v2_listings_cost_the_same_queries_for_more_items(client, tree):
    def place_with_image(number):
        PlacePageFactory(parent=tree.places, listing_image=ImageFactory(), title=f"Ort {number}")

    def image_queries():
        return count_queries(client, "/api/v2/images/?limit=20&fields=*")

    for number in range(2):
        place_with_image(number)
    few = image_queries()
    for number in range(2, 12):
        place_with_image(number)
    assert len(v2_ids(client, "images")) == 12
    assert image_queries() == few
