"""The geo widget's Leaflet panel, with Leaflet served from our own static files.

wagtail-geo-widget loads Leaflet from unpkg.com; editors' browsers should not
contact third-party hosts, so the widget's media point at the npm copy instead.
"""

from django import forms
from django.utils.functional import cached_property
from wagtailgeowidget.panels import LeafletPanel
from wagtailgeowidget.widgets import LeafletField


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
