"""Logins (imported by base.py): lockout, passwords, staff sessions, two-factor login."""

from datetime import timedelta

from .env import env_bool
from .wagtail import WAGTAIL_SITE_NAME

AUTHENTICATION_BACKENDS = [
    # First, so a locked-out username or address never reaches the password check.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# django-axes: 5 failed attempts for one username, or from one address, lock further
# attempts for 15 minutes (each new attempt during the lockout starts them again).
# Attempts live in the database, so every worker sees them. Unlock with
# `manage.py axes_reset_username NAME` or `manage.py axes_reset_ip ADDRESS`.
WAGTAILADMIN_USER_LOGIN_FORM = "editorial.logins.forms.AdminLoginForm"
AXES_FAILURE_LIMIT = 5
AXES_VERBOSE = False  # no banner on every process start
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# A success resets nothing: axes would forget every failure from that address, so one
# valid account could reset the count between guesses at another one.
AXES_RESET_ON_SUCCESS = False
AXES_LOCKOUT_TEMPLATE = "logins/locked.html"  # editorial/logins/templates/
AXES_HTTP_RESPONSE_CODE = 429
# The same client address as the rate limits: REMOTE_ADDR, or the trusted proxy's header.
AXES_CLIENT_IP_CALLABLE = "kreativorte.clientip.client_ip"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Only editors have sessions (the public site starts none). They end 12 hours after the
# sign-in, or with the browser session unless "Für das nächste Mal merken" was ticked.
SESSION_COOKIE_AGE = 12 * 60 * 60

# Two-factor login with a TOTP app (django-otp, editorial/logins): who has set one up
# under "Benutzerkonto" enters a code after the password. ADMIN_REQUIRE_2FA makes it
# compulsory for administrators and the Freigabe group.
ADMIN_REQUIRE_2FA = env_bool("ADMIN_REQUIRE_2FA", False)
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME  # the account's name in the app
