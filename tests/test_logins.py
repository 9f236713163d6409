"""Admin logins: lockout after wrong passwords, password rules, staff sessions, two-factor login."""

import re
from io import StringIO

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import override_settings
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from editorial.roles import FREIGABE, REDAKTION

LOGIN = "/admin/login/"
DASHBOARD = "/admin/"
PASSWORD = "Fachwerk-Laterne-Oybin-27"
LOCKOUT_TEXT = "Zu viele fehlgeschlagene Anmeldeversuche"


def make_user(django_user_model, username, group=None, superuser=False):
    users = django_user_model.objects
    create = users.create_superuser if superuser else users.create_user
    user = create(username, f"{username}@example.org", PASSWORD)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def log_in(client, username, password=PASSWORD, ip="192.0.2.10", **extra):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": DASHBOARD},
        REMOTE_ADDR=ip,
        **extra,
    )


def signed_in(client):
    return client.get(DASHBOARD).status_code == 200


def current_code(device):
    return str(TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token())


# Lockout (django-axes) ----------------------------------------------------------------


@pytest.mark.django_db
def test_a_correct_password_signs_in(client, django_user_model):
    make_user(django_user_model, "redakteurin", REDAKTION)
    response = log_in(client, "redakteurin")
    assert response.status_code == 302
    assert response["Location"] == DASHBOARD
    assert signed_in(client)


@pytest.mark.django_db
def test_five_wrong_passwords_lock_the_username_from_any_address(client, django_user_model):
    make_user(django_user_model, "redakteurin", REDAKTION)
    for attempt in range(4):
        response = log_in(client, "redakteurin", "falsch", ip=f"198.51.100.{attempt}")
        assert response.status_code == 200
        assert LOCKOUT_TEXT not in response.content.decode()
    fifth = log_in(client, "redakteurin", "falsch", ip="198.51.100.4")
    assert fifth.status_code == 429

    # The right password from a new address is refused too, with the German page.
    response = log_in(client, "redakteurin", ip="203.0.113.7")
    html = response.content.decode()
    assert response.status_code == 429
    assert LOCKOUT_TEXT in html
    assert "in 15 Minuten erneut" in html
    assert 'href="/admin/password_reset/"' in html
    assert not signed_in(client)

    # Other accounts are not affected.
    make_user(django_user_model, "kollege", REDAKTION)
    assert log_in(client, "kollege", ip="203.0.113.8").status_code == 302


@pytest.mark.django_db
def test_five_wrong_passwords_from_one_address_lock_that_address(client, django_user_model):
    make_user(django_user_model, "redakteurin", REDAKTION)
    for attempt in range(5):
        log_in(client, f"geraten{attempt}", "falsch", ip="198.51.100.9")
    response = log_in(client, "redakteurin", ip="198.51.100.9")
    assert response.status_code == 429
    assert LOCKOUT_TEXT in response.content.decode()
    assert log_in(client, "redakteurin", ip="198.51.100.10").status_code == 302


@pytest.mark.django_db
def test_a_valid_login_in_between_does_not_reset_the_count(client, django_user_model):
    make_user(django_user_model, "redakteurin", REDAKTION)
    make_user(django_user_model, "mitwisser", REDAKTION)
    for _ in range(4):
        log_in(client, "redakteurin", "falsch", ip="198.51.100.9")
    assert log_in(client, "mitwisser", ip="198.51.100.9").status_code == 302
    client.logout()
    assert log_in(client, "redakteurin", "falsch", ip="198.51.100.9").status_code == 429


@pytest.mark.django_db
@override_settings(TRUSTED_PROXY_COUNT=1)
def test_visitors_behind_the_trusted_proxy_are_counted_apart(client, django_user_model):
    make_user(django_user_model, "redakteurin", REDAKTION)
    proxy = "10.0.0.2"
    for attempt in range(5):
        log_in(client, f"geraten{attempt}", "falsch", ip=proxy, HTTP_X_FORWARDED_FOR="198.51.100.9")
    locked = log_in(client, "redakteurin", ip=proxy, HTTP_X_FORWARDED_FOR="198.51.100.9")
    assert locked.status_code == 429
    other = log_in(client, "redakteurin", ip=proxy, HTTP_X_FORWARDED_FOR="198.51.100.77")
    assert other.status_code == 302


