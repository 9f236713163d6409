"""Creative places: the index with the map, the place profile, and place types."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models, transaction
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from kreativorte.geo import LatLon, in_saxony, nearest, parse_point
from kreativorte.json_ld import json_ld
from kreativorte.models import District, KreativorteImage, SubMarket, TaxonomyTerm
from kreativorte.pages import IndexPage, TeaserMixin
from kreativorte.prefetch import thumbnail_images
from kreativorte.serializers import TermField
from kreativorte.text import german_slugify, numbered_unique
from kreativorte.urls_media import absolute

from .blocks import PlaceBodyBlock
from .panels import SaxonyLeafletPanel
from .suggestions.storage import private_storage

NEARBY_LIMIT = 5
NEARBY_RADIUS_KM = 60.0


class PlaceType(TaxonomyTerm):
    """Kind of place (Atelierhaus, Coworking, …); a starting set arrives with a migration."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("Ortstyp")
        verbose_name_plural = _("Ortstypen")


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
        from .filters import FILTER_PARAMETERS, PlaceFilterForm

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
        from .suggestions.views import suggest_view

        return suggest_view(self, request)

    @path("vorschlagen/danke/", name="suggest_thanks")
    def suggest_thanks(self, request):
        from .suggestions.views import thanks_view

        return thanks_view(self, request)

    def subpage_url(self, name: str, request=None) -> str:
        """The URL of one of this page's routes, e.g. "suggest" (the suggestion form)."""
        return (self.get_url(request) or "/").rstrip("/") + "/" + self.reverse_subpage(name)


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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            gallery=self.gallery_images.select_related("image"),
            nearby_places=self.nearby_places(),
            related_guides=self.related_guides(),
            json_ld=self.json_ld(request),
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

    def related_guides(self, limit: int = 6):
        """Live, public guides of this language that link to this place (Wagtail's reference index)."""
        from django.contrib.contenttypes.models import ContentType
        from wagtail.models import ReferenceIndex

        from knowledge.models import GuidePage

        ids = {
            int(object_id)
            for object_id in ReferenceIndex.get_references_to(self)
            .filter(content_type=ContentType.objects.get_for_model(GuidePage))
            .values_list("object_id", flat=True)
            if str(object_id).isdigit()
        }
        if not ids:
            return []
        return list(
            GuidePage.objects.live()
            .public()
            .filter(id__in=ids, locale_id=self.locale_id)
            .defer_streamfields()
            .order_by("title")[:limit]
        )

    def json_ld_data(self, request=None) -> dict:
        """schema.org Place: name, description, URL, postal address, coordinates, image."""
        data = {
            "@context": "https://schema.org",
            "@type": "Place",
            "name": self.title,
            "url": self.get_full_url(request),
            "address": {
                "@type": "PostalAddress",
                "streetAddress": self.address,
                "postalCode": self.postal_code,
                "addressLocality": self.town,
                "addressRegion": "Sachsen",
                "addressCountry": "DE",
            },
        }
        description = self.search_description or self.teaser or self.subtitle
        if description:
            data["description"] = description
        if self.latitude is not None and self.longitude is not None:
            data["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": self.latitude,
                "longitude": self.longitude,
            }
        image = self.listing_image
        if image is None:
            first = self.gallery_images.select_related("image").first()
            image = first.image if first else None
        if image is not None:
            data["image"] = absolute(image.get_rendition("width-1200").url, request)
        if self.website:
            data["sameAs"] = self.website
        return data

    def json_ld(self, request=None) -> str:
        """The JSON-LD as text safe inside <script>: no `<`, `>` or `&` left to end it early."""
        return json_ld(self.json_ld_data(request))

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


class PlaceSuggestion(models.Model):
    """Who suggested a place through the website: personal data, kept apart from the page,
    and the suggested photo, which no public URL serves until the suggestion is approved.

    Exists only while the suggestion is undecided: publishing the page, rejecting or
    cancelling its review, or deleting the page removes the row and the photo file.
    """

    page = models.OneToOneField(
        PlacePage,
        verbose_name=_("Ort"),
        on_delete=models.CASCADE,
        related_name="suggestion",
    )
    submitted_at = models.DateTimeField(_("Eingereicht am"), default=timezone.now, db_index=True)
    name = models.CharField(_("Name"), max_length=120)
    email = models.EmailField(_("E-Mail"))
    consent_at = models.DateTimeField(
        _("Einwilligung am"),
        help_text=_("Zeitpunkt, zu dem der Datenschutzhinweis akzeptiert wurde."),
    )
    client_hash = models.CharField(
        _("Kennung des Absenders"),
        max_length=64,
        blank=True,
        db_index=True,
        help_text=_(
            "Mit dem Geheimschlüssel gehashte IP-Adresse, nur zur Begrenzung der Vorschläge pro Stunde."
        ),
    )
    photo = models.FileField(
        _("Foto"),
        storage=private_storage,
        upload_to="vorschlaege/",
        blank=True,
        help_text=_(
            "Nicht öffentlich, ohne Metadaten; wird bei Freigabe oder Veröffentlichung zum "
            "Vorschaubild des Ortes und bei Ablehnung gelöscht."
        ),
    )
    photo_alt = models.CharField(_("Alternativtext des Fotos"), max_length=255, blank=True)
    photo_credit = models.CharField(_("Bildnachweis des Fotos"), max_length=255, blank=True)
    photo_license = models.CharField(
        _("Lizenz des Fotos"),
        max_length=20,
        choices=KreativorteImage.License.choices,
        blank=True,
    )

    class Meta:
        verbose_name = _("Ortsvorschlag")
        verbose_name_plural = _("Ortsvorschläge")
        ordering = ["-submitted_at", "-id"]

    def __str__(self):
        return str(self.page)

    @classmethod
    def pending(cls):
        """Suggestions still waiting for a decision (their page is not published), newest first."""
        return cls.objects.filter(page__live=False).select_related("page")

    @classmethod
    def decide(cls, page_id, outcome: str) -> None:
        """The suggestion of this page is decided: tell the suggester, then forget them.

        Approved or published, the photo first becomes a normal image of the place.
        """
        from .suggestions.drafts import adopt_photo
        from .suggestions.mail import notify_decision

        for suggestion in cls.objects.filter(page_id=page_id).select_related("page"):
            if suggestion.photo and outcome in ("approved", "published"):
                adopt_photo(suggestion)
            notify_decision(suggestion, outcome)
            suggestion.delete()  # the photo file goes too (places/signals.py)

    def delete_photo_file(self) -> None:
        """Delete the private file once the transaction holding the change is committed."""
        if self.photo:
            storage, name = self.photo.storage, self.photo.name
            transaction.on_commit(lambda: storage.delete(name))

    def discard_photo(self) -> None:
        """The editors do not want the photo: it is deleted and never becomes an image."""
        self.delete_photo_file()
        self.photo = ""
        self.photo_alt = self.photo_credit = self.photo_license = ""
        self.save(update_fields=["photo", "photo_alt", "photo_credit", "photo_license"])
