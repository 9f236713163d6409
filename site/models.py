"""Models shared by several content apps: images, taxonomies and contact persons."""

from django.core.files.base import ContentFile
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.search import index

from .imagefiles import stripped_bytes
from .text import german_slugify, numbered_unique


class KreativorteImage(AbstractImage):
    """Image with alt text, credit and licence, so every published image can be credited."""

    class License(models.TextChoices):
        CC_BY = "cc-by-4.0", "CC BY 4.0"
        CC_BY_SA = "cc-by-sa-4.0", "CC BY-SA 4.0"
        CC0 = "cc0-1.0", "CC0 1.0"
        GRANTED = "granted", _("Nutzungsrechte eingeräumt")

    description = models.CharField(
        _("Alternativtext"),
        max_length=255,
        blank=True,
        help_text=_("Beschreibt das Bild für Menschen, die es nicht sehen können."),
    )
    credit = models.CharField(
        _("Bildnachweis"),
        max_length=255,
        blank=True,
        help_text=_("Urheber:in oder Quelle, z. B. „Foto: Anna Beispiel“."),
    )
    license = models.CharField(
        _("Lizenz"), max_length=20, choices=License.choices, default=License.GRANTED
    )

    admin_form_fields = Image.admin_form_fields + ("credit", "license")
    search_fields = AbstractImage.search_fields + [index.SearchField("credit")]

    class Meta(AbstractImage.Meta):
        verbose_name = _("Bild")
        verbose_name_plural = _("Bilder")

    def save(self, *args, **kwargs):
        # A new upload loses its EXIF/XMP (GPS, camera) before it is written: the original
        # file is public under MEDIA_URL and in the image API.
        if self.file and not self.file._committed:
            stripped = stripped_bytes(self.file)
            if stripped is not None:
                self.file = ContentFile(stripped, name=self.file.name)
                self._set_image_file_metadata()
        super().save(*args, **kwargs)


class KreativorteRendition(AbstractRendition):
    image = models.ForeignKey(KreativorteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class TaxonomyTerm(index.Indexed, models.Model):
    """A term with a stable slug (used by the API and filters) and names in both languages.

    One row per term serves both locales, so a German page and its English
    translation point at the same term and filter by the same slug.
    """

    slug = models.SlugField(
        _("Kürzel"),
        max_length=80,
        unique=True,
        editable=False,
        help_text=_(
            "Stabiler Schlüssel für Filter und API; wird beim Anlegen aus dem Namen gebildet."
        ),
    )
    name_de = models.CharField(_("Name (Deutsch)"), max_length=120, unique=True)
    name_en = models.CharField(_("Name (Englisch)"), max_length=120, blank=True)

    panels = [FieldPanel("name_de"), FieldPanel("name_en")]
    search_fields = [
        index.SearchField("name_de"),
        index.SearchField("name_en"),
        index.AutocompleteField("name_de"),
        index.FilterField("slug"),
    ]

    class Meta:
        abstract = True
        ordering = ["name_de"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.unique_slug()
        super().save(*args, **kwargs)

    def unique_slug(self) -> str:
        """A slug from the German name, numbered if a term already has it; fixed afterwards."""
        base = german_slugify(self.name_de)[:70] or "begriff"
        taken = set(type(self).objects.filter(slug__startswith=base).values_list("slug", flat=True))
        return numbered_unique(base, taken)

    @property
    def name(self) -> str:
        """The name in the active language, German when no English name exists."""
        if (get_language() or "de").startswith("en") and self.name_en:
            return self.name_en
        return self.name_de

    @classmethod
    def search_related(cls, field_name: str) -> index.RelatedFields:
        """Index a relation to this taxonomy by its names in both languages."""
        return index.RelatedFields(
            field_name, [index.SearchField("name_de"), index.SearchField("name_en")]
        )


class District(TaxonomyTerm):
    """Saxony's 10 districts and 3 district-free cities (fixed by law, seeded by a migration)."""

    class Kind(models.TextChoices):
        DISTRICT = "district", _("Landkreis")
        CITY = "city", _("Kreisfreie Stadt")

    kind = models.CharField(_("Art"), max_length=10, choices=Kind.choices)

    panels = TaxonomyTerm.panels + [FieldPanel("kind")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("Landkreis / kreisfreie Stadt")
        verbose_name_plural = _("Landkreise und kreisfreie Städte")


class SubMarket(TaxonomyTerm):
    """The 12 sub-markets (Teilmärkte) of the creative industry in Saxony."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("Teilmarkt")
        verbose_name_plural = _("Teilmärkte")


class ContactPerson(index.Indexed, models.Model):
    """A published contact (staff of the programme or a partner), reused by guides and events."""

    name = models.CharField(_("Name"), max_length=120)
    role = models.CharField(
        _("Funktion"),
        max_length=120,
        blank=True,
        help_text=_("z. B. „Projektleitung“ oder „Förderberatung“"),
    )
    organisation = models.CharField(_("Organisation"), max_length=160, blank=True)
    email = models.EmailField(
        _("E-Mail"),
        blank=True,
        help_text=_(
            "Wird auf der Website und in der API öffentlich angezeigt; "
            "am besten eine Funktionsadresse."
        ),
    )
    phone = models.CharField(
        _("Telefon"),
        max_length=40,
        blank=True,
        help_text=_(
            "Wird auf der Website und in der API öffentlich angezeigt; mit Vorwahl, "
            "z. B. „0351 123456“."
        ),
    )
    photo = models.ForeignKey(
        KreativorteImage,
        verbose_name=_("Foto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Optional; nur mit Einverständnis der Person. Wird öffentlich neben dem Namen gezeigt."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("photo"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("Ansprechperson")
        verbose_name_plural = _("Ansprechpersonen")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.organisation})" if self.organisation else self.name


class ContentVersion(models.Model):
    """One number that changes, in the same transaction, with anything visitors can see.

    The page cache keys responses by it (site/page_cache.py), so a change is never
    followed by an old page, in any worker. A single row (pk=1).
    """

    value = models.BigIntegerField(default=0)
    changed_at = models.DateTimeField(null=True)

    class Meta:
        verbose_name = _("Inhaltsstand")
        verbose_name_plural = _("Inhaltsstände")

    def __str__(self):
        return str(self.value)
