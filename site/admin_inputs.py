"""Fields of the admin's forms: dates and times (what they read, and what they say when
they cannot read a value; the formats are in settings/wagtail.py and formats/), and
slugs, which write German letters as the rest of the site does (text.GERMAN_LETTERS)."""

from django.db import models
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput, AdminTimeInput, SlugInput

from .text import GERMAN_LETTERS

# (model field, Wagtail's widget, the message that names the expected format)
DATE_AND_TIME_FIELDS = [
    (
        models.DateTimeField,
        AdminDateTimeInput,
        _("Bitte Datum und Uhrzeit als TT.MM.JJJJ HH:MM eingeben, z. B. 15.01.2027 18:00."),
    ),
    (
        models.DateField,
        AdminDateInput,
        _("Bitte ein Datum als TT.MM.JJJJ eingeben, z. B. 15.01.2027."),
    ),
    (models.TimeField, AdminTimeInput, _("Bitte eine Uhrzeit als HH:MM eingeben, z. B. 18:00.")),
]
for model_field, widget, message in DATE_AND_TIME_FIELDS:
    register_form_field_override(
        model_field, override={"widget": widget, "error_messages": {"invalid": message}}
    )

# The slug field's script (Wagtail's w-slug controller) runs these replacements before it
# drops what a URL cannot hold: "Wassermühle" gives "wassermuehle", as german_slugify does.
register_form_field_override(
    models.SlugField, override={"widget": SlugInput(formatters=list(GERMAN_LETTERS.items()))}
)


@hooks.register("insert_global_admin_js")
def date_picker_keeps_typed_values():
    return format_html('<script src="{}"></script>', static("editor/date-inputs.js"))
