"""Creative places: the index with the map, the place profile, and place types."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import QueryDict
from django.urls import reverse
from django.utils.formats import localize, number_format
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from kreativorte.geo import LatLon, in_saxony, nearest, parse_point
from kreativorte.models import District, SubMarket
from kreativorte.page_permissions import LeafPagePermissions
from kreativorte.pages import ExternalPreviewMixin, IndexPage, TeaserMixin
from kreativorte.prefetch import thumbnail_images
from kreativorte.text import german_slugify, numbered_unique

from . import serializers, structured_data
from .blocks import PlaceBodyBlock
from .filters import FILTER_PARAMETERS, PlaceFilterForm
from .panels import SaxonyLeafletPanel, SuggestionPanel
from .suggestions.models import PlaceSuggestion  # noqa: F401 (places.models.PlaceSuggestion)
from .suggestions.views import suggest_view, thanks_view
from .terms import PlaceSetting, PlaceStatus, PlaceType

NEARBY_LIMIT = 5
NEARBY_RADIUS_KM = 60.0


class PlaceIndexPage(RoutablePageMixin, IndexPage):
    """The places: a filter form, the map and the filtered, paginated list beside it.

    Below it, at `vorschlagen/`, the public form for suggesting a place (places/suggestions/).
    """

    subpage_types = ["places.PlacePage"]
    index_template = "places/place_index_page.html"
    results_template = "places/includes/place_results.html"
    per_page = 12

    class Meta:
        verbose_name = _("Orte-Übersicht")
        verbose_name_plural = _("Orte-Übersichten")

    def get_template(self, request, *args, **kwargs):
        # `?partial=1`: only the list, for the filter script to swap in without a reload.
        if request.GET.get("partial"):
            return self.results_template
        return self.index_template

    def listing(self):
        return (
            self.live_children(PlacePage)
            .defer_streamfields()
            .select_related("district")
            .prefetch_related(
                "place_types",
                "submarkets",
                models.Prefetch("listing_image", thumbnail_images()),
            )
            .order_by("title", "id")
        )

    def get_context(self, request, *args, **kwargs):
        context = Page.get_context(self, request, *args, **kwargs)
        form = PlaceFilterForm(request.GET or None)
        filters = form.filters()
        paginator = Paginator(form.apply(self.listing()), self.per_page)
        page_obj = paginator.get_page(request.GET.get("page"))
        query = QueryDict(mutable=True)
        query.update(filters)
        geojson_query = query.copy()
        geojson_query["locale"] = self.locale.language_code
        context.update(
            filter_form=form,
            filters=filters,
            filter_parameters=FILTER_PARAMETERS,
            invalid_filters=bool(form.is_bound and form.errors),
            listing=page_obj.object_list,
            page_obj=page_obj,
            paginator=paginator,
            page_range=paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1),
            filter_query=query.urlencode(),
            geojson_url=f"{reverse('api-v1:places_geojson')}?{geojson_query.urlencode()}",
            suggest_url=self.subpage_url("suggest", request),
        )
        return context

    @path("vorschlagen/", name="suggest")
    def suggest(self, request):
        return suggest_view(self, request)

    @path("vorschlagen/danke/", name="suggest_thanks")
    def suggest_thanks(self, request):
        return thanks_view(self, request)

    def new_place(self, **fields):
        """An unsaved draft place in this section's language (from the suggestion form)."""
        return PlacePage(locale_id=self.locale_id, live=False, **fields)

    def subpage_url(self, name: str, request=None) -> str:
        """The URL of one of this page's routes, e.g. "suggest" (the suggestion form)."""
        return (self.get_url(request) or "/").rstrip("/") + "/" + self.reverse_subpage(name)


