"""The admin dashboard as each role sees it, and the "reviewed today" confirmation."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageLogEntry

from editorial.panels import stale_guides
from events.factories import EventPageFactory
from knowledge.factories import GuidePageFactory
from knowledge.models import GuidePage

from .dashboard_data import TODAY, days_ago, make_user, place_with, titles
from .helpers import count_queries


@pytest.fixture
def publisher(tree, django_user_model):
    return make_user(django_user_model, "freigabe", tree.home, ("add", "change", "publish"))


@pytest.fixture
def editor(tree, django_user_model):
    return make_user(django_user_model, "redaktion", tree.home, ("add", "change"))


# Who sees what ----------------------------------------------------------------------------


def test_dashboard_shows_panels_with_edit_links(client, tree, publisher):
    guide = GuidePageFactory(parent=tree.guides, title="Denkmalschutz", last_reviewed=None)
    event = EventPageFactory(parent=tree.events, title="Offene Ateliers")
    place = place_with(tree, listing_image=None)
    client.force_login(publisher)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Leitfäden, seit zwölf Monaten nicht geprüft" in html
    assert "Veranstaltungen ohne Anmeldelink oder Ort" in html
    assert "Orte mit fehlenden Bildern oder Alternativtexten" in html
    for page in (guide, event, place):
        assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html
    assert reverse("editorial:confirm_review", args=[guide.pk]) in html
    assert "Heute als geprüft bestätigen" in html


def test_dashboard_hides_confirm_button_from_editors(client, tree, editor):
    guide = GuidePageFactory(parent=tree.guides, last_reviewed=None)
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[guide.pk]) in html
    assert reverse("editorial:confirm_review", args=[guide.pk]) not in html


def test_dashboard_without_page_permissions_shows_no_panels(client, tree, django_user_model):
    GuidePageFactory(parent=tree.guides, last_reviewed=None)
    EventPageFactory(parent=tree.events)
    place_with(tree, listing_image=None)
    user = make_user(django_user_model, "nur-admin")
    client.force_login(user)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "nicht geprüft" not in html
    assert "ohne Anmeldelink" not in html
    assert "fehlenden Bildern" not in html


def test_dashboard_query_count_does_not_grow_with_pages(client, tree, publisher):
    def dashboard_queries():
        client.force_login(publisher)
        return count_queries(client, reverse("wagtailadmin_home"))

    counter = iter(range(100))

    def add_pages():
        number = next(counter)
        GuidePageFactory(parent=tree.guides, last_reviewed=None)
        EventPageFactory(parent=tree.events)
        EventPageFactory(parent=tree.events, live=False)
        place_with(tree, listing_image=None, gallery=[("no-alt", "")], title=f"Ort A{number}")
        place_with(tree, listing_image="no-alt", live=False, title=f"Ort B{number}")

    add_pages()
    dashboard_queries()  # warm the caches
    first = dashboard_queries()
    for _ in range(3):
        add_pages()
    assert dashboard_queries() == first


def test_wagtails_awaiting_review_panel_is_kept(rf, tree, publisher):
    from wagtail.admin.views.home import HomeView, WorkflowObjectsToModeratePanel

    request = rf.get("/admin/")
    request.user = publisher
    view = HomeView()
    view.setup(request)
    panels = view.get_panels()
    assert any(isinstance(panel, WorkflowObjectsToModeratePanel) for panel in panels)


def test_real_roles_see_what_they_may_act_on(client, tree, django_user_model):
    """With the roles from the data migration: Freigabe confirms, Redaktion only sees,
    an operator sees only the issues of the place assigned to them."""
    from editorial.models import PlaceOperator

    guide = GuidePageFactory(parent=tree.guides, last_reviewed=None)
    own = place_with(tree, listing_image=None, title="Eigener Ort")
    other = place_with(tree, listing_image=None, title="Fremder Ort")
    confirm_url = reverse("editorial:confirm_review", args=[guide.pk])

    def dashboard(role):
        user = django_user_model.objects.create_user(f"nutzer-{role}", password="pw")
        user.groups.add(Group.objects.get(name=role))
        client.force_login(user)
        return user, client.get(reverse("wagtailadmin_home")).content.decode()

    _user, html = dashboard("Freigabe")
    assert confirm_url in html
    _user, html = dashboard("Redaktion")
    assert reverse("wagtailadmin_pages:edit", args=[guide.pk]) in html
    assert confirm_url not in html
    operator, _html = dashboard("Ortsbetreiber")
    PlaceOperator.objects.create(user=operator, place=own)
    operator = django_user_model.objects.get(pk=operator.pk)
    client.force_login(operator)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[own.pk]) in html
    assert reverse("wagtailadmin_pages:edit", args=[other.pk]) not in html
    assert reverse("wagtailadmin_pages:edit", args=[guide.pk]) not in html


# Confirming a review ----------------------------------------------------------------------


def confirm(client, user, guide, method="post"):
    """Ask, logged in as `user`, to confirm that the guide was reviewed today."""
    client.force_login(user)
    return getattr(client, method)(reverse("editorial:confirm_review", args=[guide.pk]))


def test_confirm_review_sets_today_without_a_revision(client, tree, publisher):
    guide = GuidePageFactory(parent=tree.guides, title="Förderung", last_reviewed=days_ago(400))
    guide.save_revision().publish()
    guide.refresh_from_db()
    guide.title = "Förderung (Entwurf)"
    draft = guide.save_revision()  # an unpublished draft, made before the confirmation
    revisions = guide.revisions.count()
    response = confirm(client, publisher, guide)
    assert response.status_code == 302
    guide = GuidePage.objects.get(pk=guide.pk)
    assert guide.last_reviewed == TODAY
    assert guide.revisions.count() == revisions
    assert guide.title == "Förderung"  # nothing else touched
    assert guide.has_unpublished_changes
    assert guide.live_revision.content["last_reviewed"] == TODAY.isoformat()
    draft.refresh_from_db()
    assert draft.content["last_reviewed"] == TODAY.isoformat()
    assert draft.content["title"] == "Förderung (Entwurf)"
    # Publishing the older draft keeps the confirmed date.
    draft.publish()
    assert GuidePage.objects.get(pk=guide.pk).last_reviewed == TODAY
    entry = PageLogEntry.objects.get(page=guide, action="editorial.confirm_review")
    assert entry.user == publisher
    assert entry.data["previous"] == days_ago(400).isoformat()
    history = client.get(reverse("wagtailadmin_pages:history", args=[guide.pk])).content.decode()
    assert f"Inhaltliche Prüfung am {TODAY.isoformat()} bestätigt" in history
    assert titles(stale_guides(publisher)) == []


def test_confirm_review_refused_without_publish_permission(client, tree, editor):
    guide = GuidePageFactory(parent=tree.guides, last_reviewed=days_ago(400))
    response = confirm(client, editor, guide)
    assert response.status_code == 403
    assert GuidePage.objects.get(pk=guide.pk).last_reviewed == days_ago(400)


def test_confirm_review_refused_for_get(client, tree, publisher):
    guide = GuidePageFactory(parent=tree.guides, last_reviewed=days_ago(400))
    response = confirm(client, publisher, guide, method="get")
    assert response.status_code == 405
    assert GuidePage.objects.get(pk=guide.pk).last_reviewed == days_ago(400)


def test_confirm_review_needs_csrf(tree, publisher):
    from django.test import Client

    guide = GuidePageFactory(parent=tree.guides, last_reviewed=days_ago(400))
    response = confirm(Client(enforce_csrf_checks=True), publisher, guide)
    assert response.status_code == 403
    assert GuidePage.objects.get(pk=guide.pk).last_reviewed == days_ago(400)


def test_confirm_review_only_for_live_guides(client, tree, publisher):
    guide = GuidePageFactory(parent=tree.guides, last_reviewed=None, live=False)
    response = confirm(client, publisher, guide)
    assert response.status_code == 404


def test_confirm_review_refused_for_anonymous(client, tree):
    guide = GuidePageFactory(parent=tree.guides, last_reviewed=None)
    response = client.post(reverse("editorial:confirm_review", args=[guide.pk]))
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert GuidePage.objects.get(pk=guide.pk).last_reviewed is None
