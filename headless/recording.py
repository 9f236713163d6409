"""Recording changes for the change feed: which items a saved or deleted row may show in.

Every change of a content model (the rule of kreativorte.content_version) is recorded in
its own transaction as the feed items whose detail it may have changed:

- a page: itself, its translations (they list it), the items that show it (page choosers,
  links and venues: Wagtail's reference index and the items' own relations) and, when its
  URL path changed (a move, a new slug) or a view restriction on it changed, all of this
  for every page below it too;
- any other row: the item it is (a term, a funding programme), its parent (a deadline's
  programme, a gallery image's place) and the items that show it (the pages tagged with a
  term, the guides showing a programme, the pages with an image or a contact person);
- a site (host name, root page): every item, as every URL may have changed.

A draft, a lock or a page not live changes nothing the public sees and is not recorded
(kreativorte.content_version.is_visible_save); an unpublished page is, by its signal.
Recording counts a content change first (kreativorte.content_version): that locks the
version's row until the transaction ends, so sequence numbers are handed out in commit
order and a cursor never passes a record that commits later with a lower number.
"""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import CharField, Max
from django.db.models.functions import Cast
from django.db.models.signals import m2m_changed, post_save, pre_delete, pre_save
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.models import (
    Page,
    PageLogEntry,
    PageViewRestriction,
    ReferenceIndex,
    Site,
)
from wagtail.signals import page_unpublished

from knowledge.models import FundingDeadline, FundingProgramme
from kreativorte.content_version import (
    content_changed,
    is_content,
    is_visible_relation,
    is_visible_save,
)
from kreativorte.local_time import local_midnight
from places.signals import places_imported

from .items import KIND_OF_MODEL, KINDS, Item
from .models import RETENTION, ChangeRecord
from .signals import changes_recorded

# Audit-log actions of changes made with QuerySet.update(), which sends no signal:
# editorial.views.CONFIRM_REVIEW_ACTION sets a guide's "reviewed on" date.
UPDATING_ACTIONS = {"editorial.confirm_review"}
URL_PATH_BEFORE = "_headless_url_path_before"
PAGE_KINDS = [kind for kind in KINDS.values() if kind.localized]


def record(items) -> None:
    unique = {(item.type, item.id): item for item in items}
    if not unique:
        return
    with transaction.atomic():
        content_changed()  # first: the lock that orders the records (see above)
        now = timezone.now()
        ChangeRecord.objects.bulk_create(
            ChangeRecord(
                type=item.type, object_id=item.id, locale=item.locale or "", recorded_at=now
            )
            for item in unique.values()
        )
        changes_recorded.send(sender=ChangeRecord)


# What a change touches


def page_items(pages) -> list[Item]:
    """The feed items among these pages (a queryset of any page model)."""
    kinds = {ContentType.objects.get_for_model(kind.model).id: kind for kind in PAGE_KINDS}
    rows = Page.objects.filter(pk__in=pages.values("pk"), content_type_id__in=kinds)
    return [
        Item(kinds[content_type_id].name, pk, language)
        for pk, content_type_id, language in rows.values_list(
            "pk", "content_type_id", "locale__language_code"
        )
    ]


def items_of(model, pks) -> list[Item]:
    if issubclass(model, Page):
        return page_items(Page.objects.filter(pk__in=pks))
    kind = KIND_OF_MODEL.get(model)
    return [Item(kind.name, pk, None) for pk in pks] if kind else []


def shown_in(objects, seen: set) -> list[Item]:
    """The items that show these objects (a queryset of one model, pages as Page)."""
    target = ContentType.objects.get_for_model(objects.model)
    references = ReferenceIndex.objects.filter(
        to_content_type=target,
        to_object_id__in=objects.annotate(reference=Cast("pk", CharField())).values("reference"),
    ).values_list("content_type_id", "object_id")
    items, page_ids = [], set()
    for content_type_id, object_id in references.distinct():
        source = ContentType.objects.get_for_id(content_type_id).model_class()
        if issubclass(source, Page):
            page_ids.add(int(object_id))
        else:  # a snippet that shows it (a contact person's photo), shown in turn by pages
            for obj in source._default_manager.filter(pk=object_id):
                items += dependents(obj, seen)
    items += page_items(Page.objects.filter(pk__in=page_ids))
    # The items' own relations: venues, terms, listing images (also where no index runs).
    for kind in KINDS.values():
        for field in kind.model._meta.get_fields(include_parents=False):
            if not field.concrete or not field.is_relation or field.remote_field.parent_link:
                continue
            related = field.related_model
            if issubclass(objects.model, related) or issubclass(related, objects.model):
                users = kind.model.objects.filter(**{f"{field.name}__in": objects.values("pk")})
                items += items_of(kind.model, users.values_list("pk", flat=True).distinct())
    return items


def pages_changed(pages) -> list[Item]:
    """These pages changed themselves: content, visibility or place in the tree.

    Their translations list them; and a link to any translation shows the one in the
    linking page's language (Page.localized), so what shows a translation changes too.
    """
    translations = Page.objects.filter(translation_key__in=pages.values("translation_key"))
    return page_items(translations) + shown_in(translations, set())


