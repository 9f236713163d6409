"""A valid suggestion becomes a draft PlacePage under the places index, in the review
workflow ("Redaktionelle Prüfung"); the suggester's name and e-mail are kept apart in
PlaceSuggestion and deleted once the suggestion is decided (see places/signals.py).
"""

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import get_valid_filename
from wagtail.log_actions import log
from wagtail.models import Collection

from kreativorte.models import KreativorteImage
from kreativorte.text import german_slugify

from ..models import PlaceIndexPage, PlacePage, PlaceSuggestion
from .form import IMAGE_FORMATS

SUGGESTION_COLLECTION = "Vorschläge"
SUBMIT_LOG_ACTION = "places.suggestion.submit"


def review_workflow():
    """The workflow "Redaktionelle Prüfung" (created by the editorial app if missing)."""
    from editorial.workflow import review_workflow as editorial_review_workflow

    return editorial_review_workflow()


def suggestion_collection() -> Collection:
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=SUGGESTION_COLLECTION).first()
    return existing or root.add_child(name=SUGGESTION_COLLECTION)


def create_image(data) -> KreativorteImage:
    upload = data["image"]
    extension = IMAGE_FORMATS[upload.image_format]
    filename = get_valid_filename(
        f"vorschlag-{german_slugify(data['title'])[:60] or 'ort'}.{extension}"
    )
    image = KreativorteImage(
        title=data["title"][:255],
        file=ImageFile(upload, name=filename),
        collection=suggestion_collection(),
        description=data["image_alt"],
        credit=data["image_credit"],
        license=data["image_license"],
    )
    image._set_image_file_metadata()
    image.save()
    return image


@transaction.atomic
def create_suggestion(index: PlaceIndexPage, data: dict, client_hash: str) -> PlaceSuggestion:
    """The draft place in review, and the suggester's data beside it."""
    point = data["point"]
    page = PlacePage(
        title=data["title"],
        teaser=data["description"],
        town=data["town"],
        district=data["district"],
        address=data["address"],
        former_use=data["former_use"],
        website=data["website"],
        location=point.as_point() if point else "",
        live=False,
    )
    page.locale_id = index.locale_id
    page.external_id = page.unused_external_id()
    if data.get("image"):
        page.listing_image = create_image(data)
    page.place_types.set(data["place_types"])
    index.add_child(instance=page)
    # Validation is the form's job; without a map point the page is not yet publishable,
    # and the reviewers are asked to set it.
    page.save_revision(clean=False, log_action=True)
    log(instance=page, action=SUBMIT_LOG_ACTION)

    now = timezone.now()
    suggestion = PlaceSuggestion.objects.create(
        page=page,
        submitted_at=now,
        consent_at=now,
        name=data["suggester_name"],
        email=data["suggester_email"],
        client_hash=client_hash,
    )
    # Always the editorial review (Freigabe), whatever workflow the section may have.
    review_workflow().start(page, user=None)
    return suggestion
