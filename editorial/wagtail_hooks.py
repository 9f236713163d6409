"""Admin hooks of the editorial app: dashboard panels, their URLs, log actions, place listing,
the fields with errors named in the editor's message."""

from django.templatetags.static import static
from django.urls import include, path
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from . import urls
from .panels import dashboard_panels
from .views import CONFIRM_REVIEW_ACTION


@hooks.register("construct_homepage_panels")
def add_attention_panels(request, panels):
    # Wagtail's own "Awaiting your review" panel (WorkflowObjectsToModeratePanel)
    # stays in the list: it already shows the pages waiting for this user's review.
    panels.extend(dashboard_panels(request))


@hooks.register("insert_editor_js")
def name_the_fields_with_errors():
    return format_html('<script src="{}" defer></script>', static("editorial/error-summary.js"))


@hooks.register("register_admin_urls")
def register_editorial_urls():
    return [path("editorial/", include(urls, namespace="editorial"))]


@hooks.register("register_log_actions")
def register_editorial_log_actions(actions):
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
