"""A valid suggestion becomes a draft PlacePage under the places index, in the review
workflow ("Redaktionelle Prüfung", started by the editorial app on `place_suggested`);
the suggester's name and e-mail and the photo are kept apart in PlaceSuggestion and
deleted once the suggestion is decided (`decide`, called from places/signals.py).
The photo becomes a Wagtail image only on approval (adopt_photo).
"""

import logging

from django.core.files import File
from django.db import transaction
from django.utils import timezone
from django.utils.text import get_valid_filename
from wagtail.log_actions import log
from wagtail.models import Collection

from kreativorte.models import KreativorteImage
from kreativorte.text import german_slugify
from kreativorte.tree import free_slug

from .form import IMAGE_FORMATS
from .mail import notify_decision
from .models import PlaceSuggestion
from .signals import place_suggested

logger = logging.getLogger(__name__)

SUGGESTION_COLLECTION = "Vorschläge"
SUBMIT_LOG_ACTION = "places.suggestion.submit"


def suggestion_collection() -> Collection:
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=SUGGESTION_COLLECTION).first()
    return existing or root.add_child(name=SUGGESTION_COLLECTION)


def photo_filename(title: str, extension: str) -> str:
    return get_valid_filename(f"vorschlag-{german_slugify(title)[:60] or 'ort'}.{extension}")


def adopt_photo(suggestion: PlaceSuggestion) -> KreativorteImage | None:
    """The approved photo as a normal image in "Vorschläge", and the place's listing image
    unless the editors chose another one meanwhile (in the live page and its revisions)."""
    page = suggestion.page
    extension = suggestion.photo.name.rsplit(".", 1)[-1]
    try:
        with suggestion.photo.open("rb") as photo:
            image = KreativorteImage(
                title=page.title[:255],
                file=File(photo, name=photo_filename(page.title, extension)),
                collection=suggestion_collection(),
                description=suggestion.photo_alt,
                credit=suggestion.photo_credit,
                license=suggestion.photo_license or KreativorteImage.License.GRANTED,
            )
            image._set_image_file_metadata()
            image.save()
    except OSError:  # the file is gone: the decision stands, without the photo
        logger.exception("The photo of the suggestion for page %s could not be read.", page.pk)
        return None
    for revision in {page.latest_revision, page.live_revision} - {None}:
        if not revision.content.get("listing_image"):
            revision.content["listing_image"] = image.pk
            revision.save(update_fields=["content"])
    if page.live and page.listing_image_id is None:
        page.listing_image = image
        page.save(update_fields=["listing_image"], clean=False)
    return image


@transaction.atomic
def create_suggestion(index, data: dict, client_hash: str) -> PlaceSuggestion:
    """The draft place in review below the places index, and the suggester's data beside it."""
    point = data["point"]
    page = index.new_place(
        title=data["title"],
        teaser=data["description"],
        town=data["town"],
        district=data["district"],
        address=data["address"],
        former_use=data["former_use"],
        website=data["website"],
        location=point.as_point() if point else "",
    )
    page.external_id = page.unused_external_id()
    page.slug = free_slug(index, page.title)
    page.place_types.set(data["place_types"])
    index.add_child(instance=page)
    # Validation is the form's job; without a map point the page is not yet publishable,
    # and the reviewers are asked to set it.
    page.save_revision(clean=False, log_action=True)
    log(instance=page, action=SUBMIT_LOG_ACTION)

    now = timezone.now()
    suggestion = PlaceSuggestion(
        page=page,
        submitted_at=now,
        consent_at=now,
        name=data["suggester_name"],
        email=data["suggester_email"],
        client_hash=client_hash,
    )
    if upload := data.get("image"):  # already without metadata (form.py)
        extension = IMAGE_FORMATS[upload.image_format]
        suggestion.photo = File(upload, name=photo_filename(data["title"], extension))
        suggestion.photo_alt = data["image_alt"]
        suggestion.photo_credit = data["image_credit"]
        suggestion.photo_license = data["image_license"]
    suggestion.save()
    place_suggested.send(sender=PlaceSuggestion, suggestion=suggestion, page=page)
    return suggestion


def decide(page_id, outcome: str) -> None:
    """The suggestion of this page is decided: tell the suggester, then forget them.

    Approved or published, the photo first becomes a normal image of the place.
    """
    for suggestion in PlaceSuggestion.objects.filter(page_id=page_id).select_related("page"):
        if suggestion.photo and outcome in ("approved", "published"):
            adopt_photo(suggestion)
        notify_decision(suggestion, outcome)
        suggestion.delete()  # the photo file goes too (places/signals.py)
