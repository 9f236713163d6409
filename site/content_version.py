"""The content version: bumped with every change visitors could see, and bans in Varnish.

Why one global version rather than per-page tags: a page shows far more than its own row
(snippets, taxonomy names, venues, deadlines, an ancestor's view restriction, images,
redirects, translations), and a missed dependency would show an old page. Bumping one
number with every change of a content model is exact by construction; editors change
content dozens of times a day, visitors read it thousands of times.

The bump is an UPDATE in the transaction of the change itself, so a request that sees the
new content also sees the new version. Varnish is told after the commit (a BAN of every
object tagged CACHE_TAG); changes made with QuerySet.update() call `content_changed()`.

Only what visitors can see counts: an editor's drafts, autosaves, locks, comments and
workflow steps are revisions, log entries and workflow rows (no content models) plus a
page save of DRAFT_FIELDS only (Page.save_revision, locking); a page not live, and the
rows it owns, are saved whole with every draft but shown to nobody. Unpublishing saves a
page no longer live, so it counts by Wagtail's page_unpublished signal.
"""

import logging
import urllib.request

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.models import COMMENTS_RELATION_NAME, Page
from wagtail.signals import page_unpublished, post_page_move

from .models import ContentVersion

logger = logging.getLogger(__name__)

CACHE_TAG = "kreativorte-content"
BAN_TIMEOUT_SECONDS = 2
# Models whose rows can change what visitors see: every model of these apps…
CONTENT_APPS = {
    "accessibility",
    "kreativorte",
    "places",
    "knowledge",
    "events",
    "home",
    "newsletter",
    "wagtailimages",
    "wagtaildocs",
    "wagtailredirects",
    "wagtailsearchpromotions",
    "taggit",
}
# … and these of Wagtail's core (and the search's synonyms, which change what it finds),
CORE_MODELS = {
    "search.synonymgroup",
    "wagtailcore.page",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.locale",
    "wagtailcore.site",
    "wagtailcore.collection",
    "wagtailcore.collectionviewrestriction",
}
# … but not what is derived while serving or kept private.
IGNORED_MODELS = {
    "accessibility.barrierreport",
    "kreativorte.contentversion",
    "kreativorte.kreativorterendition",
    "places.placesuggestion",
    "wagtailsearchpromotions.query",
    "wagtailsearchpromotions.querydailyhits",
}


def is_content(model) -> bool:
    label = model._meta.label_lower
    if label in IGNORED_MODELS or model.__module__ == "__fake__":  # migrations' models
        return False
    return model._meta.app_label in CONTENT_APPS or label in CORE_MODELS


# What saving a draft revision, locking or adding a child writes to a page's row.
DRAFT_FIELDS = {
    COMMENTS_RELATION_NAME,
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
    "numchild",
}


def owning_page_id(instance) -> int | None:
    """The page a row is part of (a gallery image, a featured place), if any."""
    for field in instance._meta.get_fields():
        if isinstance(field, ParentalKey) and issubclass(field.related_model, Page):
            return getattr(instance, field.attname)
    return None


def is_visible_save(instance, update_fields=None) -> bool:
    """Whether saving this row of a content model changes what visitors can see."""
    if isinstance(instance, Page):
        return instance.live and not (update_fields and set(update_fields) <= DRAFT_FIELDS)
    page_id = owning_page_id(instance)
    return page_id is None or Page.objects.filter(pk=page_id, live=True).exists()


def current() -> str:
    """The version as text: its number and the time of the change, so that a database
    restored from a backup (or a rolled-back test) never meets entries of another state
    under the same number."""
    row = ContentVersion.objects.filter(pk=1).values_list("value", "changed_at").first()
    return "0" if row is None else f"{row[0]}-{row[1].timestamp() if row[1] else 0}"


def content_changed() -> None:
    """Count a change: in the running transaction, and tell Varnish once it is committed."""
    now = timezone.now()
    if not ContentVersion.objects.filter(pk=1).update(value=F("value") + 1, changed_at=now):
        try:
            with transaction.atomic():
                ContentVersion.objects.create(pk=1, value=1, changed_at=now)
        except IntegrityError:  # created meanwhile by another process
            ContentVersion.objects.filter(pk=1).update(value=F("value") + 1, changed_at=now)
    if not any(callback is ban_in_varnish for _, callback, *_ in connection.run_on_commit):
        transaction.on_commit(ban_in_varnish)


def ban_in_varnish() -> None:
    """BAN every object tagged CACHE_TAG in each configured Varnish; failures are logged."""
    for url in settings.VARNISH_BAN_URLS:
        request = urllib.request.Request(url, method="BAN", headers={"X-Ban-Tag": CACHE_TAG})
        try:
            with urllib.request.urlopen(request, timeout=BAN_TIMEOUT_SECONDS):
                pass
        except OSError:
            logger.exception("Varnish at %s could not be told about a change.", url)


def is_visible_relation(instance) -> bool:
    """place.place_types.set(…) on a page not live is a draft; topic.guides.add(…) counts."""
    return not isinstance(instance, Page) or instance.live


def on_row_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if not raw and is_content(sender) and is_visible_save(instance, update_fields):
        content_changed()


def on_row_deleted(sender, instance, **kwargs):
    """A page deleted counts; a part of a page (a gallery image) only while the page is live."""
    if is_content(sender) and (isinstance(instance, Page) or is_visible_save(instance)):
        content_changed()


def on_relation_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and is_content(sender) and is_visible_relation(instance):
        content_changed()


def on_page_moved_or_unpublished(sender, **kwargs):
    content_changed()


def connect():
    post_save.connect(on_row_saved, dispatch_uid="content-version-save")
    post_delete.connect(on_row_deleted, dispatch_uid="content-version-delete")
    m2m_changed.connect(on_relation_changed, dispatch_uid="content-version-m2m")
    post_page_move.connect(on_page_moved_or_unpublished, dispatch_uid="content-version-move")
    page_unpublished.connect(on_page_moved_or_unpublished, dispatch_uid="content-version-unpublish")
