"""Place suggestions from the public: the form, its two views, the draft page and the mails.

A valid suggestion becomes a draft PlacePage under the places index, in the review
workflow ("Redaktionelle Prüfung"); the suggester's name and e-mail are kept apart in
PlaceSuggestion and deleted once the suggestion is decided (see places/models.py).
Spam protection needs no third party: a honeypot field and a rate limit per client
address and per e-mail address (Django's cache, with the database as a backstop).
"""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.http import HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import salted_hmac
from django.utils.formats import localize
from django.utils.text import get_valid_filename
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.log_actions import log
from wagtail.models import Collection, Page

from kreativorte.geo import LatLon, in_saxony
from kreativorte.models import District, KreativorteImage
from kreativorte.text import german_slugify

from .models import PlaceIndexPage, PlacePage, PlaceSuggestion, PlaceType

logger = logging.getLogger(__name__)

REVIEWER_GROUP = "Freigabe"
SUGGESTION_COLLECTION = "Vorschläge"
SUBMIT_LOG_ACTION = "places.suggestion.submit"

# At most this many suggestions per hour from one client address and from one e-mail address.
SUGGESTIONS_PER_HOUR = getattr(settings, "PLACE_SUGGESTIONS_PER_HOUR", 5)
RATE_WINDOW = timedelta(hours=1)

DESCRIPTION_MAX_LENGTH = 600
MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000
IMAGE_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}

HONEYPOT_FIELD = "homepage"


