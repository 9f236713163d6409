"""Dashboard panels: what needs the editors' attention.

Each panel lists only pages the user may edit (Wagtail's page permissions, so an
operator sees at most their own places), links each entry into the page editor,
and costs a fixed number of queries however many pages there are: one for the
user's page permissions (cached on the user), one or two for the listing.

For published pages the panels judge the published version (what visitors see);
for pages never published, the latest draft (the page row holds only the first
version of a draft).
"""

import datetime
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import BooleanField, Case, Count, Exists, F, OuterRef, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy

from accessibility.models import AccessibilityStatementPage
from events.models import EventPage
from knowledge.models import GuidePage
from kreativorte.local_time import add_months
from kreativorte.models import KreativorteImage
from places.models import PlaceGalleryImage, PlacePage, PlaceSuggestion

from .models import PlaceOperator

LIMIT = 10
REVIEW_INTERVAL_MONTHS = 12


@dataclass
class Entry:
    page: object
    problems: list = field(default_factory=list)
    date: object = None
    can_confirm: bool = False
    task: str = ""


@dataclass
class Listing:
    entries: list
    total: int

    @property
    def more(self) -> int:
        return max(self.total - len(self.entries), 0)


def pages_for(user, model, action="change"):
    """The pages of `model` that `user` may perform `action` on (a lazy queryset)."""
    if user.is_superuser:
        return model.objects.all()
    allowed = PagePermissionPolicy().instances_user_has_permission_for(user, action)
    return model.objects.filter(pk__in=allowed.values("pk"))


def may_edit_any(user) -> bool:
    """Whether the user has any page permission that could let them edit a page."""
    if not user.is_active:
        return False
    return user.is_superuser or PagePermissionPolicy().user_has_permission(user, "change")


def review_cutoff(today: datetime.date) -> datetime.date:
    """The day `REVIEW_INTERVAL_MONTHS` months before `today` (28 Feb for 29 Feb)."""
    return add_months(today, -REVIEW_INTERVAL_MONTHS)


def draft_versions(queryset):
    """Never-published pages as their latest draft, without a query per page."""
    pages = queryset.filter(live=False).select_related("latest_revision")
    return [
        page.with_content_json(page.latest_revision.content) if page.latest_revision else page
        for page in pages
    ]


# Guides not reviewed for a year ------------------------------------------------------


def not_reviewed(user, model, today):
    """Live pages of `model` (with `last_reviewed`) the user may edit whose review is older
    than 12 months or missing, oldest (and never reviewed) first."""
    return (
        pages_for(user, model)
        .live()
        .filter(Q(last_reviewed__isnull=True) | Q(last_reviewed__lt=review_cutoff(today)))
        .defer_streamfields()
        .select_related("locale")
        .order_by(F("last_reviewed").asc(nulls_first=True), "title", "pk")
    )


