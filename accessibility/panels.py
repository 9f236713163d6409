"""The dashboard panel of open barrier reports (new and in progress), for users who may
handle them; the sender's personal data is not shown there."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from .models import BarrierReport

LIMIT = 10


def may_handle_reports(user) -> bool:
    return user.is_active and user.has_perm("accessibility.change_barrierreport")


def open_reports(limit=LIMIT) -> tuple[list[BarrierReport], int]:
    """The oldest open reports first (their answer is due first), and how many are open."""
    reports = BarrierReport.objects.filter(status__in=BarrierReport.OPEN).order_by(
        "submitted_at", "pk"
    )
    listed = list(reports[:limit])
    total = len(listed) if len(listed) < limit else reports.count()
    return listed, total


class OpenBarrierReportsPanel(Component):
    name = "accessibility_open_reports"
    heading = _("Offene Barrieremeldungen")
    description = _(
        "Meldungen aus dem Formular „Barriere melden“, die noch nicht erledigt sind. Sie "
        "sind innerhalb eines Monats zu beantworten."
    )
    order = 228
    template_name = "accessibility/panels/open_reports.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        reports, total = open_reports()
        return {
            "panel": self,
            "reports": reports,
            "more": total - len(reports),
            "today": timezone.localdate(),
        }


def dashboard_panels(request) -> list:
    return [OpenBarrierReportsPanel(request)] if may_handle_reports(request.user) else []
