"""Place suggestions from the public: form, draft in review, mails, spam protection, privacy."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.models import TaskState, WorkflowState

from editorial.workflow import review_workflow
from home.factories import StandardPageFactory
from kreativorte.models import KreativorteImage
from places.models import PlacePage, PlaceSuggestion, PlaceType
from places.suggestions import spam

from .helpers import SUGGESTER_EMAIL, SUGGESTER_NAME, published, suggestion_form_data
from .helpers import SUGGESTION_TITLE as TITLE

pytestmark = pytest.mark.usefixtures("fresh_cache")

REVIEWER_EMAIL = "freigabe@kreativorte.example"


@pytest.fixture
def reviewer(tree):
    """A member of Freigabe; the group and the workflow come from the editorial app."""
    review_workflow()
    user = get_user_model().objects.create_user(
        "freigabe", REVIEWER_EMAIL, "pw", first_name="Frieda"
    )
    user.groups.add(Group.objects.get(name="Freigabe"))
    return user


@pytest.fixture
def form_url(tree):
    return tree.places.url + "vorschlagen/"


def png_upload(name="tuchfabrik.png", size=(40, 30)) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (200, 80, 40)).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def valid_data(**overrides) -> dict:
    data = suggestion_form_data(
        longitude="12.3875",
        place_types=[PlaceType.objects.order_by("pk").first().pk],
        former_use="Tuchfabrik",
        website="tuchfabrik.example",
        image_license=KreativorteImage.License.GRANTED,
    )
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def nothing_created():
    return (
        not PlacePage.objects.exists()
        and not PlaceSuggestion.objects.exists()
        and not KreativorteImage.objects.exists()
        and not mail.outbox
    )


def test_form_page_is_linked_and_accessible(client, tree, form_url):
    StandardPageFactory(parent=tree.home, title="Datenschutz", slug="datenschutz")
    index = client.get(tree.places.url)
    assert 'href="/orte/vorschlagen/"' in index.content.decode()

    response = client.get(form_url)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<label for="id_title">Name des Ortes' in html
    assert "(Pflichtfeld)" in html
    assert 'aria-describedby="id_title_helptext"' in html
    # The honeypot is hidden from sight and from screen readers, and out of the tab order.
    assert '<div class="suggest-hp" aria-hidden="true">' in html
    assert 'name="homepage"' in html and 'tabindex="-1"' in html
    assert 'enctype="multipart/form-data"' in html
    # The consent links the privacy notice.
    assert 'href="/datenschutz/" target="_blank"' in html


def test_english_form_shows_english_help_texts(client, tree, english):
    # Help texts with a number are translated when shown, not when the form is imported.
    index = published(tree.places.copy_for_translation(english))
    html = client.get(index.url + "vorschlagen/").content.decode()
    assert "What is there today?" in html
    assert "Was gibt es dort heute?" not in html


def test_valid_suggestion_becomes_a_draft_in_review_and_sends_mails(
    client, tree, reviewer, form_url
):
    response = client.post(form_url, valid_data(image=png_upload()))
    assert response.status_code == 303
    assert response["Location"] == "/orte/vorschlagen/danke/"
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "Danke für Ihren Vorschlag" in thanks.content.decode()

    page = PlacePage.objects.get(title=TITLE)
    assert page.get_parent().pk == tree.places.pk
    assert not page.live and page.has_unpublished_changes
    assert page.teaser.startswith("Eine Tuchfabrik")
    assert (page.town, page.district.slug, page.former_use) == (
        "Crimmitschau",
        "landkreis-zwickau",
        "Tuchfabrik",
    )
    assert page.website == "https://tuchfabrik.example"
    assert (round(page.latitude, 4), round(page.longitude, 4)) == (50.8167, 12.3875)
    assert list(page.place_types.all()) == [PlaceType.objects.order_by("pk").first()]

    # The photo waits beside the suggestion, private; it becomes an image only on
    # approval (tests/test_suggested_photos.py).
    assert page.listing_image is None and not KreativorteImage.objects.exists()
    suggestion = PlaceSuggestion.objects.get(page=page)
    assert (suggestion.photo_alt, suggestion.photo_credit, suggestion.photo_license) == (
        "Backsteinhalle mit hohen Fenstern",
        "Foto: Erika Beispiel",
        KreativorteImage.License.GRANTED,
    )
    with suggestion.photo.open("rb") as file, PILImage.open(file) as photo:
        assert (photo.format, photo.size) == ("PNG", (40, 30))

    # In moderation: the review task waits for Freigabe ("Awaiting your review").
    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Redaktionelle Prüfung"
    assert page.current_workflow_task.name == "Prüfung durch die Freigabe"
    assert TaskState.objects.reviewable_by(reviewer).filter(workflow_state=state).exists()

    # Personal data lives apart from the page and its revisions.
    assert (suggestion.name, suggestion.email) == (SUGGESTER_NAME, SUGGESTER_EMAIL)
    assert suggestion.consent_at and suggestion.submitted_at and suggestion.client_hash
    assert "127.0.0.1" not in suggestion.client_hash
    revision_content = str(page.get_latest_revision().content)
    assert SUGGESTER_EMAIL not in revision_content and SUGGESTER_NAME not in revision_content
    assert list(PlaceSuggestion.pending()) == [suggestion]

    # Our mails: one to each Freigabe member, one confirmation to the suggester.
    review_mails = [m for m in mail.outbox if m.subject == f"Neuer Ortsvorschlag: {TITLE}"]
    assert [m.to for m in review_mails] == [[REVIEWER_EMAIL]]
    assert f"http://testserver/admin/pages/{page.pk}/edit/" in review_mails[0].body
    assert SUGGESTER_EMAIL not in review_mails[0].body
    confirmations = [m for m in mail.outbox if m.to == [SUGGESTER_EMAIL]]
    assert len(confirmations) == 1
    assert confirmations[0].subject == f"Danke für Ihren Vorschlag: {TITLE}"
    assert "Hallo Erika Beispiel," in confirmations[0].body


def test_suggestion_without_point_or_image_waits_for_the_map_position(
    client, tree, reviewer, form_url
):
    data = valid_data(latitude="", longitude="", image_alt="", image_credit="", image_license="")
    assert client.post(form_url, data).status_code == 303
    page = PlacePage.objects.get(title=TITLE)
    assert page.location == "" and page.listing_image is None
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    review_mail = next(m for m in mail.outbox if m.subject == f"Neuer Ortsvorschlag: {TITLE}")
    assert "kein Punkt auf der Karte" in review_mail.body


def test_the_reviewer_sees_the_suggester_in_the_editor(client, tree, reviewer, form_url):
    client.post(form_url, valid_data())
    page = PlacePage.objects.get(title=TITLE)
    admin = get_user_model().objects.create_superuser("admin", "admin@example.com", "pw")
    client.force_login(admin)
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "über das Formular auf der Website vorgeschlagen" in html
    assert SUGGESTER_EMAIL in html


OVERSIZE = b"\x89PNG\r\n\x1a\n" + b"\0" * (5 * 1024 * 1024)


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"title": ""}, "title", "Bitte den Namen des Ortes angeben."),
        (
            {"suggester_email": "erika@"},
            "suggester_email",
            "Bitte eine gültige E-Mail-Adresse angeben",
        ),
        (
            {"latitude": "48,1372", "longitude": "11,5755"},
            "latitude",
            "liegt außerhalb Sachsens",
        ),
        ({"consent": None}, "consent", "Bitte stimmen Sie dem Datenschutzhinweis zu."),
        (
            {"image": "png", "image_alt": ""},
            "image_alt",
            "Bitte beschreiben Sie, was auf dem Bild zu sehen ist.",
        ),
        (
            {
                "image": SimpleUploadedFile(
                    "foto.jpg", b"%PDF-1.4 not an image", content_type="image/jpeg"
                )
            },
            "image",
            "Diese Datei ist kein lesbares Bild.",
        ),
        (
            {"image": SimpleUploadedFile("gross.png", OVERSIZE, content_type="image/png")},
            "image",
            "Das Bild ist zu groß",
        ),
        (
            {"address": "", "latitude": "", "longitude": ""},
            "address",
            "Bitte eine Adresse angeben oder Breiten- und Längengrad eintragen.",
        ),
        ({"district": ""}, "district", "Bitte den Landkreis oder die kreisfreie Stadt wählen."),
        ({"website": "keine adresse"}, "website", "Bitte eine vollständige Webadresse angeben"),
    ],
    ids=[
        "missing-name",
        "bad-email",
        "outside-saxony",
        "no-consent",
        "image-without-alt-text",
        "non-image-upload",
        "oversize-upload",
        "no-address-no-point",
        "no-district",
        "bad-website",
    ],
)
def test_invalid_field_gets_a_german_message_and_keeps_the_input(
    client, tree, reviewer, form_url, overrides, field, message
):
    if overrides.get("image") == "png":
        overrides["image"] = png_upload()
    response = client.post(form_url, valid_data(**overrides))
    html = response.content.decode()
    assert response.status_code == 200
    form = response.context["form"]
    assert any(message in error for error in form.errors[field])
    # The message sits next to the field, is linked to it and listed in the summary.
    assert f'id="id_{field}_error"' in html
    assert f'href="#id_{field}"' in html
    assert 'aria-invalid="true"' in html
    # What was typed stays.
    assert f'value="{SUGGESTER_NAME}"' in html
    if field != "title":
        assert f'value="{TITLE}"' in html
    assert "Eine Tuchfabrik, in der heute Ateliers" in html
    assert nothing_created()


def test_honeypot_pretends_success_and_creates_nothing(client, tree, reviewer, form_url):
    response = client.post(form_url, valid_data(homepage="https://spam.example"))
    assert response.status_code == 303
    assert client.get(response["Location"]).status_code == 200
    assert nothing_created()


def test_rate_limit_per_client_address(client, tree, reviewer, form_url, monkeypatch):
    monkeypatch.setattr(spam, "SUGGESTIONS_PER_HOUR", 2)
    for number in range(2):
        data = valid_data(title=f"Ort {number}", suggester_email=f"p{number}@beispiel.example")
        assert client.post(form_url, data).status_code == 303
    response = client.post(form_url, valid_data(suggester_email="neu@beispiel.example"))
    assert response.status_code == 429
    assert "Bitte versuchen Sie es später noch einmal." in response.content.decode()
    assert PlaceSuggestion.objects.count() == 2
    # Another address may still suggest.
    other = client.post(
        form_url,
        valid_data(suggester_email="neu@beispiel.example"),
        REMOTE_ADDR="192.0.2.7",
    )
    assert other.status_code == 303


def test_rate_limit_per_email_address(client, tree, reviewer, form_url, monkeypatch):
    monkeypatch.setattr(spam, "SUGGESTIONS_PER_HOUR", 2)
    for number in range(2):
        response = client.post(
            form_url, valid_data(title=f"Ort {number}"), REMOTE_ADDR=f"192.0.2.{number + 1}"
        )
        assert response.status_code == 303
    response = client.post(form_url, valid_data(), REMOTE_ADDR="192.0.2.99")
    assert response.status_code == 429
    assert PlaceSuggestion.objects.count() == 2


def test_bots_count_towards_the_rate_limit(client, tree, reviewer, form_url, monkeypatch):
    monkeypatch.setattr(spam, "SUGGESTIONS_PER_HOUR", 1)
    client.post(form_url, valid_data(homepage="spam"))
    assert client.post(form_url, valid_data()).status_code == 429
    assert nothing_created()


def suggest(client, form_url) -> PlacePage:
    assert client.post(form_url, valid_data()).status_code == 303
    mail.outbox.clear()
    return PlacePage.objects.get(title=TITLE)


def test_personal_data_deleted_after_approval(client, tree, reviewer, form_url):
    page = suggest(client, form_url)
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(task_state, reviewer, "approve")

    page.refresh_from_db()
    assert page.live
    assert not PlaceSuggestion.objects.exists()
    assert not PlaceSuggestion.pending().exists()
    decision = [m for m in mail.outbox if m.to == [SUGGESTER_EMAIL]]
    assert len(decision) == 1
    assert decision[0].subject == f"Ihr Vorschlag ist online: {TITLE}"
    assert page.get_full_url() in decision[0].body


def test_personal_data_deleted_after_rejection(client, tree, reviewer, form_url):
    page = suggest(client, form_url)
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(
        task_state, reviewer, "reject", comment="Kein Kreativort im Sinne des Programms."
    )

    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert not PlaceSuggestion.objects.exists()
    decision = [m for m in mail.outbox if m.to == [SUGGESTER_EMAIL]]
    assert len(decision) == 1
    assert "nicht auf" in decision[0].body
    assert "Kein Kreativort" not in decision[0].body  # internal comments stay internal


def test_personal_data_deleted_when_review_is_cancelled(client, tree, reviewer, form_url):
    page = suggest(client, form_url)
    page.current_workflow_state.cancel(user=reviewer)
    assert not PlaceSuggestion.objects.exists()
    assert not [m for m in mail.outbox if m.to == [SUGGESTER_EMAIL]]


def test_personal_data_deleted_with_the_page(client, tree, reviewer, form_url):
    page = suggest(client, form_url)
    assert PlaceSuggestion.objects.filter(page=page).exists()
    page.delete()
    assert not PlaceSuggestion.objects.exists()


def test_publishing_directly_also_deletes_personal_data(client, tree, reviewer, form_url):
    page = suggest(client, form_url)
    page.get_latest_revision().publish(user=reviewer)  # publishing cancels the review
    assert not PlaceSuggestion.objects.exists()
    decision = [m for m in mail.outbox if m.to == [SUGGESTER_EMAIL]]
    assert [m.subject for m in decision] == [f"Ihr Vorschlag ist online: {TITLE}"]
