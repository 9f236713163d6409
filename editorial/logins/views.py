"""The two-factor pages of the admin: enter a code after the password; set up or remove the app."""

from base64 import b32encode

import qrcode
import qrcode.image.svg
from django import forms
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from django_otp import verify_token
from django_otp.plugins.otp_totp.models import TOTPDevice

from .two_factor import confirmed_device, requires_two_factor


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code aus der App"),
        max_length=12,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def __init__(self, user, device, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user, self.device = user, device

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        # django-otp refuses a used code and slows down repeated wrong ones.
        if not verify_token(self.user, self.device.persistent_id, code):
            raise forms.ValidationError(
                _("Der Code stimmt nicht oder ist abgelaufen. Bitte geben Sie den aktuellen ein.")
            )
        return code


def next_url(request, default):
    url = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME, "")
    safe = url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return url if safe else default


@never_cache
@sensitive_post_parameters("code")
def verify(request):
    """The second step of the sign-in, for users with an app."""
    device = confirmed_device(request.user)
    if device is None or request.user.is_verified():
        return redirect(next_url(request, "wagtailadmin_home"))
    form = CodeForm(request.user, device, request.POST or None)
    if form.is_valid():
        otp_login(request, device)
        return redirect(next_url(request, "wagtailadmin_home"))
    context = {"form": form, "next": next_url(request, "")}
    return TemplateResponse(request, "logins/verify.html", context)


@never_cache
@sensitive_post_parameters("code")
def device(request):
    """Set up the app (QR code, then a code to confirm it), or remove it with a current code."""
    user = request.user
    confirmed = confirmed_device(user)
    if confirmed:
        form = CodeForm(user, confirmed, request.POST or None)
        if form.is_valid():
            TOTPDevice.objects.filter(user=user).delete()
            messages.success(request, _("Die Zwei-Faktor-Anmeldung ist ausgeschaltet."))
            return redirect("two_factor:device")
        context = {"form": form, "device": confirmed, "required": requires_two_factor(user)}
        return TemplateResponse(request, "logins/device.html", context)

    # One unconfirmed app per user: reloading the page keeps the QR code already scanned.
    pending, _created = TOTPDevice.objects.get_or_create(
        user=user, confirmed=False, defaults={"name": _("Authentifizierungs-App")}
    )
    form = CodeForm(user, pending, request.POST or None)
    if form.is_valid():
        TOTPDevice.objects.filter(pk=pending.pk).update(confirmed=True)
        pending.confirmed = True
        otp_login(request, pending)
        messages.success(request, _("Die Zwei-Faktor-Anmeldung ist eingerichtet."))
        return redirect(next_url(request, "two_factor:device"))
    qr_code = qrcode.make(pending.config_url, image_factory=qrcode.image.svg.SvgPathFillImage)
    context = {
        "form": form,
        "required": requires_two_factor(user),
        "next": next_url(request, ""),
        # Our own SVG from the secret: no image service ever sees it.
        "qr_code": mark_safe(qr_code.to_string(encoding="unicode")),  # noqa: S308
        "secret": " ".join(_groups(b32encode(pending.bin_key).decode(), 4)),
    }
    return TemplateResponse(request, "logins/device.html", context)


def _groups(text, size):
    return [text[i : i + size] for i in range(0, len(text), size)]
