"""The public form "Barriere melden": which page, what does not work, and optionally who
wants an answer."""

from urllib.parse import urlsplit, urlunsplit

from django import forms
from django.core.exceptions import ValidationError
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from kreativorte.text import lazy_percent
from places.suggestions.form import DESCRIPTION_TOO_LONG, TOO_LONG, PublicForm

DESCRIPTION_MAX_LENGTH = 3000
PAGE_URL_MAX_LENGTH = 500


def same_site_path(value, host: str) -> str:
    """The path (and query) of a page of this site: `value` as a path, or as an absolute
    URL on `host`; '' for anything else (other sites, other schemes, `//host` tricks)."""
    value = (value or "").strip()
    if not value or len(value) > PAGE_URL_MAX_LENGTH:
        return ""
    if not url_has_allowed_host_and_scheme(value, allowed_hosts={host}):
        return ""
    parts = urlsplit(value)
    if not parts.path.startswith("/") or parts.path.startswith("//"):
        return ""
    return urlunsplit(("", "", parts.path, parts.query, ""))


class BarrierReportForm(PublicForm):
    """All messages German and per field; name and e-mail address only with consent."""

    page_url = forms.CharField(
        label=_("Adresse der Seite"),
        max_length=PAGE_URL_MAX_LENGTH,
        required=False,
        help_text=_(
            "Wo ist die Barriere? Schon ausgefüllt, wenn Sie über „Barriere melden“ unten auf "
            "einer Seite gekommen sind; sonst z. B. /orte/ oder leer lassen."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
        error_messages={"max_length": TOO_LONG},
    )
    description = forms.CharField(
        label=_("Was funktioniert nicht?"),
        max_length=DESCRIPTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=lazy_percent(
            _(
                "Beschreiben Sie bitte, was Sie tun wollten und was nicht geklappt hat. "
                "Hilfreich ist auch, womit Sie die Seite nutzen, z. B. Screenreader, Tastatur "
                "oder Vergrößerung. Höchstens %(max)d Zeichen."
            ),
            max=DESCRIPTION_MAX_LENGTH,
        ),
        error_messages={
            "required": _("Bitte beschreiben Sie, was nicht funktioniert."),
            "max_length": DESCRIPTION_TOO_LONG,
        },
    )
    name = forms.CharField(
        label=_("Ihr Name"),
        max_length=120,
        required=False,
        help_text=_("Freiwillig."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"max_length": TOO_LONG},
    )
    email = forms.EmailField(
        label=_("Ihre E-Mail-Adresse"),
        required=False,
        help_text=_(
            "Freiwillig: Nur wenn Sie eine Antwort möchten. Sie bekommen dann auch eine "
            "Eingangsbestätigung. Wird nicht veröffentlicht."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "invalid": _("Bitte eine gültige E-Mail-Adresse angeben, z. B. name@beispiel.de"),
            "max_length": _("Die E-Mail-Adresse ist zu lang."),
        },
    )
    consent = forms.BooleanField(
        label=_(
            "Ich habe den Datenschutzhinweis gelesen und bin einverstanden, dass mein Name "
            "und meine E-Mail-Adresse zur Bearbeitung dieser Meldung gespeichert werden."
        ),
        required=False,
        help_text=_(
            "Nur nötig, wenn Sie Ihren Namen oder Ihre E-Mail-Adresse angeben. Beides wird "
            "gelöscht, sobald die Meldung erledigt ist, spätestens nach sechs Monaten."
        ),
    )

    fieldsets = (
        (_("Die Barriere"), ("page_url", "description")),
        (_("Ihre Angaben (freiwillig)"), ("name", "email", "consent")),
    )
    summary_labels = PublicForm.summary_labels | {"description": _("Beschreibung")}

    def __init__(self, *args, host: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.host = host

    def clean_page_url(self):
        value = self.cleaned_data["page_url"].strip()
        if not value:
            return ""
        path = same_site_path(value, self.host)
        if not path:
            raise ValidationError(
                _(
                    "Bitte die Adresse einer Seite dieser Website angeben, z. B. /orte/, "
                    "oder das Feld leer lassen."
                )
            )
        return path

    def clean_name(self):
        return self.cleaned_data["name"].strip()

    def clean_email(self):
        return self.cleaned_data["email"].strip()

    def clean(self):
        data = super().clean()
        if (data.get("name") or data.get("email")) and not data.get("consent"):
            self.add_error(
                "consent",
                gettext(
                    "Bitte stimmen Sie dem Datenschutzhinweis zu, wenn Sie Ihren Namen oder "
                    "Ihre E-Mail-Adresse angeben – oder lassen Sie beides leer."
                ),
            )
        return data
