"""Creative places: the index with the map, the place profile, and place types."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from kreativorte.geo import in_saxony, parse_point
from kreativorte.models import District, SubMarket, TaxonomyTerm
from kreativorte.pages import IndexPage, TeaserMixin
from kreativorte.serializers import TermField
from kreativorte.text import german_slugify

from .blocks import PlaceBodyBlock
from .panels import SaxonyLeafletPanel


class PlaceType(TaxonomyTerm):
    """Kind of place (Atelierhaus, Coworking, …); a starting set arrives with a migration."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("Ortstyp")
        verbose_name_plural = _("Ortstypen")


class PlaceIndexPage(IndexPage):
    subpage_types = ["places.PlacePage"]

    class Meta:
        verbose_name = _("Orte-Übersicht")
        verbose_name_plural = _("Orte-Übersichten")


class PlacePage(TeaserMixin, Page):
    """The profile of one creative place."""

    class Status(models.TextChoices):
        ESTABLISHED = "established", _("Etabliert")
        IN_THE_MAKING = "in-the-making", _("Im Aufbau")
        VACANT = "vacant", _("Leerstand sucht Nutzer")

    class Setting(models.TextChoices):
        URBAN = "urban", _("Städtisch")
        RURAL = "rural", _("Ländlich")

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
        Page.content_panels
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
            InlinePanel("gallery_images", label=_("Galerie")),
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
    api_fields = (
        TeaserMixin.teaser_api_fields
        + [
            APIField("district", serializer=TermField()),
            APIField("place_types", serializer=TermField(many_terms=True)),
            APIField("submarkets", serializer=TermField(many_terms=True)),
        ]
        + [
            APIField(name)
            for name in (
                "subtitle",
                "latitude",
                "longitude",
                "address",
                "postal_code",
                "town",
                "setting",
                "nearest_city",
                "distance_to_city_km",
                "status",
                "former_use",
                "conversion_year",
                "plot_size_m2",
                "building_count",
                "operator",
                "website",
                "contact_email",
                "contact_phone",
                "visiting_info",
                "body",
                "gallery_images",
            )
        ]
    )

    parent_page_types = ["places.PlaceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Ort")
        verbose_name_plural = _("Orte")

    @staticmethod
    def derive_external_id(title: str, town: str) -> str:
        """The import key of a place that arrived without one."""
        return german_slugify(f"{title}-{town}")[:80]

    def clean(self):
        super().clean()
        if (
            self.external_id
            and PlacePage.objects.filter(locale_id=self.locale_id, external_id=self.external_id)
            .exclude(pk=self.pk)
            .exists()
        ):
            raise ValidationError({"external_id": _("Diese externe ID hat schon ein anderer Ort.")})
        if not self.location:
            raise ValidationError(
                {"location": _("Bitte die Position des Ortes auf der Karte setzen.")}
            )
        point = parse_point(self.location)
        if point is None:
            raise ValidationError({"location": _("Die Position ist nicht lesbar.")})
        if not in_saxony(point.lat, point.lon):
            raise ValidationError(
                {
                    "location": _(
                        "Die Position (Breite %(lat).4f, Länge %(lon).4f) liegt außerhalb Sachsens. "
                        "Bitte den Marker auf den Ort in Sachsen setzen."
                    )
                    % {"lat": point.lat, "lon": point.lon}
                }
            )

    def save(self, *args, **kwargs):
        if not self.external_id:
            # Assigned once; the key that import and export match places by.
            self.external_id = self.derive_external_id(self.title, self.town)
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
    api_fields = [APIField("image"), APIField("alt_text"), APIField("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("Galeriebild")
        verbose_name_plural = _("Galeriebilder")

    @property
    def effective_alt_text(self) -> str:
        return self.alt_text or (self.image.description if self.image_id else "")

    def clean(self):
        super().clean()
        if self.image_id and not self.effective_alt_text:
            raise ValidationError({"alt_text": _("Galeriebilder brauchen einen Alternativtext.")})
