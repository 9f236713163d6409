"""Admin report: searches that found nothing, most frequent first."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView

from .models import ZeroResultQuery


class ZeroResultReportView(ReportView):
    page_title = _("Suchen ohne Treffer")
    header_icon = "search"
    is_searchable = True
    search_fields = ["query_string"]
    default_ordering = "-hits"
    index_url_name = "zero_result_queries"
    index_results_url_name = "zero_result_queries_results"
    columns = [
        Column("query_string", label=_("Suchbegriff"), sort_key="query_string"),
        NumberColumn("hits", label=_("Anzahl"), sort_key="hits"),
        DateColumn("last_searched", label=_("Zuletzt gesucht"), sort_key="last_searched"),
    ]
    list_export = ["query_string", "hits", "last_searched"]
    export_headings = {
        "query_string": _("Suchbegriff"),
        "hits": _("Anzahl"),
        "last_searched": _("Zuletzt gesucht"),
    }

    def get_base_queryset(self):
        return ZeroResultQuery.objects.all()

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser and not request.user.has_perm(
            "wagtailsearchpromotions.add_searchpromotion"
        ):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)
