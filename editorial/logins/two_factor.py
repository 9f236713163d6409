"""Who signs in to the admin with a second factor (a TOTP app), and the middleware asking for it.

Anyone may set up an app under "Benutzerkonto"; who has one enters a code after
the password. With `ADMIN_REQUIRE_2FA` on, administrators (superusers) and the
Freigabe group, who can publish and delete anything, must set one up first.
"""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.urls import Resolver404, resolve, reverse
from django_otp import user_has_device
from django_otp.middleware import OTPMiddleware
from django_otp.plugins.otp_totp.models import TOTPDevice

from editorial.roles import FREIGABE

# Admin views reachable between the password and the code.
OPEN_VIEWS = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "two_factor:verify",
}
SETUP_VIEW = "two_factor:device"


def requires_two_factor(user):
    if not settings.ADMIN_REQUIRE_2FA:
        return False
    return user.is_superuser or user.groups.filter(name=FREIGABE).exists()


def confirmed_device(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


class TwoFactorMiddleware(OTPMiddleware):
    """django-otp's `request.user.is_verified()`, and in the admin a code before anything else."""

    async_capable = False

    def __call__(self, request):
        self._install_lazy_accessors(request)
        return self.second_factor_redirect(request) or self.get_response(request)

    def second_factor_redirect(self, request):
        # Only the admin: public pages must not read the session (it would add Vary: Cookie).
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        try:
            view_name = resolve(request.path_info).view_name
        except Resolver404:
            return None
        if view_name in OPEN_VIEWS:
            return None
        if user_has_device(user):
            return redirect_to_login(request.get_full_path(), reverse("two_factor:verify"))
        if view_name != SETUP_VIEW and requires_two_factor(user):
            return redirect_to_login(request.get_full_path(), reverse(SETUP_VIEW))
        return None
