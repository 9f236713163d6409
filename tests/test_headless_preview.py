"""Draft preview for external front-ends: the admin's mode "Externes Frontend" and
GET /api/v1/preview/?token=… (headless/preview.py, kreativorte.pages.ExternalPreviewMixin)."""

import datetime
import html
import re
import time
from unittest import mock
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.management import call_command
from django.core.signing import TimestampSigner, b62_encode
from django.urls import reverse
from django.utils import timezone
from wagtail_headless_preview.models import PagePreview

from kreativorte.page_cache import storable
from kreativorte.settings.env import env_mapping
from places.factories import PlacePageFactory

from .helpers import get_json, with_query
from .roles_world import client_for

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

FRONT_END = "https://frontend.example/vorschau"
KINDS = ["place", "guide", "cooperation", "event"]
DETAIL_ENDPOINTS = {
    "place": "places",
    "guide": "guides",
    "cooperation": "cooperations",
    "event": "events",
}


def front_end(settings, urls: dict) -> None:
    settings.WAGTAIL_HEADLESS_PREVIEW = {"CLIENT_URLS": urls, "ENFORCE_TRAILING_SLASH": False}


@pytest.fixture
def configured(settings):
    front_end(settings, {"default": FRONT_END})


def preview_url(page) -> str:
    return reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])


def external_preview(world, page, kind, **changes):
    """Preview the edit form (unsaved) in the external mode: the framed front-end URL."""
    client = client_for(world.admin)
    response = client.post(preview_url(page), data=world.form_data(page, kind, **changes))
    assert response.json() == {"is_valid": True, "is_available": True}
    response = client.get(preview_url(page), {"mode": "external"})
    assert response.status_code == 200
    (src,) = re.findall(r'<iframe src="([^"]+)"', response.content.decode())
    return response, html.unescape(src)


def token_of(url: str) -> str:
    return parse_qs(urlsplit(url).query)["token"][0]


def preview_api(client, token):
    return client.get(with_query("/api/v1/preview/", {"token": token} if token else None))


def forbidden(response) -> dict:
    assert response.status_code == 403
    assert "no-store" in response["Cache-Control"]
    body = response.json()
    assert body["status"] == 403
    assert body["errors"][0]["parameter"] == "token"
    return body


# The admin's preview modes


def test_without_a_front_end_url_only_the_website_preview(world, settings):
    front_end(settings, {})
    page = world.pages["place"]
    assert [mode for mode, _ in page.preview_modes] == [""]
    edit = client_for(world.admin).get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert "Externes Frontend" not in edit.content.decode()


def test_with_a_front_end_url_the_external_mode_comes_second(world, configured):
    page = world.pages["place"]
    assert [mode for mode, _ in page.preview_modes] == ["", "external"]
    edit = client_for(world.admin).get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert "Externes Frontend" in edit.content.decode()
    # Not for a page being created: the API shows pages by id and URL.
    assert [mode for mode, _ in PlacePageFactory.build().preview_modes] == [""]


def test_the_website_preview_stays_the_default(world, configured):
    page = world.pages["place"]
    client = client_for(world.admin)
    data = world.form_data(page, "place", title="Spinnerei im Entwurf")
    assert client.post(preview_url(page), data=data).json()["is_valid"]
    response = client.get(preview_url(page))
    assert "Spinnerei im Entwurf" in response.content.decode()
    assert not PagePreview.objects.exists()


def test_the_external_mode_frames_the_front_end_with_a_token(world, configured):
    page = world.pages["place"]
    response, src = external_preview(world, page, "place")
    assert src.startswith(FRONT_END + "?")
    query = parse_qs(urlsplit(src).query)
    assert query["content_type"] == ["places.placepage"]
    assert PagePreview.objects.filter(token=query["token"][0]).exists()
    # The admin's policy frames its own origin only; this response frames the front-end.
    policy = response["Content-Security-Policy"]
    assert "frame-src https://frontend.example" in policy


def test_the_front_end_url_is_per_site(world, settings):
    front_end(
        settings,
        {"localhost": "https://local.example/preview?key=1", "default": FRONT_END},
    )
    _, src = external_preview(world, world.pages["guide"], "guide")
    assert src.startswith("https://local.example/preview?key=1&content_type=knowledge.guidepage")
    front_end(settings, {"andere.example": FRONT_END})
    assert [mode for mode, _ in world.pages["guide"].preview_modes] == [""]


def test_front_end_urls_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("HEADLESS_PREVIEW_URLS", "a.example=https://a.test/p, b.example = x,junk")
    assert env_mapping("HEADLESS_PREVIEW_URLS") == {
        "a.example": "https://a.test/p",
        "b.example": "x",
    }


# The API