def stale_guides(user, today=None, limit=LIMIT) -> Listing:
    """Live guides the user may edit whose review is older than 12 months or missing.

    Oldest (and never reviewed) first; `can_confirm` says whether the user may
    publish the guide and so confirm its review.
    """
    guides = not_reviewed(user, GuidePage, today or timezone.localdate())
    publishable = pages_for(user, GuidePage, "publish").values("pk")
    guides = guides.annotate(
        can_confirm=Case(
            When(pk__in=publishable, then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        )
    )
    total = guides.count()
    entries = [
        Entry(page=guide, date=guide.last_reviewed, can_confirm=guide.can_confirm)
        for guide in guides[:limit]
    ]
    return Listing(entries, total)


def stale_statements(user, today=None, limit=LIMIT) -> Listing:
    """Accessibility statements not reviewed for 12 months: the statement is to be reviewed
    at least once a year (its date "Zuletzt überprüft am" is set in the page editor)."""
    statements = not_reviewed(user, AccessibilityStatementPage, today or timezone.localdate())
    total = statements.count()
    problem = _("Überprüfung fällig")
    entries = [
        Entry(page=page, date=page.last_reviewed, problems=[problem]) for page in statements[:limit]
    ]
    return Listing(entries, total)


# Events without registration link or venue ---------------------------------------------


def event_problems(event) -> list:
    problems = []
    if not event.registration_url:
        problems.append(_("Anmeldelink fehlt"))
    if (
        event.attendance != EventPage.Attendance.ONLINE
        and not event.venue_place_id
        and not event.venue_name
    ):
        problems.append(_("Veranstaltungsort fehlt"))
    return problems


def incomplete_events(user, now=None, limit=LIMIT) -> Listing:
    """Upcoming, not cancelled events (live or draft) without registration link or venue."""
    now = now or timezone.now()
    editable = pages_for(user, EventPage).defer_streamfields().select_related("locale")
    missing = Q(registration_url="") | (
        ~Q(attendance=EventPage.Attendance.ONLINE) & Q(venue_place__isnull=True) & Q(venue_name="")
    )
    live = list(
        editable.live()
        .filter(end__gte=now)
        .exclude(status=EventPage.Status.CANCELLED)
        .filter(missing)
    )
    drafts = [
        event
        for event in draft_versions(editable)
        if event.end
        and event.end >= now
        and event.status != EventPage.Status.CANCELLED
        and event_problems(event)
    ]
    events = sorted(live + drafts, key=lambda event: (event.start, event.pk))
    entries = [
        Entry(page=event, problems=event_problems(event), date=event.start)
        for event in events[:limit]
    ]
    return Listing(entries, len(events))


# Places with missing images or alt texts ------------------------------------------------


def place_image_problems(listing_image, missing_gallery_alts: int) -> list:
    problems = []
    if listing_image is None:
        problems.append(_("Kein Vorschaubild"))
    elif not listing_image.description:
        problems.append(_("Vorschaubild ohne Alternativtext"))
    if missing_gallery_alts:
        problems.append(
            ngettext(
                "%(count)d Galeriebild ohne Alternativtext",
                "%(count)d Galeriebilder ohne Alternativtext",
                missing_gallery_alts,
            )
            % {"count": missing_gallery_alts}
        )
    return problems


def places_missing_images(user, limit=LIMIT) -> Listing:
    """Places (live or draft) without a listing image, or with an image lacking alt text.

    An image's alt text is its `description`; a gallery entry may override it with
    its own `alt_text`.
    """
    editable = pages_for(user, PlacePage).defer_streamfields().select_related("locale")
    gallery_missing = PlaceGalleryImage.objects.filter(
        page=OuterRef("pk"), alt_text="", image__description=""
    )
    live = editable.live().filter(
        Q(listing_image__isnull=True) | Q(listing_image__description="") | Exists(gallery_missing)
    )
    # Thousands of places may lack an image: only the first `limit` are loaded whole.
    titles = sorted(live.values_list("title", "pk"), key=lambda row: (row[0].lower(), row[1]))
    first = [pk for _, pk in titles[:limit]]
    shown = (
        live.filter(pk__in=first)
        .select_related("listing_image")
        .annotate(
            missing_gallery_alts=Count(
                "gallery_images",
                filter=Q(gallery_images__alt_text="", gallery_images__image__description=""),
            )
        )
    )
    live_found = [
        (page, place_image_problems(page.listing_image, page.missing_gallery_alts))
        for page in shown
    ]

    drafts, drafts_found = draft_versions(editable.prefetch_related("gallery_images")), []
    image_ids = set()
    for page in drafts:
        image_ids.add(page.listing_image_id)
        image_ids.update(item.image_id for item in page.gallery_images.all())
    image_ids.discard(None)
    images = (
        KreativorteImage.objects.only("id", "description").in_bulk(image_ids) if image_ids else {}
    )
    for page in drafts:
        missing_alts = sum(
            1
            for item in page.gallery_images.all()
            if item.image_id
            and not item.alt_text
            and not getattr(images.get(item.image_id), "description", "")
        )
        problems = place_image_problems(images.get(page.listing_image_id), missing_alts)
        if problems:
            drafts_found.append((page, problems))

    found = sorted(live_found + drafts_found, key=lambda pair: (pair[0].title.lower(), pair[0].pk))
    entries = [Entry(page=page, problems=problems) for page, problems in found[:limit]]
    return Listing(entries, len(titles) + len(drafts_found))


# New place suggestions ---------------------------------------------------------------


def suggestion_problems(place, has_photo: bool) -> list:
    """What the reviewers still have to add before they can approve (the position) or
    should add (an image)."""
    problems = []
    if not place.location:
        problems.append(_("Position auf der Karte fehlt"))
    elif problem := place.location_problem():
        problems.append(problem)
    if not place.listing_image_id and not has_photo:
        problems.append(_("Kein Vorschaubild"))
    return problems


def pending_suggestions(user, limit=LIMIT) -> Listing:
    """Suggestions from the public that await a decision, oldest first, each judged by
    the latest version of its draft.

    Only the place's name and the date are shown; the suggester's personal data
    stays in the page editor's suggestion record.
    """
    suggestions = (
        PlaceSuggestion.pending()
        .filter(page__in=pages_for(user, PlacePage).values("pk"))
        .select_related("page", "page__locale", "page__latest_revision")
        .order_by("submitted_at", "pk")
    )
    total = suggestions.count()
    entries = []
    for suggestion in suggestions[:limit]:
        page = suggestion.page
        if page.latest_revision:
            page = page.with_content_json(page.latest_revision.content)
        problems = suggestion_problems(page, has_photo=bool(suggestion.photo))
        entries.append(Entry(page=page, date=suggestion.submitted_at, problems=problems))
    return Listing(entries, total)


# An operator's own places ----------------------------------------------------------------


def open_tasks(pages) -> dict:
    """{page id: what is open in the review} for pages in review or sent back for changes."""
    states = WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=[str(page.pk) for page in pages],
        status__in=(WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES),
    ).select_related("current_task_state")
    tasks = {}
    for state in states:
        if state.status == WorkflowState.STATUS_IN_PROGRESS:
            tasks[int(state.object_id)] = str(_("In Prüfung bei der Freigabe"))
            continue
        task = str(_("Änderungen angefordert: bitte überarbeiten und erneut einreichen"))
        comment = state.current_task_state.comment if state.current_task_state else ""
        tasks[int(state.object_id)] = f"{task} („{comment}“)" if comment else task
    return tasks


