"""Admin URLs of the two-factor login and its entry on the account page."""

from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks

from . import views

urlpatterns = [
    path("", views.device, name="device"),
    path("verify/", views.verify, name="verify"),
]


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [path("2fa/", include((urlpatterns, "two_factor")))]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("two_factor:device"),
        "label": _("Zwei-Faktor-Anmeldung"),
        "help_text": _("Anmeldung zusätzlich mit einem Code aus einer App auf Ihrem Telefon."),
    }
