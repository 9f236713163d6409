"""Admin screens for assigning operators (Ortsbetreiber) to their places."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import SnippetViewSet


class PlaceOperatorViewSet(SnippetViewSet):
    icon = "key"
    menu_label = _("Ortsbetreiber")
    menu_order = 320
    add_to_admin_menu = True
    list_display = [
        "place",
        Column("user", label=_("Person")),
        "note",
        "created_at",
    ]
    list_filter = ["user"]
    ordering = ["place__title", "user__username"]
    panels = [
        FieldPanel("user"),
        FieldPanel("place"),
        FieldPanel("note"),
    ]