def operated_places(user, limit=LIMIT) -> Listing:
    """The places the user runs (PlaceOperator), as their latest version, with what is
    missing on each and the open review task, if any."""
    places = list(
        PlacePage.objects.filter(pk__in=PlaceOperator.objects.filter(user=user).values("place_id"))
        .defer_streamfields()
        .select_related("locale", "latest_revision")
        .order_by("title", "pk")
    )
    versions = [
        page.with_content_json(page.latest_revision.content) if page.latest_revision else page
        for page in places
    ]
    image_ids = {page.listing_image_id for page in versions} - {None}
    images = KreativorteImage.objects.only("id", "description").in_bulk(image_ids)
    tasks = open_tasks(versions) if versions else {}
    entries = []
    for page in versions[:limit]:
        problems = []
        if problem := page.location_problem():
            problems.append(problem)
        if not page.teaser:
            problems.append(_("Anrisstext fehlt"))
        problems += place_image_problems(images.get(page.listing_image_id), 0)
        entries.append(Entry(page=page, problems=problems, task=tasks.get(page.pk, "")))
    return Listing(entries, len(versions))


# The panels ----------------------------------------------------------------------------


class AttentionPanel(Component):
    """A dashboard panel with a page list; hidden when the user has nothing to do in it."""

    name = ""
    heading = ""
    description = ""
    order = 230
    date_label = ""
    confirmable = False
    task_column = False
    template_name = "editorial/panels/attention_panel.html"

    def __init__(self, request):
        self.request = request

    def listing(self) -> Listing:
        raise NotImplementedError

    def get_context_data(self, parent_context=None):
        listing = self.listing()
        return {
            "panel": self,
            "listing": listing,
            "request": self.request,
            "csrf_token": (parent_context or {}).get("csrf_token"),
        }


class StaleGuidesPanel(AttentionPanel):
    name = "editorial_stale_guides"
    heading = _("Leitfäden, seit zwölf Monaten nicht geprüft")
    description = _(
        "Veröffentlichte Leitfäden, deren inhaltliche Prüfung älter als zwölf Monate ist "
        "oder fehlt. Wer freigeben darf, kann die Prüfung hier bestätigen, ohne die Seite "
        "zu bearbeiten."
    )
    date_label = _("Geprüft am")
    order = 231
    confirmable = True

    def listing(self):
        return stale_guides(self.request.user)


class StaleStatementsPanel(AttentionPanel):
    name = "editorial_stale_accessibility_statements"
    heading = _("Erklärung zur Barrierefreiheit, seit zwölf Monaten nicht überprüft")
    description = _(
        "Die Erklärung zur Barrierefreiheit ist mindestens jährlich zu überprüfen. Nach der "
        "Überprüfung im Seiteneditor das Datum „Zuletzt überprüft am“ setzen und "
        "veröffentlichen."
    )
    date_label = _("Überprüft am")
    order = 230

    def listing(self):
        return stale_statements(self.request.user)


class IncompleteEventsPanel(AttentionPanel):
    name = "editorial_incomplete_events"
    heading = _("Veranstaltungen ohne Anmeldelink oder Ort")
    description = _("Kommende Veranstaltungen (veröffentlicht oder Entwurf), denen etwas fehlt.")
    date_label = _("Beginn")
    order = 232

    def listing(self):
        return incomplete_events(self.request.user)


class PlaceImagesPanel(AttentionPanel):
    name = "editorial_place_images"
    heading = _("Orte mit fehlenden Bildern oder Alternativtexten")
    description = _(
        "Orte ohne Vorschaubild oder mit Bildern ohne Alternativtext; den Alternativtext "
        "pflegt man am Bild (Bilder) oder am Galeriebild."
    )
    order = 233

    def listing(self):
        return places_missing_images(self.request.user)


class PlaceSuggestionsPanel(AttentionPanel):
    name = "editorial_place_suggestions"
    heading = _("Neue Ortsvorschläge")
    description = _(
        "Vorschläge aus dem Formular auf der Website, die auf eine Entscheidung warten."
    )
    date_label = _("Eingegangen am")
    order = 229

    def listing(self):
        return pending_suggestions(self.request.user)


class OperatorPlacesPanel(AttentionPanel):
    name = "editorial_operated_places"
    heading = _("Meine Orte")
    description = _(
        "Die Orte, die Sie betreiben: was noch fehlt und was in der Prüfung offen ist. "
        "Änderungen reichen Sie im Seiteneditor zur Prüfung ein."
    )
    order = 228
    task_column = True

    def listing(self):
        return operated_places(self.request.user)


PANELS = (
    OperatorPlacesPanel,
    PlaceSuggestionsPanel,
    StaleStatementsPanel,
    StaleGuidesPanel,
    IncompleteEventsPanel,
    PlaceImagesPanel,
)


def dashboard_panels(request):
    """Our panels for this user; none for users without any page permission."""
    user = request.user
    if not may_edit_any(user):
        return []
    return [panel(request) for panel in PANELS]
