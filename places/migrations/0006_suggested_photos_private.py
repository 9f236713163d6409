"""Photos of undecided suggestions leave the public image library; images lose their metadata.

Until now a suggested photo became a Wagtail image at once (collection "Vorschläge"), with
its original file public under MEDIA_URL. For every undecided suggestion whose draft
shows such an image, and nothing else uses it, the photo moves into the suggestion's
private storage (without metadata) and the image, its renditions and files are deleted.
Every remaining image with EXIF/XMP (GPS, camera) is re-encoded without it, as new
uploads are (KreativorteImage.save); its renditions are made anew.
"""

import io

from django.core.files.base import ContentFile
from django.db import migrations
from PIL import Image as PILImage
from wagtail.utils.file import hash_filelike

from kreativorte.imagefiles import stripped_bytes

SUGGESTION_COLLECTION = "Vorschläge"


def content_type(apps, app_label, model):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.filter(app_label=app_label, model=model).first()


def delete_image(image):
    for rendition in image.renditions.all():
        rendition.file.storage.delete(rendition.file.name)
    image.renditions.all().delete()
    image.file.storage.delete(image.file.name)
    image.delete()


def move_pending_photos(apps, image_type, page_type):
    PlaceSuggestion = apps.get_model("places", "PlaceSuggestion")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    Revision = apps.get_model("wagtailcore", "Revision")
    suggestions = PlaceSuggestion.objects.filter(
        page__live=False,
        page__listing_image__collection__name=SUGGESTION_COLLECTION,
        photo="",
    ).select_related("page__listing_image")
    for suggestion in suggestions:
        page, image = suggestion.page, suggestion.page.listing_image
        used_elsewhere = (
            ReferenceIndex.objects.filter(to_content_type=image_type, to_object_id=str(image.pk))
            .exclude(base_content_type=page_type, object_id=str(page.pk))
            .exists()
        )
        if used_elsewhere:
            continue
        with image.file.open("rb") as file:
            data = stripped_bytes(file) or file.read()
        extension = image.file.name.rsplit(".", 1)[-1]
        name = f"vorschlag-{page.slug[:60]}.{extension}"
        suggestion.photo.save(name, ContentFile(data), save=False)
        suggestion.photo_alt, suggestion.photo_credit = image.description, image.credit
        suggestion.photo_license = image.license
        suggestion.save()

        page.listing_image = None
        page.save(update_fields=["listing_image"])
        revisions = Revision.objects.filter(base_content_type=page_type, object_id=str(page.pk))
        for revision in revisions:
            if revision.content.get("listing_image") == image.pk:
                revision.content["listing_image"] = None
                revision.save(update_fields=["content"])
        ReferenceIndex.objects.filter(
            to_content_type=image_type, to_object_id=str(image.pk)
        ).delete()
        delete_image(image)


def strip_image_metadata(apps):
    Image = apps.get_model("kreativorte", "KreativorteImage")
    for image in Image.objects.all():
        try:
            with image.file.open("rb") as file:
                data = stripped_bytes(file)
        except FileNotFoundError:
            continue
        if data is None:
            continue
        storage, name = image.file.storage, image.file.name
        storage.delete(name)
        image.file.name = storage.save(name, ContentFile(data))
        with PILImage.open(io.BytesIO(data)) as pixels:  # the orientation may have turned it
            image.width, image.height = pixels.size
        image.file_size, image.file_hash = len(data), hash_filelike(io.BytesIO(data))
        image.save(update_fields=["file", "width", "height", "file_size", "file_hash"])
        for rendition in image.renditions.all():
            rendition.file.storage.delete(rendition.file.name)
        image.renditions.all().delete()


def forwards(apps, schema_editor):
    image_type = content_type(apps, "kreativorte", "kreativorteimage")
    page_type = content_type(apps, "wagtailcore", "page")
    if image_type and page_type:  # a fresh database has neither images nor suggestions
        move_pending_photos(apps, image_type, page_type)
    strip_image_metadata(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("places", "0005_suggestion_private_photo"),
        ("kreativorte", "0003_contactperson_help_texts"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop, elidable=True)]
