"""seed_demo builds the whole demo site and is idempotent."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db.models import Count
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision, Site

from events.models import EventPage
from home.models import HomePage, StandardPage
from knowledge.models import CooperationPage, FundingProgramme, GuidePage, Topic
from kreativorte.geo import in_saxony
from kreativorte.models import District, KreativorteImage
from places.models import PlacePage

pytestmark = pytest.mark.django_db


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": KreativorteImage.objects.count(),
        "documents": get_document_model().objects.count(),
        "programmes": FundingProgramme.objects.count(),
    }


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """Seed once for the module (it takes a while), twice to prove idempotency."""
    with django_db_blocker.unblock():
        first_output, second_output = io.StringIO(), io.StringIO()
        call_command("seed_demo", stdout=first_output)
        first = counts()
        call_command("seed_demo", stdout=second_output)
        second = counts()
        yield first, second, first_output.getvalue(), second_output.getvalue()
        Site.objects.all().delete()
        Page.objects.filter(depth__gt=1).delete()
        for model in (KreativorteImage, get_document_model(), FundingProgramme):
            model.objects.all().delete()


def test_running_twice_changes_nothing_and_reports_progress(seeded):
    first, second, first_output, second_output = seeded
    assert first == second
    assert first["pages"] > 80
    assert "Orte: 42 neu angelegt, 0 bereits vorhanden" in first_output
    assert "Orte: 0 neu angelegt, 42 bereits vorhanden" in second_output
    assert "Englische Übersetzungen: 0 neu angelegt" in second_output


def test_home_is_the_site_root_with_its_sections(seeded):
    home = Site.objects.get(is_default_site=True).root_page.specific
    assert isinstance(home, HomePage) and home.locale.language_code == "de"
    assert {type(p.specific).__name__ for p in home.get_children()} >= {
        "PlaceIndexPage",
        "GuideIndexPage",
        "CooperationIndexPage",
        "EventIndexPage",
        "StandardPage",
    }
    assert set(StandardPage.objects.values_list("slug", flat=True)) >= {
        "impressum",
        "datenschutz",
        "barrierefreiheit",
    }


def test_places_cover_every_district_inside_saxony_with_variety(seeded):
    places = PlacePage.objects.filter(locale__language_code="de")
    assert places.count() >= 40
    assert places.values("district").distinct().count() == District.objects.count() == 13
    assert set(places.values_list("status", flat=True)) == set(PlacePage.Status.values)
    assert places.values("place_types").distinct().count() >= 8
    assert places.values("submarkets").distinct().count() >= 12
    for place in places:
        assert in_saxony(place.latitude, place.longitude), place.title
        assert place.gallery_images.count() >= 1
        assert all(item.effective_alt_text for item in place.gallery_images.all())


def test_guides_cover_every_topic_with_full_bodies(seeded):
    guides = GuidePage.objects.filter(locale__language_code="de")
    assert guides.count() >= 12
    covered = set(guides.values_list("topics__slug", flat=True))
    assert covered == set(Topic.objects.values_list("slug", flat=True))
    for guide in guides:
        kinds = {block.block_type for block in guide.body}
        assert {"heading", "paragraph", "checklist", "faq", "download"} <= kinds, guide.title
        assert guide.reading_time >= 2


def test_guides_link_internally_and_download_real_documents(seeded):
    linked = [g for g in GuidePage.objects.all() if 'linktype="page"' in str(g.body.raw_data)]
    assert len(linked) >= 5
    guide = linked[0]
    download = next(b for b in guide.body if b.block_type == "download")
    assert download.value["document"].file.read(4) == b"%PDF"


def test_cooperations_and_events(seeded):
    assert CooperationPage.objects.filter(locale__language_code="de").count() >= 6
    events = EventPage.objects.filter(locale__language_code="de")
    now = timezone.now()
    assert events.count() >= 10
    assert events.filter(end__lt=now).exists() and events.filter(start__gt=now).exists()
    assert events.filter(attendance__in=["online", "hybrid"]).count() >= 2
    assert events.filter(start__date__gte=now.date() + datetime.timedelta(days=30)).exists()


def test_some_pages_are_translated_to_english(seeded):
    english = Page.objects.filter(locale__language_code="en").values("content_type__model")
    by_type = {
        row["content_type__model"]: row["n"] for row in english.annotate(n=Count("id")).order_by()
    }
    assert by_type["homepage"] == 1
    assert by_type["placepage"] >= 2 and by_type["guidepage"] >= 1
    assert Page.objects.filter(locale__language_code="en", live=True).count() == sum(
        by_type.values()
    )