class PlacePage(LeafPagePermissions, ExternalPreviewMixin, TeaserMixin, Page):
    """The profile of one creative place."""

    Status = PlaceStatus
    Setting = PlaceSetting

    class City(models.TextChoices):
        LEIPZIG = "Leipzig", "Leipzig"
        DRESDEN = "Dresden", "Dresden"
        CHEMNITZ = "Chemnitz", "Chemnitz"

    subtitle = models.CharField(
        _("Untertitel"),
        max_length=160,
        blank=True,
        help_text=_("Von der früheren Nutzung zu heute, z. B. „Vom Kühlhaus zum Kulturort“."),
    )
    external_id = models.CharField(
        _("Externe ID"),
        max_length=80,
        blank=True,
        db_index=True,
        help_text=_(
            "Schlüssel für Datenimport und -export; wird beim Anlegen vergeben. Bitte nicht ändern."
        ),
    )

    # Location: the geo widget edits `location`; latitude/longitude are derived on save.
    location = models.CharField(
        _("Position auf der Karte"),
        max_length=250,
        blank=True,
        help_text=_(
            "Auf die Karte klicken oder den Marker ziehen; der Ort muss in Sachsen liegen."
        ),
    )
    latitude = models.FloatField(_("Breitengrad"), null=True, blank=True, editable=False)
    longitude = models.FloatField(_("Längengrad"), null=True, blank=True, editable=False)
    address = models.CharField(_("Straße und Hausnummer"), max_length=200, blank=True)
    postal_code = models.CharField(_("PLZ"), max_length=5, blank=True)
    town = models.CharField(_("Ort"), max_length=100)
    district = models.ForeignKey(
        "kreativorte.District",
        verbose_name=_("Landkreis / kreisfreie Stadt"),
        on_delete=models.PROTECT,
        related_name="places",
    )
    setting = models.CharField(
        _("Lage"), max_length=10, choices=Setting.choices, default=Setting.URBAN
    )
    nearest_city = models.CharField(
        _("Nächste Großstadt"), max_length=20, choices=City.choices, blank=True
    )
    distance_to_city_km = models.PositiveSmallIntegerField(
        _("Entfernung zur Großstadt (km)"), null=True, blank=True
    )

    place_types = ParentalManyToManyField(
        PlaceType, verbose_name=_("Ortstypen"), blank=True, related_name="places"
    )
    submarkets = ParentalManyToManyField(
        "kreativorte.SubMarket", verbose_name=_("Teilmärkte"), blank=True, related_name="places"
    )
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.ESTABLISHED
    )
    former_use = models.CharField(
        _("Frühere Nutzung"), max_length=120, blank=True, help_text=_("z. B. „Kühlhaus“")
    )
    conversion_year = models.PositiveSmallIntegerField(
        _("Jahr der Umnutzung"), null=True, blank=True
    )
    plot_size_m2 = models.PositiveIntegerField(_("Grundstücksgröße (m²)"), null=True, blank=True)
    building_count = models.PositiveSmallIntegerField(_("Anzahl Gebäude"), null=True, blank=True)

    operator = models.CharField(_("Betreiber"), max_length=200, blank=True)
    website = models.URLField(_("Website"), blank=True)
    contact_email = models.EmailField(
        _("Öffentliche Kontakt-E-Mail"),
        blank=True,
        help_text=_("Wird öffentlich angezeigt. Bitte eine Funktionsadresse, keine private."),
    )
    contact_phone = models.CharField(_("Öffentliche Telefonnummer"), max_length=40, blank=True)
    visiting_info = models.TextField(
        _("Besuchsinformationen"), blank=True, help_text=_("Öffnungszeiten, Anfahrt, Führungen.")
    )

    body = StreamField(PlaceBodyBlock(), verbose_name=_("Profil"), blank=True)

    content_panels = (
        [SuggestionPanel()]
        + Page.content_panels
        + [FieldPanel("subtitle")]
        + TeaserMixin.teaser_panels
        + [
            MultiFieldPanel(
                [
                    FieldPanel("address"),
                    FieldRowPanel([FieldPanel("postal_code"), FieldPanel("town")]),
                    FieldPanel("district"),
                    SaxonyLeafletPanel("location"),
                ],
                heading=_("Lage"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("status"),
                    FieldPanel("place_types", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("submarkets", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("former_use"),
                    FieldRowPanel([FieldPanel("conversion_year"), FieldPanel("building_count")]),
                    FieldRowPanel([FieldPanel("plot_size_m2"), FieldPanel("setting")]),
                    FieldRowPanel([FieldPanel("nearest_city"), FieldPanel("distance_to_city_km")]),
                ],
                heading=_("Eckdaten"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("operator"),
                    FieldPanel("website"),
                    FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
                    FieldPanel("visiting_info"),
                ],
                heading=_("Betreiber und Kontakt"),
            ),
            FieldPanel("body"),
            InlinePanel("gallery_images", heading=_("Galerie"), label=_("Galeriebild")),
        ]
    )
    promote_panels = Page.promote_panels + [FieldPanel("external_id")]
    # A copy is another place; it gets its own key when saved.
    exclude_fields_in_copy = ["external_id"]

    search_fields = (
        Page.search_fields
        + TeaserMixin.teaser_search_fields
        + [
            index.SearchField("subtitle", boost=3),
            index.SearchField("town", boost=2),
            index.AutocompleteField("town"),
            index.SearchField("former_use"),
            index.SearchField("operator"),
            index.SearchField("body"),
            District.search_related("district"),
            PlaceType.search_related("place_types"),
            SubMarket.search_related("submarkets"),
            index.FilterField("district"),
            index.FilterField("status"),
            index.FilterField("setting"),
            index.FilterField("latitude"),
            index.FilterField("longitude"),
        ]
    )
    api_fields = serializers.V2_FIELDS

    parent_page_types = ["places.PlaceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Ort")
        verbose_name_plural = _("Orte")

    @staticmethod
    def derive_external_id(title: str, town: str) -> str:
        """The import key of a place that arrived without one."""
        return german_slugify(f"{title}-{town}")[:80]

    def unused_external_id(self) -> str:
        """The derived key, numbered when another place of this language already has it."""
        base = self.derive_external_id(self.title, self.town)[:70] or "ort"
        others = PlacePage.objects.filter(locale_id=self.locale_id).exclude(pk=self.pk)
        taken = set(
            others.filter(external_id__startswith=base).values_list("external_id", flat=True)
        )
        return numbered_unique(base, taken)

    def clean(self):
        super().clean()
        if (
            self.external_id
            and PlacePage.objects.filter(locale_id=self.locale_id, external_id=self.external_id)
            .exclude(pk=self.pk)
            .exists()
        ):
            raise ValidationError({"external_id": _("Diese externe ID hat schon ein anderer Ort.")})
        if problem := self.location_problem():
            raise ValidationError({"location": problem})

    def location_problem(self) -> str | None:
        """Why the map position keeps the place from going live, or None (no queries: the
        dashboard asks this of every suggestion it lists)."""
        if not self.location:
            return _("Bitte die Position des Ortes auf der Karte setzen.")
        point = parse_point(self.location)
        if point is None:
            return _("Die Position ist nicht lesbar.")
        if not (-90 <= point.lat <= 90 and -180 <= point.lon <= 180):
            return _(
                "Die Position (Breite %(lat)s, Länge %(lon)s) gibt es nicht. Bitte "
                "Breite und Länge angeben, z. B. 50,8560, 13,0720, oder in die Karte "
                "klicken."
            ) % {"lat": localize(point.lat), "lon": localize(point.lon)}
        if not in_saxony(point.lat, point.lon):
            # In the editor's number format: "52,5200" in German.
            return _(
                "Die Position (Breite %(lat)s, Länge %(lon)s) liegt außerhalb Sachsens. "
                "Bitte den Marker auf den Ort in Sachsen setzen."
            ) % {"lat": number_format(point.lat, 4), "lon": number_format(point.lon, 4)}
        return None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            gallery=self.gallery_images.select_related("image"),
            nearby_places=self.nearby_places(),
            json_ld=structured_data.place(self, request),
        )
        return context

    def nearby_places(self, limit: int = NEARBY_LIMIT, radius_km: float = NEARBY_RADIUS_KM):
        """Up to `limit` other live, public places of this language, nearest first.

        One query for candidate coordinates inside a bounding box, one for the pages
        (plus their prefetches), however many places there are.
        """
        if self.latitude is None or self.longitude is None:
            return []
        centre = LatLon(self.latitude, self.longitude)
        candidates = (
            PlacePage.objects.live().public().filter(locale_id=self.locale_id).exclude(pk=self.pk)
        )
        ranked = nearest(candidates, centre, radius_km)[:limit]
        pages = (
            PlacePage.objects.filter(id__in=[pk for _d, pk in ranked])
            .defer_streamfields()
            .select_related("district")
            .prefetch_related(models.Prefetch("listing_image", thumbnail_images()))
            .in_bulk()
        )
        nearby = []
        for distance, pk in ranked:
            page = pages[pk]
            page.distance_km = distance
            nearby.append(page)
        return nearby

    def save(self, *args, **kwargs):
        if not self.external_id:
            # Assigned once; the key that import and export match places by.
            if not self.locale_id:  # as Page.full_clean would, a moment later
                self.locale = self.get_default_locale()
            self.external_id = self.unused_external_id()
        point = parse_point(self.location)
        self.latitude, self.longitude = (point.lat, point.lon) if point else (None, None)
        super().save(*args, **kwargs)


class PlaceGalleryImage(Orderable):
    page = ParentalKey(PlacePage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        "kreativorte.KreativorteImage",
        verbose_name=_("Bild"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    alt_text = models.CharField(
        _("Alternativtext"),
        max_length=255,
        blank=True,
        help_text=_("Pflicht, wenn das Bild selbst keinen Alternativtext hat."),
    )
    caption = models.CharField(_("Bildunterschrift"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]
    api_fields = serializers.GALLERY_V2_FIELDS

    class Meta(Orderable.Meta):
        verbose_name = _("Galeriebild")
        verbose_name_plural = _("Galeriebilder")

    @property
    def admin_item_label(self) -> str:
        """The item's name in the editor ("Galeriebild 2: <image title>")."""
        return self.image.title if self.image_id else ""

    @property
    def effective_alt_text(self) -> str:
        return self.alt_text or (self.image.description if self.image_id else "")

    def clean(self):
        super().clean()
        if self.image_id and not self.effective_alt_text:
            raise ValidationError({"alt_text": _("Galeriebilder brauchen einen Alternativtext.")})
