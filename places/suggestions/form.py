"""The public form for suggesting a place: its fields, their German messages and checks."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.formats import localize
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage

from kreativorte.geo import LatLon, in_saxony
from kreativorte.imagefiles import without_metadata
from kreativorte.models import District, KreativorteImage
from kreativorte.text import lazy_percent

from ..terms import PlaceType
from .spam import HONEYPOT_FIELD

DESCRIPTION_MAX_LENGTH = 600
MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000
IMAGE_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
TOO_LONG = _("Bitte höchstens %(limit_value)d Zeichen.")
DESCRIPTION_TOO_LONG = _(
    "Die Beschreibung darf höchstens %(limit_value)d Zeichen lang sein (jetzt: %(show_value)d)."
)


def optional_text(label, max_length: int, help_text, too_long=TOO_LONG, **kwargs):
    """An optional one-line text field with the German message for too much text."""
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=False,
        help_text=help_text,
        error_messages={"max_length": too_long},
        **kwargs,
    )


def coordinate(label, help_text, too_long):
    """Latitude or longitude as typed (German decimal comma allowed); cleaned by the form."""
    return optional_text(
        label,
        20,
        help_text,
        too_long,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
    )


class PublicForm(forms.Form):
    """What the public forms share (the barrier reports of accessibility/ too): the honeypot,
    fieldsets for the template, the error summary; subclasses set `fieldsets`."""

    # The honeypot: hidden from people (visually and from screen readers), filled by bots.
    homepage = forms.CharField(
        label=_("Bitte dieses Feld leer lassen"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    fieldsets: tuple = ()
    # Shorter names for the error summary where the label is a whole sentence.
    summary_labels = {"consent": _("Einwilligung")}

    def groups(self):
        """The visible fields in their fieldsets, for the template."""
        return [(legend, [self[name] for name in names]) for legend, names in self.fieldsets]

    def error_summary(self):
        """(anchor, label, message) for the summary at the top; anchors lead to the fields."""
        entries = []
        for message in self.non_field_errors():
            entries.append(("", "", message))
        for legend_names in self.fieldsets:
            for name in legend_names[1]:
                field = self[name]
                anchor = f"{field.auto_id}_fieldset" if field.use_fieldset else field.auto_id
                label = self.summary_labels.get(name, field.label)
                for message in field.errors:
                    entries.append((anchor, label, message))
        return entries

    def honeypot_filled(self) -> bool:
        return bool((self.data.get(HONEYPOT_FIELD) or "").strip())


class PlaceSuggestionForm(PublicForm):
    """What the public may tell us about a place; all messages German and per field."""

    title = forms.CharField(
        label=_("Name des Ortes"),
        max_length=255,
        help_text=_("Wie der Ort heißt oder genannt wird, z. B. „Alte Spinnerei Mittweida“."),
        error_messages={
            "required": _("Bitte den Namen des Ortes angeben."),
            "max_length": _("Der Name darf höchstens %(limit_value)d Zeichen lang sein."),
        },
    )
    town = forms.CharField(
        label=_("Stadt oder Gemeinde"),
        max_length=100,
        error_messages={
            "required": _("Bitte die Stadt oder Gemeinde angeben."),
            "max_length": TOO_LONG,
        },
    )
    district = forms.ModelChoiceField(
        label=_("Landkreis / kreisfreie Stadt"),
        queryset=District.objects.order_by("name_de"),
        empty_label=_("Bitte wählen"),
        error_messages={
            "required": _("Bitte den Landkreis oder die kreisfreie Stadt wählen."),
            "invalid_choice": _(
                "Bitte einen Landkreis oder eine kreisfreie Stadt aus der Liste wählen."
            ),
        },
    )
    address = optional_text(
        _("Straße und Hausnummer"),
        200,
        _("Adresse oder Koordinaten: mindestens eines von beiden."),
    )
    latitude = coordinate(
        _("Breitengrad"),
        _("Optional, z. B. 51,0504 (Dresden). Muss in Sachsen liegen."),
        _("Bitte eine Zahl wie 51,0504 eingeben."),
    )
    longitude = coordinate(
        _("Längengrad"),
        _("Optional, z. B. 13,7373 (Dresden). Muss in Sachsen liegen."),
        _("Bitte eine Zahl wie 13,7373 eingeben."),
    )
    place_types = forms.ModelMultipleChoiceField(
        label=_("Art des Ortes"),
        queryset=PlaceType.objects.order_by("name_de"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Optional; mehrere Angaben möglich."),
        error_messages={
            "invalid_choice": _("Bitte nur Arten aus der Liste wählen."),
            "invalid_pk_value": _("Bitte nur Arten aus der Liste wählen."),
        },
    )
    former_use = optional_text(
        _("Frühere Nutzung"), 120, _("Optional, z. B. „Kühlhaus“ oder „Bahnhof“.")
    )
    description = forms.CharField(
        label=_("Kurzbeschreibung"),
        max_length=DESCRIPTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=lazy_percent(
            _("Was gibt es dort heute? Höchstens %(max)d Zeichen."), max=DESCRIPTION_MAX_LENGTH
        ),
        error_messages={
            "required": _("Bitte den Ort kurz beschreiben."),
            "max_length": DESCRIPTION_TOO_LONG,
        },
    )
    website = forms.URLField(
        label=_("Website des Ortes"),
        required=False,
        assume_scheme="https",
        max_length=200,
        help_text=_("Optional, z. B. https://www.beispiel.de"),
        error_messages={
            "invalid": _(
                "Bitte eine vollständige Webadresse angeben, z. B. https://www.beispiel.de"
            ),
            "max_length": _("Die Webadresse darf höchstens %(limit_value)d Zeichen lang sein."),
        },
    )

    image = forms.FileField(
        label=_("Bild"),
        required=False,
        help_text=lazy_percent(
            _("Optional: ein Foto des Ortes als JPEG, PNG oder WebP, höchstens %(mb)d MB."),
            mb=MAX_IMAGE_BYTES // (1024 * 1024),
        ),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        error_messages={
            "invalid": _("Die Datei konnte nicht gelesen werden. Bitte erneut auswählen."),
            "missing": _("Die Datei ist nicht angekommen. Bitte erneut auswählen."),
            "empty": _("Die Datei ist leer. Bitte ein Bild auswählen."),
            "max_length": _("Der Dateiname ist zu lang (höchstens %(max)d Zeichen)."),
        },
    )
    image_alt = optional_text(
        _("Bildbeschreibung (Alternativtext)"),
        255,
        _(
            "Pflicht, wenn Sie ein Bild hochladen: Was ist zu sehen? "
            "Für Menschen, die das Bild nicht sehen können."
        ),
    )
    image_credit = optional_text(
        _("Bildnachweis"),
        255,
        _("Pflicht, wenn Sie ein Bild hochladen: z. B. „Foto: Anna Beispiel“."),
    )
    image_license = forms.ChoiceField(
        label=_("Lizenz des Bildes"),
        required=False,
        choices=[("", _("Bitte wählen"))] + list(KreativorteImage.License.choices),
        help_text=_(
            "Pflicht, wenn Sie ein Bild hochladen. „Nutzungsrechte eingeräumt“: Sie erlauben "
            "uns, das Bild auf dieser Website zu zeigen, und haben die Rechte dazu."
        ),
        error_messages={"invalid_choice": _("Bitte eine Lizenz aus der Liste wählen.")},
    )

    suggester_name = forms.CharField(
        label=_("Ihr Name"),
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={
            "required": _("Bitte Ihren Namen angeben."),
            "max_length": TOO_LONG,
        },
    )
    suggester_email = forms.EmailField(
        label=_("Ihre E-Mail-Adresse"),
        help_text=_("Für die Bestätigung und für Rückfragen; wird nicht veröffentlicht."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Bitte Ihre E-Mail-Adresse angeben."),
            "invalid": _("Bitte eine gültige E-Mail-Adresse angeben, z. B. name@beispiel.de"),
            "max_length": _("Die E-Mail-Adresse ist zu lang."),
        },
    )
    consent = forms.BooleanField(
        label=_(
            "Ich habe den Datenschutzhinweis gelesen und bin einverstanden, dass meine "
            "Angaben zur Bearbeitung dieses Vorschlags gespeichert werden."
        ),
        help_text=_("Ihr Name und Ihre E-Mail-Adresse werden gelöscht, sobald entschieden ist."),
        error_messages={"required": _("Bitte stimmen Sie dem Datenschutzhinweis zu.")},
    )

    fieldsets = (
        (
            _("Der Ort"),
            (
                "title",
                "town",
                "district",
                "address",
                "latitude",
                "longitude",
                "place_types",
                "former_use",
                "description",
                "website",
            ),
        ),
        (_("Bild (optional)"), ("image", "image_alt", "image_credit", "image_license")),
        (_("Ihre Angaben"), ("suggester_name", "suggester_email", "consent")),
    )

    @staticmethod
    def _coordinate(value: str, low: float, high: float):
        text = (value or "").strip().replace(",", ".")
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            raise ValidationError(_("Bitte eine Zahl eingeben, z. B. 51,0504.")) from None
        if not low <= number <= high:
            raise ValidationError(_("Diese Zahl ist keine gültige Koordinate."))
        return number

    def clean_latitude(self):
        return self._coordinate(self.cleaned_data.get("latitude"), -90, 90)

    def clean_longitude(self):
        return self._coordinate(self.cleaned_data.get("longitude"), -180, 180)

    def clean_suggester_email(self):
        return self.cleaned_data["suggester_email"].strip()

    def clean_image(self):
        upload = self.cleaned_data.get("image")
        if not upload:
            return None
        if upload.size > MAX_IMAGE_BYTES:
            raise ValidationError(
                _("Das Bild ist zu groß (%(size)s MB). Erlaubt sind höchstens %(max)d MB.")
                % {
                    "size": localize(round(upload.size / (1024 * 1024), 1)),
                    "max": MAX_IMAGE_BYTES // (1024 * 1024),
                }
            )
        not_an_image = ValidationError(
            _("Diese Datei ist kein lesbares Bild. Bitte eine JPEG-, PNG- oder WebP-Datei wählen.")
        )
        too_many_pixels = ValidationError(
            _("Das Bild hat zu viele Pixel. Bitte eine kleinere Fassung hochladen.")
        )
        wrong_format = ValidationError(
            _("Dieses Bildformat wird nicht angenommen. Bitte JPEG, PNG oder WebP verwenden.")
        )
        try:
            upload.seek(0)
            with PILImage.open(upload) as image:
                if image.format not in IMAGE_FORMATS:
                    raise wrong_format
                width, height = image.size
                if width * height > MAX_IMAGE_PIXELS:
                    raise too_many_pixels
                image.load()  # decodes every pixel: broken and truncated files fail here
                # Stored without EXIF/XMP (GPS, camera), as a fresh file of our own making.
                clean = ContentFile(without_metadata(image), name=upload.name)
                clean.image_format = image.format
        except ValidationError:
            raise
        except PILImage.DecompressionBombError:
            raise too_many_pixels from None
        except Exception:  # Pillow raises many kinds of errors for broken or foreign files
            raise not_an_image from None
        return clean

    def clean(self):
        data = super().clean()
        latitude, longitude = data.get("latitude"), data.get("longitude")
        point = None
        if "latitude" in data and "longitude" in data:
            if (latitude is None) != (longitude is None):
                missing = "longitude" if longitude is None else "latitude"
                self.add_error(
                    missing,
                    gettext("Bitte Breiten- und Längengrad angeben, oder beide leer lassen."),
                )
            elif latitude is not None:
                if in_saxony(latitude, longitude):
                    point = LatLon(lat=latitude, lon=longitude)
                else:
                    message = gettext(
                        "Dieser Punkt (Breite %(lat)s, Länge %(lon)s) liegt außerhalb Sachsens. "
                        "Bitte die Koordinaten prüfen."
                    ) % {"lat": localize(latitude), "lon": localize(longitude)}
                    self.add_error("latitude", message)
                    self.add_error("longitude", message)
            if (
                point is None
                and latitude is None
                and longitude is None
                and "address" in data
                and not data.get("address")
            ):
                self.add_error(
                    "address",
                    gettext("Bitte eine Adresse angeben oder Breiten- und Längengrad eintragen."),
                )
        data["point"] = point

        if data.get("image"):
            required = {
                "image_alt": gettext("Bitte beschreiben Sie, was auf dem Bild zu sehen ist."),
                "image_credit": gettext(
                    "Bitte den Bildnachweis angeben (wer hat das Foto gemacht?)."
                ),
                "image_license": gettext("Bitte die Lizenz des Bildes wählen."),
            }
            for name, message in required.items():
                if name in data and not data.get(name):
                    self.add_error(name, message)
        return data