@pytest.mark.django_db
def test_the_reset_commands_unlock(client, django_user_model):
    make_user(django_user_model, "redakteurin", REDAKTION)
    for attempt in range(5):
        log_in(client, "redakteurin", "falsch", ip=f"198.51.100.{attempt}")
    assert log_in(client, "redakteurin", ip="203.0.113.7").status_code == 429
    call_command("axes_reset_username", "redakteurin", stdout=StringIO())
    assert log_in(client, "redakteurin", ip="203.0.113.7").status_code == 302

    client.logout()
    for attempt in range(5):
        log_in(client, f"geraten{attempt}", "falsch", ip="198.51.100.9")
    assert log_in(client, "redakteurin", ip="198.51.100.9").status_code == 429
    call_command("axes_reset_ip", "198.51.100.9", stdout=StringIO())
    assert log_in(client, "redakteurin", ip="198.51.100.9").status_code == 302


@pytest.mark.django_db
def test_password_reset_still_works_and_applies_the_password_rules(client, django_user_model):
    make_user(django_user_model, "redakteurin", REDAKTION)
    for _ in range(5):
        log_in(client, "redakteurin", "falsch", ip="198.51.100.9")

    response = client.post("/admin/password_reset/", {"email": "redakteurin@example.org"})
    assert response.status_code == 302
    link = re.search(r"http://testserver(/admin/password_reset/confirm/\S+/)", mail.outbox[0].body)
    form_url = client.get(link[1])["Location"]  # Django moves the token into the session
    weak = client.post(form_url, {"new_password1": "Sachsen1", "new_password2": "Sachsen1"})
    assert weak.status_code == 200
    assert "mindestens 12 Zeichen" in weak.content.decode()
    strong = client.post(
        form_url, {"new_password1": PASSWORD[::-1], "new_password2": PASSWORD[::-1]}
    )
    assert strong.status_code == 302
    assert django_user_model.objects.get(username="redakteurin").check_password(PASSWORD[::-1])


# Passwords and sessions ---------------------------------------------------------------


@pytest.mark.parametrize("password", ["Sachsen1", "qwerty123456", "830571946283", "redakteurin1"])
def test_weak_passwords_are_rejected(password, django_user_model):
    user = django_user_model(username="redakteurin1", email="r@example.org")
    with pytest.raises(ValidationError):
        validate_password(password, user)


def test_a_long_uncommon_password_is_accepted(django_user_model):
    user = django_user_model(username="redakteurin", email="r@example.org")
    assert validate_password("Werkstatt im Hinterhof 7", user) is None


@pytest.mark.django_db
@pytest.mark.parametrize("remember", [True, False])
def test_staff_sessions_last_twelve_hours(client, django_user_model, remember):
    make_user(django_user_model, "redakteurin", REDAKTION)
    data = {"username": "redakteurin", "password": PASSWORD} | (
        {"remember": "on"} if remember else {}
    )
    client.post(LOGIN, data)
    # Without "Für das nächste Mal merken" the cookie ends with the browser, at most 12 h later.
    assert client.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == (43200 if remember else "")
    assert client.session.get_expiry_age() == 12 * 60 * 60


@pytest.mark.django_db
def test_public_pages_start_no_session(client, tree):
    response = client.get("/")
    assert response.status_code == 200
    assert settings.SESSION_COOKIE_NAME not in response.cookies
    assert "Cookie" not in response.get("Vary", "")


@pytest.mark.django_db
def test_the_admin_loads_no_gravatar(client, django_user_model):
    client.force_login(make_user(django_user_model, "chefin", superuser=True))
    for url in (DASHBOARD, "/admin/account/", "/admin/users/"):
        assert "gravatar" not in client.get(url).content.decode()
    # Wagtail's default would: the check above can fail.
    with override_settings(WAGTAIL_GRAVATAR_PROVIDER_URL="//www.gravatar.com/avatar"):
        assert "gravatar.com" in client.get(DASHBOARD).content.decode()


# Two-factor login ---------------------------------------------------------------------


def confirmed_device(user):
    return TOTPDevice.objects.create(user=user, name="Telefon", confirmed=True)


def forget_failures(device):
    """django-otp makes the next try wait a second after a wrong code; tests do not wait."""
    device.refresh_from_db()
    device.throttle_reset()


