"""Panels of the place editor: the suggester's panel, and the geo widget's Leaflet panel
with Leaflet served from our own static files.

wagtail-geo-widget loads Leaflet from unpkg.com; editors' browsers should not
contact third-party hosts, so the widget's media point at the npm copy instead. Its
script is driven by ours (places/admin/location-field.js), which sets no position
without the editor, reads decimal commas and speaks German (the package's strings are
translated once, at import, and have no German).
"""

import json

from django import forms
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import HelpPanel
from wagtail.admin.telepath import register
from wagtailgeowidget.panels import LeafletPanel
from wagtailgeowidget.widgets import LeafletField, LeafletFieldAdapter

from kreativorte.geo import parse_point

from .suggestions.models import PlaceSuggestion

PACKAGE_OPTIONS = "data-leaflet-field-options-value"


class PlaceLocationField(LeafletField):
    @cached_property
    def media(self):
        return forms.Media(
            css={"all": ("vendor/leaflet/leaflet.css", "wagtailgeowidget/css/leaflet-field.css")},
            js=(
                "vendor/leaflet/leaflet.js",
                "wagtailgeowidget/js/leaflet-field.js",
                "places/admin/location-field.js",
            ),
        )

    def build_attrs(self, *args, **kwargs):
        attrs = super().build_attrs(*args, **kwargs)
        if PACKAGE_OPTIONS not in attrs:
            return attrs
        options = json.loads(attrs.pop(PACKAGE_OPTIONS))
        options.update(
            # Shown at once, without a marker while there is no position.
            showEmptyLocation=False,
            located=parse_point(self.value_data) is not None,
            translations=translations(),
        )
        attrs["data-controller"] = "place-location"
        attrs["data-place-location-options-value"] = json.dumps(options)
        return attrs


def translations() -> dict:
    """The strings the package's script shows, in the editor's language."""
    return {
        "placeholder": gettext(
            "Breite, Länge (z. B. 50,8560, 13,0720) – oder in die Karte klicken"
        ),
        "error_message_invalid_location": gettext(
            "Diese Koordinaten sind nicht lesbar. Bitte Breite und Länge angeben, "
            "z. B. 50,8560, 13,0720."
        ),
    }


class PlaceLocationFieldAdapter(LeafletFieldAdapter):
    """The field's description for Wagtail's client-side panels, with the same strings."""

    def js_args(self, widget):
        *args, options = super().js_args(widget)
        return [*args, {**options, "translations": translations()}]


register(PlaceLocationFieldAdapter(), PlaceLocationField)


class SaxonyLeafletPanel(LeafletPanel):
    """Leaflet map panel centred on Saxony (GEO_WIDGET_DEFAULT_LOCATION) without CDN requests."""

    def widget_overrides(self):
        field = self.model._meta.get_field(self.field_name)
        return {
            self.field_name: PlaceLocationField(
                address_field=self.address_field,
                zoom_field=self.zoom_field,
                hide_latlng=self.hide_latlng,
                zoom=self.zoom,
                srid=getattr(field, "srid", 4326),
                id_prefix="id_",
            )
        }


class SuggestionPanel(HelpPanel):
    """In the place editor: who suggested this place, while the suggestion is undecided."""

    def __init__(self, **kwargs):
        kwargs.setdefault("template", "places/suggest_admin_panel.html")
        kwargs.setdefault("heading", _("Vorschlag von der Website"))
        super().__init__(**kwargs)

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.suggestion = None
            if getattr(self.instance, "pk", None):
                self.suggestion = PlaceSuggestion.objects.filter(page_id=self.instance.pk).first()

        def is_shown(self):
            return self.suggestion is not None and super().is_shown()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["suggestion"] = self.suggestion
            return context
