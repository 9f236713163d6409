"""Security headers under the production settings: public pages, the API and the admin.

The production module is evaluated with a production environment (as tests/test_settings.py
does) and its security settings are applied to the test client's requests, which arrive
through the proxy as HTTPS (X-Forwarded-Proto). The templates are scanned for inline
script and style, which the Content-Security-Policy would block.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.template import engines
from django.test import Client, override_settings
from django.urls import path

from kreativorte import urls as site_urls
from newsletter.models import NewsletterIndexPage, NewsletterIssuePage

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
    assert response["X-Frame-Options"] == "DENY"
    assert "Content-Security-Policy-Report-Only" not in response  # enforced, not reported
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
    assert_strict_policy(policy(response))
    assert "Reporting-Endpoints" not in response


@pytest.mark.parametrize(
    "path, status, content_type",
    [
        ("/diese-seite-gibt-es-nicht/", 404, "text/html"),
        ("/api/v1/places/", 200, "application/json"),
    ],
    ids=["not-found-page", "api-response"],
)
def test_error_pages_and_the_api_get_the_strict_policy(
    client, monkeypatch, tree, path, status, content_type
):
    with production(monkeypatch):
        response = client.get(path, **HTTPS)
    assert response.status_code == status
    assert response["Content-Type"].startswith(content_type)
    assert_common_headers(response)
    assert_strict_policy(policy(response))


def test_admin_login_keeps_the_strict_policy(client, monkeypatch, tree):
    with production(monkeypatch):
        response = client.get("/admin/login/", **HTTPS)
    assert response.status_code == 200
    assert_common_headers(response)
    assert_strict_policy(policy(response))
    assert response.cookies[settings.CSRF_COOKIE_NAME]["secure"] is True


def test_signed_in_admin_gets_the_admin_policy_and_a_secure_session(
    client, monkeypatch, tree, django_user_model
):
    django_user_model.objects.create_superuser("chefin", "chefin@example.org", "lang-genug-2024!")
    with production(monkeypatch):
        client.get("/admin/login/", **HTTPS)
        login = client.post(
            "/admin/login/", {"username": "chefin", "password": "lang-genug-2024!"}, **HTTPS
        )
        response = client.get("/admin/", **HTTPS)
    assert login.status_code == 302
    session = login.cookies[settings.SESSION_COOKIE_NAME]
    assert session["secure"] is True and session["httponly"] is True
    assert response.status_code == 200
    assert_common_headers(response)
    csp = policy(response)
    # Wagtail's editing interface: inline scripts and styles; its preview is framed.
    assert csp["script-src"] == csp["style-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["img-src"] == ["'self'", "data:", "blob:"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["object-src"] == ["'none'"] and csp["base-uri"] == ["'self'"]


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


def test_email_html_may_style_inline_but_runs_no_script(client, tree):
    """The newsletter's e-mail HTML is styled inline by nature (MJML)."""
    newsletter = tree.home.add_child(instance=NewsletterIndexPage(title="Newsletter"))
    issue = newsletter.add_child(instance=NewsletterIssuePage(title="Ausgabe", items=[]))
    issue.save_revision().publish()
    for url in (issue.url + "email-html/", "/api/v1/newsletter/digest.html"):
        response = client.get(url)
        assert response.status_code == 200 and response["Content-Type"].startswith("text/html")
        csp = policy(response)
        assert csp["style-src"] == ["'self'", "'unsafe-inline'"], url
        assert csp["script-src"] == ["'self'"] and csp["default-src"] == ["'self'"], url
    page = client.get(issue.url)
    assert policy(page)["style-src"] == ["'self'"]  # the web version: the site's policy


def fail(request):
    raise RuntimeError("kaputt")


urlpatterns = [path("kaputt/", fail), *site_urls.urlpatterns]


@override_settings(ROOT_URLCONF=__name__)
def test_server_error_page_is_styled_by_its_stylesheet(monkeypatch, db):
    with production(monkeypatch):
        response = Client(raise_request_exception=False).get("/kaputt/", **HTTPS)
    assert response.status_code == 500
    assert_common_headers(response)
    assert_strict_policy(policy(response))
    html = response.content.decode()
    assert "<style" not in html and 'rel="stylesheet" href="/static/css/site.css"' in html


# Inline code the public policy blocks. Data blocks (JSON-LD) are not scripts.
INLINE = {
    "inline script": re.compile(r"<script(?![^>]*\b(src=|type=\"application/(ld\+)?json\"))"),
    "style attribute": re.compile(r"(?<![\w-])style="),
    "style element": re.compile(r"<style"),
    "event handler attribute": re.compile(r"<[^>]*(?<![\w-])on[a-z]+=", re.IGNORECASE),
    "javascript: URL": re.compile(r"javascript:", re.IGNORECASE),
}


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
            if pattern.search(source):
                found.append(f"{template.relative_to(REPO)}: {what}")
    assert not found, "\n".join(found)
