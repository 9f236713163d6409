"""New pages below a parent: their slugs, and many of them in a few statements (imports,
benchmark data)."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from .text import german_slugify, numbered_unique

BATCH = 500


def free_slug(parent, title: str) -> str:
    """The German slug of `title` ("wassermuehle-doebeln"), numbered if a child of
    `parent` has it; "" for a title without letters or digits (Wagtail then refuses it)."""
    base = german_slugify(title)
    if not base:
        return ""
    siblings = parent.get_children().filter(slug__startswith=base)
    return numbered_unique(base, set(siblings.values_list("slug", flat=True)))


def bulk_add_children(parent, pages):
    """Insert `pages` (unsaved, of one page model) as the last children of `parent`.

    Sets what `parent.add_child` would (tree path, depth, URL path, locale, content type,
    draft title) but sends no signals: the caller does what their receivers would.
    `parent` must be current (numchild).
    """
    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    last = parent.get_last_child()
    first = parent._str2int(last.path[-parent.steplen :]) + 1 if last else 1
    for step, page in enumerate(pages, start=first):
        page.depth = parent.depth + 1
        page.path = parent._get_path(parent.path, page.depth, step)
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = parent.locale_id
        page.content_type = content_type
        page.draft_title = page.title
    base_fields = [f.attname for f in Page._meta.concrete_fields if f.attname != "id"]
    bases = Page.objects.bulk_create(
        (Page(**{name: getattr(page, name) for name in base_fields}) for page in pages),
        batch_size=BATCH,
    )
    for page, base in zip(pages, bases, strict=True):
        page.id = page.page_ptr_id = base.pk
    fields = model._meta.local_concrete_fields
    for start in range(0, len(pages), BATCH):  # the child table's rows, as bulk_create would
        model._base_manager._insert(pages[start : start + BATCH], fields=fields)
    parent.numchild += len(pages)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild)
