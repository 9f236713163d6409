"""Admin: a flat listing of all places with their status and district."""

import django_filters
from django import forms
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet

from kreativorte.models import District

from .models import PlacePage


class PlacePageFilterSet(PageFilterSet):
    district = django_filters.ModelMultipleChoiceFilter(
        label=_("Landkreis / kreisfreie Stadt"),
        queryset=District.objects.order_by("name_de"),
        widget=forms.CheckboxSelectMultiple,
    )
    place_status = django_filters.MultipleChoiceFilter(
        label=_("Status des Ortes"),
        field_name="status",
        choices=PlacePage.Status.choices,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = PlacePage
        fields = []


class PlaceIndexView(IndexView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The district column needs every row's district: one query for all rows, not one
        # a row (the listing's `.specific()` drops a select_related).
        prefetch_related_objects(list(context["object_list"]), "district")
        return context


class PlacePageListingViewSet(PageListingViewSet):
    """Orte: all places in one list, with publication status, place status and district."""

    model = PlacePage
    index_view_class = PlaceIndexView
    icon = "home"
    menu_label = _("Orte")
    menu_order = 150
    add_to_admin_menu = True
    name = "orte"
    filterset_class = PlacePageFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column(
            "place_status",
            label=_("Status des Ortes"),
            accessor="get_status_display",
            sort_key="status",
            width="14%",
        ),
        Column(
            "district",
            label=_("Landkreis / kreisfreie Stadt"),
            accessor="district",
            sort_key="district__name_de",
            width="18%",
        ),
    ]


place_listing_viewset = PlacePageListingViewSet()
