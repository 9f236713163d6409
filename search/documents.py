"""Keeping the search documents current: one per live public page of a searchable type.

Signals rather than a periodic job, so that a publish is searchable at once and
an unpublish or a new view restriction is gone at once.
"""

from django.core.exceptions import ObjectDoesNotExist
from django.db.models.signals import m2m_changed, post_delete, post_save
from modelsearch import index
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_unpublished, post_page_move

from events.models import EventPage
from knowledge.models import CooperationPage, GuidePage, Topic
from kreativorte.compounds import compound_parts
from kreativorte.content_version import DRAFT_FIELDS
from kreativorte.models import District, SubMarket
from kreativorte.serializers import model_type
from kreativorte.visibility import is_public, visible
from places.models import PlacePage, PlaceType
from places.signals import places_imported

from .models import SearchDocument

SEARCHABLE = {
    model_type(model): model for model in (PlacePage, GuidePage, CooperationPage, EventPage)
}
KIND_OF_MODEL = {model: kind for kind, model in SEARCHABLE.items()}


def weighted_texts(obj, fields):
    """(weight, text) for every SearchField, following RelatedFields (taxonomy names)."""
    for field in fields:
        if isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            objects = related.all() if hasattr(related, "all") else [related]
            for item in objects:
                yield from weighted_texts(item, field.fields)
        elif isinstance(field, index.SearchField) and field.field_name != "compound_parts":
            value = field.get_value(obj)
            values = value if isinstance(value, list) else [value]
            weight = "title" if field.field_name == "title" else "summary"
            if field.field_name != "title" and (field.boost or 1) < 2:
                weight = "text"
            yield weight, " ".join(str(v) for v in values if v)


def document_fields(page) -> dict:
    texts = {"title": [], "summary": [], "text": []}
    for weight, text in weighted_texts(page, page.get_search_fields()):
        if text.strip():
            texts[weight].append(" ".join(text.split()))
    language = page.locale.language_code
    summary, text = "\n".join(texts["summary"]), "\n".join(texts["text"])
    return {
        "locale_id": page.locale_id,
        "language": language,
        "kind": KIND_OF_MODEL[type(page)],
        "title": page.title,
        "summary": summary,
        "text": text,
        "parts": compound_parts(f"{page.title} {summary} {text}") if language == "de" else "",
        "district": page.district.slug if getattr(page, "district", None) else "",
        "topics": " ".join(sorted(t.slug for t in page.topics.all()))
        if hasattr(page, "topics")
        else "",
    }


def sync(page_id: int):
    """Write or remove one page's document from what the database holds now."""
    page = Page.objects.filter(pk=page_id).first()
    try:
        page = page.specific if page else None
    except ObjectDoesNotExist:  # being deleted: the specific row went first
        page = None
    if type(page) not in KIND_OF_MODEL or not is_public(page):
        SearchDocument.objects.filter(page_id=page_id).delete()
        return
    SearchDocument.objects.update_or_create(page_id=page.pk, defaults=document_fields(page))


def sync_subtree(page):
    """After a move or a change of view restriction: the page and everything below it."""
    pages = Page.objects.descendant_of(page, inclusive=True).type(*SEARCHABLE.values())
    for page_id in pages.values_list("id", flat=True):
        sync(page_id)


def rebuild():
    """Every document anew (after a bulk import or a restore); returns how many there are."""
    SearchDocument.objects.all().delete()
    for page_id in Page.objects.type(*SEARCHABLE.values()).live().values_list("id", flat=True):
        sync(page_id)
    return SearchDocument.objects.count()


def on_page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    # Always from the database: a draft saved on a live page must not reach the search.
    # A save of the draft fields only (a revision, a lock) leaves the document as it is.
    if not raw and not (update_fields and set(update_fields) <= DRAFT_FIELDS):
        sync(instance.pk)


def sync_many(page_ids):
    """sync() for many pages at once (a bulk import): a few queries per page type.

    The documents are written in bulk; post_save is sent for each, as a save would
    (the vocabulary of search.typos grows from it).
    """
    SearchDocument.objects.filter(page_id__in=page_ids).delete()
    for model in SEARCHABLE.values():
        related = [
            f.field_name for f in model.get_search_fields() if isinstance(f, index.RelatedFields)
        ]
        pages = visible(model.objects.filter(pk__in=page_ids)).select_related("locale")
        documents = [
            SearchDocument(page_id=page.pk, **document_fields(page))
            for page in pages.prefetch_related(*related)
        ]
        SearchDocument.objects.bulk_create(documents)
        for document in documents:
            post_save.send(
                SearchDocument,
                instance=document,
                created=True,
                update_fields=None,
                raw=False,
                using=document._state.db,
            )


def on_places_imported(sender, page_ids, **kwargs):
    sync_many(page_ids)


def on_relation_changed(sender, instance, action, reverse, **kwargs):
    if action.startswith("post_") and not reverse and type(instance) in KIND_OF_MODEL:
        sync(instance.pk)


def on_restriction_changed(sender, instance, **kwargs):
    sync_subtree(instance.page)


def on_page_moved(sender, instance, **kwargs):
    sync_subtree(instance)


def on_term_saved(sender, instance, **kwargs):
    """A renamed district or topic: its pages are found by the new name."""
    for model in SEARCHABLE.values():
        for field in model._meta.get_fields():
            if field.concrete and field.is_relation and field.related_model is sender:
                pages = model.objects.live().filter(**{field.name: instance})
                for page_id in pages.values_list("id", flat=True):
                    sync(page_id)


def connect():
    # Page as well: an action may save a generic Page instance.
    for model in (Page, *SEARCHABLE.values()):
        post_save.connect(on_page_saved, sender=model, dispatch_uid=f"search-{model.__name__}")
        for field in model._meta.many_to_many:
            m2m_changed.connect(on_relation_changed, sender=field.remote_field.through)
    post_save.connect(on_restriction_changed, sender=PageViewRestriction)
    post_delete.connect(on_restriction_changed, sender=PageViewRestriction)
    post_page_move.connect(on_page_moved)
    places_imported.connect(on_places_imported, dispatch_uid="search-places-imported")
    page_unpublished.connect(on_page_saved)
    for term in (District, PlaceType, SubMarket, Topic):
        post_save.connect(on_term_saved, sender=term)
