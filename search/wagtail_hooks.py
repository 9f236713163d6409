from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SynonymGroup
from .views_admin import ZeroResultReportView


@hooks.register("register_admin_urls")
def register_zero_result_report_urls():
    return [
        path(
            "reports/suche-ohne-treffer/",
            ZeroResultReportView.as_view(),
            name="zero_result_queries",
        ),
        path(
            "reports/suche-ohne-treffer/results/",
            ZeroResultReportView.as_view(results_only=True),
            name="zero_result_queries_results",
        ),
    ]


class EditorsOfSearchMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        return user.is_superuser or user.has_perm("wagtailsearchpromotions.add_searchpromotion")


@hooks.register("register_reports_menu_item")
def register_zero_result_report_menu_item():
    return EditorsOfSearchMenuItem(
        _("Suchen ohne Treffer"), reverse("zero_result_queries"), icon_name="search", order=1310
    )


class SynonymGroupViewSet(SnippetViewSet):
    """Einstellungen > Synonyme, beside the promoted search results: both steer the search."""

    model = SynonymGroup
    icon = "search"
    menu_label = _("Synonyme")
    add_to_settings_menu = True
    menu_order = 510
    list_display = ["name", "terms"]
    search_fields = ["name", "terms"]


register_snippet(SynonymGroupViewSet)
