"""The filter form of the places index: GET parameters as the API names them."""

from django import forms
from django.utils.translation import gettext_lazy as _

from kreativorte.models import District, SubMarket
from kreativorte.term_filters import linked_to_any

from .terms import PlaceStatus, PlaceType

# The URL parameters the form reads; the map's GeoJSON request takes the same ones.
FILTER_PARAMETERS = ("district", "type", "submarket", "status")


class TermChoiceField(forms.ChoiceField):
    """A select of taxonomy terms by slug, named in the active language.

    The form loads the terms once per request (`load_terms`), for validation and the select.
    """

    def __init__(self, model, *, empty_label, **kwargs):
        self.model = model
        self.empty_label = empty_label
        super().__init__(choices=[("", empty_label)], required=False, **kwargs)

    def load_terms(self):
        self.choices = [("", self.empty_label)] + [
            (term.slug, term.name) for term in self.model.objects.order_by("name_de")
        ]


class PlaceFilterForm(forms.Form):
    """District, place type, sub-market and status; every field may stay empty.

    Invalid values (an unknown slug in a hand-made URL) are dropped, not fatal:
    `filters()` returns only the fields that validated.
    """

    district = TermChoiceField(District, label=_("Landkreis"), empty_label=_("Alle Landkreise"))
    type = TermChoiceField(PlaceType, label=_("Ortstyp"), empty_label=_("Alle Ortstypen"))
    submarket = TermChoiceField(SubMarket, label=_("Teilmarkt"), empty_label=_("Alle Teilmärkte"))
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Jeder Status")), *PlaceStatus.choices],
    )

    def __init__(self, data=None, **kwargs):
        # Only our parameters, one value each (the form shows single selects).
        data = {name: data.get(name, "") for name in FILTER_PARAMETERS} if data else None
        super().__init__(data, **kwargs)
        for field in self.fields.values():
            if isinstance(field, TermChoiceField):
                field.load_terms()

    def filters(self) -> dict[str, str]:
        """The valid, non-empty filter values."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name in FILTER_PARAMETERS and value
        }

    def apply(self, places):
        """Narrow a PlacePage queryset by the valid filter values."""
        filters = self.filters()
        if "district" in filters:
            places = places.filter(district__slug=filters["district"])
        if "type" in filters:
            places = linked_to_any(places, "place_types", [filters["type"]])
        if "submarket" in filters:
            places = linked_to_any(places, "submarkets", [filters["submarket"]])
        if "status" in filters:
            places = places.filter(status=filters["status"])
        return places