def dependents(obj, seen: set | None = None) -> list[Item]:
    """Any other row changed: the item it is, its parent and what shows it."""
    seen = set() if seen is None else seen
    if (obj._meta.label, obj.pk) in seen:
        return []
    seen.add((obj._meta.label, obj.pk))
    items = items_of(type(obj), [obj.pk])
    for field in obj._meta.get_fields():
        if isinstance(field, ParentalKey):
            parents = field.related_model._default_manager.filter(pk=getattr(obj, field.attname))
            if issubclass(field.related_model, Page):
                items += page_items(parents)
            else:
                for parent in parents:
                    items += dependents(parent, seen)
    return items + shown_in(type(obj)._default_manager.filter(pk=obj.pk), seen)


def everything() -> list[Item]:
    items = page_items(Page.objects.all())
    for kind in KINDS.values():
        if not kind.localized:
            items += items_of(kind.model, kind.model.objects.values_list("pk", flat=True))
    return items


def changed(instance) -> list[Item]:
    if isinstance(instance, Page):
        return pages_changed(Page.objects.filter(pk=instance.pk))
    if isinstance(instance, PageViewRestriction):
        return pages_changed(Page.objects.descendant_of(instance.page, inclusive=True))
    if isinstance(instance, Site):
        return everything()
    return dependents(instance)


# Receivers


def before_page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    """Remember the URL path in the database: a new one (a move, a new slug) moves the
    page's descendants too, and Wagtail's own signals for that come after the commit."""
    if raw or not isinstance(instance, Page) or instance.pk is None:
        return
    if update_fields is None or {"slug", "url_path"} & set(update_fields):
        before = Page.objects.filter(pk=instance.pk).values_list("url_path", flat=True).first()
        setattr(instance, URL_PATH_BEFORE, before)


def on_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not is_content(sender):
        return
    if isinstance(instance, Page):
        # A new path moves the live pages below it too, even below a draft.
        before = instance.__dict__.pop(URL_PATH_BEFORE, None)
        if before is not None and before != instance.url_path:
            record(pages_changed(Page.objects.descendant_of(instance, inclusive=True)))
            return
    if is_visible_save(instance, update_fields):
        record(changed(instance))


def on_unpublished(sender, instance, **kwargs):
    record(pages_changed(Page.objects.filter(pk=instance.pk)))


def on_deleting(sender, instance, **kwargs):
    """Before the row goes: the reference index still knows what shows it."""
    if not is_content(sender):
        return
    # A page's base row and its specific row are deleted together: one is enough.
    if isinstance(instance, Page) and type(instance) is not instance.specific_class:
        return
    if not isinstance(instance, Page) and not is_visible_save(instance):
        return  # a part of a draft
    record(changed(instance))


def on_places_imported(sender, page_ids, **kwargs):
    record(pages_changed(Page.objects.filter(pk__in=page_ids)))


def on_relation_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    if not is_visible_relation(instance):
        return
    if not reverse:  # place.place_types.add(…): the item itself
        if action.startswith("post_"):
            record(items_of(type(instance), [instance.pk]))
    elif action in ("post_add", "post_remove"):  # topic.guides.add(…)
        record(items_of(model, pk_set))
    elif action == "pre_clear":
        record(dependents(instance))


def on_logged(sender, instance, created=False, raw=False, **kwargs):
    if created and not raw and instance.action in UPDATING_ACTIONS:
        record(page_items(Page.objects.filter(pk=instance.page_id)))


def record_passed_deadlines() -> None:
    """Programmes list only deadlines to come, and so do the guides showing them: a deadline
    that passed changed them at midnight without a save. Recorded at the first look after
    it (each read of the feed looks), unless recorded since."""
    today = timezone.localdate()
    passed = dict(
        FundingDeadline.objects.filter(date__lt=today, date__gte=today - RETENTION)
        .values("programme_id")
        .annotate(last=Max("date"))
        .values_list("programme_id", "last")
    )
    recorded = dict(
        ChangeRecord.objects.filter(type=KIND_OF_MODEL[FundingProgramme].name, object_id__in=passed)
        .values("object_id")
        .annotate(at=Max("recorded_at"))
        .values_list("object_id", "at")
    )
    due = [
        pk
        for pk, day in passed.items()
        if pk not in recorded or recorded[pk] < local_midnight(day + datetime.timedelta(days=1))
    ]
    items = []
    for programme in FundingProgramme.objects.filter(pk__in=due):
        items += dependents(programme)
    record(items)


def connect():
    pre_save.connect(before_page_saved, dispatch_uid="headless-page-url-path")
    post_save.connect(on_saved, dispatch_uid="headless-save")
    pre_delete.connect(on_deleting, dispatch_uid="headless-delete")
    post_save.connect(on_logged, sender=PageLogEntry, dispatch_uid="headless-log")
    page_unpublished.connect(on_unpublished, dispatch_uid="headless-unpublished")
    places_imported.connect(on_places_imported, dispatch_uid="headless-places-imported")
    for kind in KINDS.values():
        for field in kind.model._meta.many_to_many:
            m2m_changed.connect(
                on_relation_changed,
                sender=field.remote_field.through,
                dispatch_uid=f"headless-{field.remote_field.through._meta.label}",
            )
