"""Images uploaded in the admin lose their EXIF/XMP; clean images are stored as they came."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.models import Collection
from wagtail.utils.file import hash_filelike

from kreativorte.models import KreativorteImage

from .photos import assert_no_metadata, photo_with_gps

pytestmark = pytest.mark.usefixtures("fresh_cache")


def test_admin_uploads_lose_their_metadata(client, tree):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.com", "pw")
    client.force_login(admin)
    response = client.post(
        "/admin/images/add/",
        {
            "title": "Vom Handy",
            "file": SimpleUploadedFile("IMG_4711.jpg", photo_with_gps(), "image/jpeg"),
            "collection": Collection.get_first_root_node().pk,
            "description": "Eine Halle",
            "credit": "Foto: Redaktion",
            "license": KreativorteImage.License.CC0,
        },
    )
    assert response.status_code == 302, response.content[:500]
    image = KreativorteImage.objects.get(title="Vom Handy")
    assert (image.width, image.height) == (30, 40)
    with image.file.open("rb") as file:
        stored = assert_no_metadata(file, size=(30, 40))
    assert image.file_size == len(stored)
    assert image.file_hash == hash_filelike(io.BytesIO(stored))


def test_images_without_metadata_are_stored_as_they_came(tree):
    buffer = io.BytesIO()
    PILImage.new("RGB", (20, 10), (1, 2, 3)).save(buffer, "PNG")
    image = KreativorteImage(title="Sauber", file=ImageFile(io.BytesIO(buffer.getvalue()), "a.png"))
    image._set_image_file_metadata()
    image.save()
    with image.file.open("rb") as file:
        assert file.read() == buffer.getvalue()