@pytest.mark.parametrize("kind", KINDS)
def test_the_api_shows_the_unsaved_draft_as_the_detail_endpoint_does(
    client, world, configured, kind
):
    page = world.pages[kind]
    live_title = page.title
    _, src = external_preview(world, page, kind, title=f"{live_title} (Entwurf)")
    response = preview_api(client, token_of(src))
    assert response.status_code == 200, response.content[:300]
    assert "no-store" in response["Cache-Control"]
    body = response.json()
    assert (body["type"], body["status"]) == (kind, "live")
    live = get_json(client, f"/api/v1/{DETAIL_ENDPOINTS[kind]}/{page.pk}/")
    assert set(body["item"]) == set(live)
    assert body["item"]["id"] == live["id"] == page.pk
    assert body["item"]["title"] == f"{live_title} (Entwurf)"
    assert live["title"] == live_title, "nothing was saved or published"


def test_status_of_a_page_never_published(client, world, configured):
    page = world.pages["place"]
    page.unpublish()
    _, src = external_preview(world, page, "place", title="Noch nicht öffentlich")
    body = get_json(client, "/api/v1/preview/", {"token": token_of(src)})
    assert (body["status"], body["item"]["title"]) == ("draft", "Noch nicht öffentlich")
    assert client.get(f"/api/v1/places/{page.pk}/").status_code == 404


def test_status_of_a_scheduled_page(client, world, configured):
    page = world.pages["event"]
    revision = page.save_revision()
    revision.approved_go_live_at = timezone.now() + datetime.timedelta(days=3)
    revision.save()
    _, src = external_preview(world, page, "event")
    assert get_json(client, "/api/v1/preview/", {"token": token_of(src)})["status"] == "scheduled"


@pytest.mark.parametrize("token", [None, "", "garbage", "id=1:1abc:forged-signature"])
def test_no_valid_token_no_page(client, world, configured, token):
    external_preview(world, world.pages["place"], "place")
    forbidden(preview_api(client, token))


def test_a_token_expires(client, world, configured, settings):
    settings.HEADLESS_PREVIEW_TOKEN_SECONDS = 3600

    def made_ago(seconds):
        stamp = b62_encode(int(time.time()) - seconds)
        with mock.patch.object(TimestampSigner, "timestamp", return_value=stamp):
            _, src = external_preview(world, world.pages["place"], "place")
        return token_of(src)

    assert preview_api(client, made_ago(3000)).status_code == 200
    body = forbidden(preview_api(client, made_ago(4000)))
    assert "abgelaufen" in body["errors"][0]["message"]


def test_a_token_whose_snapshot_or_page_is_gone_shows_nothing(client, world, configured):
    place = world.pages["place"]
    _, src = external_preview(world, place, "place", title="Entwurf")
    token = token_of(src)
    PagePreview.objects.filter(token=token).delete()
    body = forbidden(preview_api(client, token))
    assert place.title not in str(body), "never the live version instead"
    _, src = external_preview(world, place, "place", title="Entwurf")
    place.delete()
    forbidden(preview_api(client, token_of(src)))


def test_the_preview_is_never_cached(client, world, configured, settings):
    settings.PAGE_CACHE_SECONDS = 300
    page = world.pages["guide"]
    _, src = external_preview(world, page, "guide", title="Erster Entwurf")
    token = token_of(src)
    first = preview_api(client, token)
    assert first.json()["item"]["title"] == "Erster Entwurf"
    assert not storable(first.wsgi_request, first)
    # The editor previews again under the same token (the package updates the snapshot).
    page.title = "Zweiter Entwurf"
    page.update_page_preview(token)
    assert preview_api(client, token).json()["item"]["title"] == "Zweiter Entwurf"


def test_lists_and_search_ignore_tokens(client, world, configured):
    place = world.pages["place"]
    _, src = external_preview(world, place, "place", title="Geheimentwurf Kesselhaus")
    token = token_of(src)
    listed = get_json(client, "/api/v1/places/", {"token": token})
    titles = [item["title"] for item in listed["results"]]
    assert place.title in titles and not any("Geheimentwurf" in t for t in titles)
    found = get_json(client, "/api/v1/search/", {"q": "Geheimentwurf", "token": token})
    assert found["count"] == 0
    found = get_json(client, "/api/v1/search/", {"q": place.title, "token": token})
    assert [item["title"] for item in found["results"]][:1] == [place.title]


def test_old_snapshots_are_purged(world, configured):
    _, old = external_preview(world, world.pages["place"], "place")
    _, recent = external_preview(world, world.pages["guide"], "guide")
    two_days_ago = timezone.localdate() - datetime.timedelta(days=2)
    PagePreview.objects.filter(token=token_of(old)).update(created_at=two_days_ago)
    call_command("purge_change_records", stdout=mock.Mock())
    assert list(PagePreview.objects.values_list("token", flat=True)) == [token_of(recent)]
