"""Admin menus for the shared taxonomies and contact persons; pages the page cache skips."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from knowledge.models import FundingProgramme, Topic
from places.models import PlaceType

from . import admin_inputs  # noqa: F401  (the admin's date and time fields)
from .models import ContactPerson, District, SubMarket
from .visibility import is_visible


class TermViewSet(SnippetViewSet):
    list_display = ["name_de", "name_en", "slug"]
    search_fields = ["name_de", "name_en"]
    ordering = ["name_de"]


class DistrictViewSet(TermViewSet):
    model = District
    icon = "site"
    list_display = TermViewSet.list_display + ["kind"]


class SubMarketViewSet(TermViewSet):
    model = SubMarket
    icon = "tag"


class PlaceTypeViewSet(TermViewSet):
    model = PlaceType
    icon = "home"


class TopicViewSet(TermViewSet):
    model = Topic
    icon = "tag"


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomien")
    menu_icon = "tag"
    menu_order = 300
    items = (DistrictViewSet, SubMarketViewSet, PlaceTypeViewSet, TopicViewSet)


class ContactPersonViewSet(SnippetViewSet):
    model = ContactPerson
    icon = "user"
    list_display = ["name", "role", "organisation"]
    search_fields = ["name", "organisation"]


class FundingProgrammeViewSet(SnippetViewSet):
    model = FundingProgramme
    icon = "tag"
    list_display = ["name", "provider"]
    search_fields = ["name", "provider"]


class ReferenceGroup(SnippetViewSetGroup):
    menu_label = _("Kontakte und Förderung")
    menu_icon = "group"
    menu_order = 310
    items = (ContactPersonViewSet, FundingProgrammeViewSet)


register_snippet(TaxonomyGroup)
register_snippet(ReferenceGroup)


@hooks.register("before_serve_page", order=-1)
def keep_restricted_pages_private(page, request, serve_args, serve_kwargs):
    """A page behind a password or login is never stored by the page cache."""
    if not is_visible(page, request):
        request.page_cache_skip = True
