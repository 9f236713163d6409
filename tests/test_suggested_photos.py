"""A photo suggested with a place stays private until the decision: outside MEDIA_ROOT,
without metadata, shown only to editors; approval makes it the place's image, any other
outcome deletes it."""

import datetime
import importlib
import io
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from editorial.workflow import review_workflow
from kreativorte.factories import ImageFactory
from kreativorte.models import KreativorteImage
from places.factories import PlacePageFactory
from places.models import PlacePage, PlaceSuggestion
from places.suggestions.drafts import suggestion_collection
from places.suggestions.storage import check_private_media_root

from .helpers import SUGGESTION_TITLE as TITLE
from .helpers import suggestion_form_data, v2_ids
from .photos import assert_no_metadata, files_under, photo_with_gps

pytestmark = pytest.mark.usefixtures("fresh_cache")


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    """Media folders per test, so each sees only its own files."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


def suggestion_data(**overrides) -> dict:
    photo = SimpleUploadedFile("IMG_0815.jpg", photo_with_gps(), content_type="image/jpeg")
    return suggestion_form_data(image=photo) | overrides


@pytest.fixture
def reviewer(tree):
    review_workflow()
    user = get_user_model().objects.create_user("freigabe", "freigabe@example.com", "pw")
    user.groups.add(Group.objects.get(name="Freigabe"))
    return user


@pytest.fixture
def suggestion(client, tree, reviewer) -> PlaceSuggestion:
    response = client.post(tree.places.url + "vorschlagen/", suggestion_data())
    assert response.status_code == 303
    return PlaceSuggestion.objects.select_related("page").get(page__title=TITLE)


def photo_url(suggestion) -> str:
    return f"/admin/ortsvorschlaege/{suggestion.pk}/foto/"


def approve(page, reviewer):
    page = PlacePage.objects.get(pk=page.pk)
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(task_state, reviewer, "approve")


# The suggested photo before a decision ---------------------------------------------------


def test_suggested_photo_is_private_and_without_metadata(client, suggestion):
    # No Wagtail image, so nothing in the image API (listing or search), the image
    # library or any page.
    assert not KreativorteImage.objects.exists()
    assert suggestion.page.listing_image is None and not suggestion.page.live
    assert v2_ids(client, "images") == set()
    assert client.get("/api/v2/images/?search=Tuchfabrik").json()["items"] == []
    assert client.get("/api/v1/search/?q=Tuchfabrik").json()["count"] == 0
    assert client.get("/api/v1/places/?q=Tuchfabrik").json()["count"] == 0

    # The file lies outside MEDIA_ROOT, so no MEDIA_URL path reaches it, and has no URL.
    path = Path(suggestion.photo.path).resolve()
    assert Path(settings.PRIVATE_MEDIA_ROOT).resolve() in path.parents
    assert Path(settings.MEDIA_ROOT).resolve() not in path.parents
    stored = path.read_bytes()
    assert all(file.read_bytes() != stored for file in files_under(settings.MEDIA_ROOT))
    assert client.get(settings.MEDIA_URL + suggestion.photo.name).status_code == 404
    with pytest.raises(ValueError):
        suggestion.photo.url  # noqa: B018

    with suggestion.photo.open("rb") as file:
        assert_no_metadata(file, size=(30, 40))
    assert (suggestion.photo_alt, suggestion.photo_credit, suggestion.photo_license) == (
        "Backsteinhalle mit hohen Fenstern",
        "Foto: Erika Beispiel",
        KreativorteImage.License.CC_BY,
    )


def test_a_file_pillow_cannot_decode_gets_a_german_error(client, tree, reviewer):
    broken = photo_with_gps()[:400]  # the header is fine, the pixels are cut off
    response = client.post(
        tree.places.url + "vorschlagen/",
        suggestion_data(image=SimpleUploadedFile("kaputt.jpg", broken, "image/jpeg")),
    )
    assert response.status_code == 200
    assert response.context["form"].errors["image"] == [
        "Diese Datei ist kein lesbares Bild. Bitte eine JPEG-, PNG- oder WebP-Datei wählen."
    ]
    assert not PlaceSuggestion.objects.exists() and not files_under(settings.PRIVATE_MEDIA_ROOT)


def test_editors_see_the_photo_in_the_admin_and_nobody_else(client, suggestion, reviewer):
    url = photo_url(suggestion)
    anonymous = client.get(url)
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]

    # Admin access without the right to edit the suggested place: Wagtail's admin turns
    # the refusal into a redirect to the dashboard, with a message.
    outsider = get_user_model().objects.create_user("betreiber", "b@example.com", "pw")
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(outsider)
    refused = client.get(url)
    assert refused.status_code == 302 and refused["Location"] == "/admin/"

    client.force_login(reviewer)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert {"private", "no-store"} <= {
        part.strip() for part in response["Cache-Control"].split(",")
    }
    assert b"".join(response.streaming_content) == Path(suggestion.photo.path).read_bytes()

    editor = client.get(f"/admin/pages/{suggestion.page_id}/edit/").content.decode()
    assert f'src="{url}"' in editor
    assert "Backsteinhalle mit hohen Fenstern" in editor and "CC BY 4.0" in editor


# Decisions ---------------------------------------------------------------------------------


def test_approval_turns_the_photo_into_the_image_of_the_place(
    client, suggestion, reviewer, django_capture_on_commit_callbacks
):
    private_path = Path(suggestion.photo.path)
    with django_capture_on_commit_callbacks(execute=True):
        approve(suggestion.page, reviewer)

    page = PlacePage.objects.get(pk=suggestion.page_id)
    assert page.live
    image = page.listing_image
    assert image.collection == suggestion_collection()
    assert (image.description, image.credit, image.license) == (
        "Backsteinhalle mit hohen Fenstern",
        "Foto: Erika Beispiel",
        KreativorteImage.License.CC_BY,
    )
    assert (image.width, image.height) == (30, 40)
    assert Path(settings.MEDIA_ROOT).resolve() in Path(image.file.path).resolve().parents
    with image.file.open("rb") as file:
        assert_no_metadata(file, size=(30, 40))
    # The published revision shows it too, so the next edit keeps it.
    assert page.live_revision.content["listing_image"] == image.pk

    # The suggestion and its private file are gone.
    assert not PlaceSuggestion.objects.exists()
    assert not private_path.exists()

    # A normal image of a published place: in the image API, with its original file.
    assert v2_ids(client, "images") == {image.pk}
    detail = client.get(f"/api/v2/images/{image.pk}/").json()
    assert detail["meta"]["download_url"].endswith(image.file.name.rsplit("/", 1)[-1])
    place = client.get(f"/api/v1/places/{page.pk}/").json()
    assert place["thumbnail"] is not None


def test_an_image_chosen_by_the_editors_is_kept(
    client, suggestion, reviewer, django_capture_on_commit_callbacks
):
    chosen = ImageFactory(title="Von der Redaktion gewählt")
    page = PlacePage.objects.get(pk=suggestion.page_id).get_latest_revision_as_object()
    page.listing_image = chosen
    page.save_revision(user=reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        approve(page, reviewer)

    page = PlacePage.objects.get(pk=page.pk)
    assert page.live and page.listing_image == chosen
    adopted = KreativorteImage.objects.get(collection=suggestion_collection())
    assert adopted.description == "Backsteinhalle mit hohen Fenstern"


def test_approval_for_a_later_publication_puts_the_photo_in_the_scheduled_version(
    client, suggestion, reviewer, django_capture_on_commit_callbacks
):
    page = PlacePage.objects.get(pk=suggestion.page_id).get_latest_revision_as_object()
    page.go_live_at = timezone.now() + datetime.timedelta(days=1)
    page.save_revision(user=reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        approve(page, reviewer)

    image = KreativorteImage.objects.get(collection=suggestion_collection())
    page = PlacePage.objects.get(pk=page.pk)
    assert not page.live and not PlaceSuggestion.objects.exists()
    assert page.latest_revision.content["listing_image"] == image.pk
    assert v2_ids(client, "images") == set()  # not before the place is live

    # A day later (as far as the scheduled version can tell):
    revision, a_minute_ago = page.latest_revision, timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = a_minute_ago
    revision.content["go_live_at"] = a_minute_ago.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    call_command("publish_scheduled")
    page = PlacePage.objects.get(pk=page.pk)
    assert page.live and page.listing_image == image
    assert v2_ids(client, "images") == {image.pk}


@pytest.mark.parametrize("decision", ["reject", "cancel", "delete page", "discard"])
def test_without_approval_the_photo_is_deleted(
    client, suggestion, reviewer, decision, django_capture_on_commit_callbacks
):
    private_path = Path(suggestion.photo.path)
    assert private_path.exists()
    page = PlacePage.objects.get(pk=suggestion.page_id)
    with django_capture_on_commit_callbacks(execute=True):
        if decision == "reject":
            task_state = page.current_workflow_task_state
            task_state.task.specific.on_action(task_state, reviewer, "reject")
        elif decision == "cancel":
            page.current_workflow_state.cancel(user=reviewer)
        elif decision == "delete page":
            page.delete()
        else:
            client.force_login(reviewer)
            url = photo_url(suggestion) + "verwerfen/"
            assert "Ja, Foto löschen" in client.get(url).content.decode()
            response = client.post(url)
            assert response.status_code == 302
            assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    assert not private_path.exists()
    assert not files_under(settings.PRIVATE_MEDIA_ROOT)
    if decision == "discard":
        # The suggestion stays in review, without a photo; approval adopts nothing.
        assert client.get(photo_url(suggestion)).status_code == 404
        with django_capture_on_commit_callbacks(execute=True):
            approve(page, reviewer)
        assert PlacePage.objects.get(pk=page.pk).live
    assert not KreativorteImage.objects.exists()


# Configuration and existing data -------------------------------------------------------------


def test_private_media_root_inside_media_root_is_an_error(settings):
    assert check_private_media_root() == []
    settings.PRIVATE_MEDIA_ROOT = Path(settings.MEDIA_ROOT) / "privat"
    assert [error.id for error in check_private_media_root()] == ["places.E001"]


def test_migration_moves_undecided_photos_out_of_the_image_library(
    tree, django_capture_on_commit_callbacks
):
    """Before this change a suggested photo became a public image in "Vorschläge" at once."""
    migration = importlib.import_module("places.migrations.0006_suggested_photos_private")

    def jpeg_image(title):
        image = KreativorteImage(
            title=title,
            collection=suggestion_collection(),
            description=f"Alt: {title}",
            credit="Foto: Erika",
            file=ImageFile(io.BytesIO(photo_with_gps()), "vorschlag.jpg"),
        )
        image._set_image_file_metadata()
        # Written as the old code did: with its metadata.
        super(KreativorteImage, image).save()
        return image

    pending_image, decided_image = jpeg_image("Offen"), jpeg_image("Entschieden")
    pending = PlacePageFactory(parent=tree.places, listing_image=pending_image, live=False)
    pending.save_revision()
    PlaceSuggestion.objects.create(
        page=pending, name="Erika", email="e@example.com", consent_at=timezone.now()
    )
    PlacePageFactory(parent=tree.places, listing_image=decided_image)
    old_file = Path(pending_image.file.path)

    migration.forwards(apps, None)

    suggestion = PlaceSuggestion.objects.get(page=pending)
    assert suggestion.photo_alt == "Alt: Offen" and suggestion.photo_credit == "Foto: Erika"
    with suggestion.photo.open("rb") as file:
        assert_no_metadata(file, size=(30, 40))
    assert not KreativorteImage.objects.filter(pk=pending_image.pk).exists()
    assert not old_file.exists()
    pending.refresh_from_db()
    assert pending.listing_image is None
    assert pending.get_latest_revision().content["listing_image"] is None

    decided_image.refresh_from_db()
    with decided_image.file.open("rb") as file:
        assert decided_image.file_size == len(assert_no_metadata(file, size=(30, 40)))
    assert (decided_image.width, decided_image.height) == (30, 40)