@pytest.mark.django_db
@override_settings(ADMIN_REQUIRE_2FA=True)
def test_a_reviewer_must_set_up_the_app_before_reaching_the_dashboard(client, django_user_model):
    client.force_login(make_user(django_user_model, "pruefer", FREIGABE))
    response = client.get(DASHBOARD)
    assert response.status_code == 302
    assert response["Location"] == "/admin/2fa/?next=/admin/"
    assert client.get("/admin/pages/").status_code == 302

    setup = client.get("/admin/2fa/?next=/admin/")
    html = setup.content.decode()
    assert setup.status_code == 200
    assert "<svg" in html  # the QR code, drawn by us
    assert "vorgeschrieben" in html

    pending = TOTPDevice.objects.get(user__username="pruefer", confirmed=False)
    wrong = client.post("/admin/2fa/", {"code": "000000", "next": DASHBOARD})
    assert "Der Code stimmt nicht" in wrong.content.decode()
    forget_failures(pending)
    done = client.post("/admin/2fa/", {"code": current_code(pending), "next": DASHBOARD})
    assert done.status_code == 302
    assert done["Location"] == DASHBOARD
    assert TOTPDevice.objects.get(pk=pending.pk).confirmed
    assert signed_in(client)


@pytest.mark.django_db
@override_settings(ADMIN_REQUIRE_2FA=True)
def test_a_reviewer_with_the_app_signs_in_with_password_and_code(client, django_user_model):
    user = make_user(django_user_model, "pruefer", FREIGABE)
    device = confirmed_device(user)

    response = log_in(client, "pruefer")
    assert response["Location"] == DASHBOARD
    verify = client.get(DASHBOARD)
    assert verify["Location"] == "/admin/2fa/verify/?next=/admin/"
    page = client.get(verify["Location"])
    assert "Zwei-Faktor-Anmeldung" in page.content.decode()
    assert not signed_in(client)

    wrong = client.post("/admin/2fa/verify/", {"code": "000000", "next": DASHBOARD})
    assert wrong.status_code == 200
    assert "Der Code stimmt nicht" in wrong.content.decode()
    assert not signed_in(client)
    forget_failures(device)

    ok = client.post("/admin/2fa/verify/", {"code": current_code(device), "next": DASHBOARD})
    assert ok.status_code == 302
    assert ok["Location"] == DASHBOARD
    assert signed_in(client)


@pytest.mark.django_db
@override_settings(ADMIN_REQUIRE_2FA=True)
def test_administrators_must_use_the_app_but_editors_need_not(client, django_user_model):
    client.force_login(make_user(django_user_model, "chefin", superuser=True))
    assert client.get(DASHBOARD)["Location"] == "/admin/2fa/?next=/admin/"
    client.force_login(make_user(django_user_model, "redakteurin", REDAKTION))
    assert signed_in(client)


@pytest.mark.django_db
def test_without_the_setting_nobody_must_use_the_app(client, django_user_model):
    assert settings.ADMIN_REQUIRE_2FA is False
    for user in (
        make_user(django_user_model, "pruefer", FREIGABE),
        make_user(django_user_model, "chefin", superuser=True),
    ):
        client.force_login(user)
        assert signed_in(client)


@pytest.mark.django_db
def test_who_set_up_the_app_voluntarily_is_asked_for_a_code(client, django_user_model):
    user = make_user(django_user_model, "redakteurin", REDAKTION)
    client.force_login(user)
    account = client.get("/admin/account/").content.decode()
    assert 'href="/admin/2fa/"' in account

    device = confirmed_device(user)
    client.force_login(user)
    assert client.get(DASHBOARD)["Location"] == "/admin/2fa/verify/?next=/admin/"
    client.post("/admin/2fa/verify/", {"code": current_code(device)})
    assert signed_in(client)


@pytest.mark.django_db
def test_the_app_is_removed_with_a_code_or_by_the_operator(client, django_user_model):
    user = make_user(django_user_model, "redakteurin", REDAKTION)
    device = confirmed_device(user)
    client.force_login(user)
    client.post("/admin/2fa/verify/", {"code": current_code(device)})
    assert client.post("/admin/2fa/", {"code": "000000"}).status_code == 200
    assert TOTPDevice.objects.filter(user=user).exists()
    forget_failures(device)
    TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1)  # the same code again
    response = client.post("/admin/2fa/", {"code": current_code(device)})
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=user).exists()

    confirmed_device(user)
    output = StringIO()
    call_command("two_factor_reset", "redakteurin", stdout=output)
    assert "1 Authentifizierungs-App(s)" in output.getvalue()
    assert not TOTPDevice.objects.filter(user=user).exists()
