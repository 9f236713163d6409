"""Plain helpers the test modules share: requests, query counts, pages, dates and form data."""

import datetime
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone

from knowledge.models import Topic
from kreativorte.models import District, KreativorteImage

# Requests


def with_query(url: str, params: dict | None = None) -> str:
    """The URL with the parameters as its query string (lists as repeated keys)."""
    return f"{url}?{urlencode(params, doseq=True)}" if params else url


def get_ok(client, url: str):
    """The response to a GET that must answer 200."""
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code, response.content[:500])
    return response


def get_json(client, url: str, params: dict | None = None):
    """The decoded body of a GET that must answer 200 with JSON."""
    response = get_ok(client, with_query(url, params))
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def v2_ids(client, endpoint) -> set[int]:
    """The ids Wagtail's API v2 lists for the endpoint ("images", "documents"), all on one page."""
    response = client.get(f"/api/v2/{endpoint}/?limit=20")
    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["total_count"] == len(data["items"])
    return {item["id"] for item in data["items"]}


def html_of(client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


# Query counting


def count_queries(client, url: str) -> int:
    """How many database queries rendering `url` takes (page cache off); it must answer 200."""
    with override_settings(PAGE_CACHE_SECONDS=0), CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def count_queries_and_json(client, url: str) -> tuple[int, dict]:
    """How many database queries rendering `url` takes (page cache off), and its JSON."""
    with override_settings(PAGE_CACHE_SECONDS=0), CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.content[:300])
    return len(queries.captured_queries), response.json()


# Pages


def published(page):
    """The page with a new revision published, read back from the database."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate(page, locale, title):
    """A published translation of the page (and, where missing, of its parents)."""
    translated = page.copy_for_translation(locale, copy_parents=True)
    translated.title = title
    return published(translated)


def topics(*slugs):
    return [Topic.objects.get(slug=slug) for slug in slugs]


# Dates


BERLIN = ZoneInfo("Europe/Berlin")


def days(n: int) -> datetime.date:
    """Today (in the site's zone) plus n days."""
    return timezone.localdate() + datetime.timedelta(days=n)


def berlin(*args) -> datetime.datetime:
    """The moment on Berlin's wall clock: `berlin(2030, 3, 1, 18)` is 18:00 there."""
    return datetime.datetime(*args, tzinfo=BERLIN)


# The public place-suggestion form

SUGGESTION_TITLE = "Alte Tuchfabrik Crimmitschau"
SUGGESTER_NAME = "Erika Beispiel"
SUGGESTER_EMAIL = "erika@beispiel.example"


def suggestion_form_data(**fields) -> dict:
    """What a visitor types into the suggestion form; `fields` add to or replace it."""
    data = {
        "title": SUGGESTION_TITLE,
        "town": "Crimmitschau",
        "district": District.objects.get(slug="landkreis-zwickau").pk,
        "address": "Leipziger Straße 12",
        "latitude": "50,8167",
        "longitude": "12,3875",
        "description": "Eine Tuchfabrik, in der heute Ateliers und eine Werkstatt sind.",
        "image_alt": "Backsteinhalle mit hohen Fenstern",
        "image_credit": "Foto: Erika Beispiel",
        "image_license": KreativorteImage.License.CC_BY,
        "suggester_name": SUGGESTER_NAME,
        "suggester_email": SUGGESTER_EMAIL,
        "consent": "on",
        "homepage": "",
    }
    return data | fields
