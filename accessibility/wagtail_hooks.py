"""Admin of the accessibility app: the barrier reports (menu "Barrieremeldungen") and their
dashboard panel."""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import BarrierReport
from .panels import dashboard_panels


class ReportPermissionPolicy(ModelPermissionPolicy):
    """Reports come from the website only: nobody adds one in the admin, superusers neither."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action != "add"]
        if not actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions)


register_permission_policy(BarrierReport, ReportPermissionPolicy(BarrierReport))


class BarrierReportViewSet(SnippetViewSet):
    """Editors read the report and set its status; closing it deletes name and e-mail."""

    model = BarrierReport
    icon = "warning"
    menu_label = _("Barrieremeldungen")
    menu_order = 320
    add_to_admin_menu = True
    copy_view_enabled = False
    list_display = [
        Column("__str__", label=_("Meldung")),
        "status",
        DateColumn("submitted_at", label=_("Eingegangen am")),
        DateColumn("answer_due", label=_("Antwort fällig bis")),
        DateColumn("closed_at", label=_("Erledigt am")),
    ]
    list_filter = ["status"]
    ordering = ["-submitted_at", "-pk"]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("page_url", read_only=True),
                FieldPanel("description", read_only=True),
                FieldPanel("submitted_at", read_only=True),
                FieldPanel("language", read_only=True),
            ],
            heading=_("Meldung"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("name", read_only=True),
                FieldPanel("email", read_only=True),
                FieldPanel("consent_at", read_only=True),
            ],
            heading=_("Kontakt für die Antwort"),
            help_text=_(
                "Wird gelöscht, sobald der Status „Erledigt“ gespeichert wird, spätestens "
                "sechs Monate nach Eingang."
            ),
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("note"), FieldPanel("closed_at", read_only=True)],
            heading=_("Bearbeitung"),
        ),
    ]


register_snippet(BarrierReportViewSet)


@hooks.register("construct_homepage_panels")
def add_open_reports_panel(request, panels):
    panels.extend(dashboard_panels(request))
