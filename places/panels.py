"""Panels of the place editor: the suggester's panel, and the geo widget's Leaflet panel
with Leaflet served from our own static files.

wagtail-geo-widget loads Leaflet from unpkg.com; editors' browsers should not
contact third-party hosts, so the widget's media point at the npm copy instead.
"""

from django import forms
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import HelpPanel
from wagtailgeowidget.panels import LeafletPanel
from wagtailgeowidget.widgets import LeafletField

from .suggestions.models import PlaceSuggestion


class SelfHostedLeafletField(LeafletField):
    @cached_property
    def media(self):
        return forms.Media(
            css={"all": ("vendor/leaflet/leaflet.css", "wagtailgeowidget/css/leaflet-field.css")},
            js=(
                "vendor/leaflet/leaflet.js",
                "wagtailgeowidget/js/leaflet-field.js",
                "wagtailgeowidget/js/leaflet-field-controller.js",
            ),
        )


class SaxonyLeafletPanel(LeafletPanel):
    """Leaflet map panel centred on Saxony (GEO_WIDGET_DEFAULT_LOCATION) without CDN requests."""

    def widget_overrides(self):
        field = self.model._meta.get_field(self.field_name)
        return {
            self.field_name: SelfHostedLeafletField(
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
