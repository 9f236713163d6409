"""Admin hooks of the editorial app: dashboard panels, their URLs, log actions, place listing,
the fields with errors named in the editor's message."""

from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.log_actions import LogFormatter
from wagtail.models import Page

from . import urls
from .management.commands.publish_scheduled import SCHEDULE_REFUSED_ACTION
from .panels import dashboard_panels
from .readiness import publication_problems
from .views import CONFIRM_REVIEW_ACTION


@hooks.register("construct_homepage_panels")
def add_attention_panels(request, panels):
    # Wagtail's own "Awaiting your review" panel (WorkflowObjectsToModeratePanel)
    # stays in the list: it already shows the pages waiting for this user's review.
    panels.extend(dashboard_panels(request))


@hooks.register("before_edit_page")
def say_what_is_missing(request, page):
    """A page in review whose latest version cannot go live (a suggested place without its
    map position) says so at the top of the editor, before anyone tries to approve it."""
    if request.method != "GET" or not page.workflow_in_progress:
        return
    if problems := publication_problems(page):
        messages.warning(
            request,
            gettext("Vor der Freigabe fehlt noch: %(problems)s") % {"problems": " ".join(problems)},
        )


def pages_to_publish(request, pages, include_descendants):
    """The pages a bulk publication would put live (with the drafts below, if chosen)."""
    for page in pages:
        yield page
        if include_descendants:
            for draft in page.get_descendants().not_live().specific():
                if draft.permissions_for_user(request.user).can_publish():
                    yield draft


@hooks.register("before_bulk_action")
def refuse_incomplete_bulk_publication(request, action_type, objects, action):
    """Bulk publishing validates each page only while publishing it, and the first one
    that cannot go live ends the whole action in a server error: check them all first and
    publish none if one is incomplete, naming each with what is missing."""
    if action_type != "publish" or not all(isinstance(page, Page) for page in objects):
        return None
    include_descendants = action.cleaned_form.cleaned_data.get("include_descendants", False)
    refused = [
        gettext("„%(title)s“ (%(problems)s)")
        % {"title": page.get_admin_display_title(), "problems": " ".join(problems)}
        for page in pages_to_publish(request, objects, include_descendants)
        if (problems := publication_problems(page))
    ]
    if not refused:
        return None
    messages.error(
        request,
        gettext(
            "Nichts wurde veröffentlicht: Diese Seiten können so nicht online gehen: "
            "%(pages)s. Bitte ergänzen oder ohne sie veröffentlichen."
        )
        % {"pages": "; ".join(refused)},
    )
    return redirect(action.next_url)


@hooks.register("insert_editor_js")
def name_the_fields_with_errors():
    return format_html('<script src="{}" defer></script>', static("editorial/error-summary.js"))


@hooks.register("register_admin_urls")
def register_editorial_urls():
    return [path("editorial/", include(urls, namespace="editorial"))]


@hooks.register("register_log_actions")
def register_editorial_log_actions(actions):
    @actions.register_action(SCHEDULE_REFUSED_ACTION)
    class ScheduleRefused(LogFormatter):
        label = _("Geplante Veröffentlichung nicht möglich")

        def format_message(self, log_entry):
            problems = " ".join((log_entry.data or {}).get("problems", []))
            return _(
                "Die geplante Veröffentlichung ist entfallen; die Version bleibt ein Entwurf. "
                "Es fehlt: %(problems)s"
            ) % {"problems": problems}

    @actions.register_action(CONFIRM_REVIEW_ACTION)
    class ConfirmReview(LogFormatter):
        label = _("Inhaltliche Prüfung bestätigen")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            reviewed = data.get("last_reviewed", "")
            if data.get("previous"):
                return _("Inhaltliche Prüfung am %(date)s bestätigt (vorher: %(previous)s)") % {
                    "date": reviewed,
                    "previous": data["previous"],
                }
            return _("Inhaltliche Prüfung am %(date)s bestätigt") % {"date": reviewed}
