"""The form for a webhook endpoint, in the admin and for `manage.py webhooks add`."""

from django import forms
from django.utils.translation import gettext_lazy as _
from standardwebhooks import Webhook
from wagtail.admin.forms import WagtailAdminModelForm

from .addresses import refusal
from .models import CONTENT_TYPES, EVENTS, WebhookEndpoint


class EndpointForm(WagtailAdminModelForm):
    url = forms.URLField(label=_("URL"), max_length=500, assume_scheme="https")
    events = forms.MultipleChoiceField(
        label=_("Ereignisse"), choices=EVENTS, widget=forms.CheckboxSelectMultiple
    )
    content_types = forms.MultipleChoiceField(
        label=_("Inhaltsarten"),
        choices=CONTENT_TYPES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Nur Seiten- und Förderereignisse dieser Arten; keine ausgewählt: alle."),
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["url", "description", "secret", "events", "content_types"]

    def clean_url(self):
        url = self.cleaned_data["url"]
        refused = refusal(url)
        if refused:
            raise forms.ValidationError(refused)
        return url

    def clean_secret(self):
        secret = self.cleaned_data["secret"].strip()
        try:
            Webhook(secret)
            valid = secret.startswith("whsec_")
        except Exception:  # the library raises binascii.Error, ValueError or its own
            valid = False
        if not valid:
            raise forms.ValidationError(
                _("Das Geheimnis muss „whsec_“ und Base64 sein, etwa: %(example)s")
                % {"example": WebhookEndpoint._meta.get_field("secret").default()}
            )
        return secret


class EndpointEditForm(EndpointForm):
    """The secret is shown once, when the endpoint is created; later it stays as it is."""

    class Meta(EndpointForm.Meta):
        fields = ["url", "description", "events", "content_types", "active"]

    def save(self, commit=True):
        if self.cleaned_data.get("active") and "active" in self.changed_data:
            self.instance.failing_since, self.instance.disabled_reason = None, ""
        return super().save(commit)
