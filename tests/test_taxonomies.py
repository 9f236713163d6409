"""Taxonomies: facts arrive with data migrations; terms have stable slugs and both languages."""

import pytest
from django.utils import translation

from knowledge.models import Topic
from kreativorte.models import District, SubMarket
from places.models import PlaceType

pytestmark = pytest.mark.django_db


def test_data_migration_holds_the_13_districts_and_cities():
    assert District.objects.count() == 13
    assert District.objects.filter(kind="city").count() == 3
    assert set(District.objects.filter(kind="city").values_list("name_de", flat=True)) == {
        "Chemnitz",
        "Dresden",
        "Leipzig",
    }
    assert District.objects.get(slug="landkreis-saechsische-schweiz-osterzgebirge").name_de == (
        "Landkreis Sächsische Schweiz-Osterzgebirge"
    )


def test_data_migration_holds_the_12_sub_markets():
    assert SubMarket.objects.count() == 12
    assert (
        SubMarket.objects.get(slug="software-games-industrie").name_de
        == "Software-/Games-Industrie"
    )


def test_topics_and_place_types_arrive_as_starting_sets():
    assert Topic.objects.count() == 10
    assert PlaceType.objects.count() == 8


@pytest.mark.parametrize("model", [District, SubMarket, Topic, PlaceType])
def test_every_term_has_a_slug_and_an_english_name(model):
    assert not model.objects.filter(slug="").exists()
    assert not model.objects.filter(name_en="").exists()


def test_name_follows_the_active_language_and_falls_back_to_german():
    district = District.objects.get(slug="landkreis-goerlitz")
    with translation.override("en"):
        assert district.name == "District of Görlitz"
    with translation.override("de"):
        assert district.name == "Landkreis Görlitz"
    topic = Topic.objects.create(name_de="Nachbarschaft")
    with translation.override("en"):
        assert topic.name == "Nachbarschaft"


def test_a_new_term_gets_a_readable_german_slug():
    assert Topic.objects.create(name_de="Förderung für Öffentlichkeitsarbeit").slug == (
        "foerderung-fuer-oeffentlichkeitsarbeit"
    )


def test_a_name_that_slugifies_like_an_existing_term_gets_a_numbered_slug():
    assert PlaceType.objects.create(name_de="Werkstatt Makerspace").slug == "werkstatt-makerspace-2"


def test_the_admin_creates_terms_without_asking_for_a_slug(admin_client):
    response = admin_client.post(
        "/admin/snippets/places/placetype/add/",
        {"name_de": "Werkstatt Makerspace", "name_en": "Workshop"},
    )
    assert response.status_code == 302
    assert PlaceType.objects.get(name_de="Werkstatt Makerspace").slug == "werkstatt-makerspace-2"


def test_a_very_long_name_still_fits_the_slug():
    topic = Topic.objects.create(name_de="Sehr langer Themenname " * 5)
    assert 0 < len(topic.slug) <= 80