class PlaceSuggestionForm(forms.Form):
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
            "max_length": _("Bitte höchstens %(limit_value)d Zeichen."),
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
    address = forms.CharField(
        label=_("Straße und Hausnummer"),
        max_length=200,
        required=False,
        help_text=_("Adresse oder Koordinaten: mindestens eines von beiden."),
        error_messages={"max_length": _("Bitte höchstens %(limit_value)d Zeichen.")},
    )
    latitude = forms.CharField(
        label=_("Breitengrad"),
        required=False,
        max_length=20,
        help_text=_("Optional, z. B. 51,0504 (Dresden). Muss in Sachsen liegen."),
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
        error_messages={"max_length": _("Bitte eine Zahl wie 51,0504 eingeben.")},
    )
    longitude = forms.CharField(
        label=_("Längengrad"),
        required=False,
        max_length=20,
        help_text=_("Optional, z. B. 13,7373 (Dresden). Muss in Sachsen liegen."),
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
        error_messages={"max_length": _("Bitte eine Zahl wie 13,7373 eingeben.")},
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
    former_use = forms.CharField(
        label=_("Frühere Nutzung"),
        max_length=120,
        required=False,
        help_text=_("Optional, z. B. „Kühlhaus“ oder „Bahnhof“."),
        error_messages={"max_length": _("Bitte höchstens %(limit_value)d Zeichen.")},
    )
    description = forms.CharField(
        label=_("Kurzbeschreibung"),
        max_length=DESCRIPTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Was gibt es dort heute? Höchstens %(max)d Zeichen.")
        % {"max": DESCRIPTION_MAX_LENGTH},
        error_messages={
            "required": _("Bitte den Ort kurz beschreiben."),
            "max_length": _(
                "Die Beschreibung darf höchstens %(limit_value)d Zeichen lang sein "
                "(jetzt: %(show_value)d)."
            ),
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
        help_text=_("Optional: ein Foto des Ortes als JPEG, PNG oder WebP, höchstens %(mb)d MB.")
        % {"mb": MAX_IMAGE_BYTES // (1024 * 1024)},
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        error_messages={
            "invalid": _("Die Datei konnte nicht gelesen werden. Bitte erneut auswählen."),
            "missing": _("Die Datei ist nicht angekommen. Bitte erneut auswählen."),
            "empty": _("Die Datei ist leer. Bitte ein Bild auswählen."),
            "max_length": _("Der Dateiname ist zu lang (höchstens %(max)d Zeichen)."),
        },
    )
    image_alt = forms.CharField(
        label=_("Bildbeschreibung (Alternativtext)"),
        max_length=255,
        required=False,
        help_text=_(
            "Pflicht, wenn Sie ein Bild hochladen: Was ist zu sehen? "
            "Für Menschen, die das Bild nicht sehen können."
        ),
        error_messages={"max_length": _("Bitte höchstens %(limit_value)d Zeichen.")},
    )
    image_credit = forms.CharField(
        label=_("Bildnachweis"),
        max_length=255,
        required=False,
        help_text=_("Pflicht, wenn Sie ein Bild hochladen: z. B. „Foto: Anna Beispiel“."),
        error_messages={"max_length": _("Bitte höchstens %(limit_value)d Zeichen.")},
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
            "max_length": _("Bitte höchstens %(limit_value)d Zeichen."),
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

    # The honeypot: hidden from people (visually and from screen readers), filled by bots.
    homepage = forms.CharField(
        label=_("Bitte dieses Feld leer lassen"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
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
        try:
            upload.seek(0)
            with PILImage.open(upload) as image:
                image_format = image.format
                width, height = image.size
                if width * height > MAX_IMAGE_PIXELS:
                    raise too_many_pixels
                image.verify()
        except ValidationError:
            raise
        except PILImage.DecompressionBombError:
            raise too_many_pixels from None
        except Exception:  # Pillow raises many kinds of errors for broken or foreign files
            raise not_an_image from None
        if image_format not in IMAGE_FORMATS:
            raise ValidationError(
                _("Dieses Bildformat wird nicht angenommen. Bitte JPEG, PNG oder WebP verwenden.")
            )
        upload.seek(0)
        upload.image_format = image_format
        return upload

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


# Rate limit -------------------------------------------------------------------------------


def client_address(request) -> str:
    """The client's address. The project has no trusted proxy header, so REMOTE_ADDR."""
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def keyed_hash(kind: str, value: str) -> str:
    """A keyed SHA-256 of an address: comparable, but not reversible without the secret."""
    return salted_hmac(
        f"places.suggestion.{kind}", value.strip().lower(), algorithm="sha256"
    ).hexdigest()


@dataclass
class RateLimit:
    client_hash: str
    email_hash: str = ""

    @staticmethod
    def _key(kind: str, value: str) -> str:
        return f"place-suggestions:{kind}:{value}"

    def _cached(self, kind, value) -> int:
        return cache.get(self._key(kind, value), 0) if value else 0

    def client_exceeded(self) -> bool:
        recent = PlaceSuggestion.objects.filter(
            client_hash=self.client_hash, submitted_at__gte=timezone.now() - RATE_WINDOW
        ).count()
        return max(recent, self._cached("client", self.client_hash)) >= SUGGESTIONS_PER_HOUR

    def email_exceeded(self, email: str) -> bool:
        self.email_hash = keyed_hash("email", email)
        recent = PlaceSuggestion.objects.filter(
            email__iexact=email, submitted_at__gte=timezone.now() - RATE_WINDOW
        ).count()
        return max(recent, self._cached("email", self.email_hash)) >= SUGGESTIONS_PER_HOUR

    def count(self) -> None:
        """One more suggestion (or bot attempt) from this address and e-mail, for an hour."""
        timeout = int(RATE_WINDOW.total_seconds())
        for kind, value in (("client", self.client_hash), ("email", self.email_hash)):
            if not value:
                continue
            key = self._key(kind, value)
            cache.add(key, 0, timeout)
            try:
                cache.incr(key)
            except ValueError:  # expired in between
                cache.set(key, 1, timeout)


# Creating the draft ---------------------------------------------------------------------


def review_workflow():
    """The workflow "Redaktionelle Prüfung" (created by the editorial app if missing)."""
    from editorial.workflow import review_workflow as editorial_review_workflow

    return editorial_review_workflow()


def suggestion_collection() -> Collection:
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=SUGGESTION_COLLECTION).first()
    return existing or root.add_child(name=SUGGESTION_COLLECTION)


def unique_external_id(page: PlacePage, locale_id) -> str:
    base = PlacePage.derive_external_id(page.title, page.town)[:70] or "vorschlag"
    taken = set(
        PlacePage.objects.filter(locale_id=locale_id, external_id__startswith=base).values_list(
            "external_id", flat=True
        )
    )
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def create_image(data) -> KreativorteImage:
    upload = data["image"]
    extension = IMAGE_FORMATS[upload.image_format]
    filename = get_valid_filename(
        f"vorschlag-{german_slugify(data['title'])[:60] or 'ort'}.{extension}"
    )
    image = KreativorteImage(
        title=data["title"][:255],
        file=ImageFile(upload, name=filename),
        collection=suggestion_collection(),
        description=data["image_alt"],
        credit=data["image_credit"],
        license=data["image_license"],
    )
    image._set_image_file_metadata()
    image.save()
    return image


@transaction.atomic
def create_suggestion(index: PlaceIndexPage, data: dict, client_hash: str) -> PlaceSuggestion:
    """The draft place in review, and the suggester's data beside it."""
    point = data["point"]
    page = PlacePage(
        title=data["title"],
        teaser=data["description"],
        town=data["town"],
        district=data["district"],
        address=data["address"],
        former_use=data["former_use"],
        website=data["website"],
        location=point.as_point() if point else "",
        live=False,
    )
    page.external_id = unique_external_id(page, index.locale_id)
    if data.get("image"):
        page.listing_image = create_image(data)
    page.place_types.set(data["place_types"])
    index.add_child(instance=page)
    # Validation is the form's job; without a map point the page is not yet publishable,
    # and the reviewers are asked to set it.
    page.save_revision(clean=False, log_action=True)
    log(instance=page, action=SUBMIT_LOG_ACTION)

    now = timezone.now()
    suggestion = PlaceSuggestion.objects.create(
        page=page,
        submitted_at=now,
        consent_at=now,
        name=data["suggester_name"],
        email=data["suggester_email"],
        client_hash=client_hash,
    )
    # Always the editorial review (Freigabe), whatever workflow the section may have.
    review_workflow().start(page, user=None)
    return suggestion


# Mails --------------------------------------------------------------------------------------


def admin_edit_url(page) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "wagtailadmin_pages:edit", args=[page.pk]
    )


def reviewers():
    return (
        get_user_model()
        .objects.filter(groups__name=REVIEWER_GROUP, is_active=True)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def _send(messages) -> None:
    """Send; a mail server failure must not turn a saved suggestion into an error page."""
    try:
        get_connection().send_messages(messages)
    except Exception:
        logger.exception("Mails about a place suggestion could not be sent.")


def _message(subject: str, template: str, context: dict, to: str) -> EmailMessage:
    body = render_to_string(f"places/mail/{template}", context)
    return EmailMessage(subject=subject, body=body, to=[to])


def notify_reviewers(suggestion: PlaceSuggestion) -> None:
    page = suggestion.page
    with translation.override("de"):
        context = {
            "page": page,
            "edit_url": admin_edit_url(page),
            "has_point": bool(page.location),
            "submitted_at": suggestion.submitted_at,
        }
        subject = gettext("Neuer Ortsvorschlag: %(title)s") % {"title": page.title}
        messages = [
            _message(subject, "suggestion_review.txt", context | {"user": user}, user.email)
            for user in reviewers()
        ]
    _send(messages)


def confirm_to_suggester(suggestion: PlaceSuggestion, privacy_url: str = "") -> None:
    page = suggestion.page
    context = {"suggestion": suggestion, "page": page, "privacy_url": privacy_url}
    subject = gettext("Danke für Ihren Vorschlag: %(title)s") % {"title": page.title}
    _send([_message(subject, "suggestion_confirmation.txt", context, suggestion.email)])


DECISION_MAILS = {
    "published": (_("Ihr Vorschlag ist online: %(title)s"), "suggestion_published.txt"),
    "approved": (_("Ihr Vorschlag wurde angenommen: %(title)s"), "suggestion_published.txt"),
    "rejected": (_("Ihr Vorschlag: %(title)s"), "suggestion_rejected.txt"),
}


def notify_decision(suggestion: PlaceSuggestion, outcome: str) -> None:
    """Tell the suggester the outcome (not for a cancelled review), before their data goes."""
    if outcome not in DECISION_MAILS:
        return
    page = suggestion.page.specific if isinstance(suggestion.page, Page) else suggestion.page
    with translation.override("de"):
        subject, template = DECISION_MAILS[outcome]
        context = {
            "suggestion": suggestion,
            "page": page,
            "outcome": outcome,
            "page_url": page.get_full_url() if outcome == "published" else "",
        }
        message = _message(
            str(subject) % {"title": page.title}, template, context, suggestion.email
        )
    _send([message])


# Views ---------------------------------------------------------------------------------------


def _privacy_url(index, request) -> str:
    """The Datenschutz page of the site (its footer link), or ''."""
    from kreativorte.templatetags.kreativorte_tags import site_layout

    try:
        item = site_layout({"request": request, "page": index}).footer.get("datenschutz")
    except Exception:  # the link is a courtesy; the form works without it
        return ""
    return item.url if item else ""


def _render(index, request, template, context=None, status=200):
    context = Page.get_context(index, request) | (context or {})
    return TemplateResponse(request, template, context, status=status)


def suggest_view(index: PlaceIndexPage, request):
    """GET: the empty form; POST: validate, create the draft, mail, redirect (PRG)."""
    context = {"privacy_url": _privacy_url(index, request), "per_hour": SUGGESTIONS_PER_HOUR}
    if request.method != "POST":
        return _render(
            index, request, "places/suggest.html", {"form": PlaceSuggestionForm()} | context
        )

    form = PlaceSuggestionForm(request.POST, request.FILES)
    limit = RateLimit(client_hash=keyed_hash("client", client_address(request)))
    thanks = HttpResponseRedirect(index.subpage_url("suggest_thanks", request))
    thanks.status_code = 303  # See Other: the browser fetches the thank-you page with GET

    too_many = gettext(
        "Von Ihrer Adresse kamen in der letzten Stunde schon %(count)d Vorschläge. "
        "Bitte versuchen Sie es später noch einmal."
    ) % {"count": SUGGESTIONS_PER_HOUR}

    if limit.client_exceeded():
        form.is_valid()
        form.errors.clear()
        form.add_error(None, too_many)
        return _render(index, request, "places/suggest.html", {"form": form} | context, status=429)

    if form.honeypot_filled():
        # A bot: it is told everything went well, and nothing is created.
        limit.count()
        return thanks

    if not form.is_valid():
        return _render(index, request, "places/suggest.html", {"form": form} | context)

    data = form.cleaned_data
    if limit.email_exceeded(data["suggester_email"]):
        form.add_error(None, too_many)
        return _render(index, request, "places/suggest.html", {"form": form} | context, status=429)

    suggestion = create_suggestion(index, data, limit.client_hash)
    limit.count()
    notify_reviewers(suggestion)
    privacy_url = context["privacy_url"]
    confirm_to_suggester(suggestion, request.build_absolute_uri(privacy_url) if privacy_url else "")
    return thanks


def thanks_view(index: PlaceIndexPage, request):
    return _render(
        index, request, "places/suggest_thanks.html", {"index_url": index.get_url(request)}
    )
