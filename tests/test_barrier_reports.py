""" "Barriere melden" (BITV 2.0 § 7): the form linked from every page, spam protection and
privacy as for place suggestions, mails, the admin list, the dashboard panel, the purge."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import formats, timezone, translation

from accessibility import spam
from accessibility.factories import BarrierReportFactory
from accessibility.models import BarrierReport
from editorial.workflow import review_workflow
from home.factories import StandardPageFactory
from kreativorte.local_time import add_months, local_midnight
from kreativorte.roles import FREIGABE, REDAKTION

pytestmark = pytest.mark.usefixtures("fresh_cache")

SENDER_NAME = "Jonas Beispiel"
SENDER_EMAIL = "jonas@beispiel.example"
DESCRIPTION = "Die Filter der Ortsliste lassen sich mit der Tastatur nicht erreichen."
EDITOR_EMAIL = "freigabe@kreativorte.example"


@pytest.fixture
def reviewer(tree, django_user_model):
    """A member of Freigabe: they get the mails, as for place suggestions."""
    review_workflow()
    user = django_user_model.objects.create_user(
        "freigabe", EDITOR_EMAIL, "pw", first_name="Frieda"
    )
    user.groups.add(Group.objects.get(name=FREIGABE))
    return user


@pytest.fixture
def form_url(tree):
    return reverse("barrier_report")


def report_data(**overrides) -> dict:
    data = {
        "page_url": "/orte/",
        "description": DESCRIPTION,
        "name": SENDER_NAME,
        "email": SENDER_EMAIL,
        "consent": "on",
        "homepage": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def nothing_kept():
    return not BarrierReport.objects.exists() and not mail.outbox


# The form and its link -----------------------------------------------------------------


def test_every_page_links_the_form_with_its_own_path(client, tree):
    html = client.get(tree.places.url).content.decode()
    assert 'href="/barriere-melden/?seite=/orte/"' in html
    assert ">Barriere melden</a>" in html
    # On the form itself: no address of its own, marked as the current page.
    form = client.get("/barriere-melden/").content.decode()
    assert 'href="/barriere-melden/" aria-current="page"' in form


def test_english_pages_link_the_english_form(client, tree, english):
    html = client.get("/en/").content.decode()
    with translation.override("en"):
        url = reverse("barrier_report")
    assert url.startswith("/en/")
    assert f'href="{url}?seite=/en/"' in html
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert '<html lang="en"' in html
    # Help texts with a number are translated when shown, not when the form is imported.
    assert "Please describe what you wanted to do" in html
    assert "Beschreiben Sie bitte" not in html
    assert "Beschreiben Sie bitte" in client.get("/barriere-melden/").content.decode()


def test_form_is_accessible_and_links_privacy_and_statement(client, tree, form_url):
    StandardPageFactory(parent=tree.home, title="Datenschutz", slug="datenschutz")
    StandardPageFactory(parent=tree.home, title="Barrierefreiheit", slug="barrierefreiheit")
    response = client.get(form_url)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<label for="id_description">Was funktioniert nicht?' in html
    assert 'aria-describedby="id_description_helptext"' in html
    assert 'aria-describedby="id_page_url_helptext"' in html
    # Only the description is required; the consent only when name or e-mail are given.
    assert html.count("(Pflichtfeld)") == 2  # the note on top and the description
    assert '<label for="id_consent">Ich habe den Datenschutzhinweis' in html
    # The honeypot is hidden from sight and from screen readers, and out of the tab order.
    assert '<div class="suggest-hp" aria-hidden="true">' in html
    assert 'name="homepage"' in html and 'tabindex="-1"' in html
    assert 'href="/datenschutz/" target="_blank"' in html
    assert 'href="/barrierefreiheit/">Erklärung zur Barrierefreiheit' in html
    assert "innerhalb eines Monats" in html
    assert 'method="post"' in html and "csrfmiddlewaretoken" in html


@pytest.mark.parametrize(
    ("given", "prefilled"),
    [
        ("/orte/", "/orte/"),
        ("/orte/?landkreis=dresden", "/orte/?landkreis=dresden"),
        ("http://testserver/wissen/", "/wissen/"),
        ("https://evil.example/phish/", ""),
        ("//evil.example/phish/", ""),
        ("/\\evil.example/", ""),
        ("javascript:alert(1)", ""),
        ("orte/", ""),
        ('/"><script>alert(1)</script>', '/"><script>alert(1)</script>'),
    ],
)
def test_the_page_address_is_prefilled_only_for_this_site(client, tree, form_url, given, prefilled):
    html = client.get(form_url, {"seite": given}).content.decode()
    field = html.split('name="page_url"', 1)[1].split(">", 1)[0]
    if prefilled:
        escaped = prefilled.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
        escaped = escaped.replace(">", "&gt;")
        assert f'value="{escaped}"' in field
    else:
        assert "value=" not in field
    # Never reflected unescaped (the language switch keeps the query string, encoded).
    assert "<script>alert" not in html
    assert "evil.example/" not in html and "javascript:" not in html


# Sending -----------------------------------------------------------------------------


def test_a_report_is_saved_mailed_and_confirmed(client, tree, reviewer, form_url):
    StandardPageFactory(parent=tree.home, title="Datenschutz", slug="datenschutz")
    response = client.post(form_url, report_data())
    assert response.status_code == 303
    assert response["Location"] == "/barriere-melden/danke/?seite=%2Forte%2F"
    thanks = client.get(response["Location"])
    text = thanks.content.decode()
    assert "Danke für Ihre Meldung" in text
    assert "Wir antworten innerhalb eines Monats." in text
    assert 'href="/orte/">Zurück zur Seite' in text

    report = BarrierReport.objects.get()
    assert (report.page_url, report.description, report.language) == ("/orte/", DESCRIPTION, "de")
    assert (report.name, report.email, report.status) == (SENDER_NAME, SENDER_EMAIL, "neu")
    assert report.consent_at and report.client_hash and "127.0.0.1" not in report.client_hash
    due = report.submitted_at.date()
    assert report.answer_due == add_months(timezone.localdate(report.submitted_at), 1) > due

    editors = [m for m in mail.outbox if m.to == [EDITOR_EMAIL]]
    assert len(editors) == 1
    assert editors[0].subject == "Neue Barrieremeldung: /orte/"
    body = editors[0].body
    assert "Hallo Frieda" in body and DESCRIPTION in body and "http://testserver/orte/" in body
    edit_url = reverse("wagtailsnippets_accessibility_barrierreport:edit", args=[report.pk])
    assert f"http://testserver{edit_url}" in body
    assert "möchte eine Antwort" in body
    # The sender's personal data stays in the admin, not in the editors' inboxes.
    assert SENDER_EMAIL not in body and SENDER_NAME not in body

    confirmations = [m for m in mail.outbox if m.to == [SENDER_EMAIL]]
    assert len(confirmations) == 1
    assert confirmations[0].subject == "Ihre Barrieremeldung ist angekommen"
    text = confirmations[0].body
    assert f"Hallo {SENDER_NAME}," in text
    assert "innerhalb eines Monats" in text
    assert formats.date_format(report.answer_due, "DATE_FORMAT") in text
    assert "http://testserver/datenschutz/" in text
    assert len(mail.outbox) == 2


def test_a_report_without_name_and_email_needs_no_consent(client, tree, reviewer, form_url):
    data = report_data(page_url="", name="", email="", consent=None)
    response = client.post(form_url, data)
    assert response.status_code == 303
    assert response["Location"] == "/barriere-melden/danke/"
    report = BarrierReport.objects.get()
    assert (report.page_url, report.name, report.email, report.consent_at) == ("", "", "", None)
    assert [m.to for m in mail.outbox] == [[EDITOR_EMAIL]]  # no confirmation without address
    assert mail.outbox[0].subject == "Neue Barrieremeldung: ohne Seitenangabe"
    assert "keine E-Mail-Adresse angegeben" in mail.outbox[0].body


def test_a_report_in_english_is_confirmed_in_english(client, tree, english, reviewer):
    with translation.override("en"):
        url = reverse("barrier_report")
    assert client.post(url, report_data(page_url="/en/")).status_code == 303
    assert BarrierReport.objects.get().language == "en"
    editors = [m for m in mail.outbox if m.to == [EDITOR_EMAIL]]
    assert editors[0].subject == "Neue Barrieremeldung: /en/"  # the editors read German


@pytest.mark.parametrize(
    "given", [{"name": SENDER_NAME, "email": ""}, {"name": "", "email": SENDER_EMAIL}]
)
def test_name_or_email_need_the_consent(client, tree, reviewer, form_url, given):
    response = client.post(form_url, report_data(consent=None, **given))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bitte stimmen Sie dem Datenschutzhinweis zu" in html
    assert 'id="id_consent_error"' in html and 'href="#id_consent"' in html
    assert DESCRIPTION in html  # what was typed stays
    assert nothing_kept()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("description", "", "Bitte beschreiben Sie, was nicht funktioniert."),
        ("description", "x" * 3001, "höchstens 3000 Zeichen"),
        ("email", "kein-at-zeichen", "Bitte eine gültige E-Mail-Adresse angeben"),
        ("page_url", "https://evil.example/", "Bitte die Adresse einer Seite dieser Website"),
    ],
)
def test_invalid_reports_are_returned_with_linked_messages(
    client, tree, reviewer, form_url, field, value, message
):
    response = client.post(form_url, report_data(**{field: value}))
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert f'id="id_{field}_error"' in html and f'href="#id_{field}"' in html
    assert 'aria-invalid="true"' in html
    assert f'aria-describedby="id_{field}_helptext id_{field}_error"' in html
    assert nothing_kept()


# Spam and caching ----------------------------------------------------------------------


def test_honeypot_pretends_success_and_keeps_nothing(client, tree, reviewer, form_url):
    response = client.post(form_url, report_data(homepage="https://spam.example"))
    assert response.status_code == 303
    assert client.get(response["Location"]).status_code == 200
    assert nothing_kept()


def test_rate_limit_per_client_address(client, tree, reviewer, form_url, monkeypatch):
    monkeypatch.setattr(spam, "REPORTS_PER_HOUR", 2)
    for number in range(2):
        assert client.post(form_url, report_data(email=f"p{number}@beispiel.example")).status_code
    response = client.post(form_url, report_data(email="neu@beispiel.example"))
    assert response.status_code == 429
    assert "Bitte versuchen Sie es später noch einmal" in response.content.decode()
    assert BarrierReport.objects.count() == 2
    other = client.post(
        form_url, report_data(email="neu@beispiel.example"), REMOTE_ADDR="192.0.2.7"
    )
    assert other.status_code == 303


def test_rate_limit_per_email_address(client, tree, reviewer, form_url, monkeypatch):
    monkeypatch.setattr(spam, "REPORTS_PER_HOUR", 2)
    for number in range(2):
        response = client.post(form_url, report_data(), REMOTE_ADDR=f"192.0.2.{number + 1}")
        assert response.status_code == 303
    assert client.post(form_url, report_data(), REMOTE_ADDR="192.0.2.99").status_code == 429
    # Without an address only the client's limit applies.
    anonymous = report_data(name="", email="", consent=None)
    assert client.post(form_url, anonymous, REMOTE_ADDR="192.0.2.99").status_code == 303
    assert BarrierReport.objects.count() == 3


def test_bots_count_towards_the_rate_limit(client, tree, reviewer, form_url, monkeypatch):
    monkeypatch.setattr(spam, "REPORTS_PER_HOUR", 1)
    client.post(form_url, report_data(homepage="spam"))
    assert client.post(form_url, report_data()).status_code == 429
    assert nothing_kept()


def test_reports_and_place_suggestions_are_counted_apart(client, tree, reviewer, form_url):
    BarrierReportFactory(client_hash="x" * 64)
    limit = spam.ReportRateLimit(client_hash="x" * 64)
    assert limit._recent(client_hash="x" * 64) == 1
    assert spam.ReportRateLimit.cache_prefix != "place-suggestions"


def test_form_and_answers_are_never_cached(client, tree, reviewer, form_url, settings):
    settings.PAGE_CACHE_SECONDS = 600
    responses = [
        client.get(form_url, {"seite": "/orte/"}),
        client.post(form_url, report_data(description="")),  # the returned form
        client.get(reverse("barrier_report_thanks")),
    ]
    for response in responses:
        control = response["Cache-Control"]
        assert "no-store" in control and "private" in control and "public" not in control
        assert "Cache-Tag" not in response
    # The returned form holds what was typed: it is not stored for the next visitor.
    again = client.get(form_url)
    assert SENDER_EMAIL not in again.content.decode()


# The admin ---------------------------------------------------------------------------


@pytest.fixture
def editor(tree, django_user_model):
    """A member of Redaktion: reads reports and sets their status."""
    user = django_user_model.objects.create_user("redaktion", "r@example.org", "pw")
    user.groups.add(Group.objects.get(name=REDAKTION))
    return user


def admin_url(name, *args):
    return reverse(f"wagtailsnippets_accessibility_barrierreport:{name}", args=args)


def test_editors_list_and_filter_reports_in_the_admin(client, editor):
    BarrierReportFactory(page_url="/orte/neu/")
    BarrierReportFactory(page_url="/wissen/bearbeitung/", status="in_bearbeitung")
    BarrierReportFactory(page_url="/erledigt/", status="erledigt")
    client.force_login(editor)
    html = client.get(admin_url("list")).content.decode()
    assert "Barrieremeldungen" in html
    for path in ("/orte/neu/", "/wissen/bearbeitung/", "/erledigt/"):
        assert path in html
    filtered = client.get(admin_url("list"), {"status": "in_bearbeitung"}).content.decode()
    assert "/wissen/bearbeitung/" in filtered and "/orte/neu/" not in filtered
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert admin_url("list") in menu


def test_closing_a_report_in_the_admin_deletes_the_personal_data(client, editor):
    report = BarrierReportFactory(name=SENDER_NAME, email=SENDER_EMAIL, consent_at=timezone.now())
    client.force_login(editor)
    edit = client.get(admin_url("edit", report.pk)).content.decode()
    assert SENDER_EMAIL in edit and DESCRIPTION not in edit  # the factory's own description
    assert report.description in edit

    response = client.post(
        admin_url("edit", report.pk), {"status": "in_bearbeitung", "note": "Filter geprüft"}
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert (report.status, report.note, report.email) == (
        "in_bearbeitung",
        "Filter geprüft",
        SENDER_EMAIL,
    )
    assert report.closed_at is None

    client.post(admin_url("edit", report.pk), {"status": "erledigt", "note": "Behoben"})
    report.refresh_from_db()
    assert report.status == "erledigt" and report.closed_at is not None
    assert (report.name, report.email, report.consent_at, report.client_hash) == ("", "", None, "")
    assert report.description  # the report itself stays
    assert SENDER_EMAIL not in client.get(admin_url("edit", report.pk)).content.decode()


def test_users_without_the_permission_see_no_reports(client, tree, django_user_model):
    BarrierReportFactory()
    user = django_user_model.objects.create_user("gast", "g@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(admin_url("list")).status_code == 302  # to the dashboard, refused
    assert (
        "Offene Barrieremeldungen" not in client.get(reverse("wagtailadmin_home")).content.decode()
    )


def test_nobody_adds_a_report_in_the_admin_not_even_a_superuser(client, tree, admin_user):
    BarrierReportFactory(page_url="/orte/")
    client.force_login(admin_user)
    listing = client.get(admin_url("list"))
    assert listing.status_code == 200 and "/orte/" in listing.content.decode()
    assert admin_url("add") not in listing.content.decode()
    assert client.get(admin_url("add")).status_code == 302  # refused, back to the dashboard
    assert client.post(admin_url("add"), {"status": "neu"}).status_code == 302
    assert BarrierReport.objects.count() == 1


# The dashboard panel -------------------------------------------------------------------


def test_dashboard_lists_open_reports_only(client, editor, django_assert_max_num_queries):
    old = BarrierReportFactory(
        page_url="/alt/", submitted_at=timezone.now() - datetime.timedelta(days=40)
    )
    BarrierReportFactory(page_url="/in-arbeit/", status="in_bearbeitung")
    BarrierReportFactory(page_url="/fertig/", status="erledigt")
    client.force_login(editor)
    with django_assert_max_num_queries(40):
        html = client.get(reverse("wagtailadmin_home")).content.decode()
    panel = html.split("Offene Barrieremeldungen", 1)[1]
    assert "/alt/" in panel and "/in-arbeit/" in panel and "/fertig/" not in panel
    assert panel.index("/alt/") < panel.index("/in-arbeit/")  # the oldest first
    assert admin_url("edit", old.pk) in panel
    assert "überfällig" in panel  # older than a month


def test_dashboard_shows_no_panel_without_open_reports(client, editor):
    BarrierReportFactory(status="erledigt")
    client.force_login(editor)
    assert (
        "Offene Barrieremeldungen" not in client.get(reverse("wagtailadmin_home")).content.decode()
    )


# Deleting personal data ----------------------------------------------------------------


@pytest.mark.django_db
def test_purge_deletes_personal_data_after_six_months_and_of_closed_reports():
    cutoff = local_midnight(add_months(timezone.localdate(), -6))
    person = {"name": SENDER_NAME, "email": SENDER_EMAIL, "consent_at": timezone.now()}
    old = BarrierReportFactory(submitted_at=cutoff - datetime.timedelta(minutes=1), **person)
    recent = BarrierReportFactory(submitted_at=cutoff + datetime.timedelta(hours=1), **person)
    closed = BarrierReportFactory(**person)
    BarrierReport.objects.filter(pk=closed.pk).update(status="erledigt")  # closed without save()
    out = io.StringIO()
    call_command("purge_barrier_reports", stdout=out)
    assert "2 bereinigt" in out.getvalue()
    for report in (old, closed):
        report.refresh_from_db()
        assert (report.name, report.email, report.consent_at) == ("", "", None)
        assert report.description  # the report stays for the statistics
    recent.refresh_from_db()
    assert (recent.name, recent.email) == (SENDER_NAME, SENDER_EMAIL)
    assert BarrierReport.purge() == 0  # nothing left to purge
