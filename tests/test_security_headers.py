"""Security headers under the production settings: a public page, the API and the admin login.

The production module is evaluated with a production environment (as tests/test_settings.py
does) and its security settings are applied to the test client's requests, which arrive
through the proxy as HTTPS (X-Forwarded-Proto). The templates are scanned for inline
script and style, which the Content-Security-Policy would block.
"""

import base64
import hashlib
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.template import engines
from django.test import Client, override_settings
from django.urls import path

from kreativorte import urls as site_urls

from .test_settings import load

REPO = Path(__file__).resolve().parent.parent
HTTPS = {"HTTP_X_FORWARDED_PROTO": "https"}
PRODUCTION_ENV = {
    "SECRET_KEY": "p" * 60,
    "DATABASE_URL": "postgres://db.internal/kreativorte",
    "WAGTAILADMIN_BASE_URL": "https://kreativorte.example",
    "ALLOWED_HOSTS": "testserver",
}
# What production sets beyond base (security headers, cookies, HTTPS) and the policies.
SECURITY_SETTINGS = re.compile(
    r"^(SECURE_.*|.*_COOKIE_SECURE|X_FRAME_OPTIONS|CONTENT_SECURITY_POLICY.*|PERMISSIONS_POLICY"
    r"|MIDDLEWARE|DEBUG|ALLOWED_HOSTS|MAP_TILE_URL)$"
)
DENIED_FEATURES = ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics")


def production(monkeypatch, **env):
    """override_settings with the production module's security settings for this environment."""
    for name in ("MAP_TILE_URL", "CSP_REPORT_URI", "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS"):
        monkeypatch.delenv(name, raising=False)
    values = load("production", monkeypatch, **{**PRODUCTION_ENV, **env})
    return override_settings(**{k: v for k, v in values.items() if SECURITY_SETTINGS.match(k)})


def policy(response, header="Content-Security-Policy") -> dict[str, list[str]]:
    directives = [part.split() for part in response[header].split(";") if part.strip()]
    return {name: sources for name, *sources in directives}


@pytest.fixture
def public_page(tree):
    return tree.home.url


def assert_common_headers(response):
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    features = dict(item.split("=", 1) for item in response["Permissions-Policy"].split(", "))
    for feature in DENIED_FEATURES:
        assert features[feature] == "()", feature


def assert_strict_policy(csp):
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]  # no 'unsafe-inline', no nonce unless one is used
    assert csp["style-src"] == ["'self'"]
    assert csp["img-src"] == ["'self'", "data:"]
    assert csp["connect-src"] == csp["font-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == csp["form-action"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]


def test_public_page(client, monkeypatch, public_page):
    with production(monkeypatch):
        response = client.get(public_page, **HTTPS)
    assert response.status_code == 200
    assert_common_headers(response)
    assert response["X-Frame-Options"] == "DENY"
    assert_strict_policy(policy(response))
    assert "Reporting-Endpoints" not in response


def test_not_found_page(client, monkeypatch, tree):
    with production(monkeypatch):
        response = client.get("/diese-seite-gibt-es-nicht/", **HTTPS)
    assert response.status_code == 404
    assert_common_headers(response)
    assert_strict_policy(policy(response))


def test_api_response(client, monkeypatch, tree):
    with production(monkeypatch):
        response = client.get("/api/v1/places/", **HTTPS)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert_common_headers(response)
    assert_strict_policy(policy(response))


def test_admin_login_gets_the_admin_policy_and_secure_cookies(client, monkeypatch, tree):
    with production(monkeypatch):
        response = client.get("/admin/login/", **HTTPS)
    assert response.status_code == 200
    assert_common_headers(response)
    assert response["X-Frame-Options"] == "DENY"
    csp = policy(response)
    # Inline styles for Wagtail's admin; scripts still only from our own files.
    assert csp["style-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'self'"]  # the page editor's preview iframe
    assert csp["object-src"] == ["'none'"]
    cookie = response.cookies[settings.CSRF_COOKIE_NAME]
    assert cookie["secure"] is True


def test_session_cookie_is_secure_and_http_only(client, monkeypatch, tree, django_user_model):
    django_user_model.objects.create_superuser("chefin", "chefin@example.org", "lang-genug-2024!")
    with production(monkeypatch):
        client.get("/admin/login/", **HTTPS)
        response = client.post(
            "/admin/login/",
            {"username": "chefin", "password": "lang-genug-2024!"},
            **HTTPS,
        )
    assert response.status_code == 302
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["secure"] is True and cookie["httponly"] is True


def test_plain_http_is_redirected_to_https(client, monkeypatch, public_page):
    with production(monkeypatch):
        response = client.get(public_page)
    assert response.status_code == 301
    assert response["Location"] == f"https://testserver{public_page}"


def test_map_tiles_host_and_report_uri_from_the_environment(client, monkeypatch, public_page):
    with production(
        monkeypatch,
        MAP_TILE_URL="https://{s}.tiles.kreativorte.example/{z}/{x}/{y}.png",
        CSP_REPORT_URI="https://reports.kreativorte.example/csp",
    ):
        response = client.get(public_page, **HTTPS)
    csp = policy(response)
    assert csp["img-src"] == ["'self'", "data:", "https://*.tiles.kreativorte.example"]
    assert csp["report-uri"] == ["https://reports.kreativorte.example/csp"]
    assert csp["report-to"] == ["csp"]
    assert response["Reporting-Endpoints"] == 'csp="https://reports.kreativorte.example/csp"'


def fail(request):
    raise RuntimeError("kaputt")


urlpatterns = [path("kaputt/", fail), *site_urls.urlpatterns]


@override_settings(ROOT_URLCONF=__name__)
def test_server_error_page_keeps_its_inline_style(monkeypatch, db):
    with production(monkeypatch):
        response = Client(raise_request_exception=False).get("/kaputt/", **HTTPS)
    assert response.status_code == 500
    styles = re.findall(r"<style>(.*?)</style>", response.content.decode(), re.DOTALL)
    assert styles, "the 500 page is self-contained: its styles are inline"
    style_src = policy(response)["style-src"]
    for css in styles:
        digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in style_src
    assert "'unsafe-inline'" not in style_src


# Inline code the public policy blocks. Data blocks (JSON-LD) are not scripts.
INLINE = {
    "inline script": re.compile(r"<script(?![^>]*\b(src=|type=\"application/(ld\+)?json\"))"),
    "style attribute": re.compile(r"(?<![\w-])style="),
    "style element": re.compile(r"<style"),
    "event handler attribute": re.compile(r"<[^>]*(?<![\w-])on[a-z]+=", re.IGNORECASE),
    "javascript: URL": re.compile(r"javascript:", re.IGNORECASE),
}
SELF_CONTAINED = {"500.html", "503.html"}  # may keep one <style> block (allowed by its hash)


def our_templates() -> list[Path]:
    """Every template in the project's own template folders (not in installed packages)."""
    loaders = engines["django"].engine.template_loaders
    dirs = {Path(d) for loader in loaders for d in loader.get_dirs()}
    ours = [d for d in dirs if REPO in d.parents and ".venv" not in d.parts and d.is_dir()]
    return sorted(file for d in ours for file in d.rglob("*.html"))


def test_templates_have_no_inline_script_or_style():
    templates = our_templates()
    assert any(t.name == "search.html" for t in templates)
    found = []
    for template in templates:
        source = template.read_text()
        for what, pattern in INLINE.items():
            if what == "style element" and template.name in SELF_CONTAINED:
                continue
            if pattern.search(source):
                found.append(f"{template.relative_to(REPO)}: {what}")
    assert not found, "\n".join(found)
