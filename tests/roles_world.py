"""The editorial world the role and workflow tests share: one live page of each type,
a user for each role, and the admin views as an editor's browser uses them.

The page editor is driven the way the browser does it: GET the view, POST the edit form
(built from the rendered editor) with the button the editor pressed.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, PagePermissionTester
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

from editorial.models import PlaceOperator
from editorial.roles import FREIGABE, ORTSBETREIBER, REDAKTION
from events.factories import EventPageFactory
from knowledge.factories import CooperationPageFactory, GuidePageFactory
from knowledge.models import Topic
from kreativorte.models import SubMarket
from places.factories import PlacePageFactory
from places.models import PlaceType

User = get_user_model()

# Stream fields are drawn by JavaScript in the editor, so the form data for them is
# given here (the required guide body needs a block; the others may be empty).
STREAMS = {
    "place": {"body": streamfield([])},
    "guide": {
        "body": streamfield(
            [
                ("heading", "Worum es geht"),
                ("paragraph", rich_text("<p>Eine Nutzungsänderung braucht Zeit.</p>")),
            ]
        )
    },
    "cooperation": {"body": streamfield([])},
    "event": {"body": streamfield([])},
}


def make_user(username, *groups, **extra):
    user = User.objects.create_user(username, f"{username}@example.org", "pw", **extra)
    user.groups.add(*Group.objects.filter(name__in=groups))
    return user


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def publish(page):
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def topics():
    return list(Topic.objects.all()[:1])


def place_terms():
    return {
        "place_types": list(PlaceType.objects.all()[:1]),
        "submarkets": list(SubMarket.objects.all()[:1]),
    }


class World:
    """The site tree with one live page of each type and a user for each role."""

    def __init__(self, tree):
        self.tree = tree
        self.admin = make_user("admin", is_superuser=True, is_staff=True)
        self.redaktion = make_user("rita", REDAKTION)
        self.freigabe = make_user("frieda", FREIGABE)
        self.operator = make_user("otto", ORTSBETREIBER)
        self.other_operator = make_user("olga", ORTSBETREIBER)
        self.pages = {
            "place": publish(
                PlacePageFactory(parent=tree.places, title="Alte Spinnerei", **place_terms())
            ),
            "guide": publish(
                GuidePageFactory(parent=tree.guides, title="Bauantrag", topics=topics())
            ),
            "cooperation": publish(
                CooperationPageFactory(parent=tree.cooperations, title="Stühle")
            ),
            "event": publish(EventPageFactory(parent=tree.events, title="Werkstattgespräch")),
        }
        # Otto runs his own place; the shared place belongs to Olga.
        self.own_place = publish(
            PlacePageFactory(parent=tree.places, title="Ottos Eisfabrik", **place_terms())
        )
        PlaceOperator.objects.create(user=self.operator, place=self.own_place)
        PlaceOperator.objects.create(user=self.other_operator, place=self.pages["place"])
        self.roles = {
            "redaktion": self.redaktion,
            "freigabe": self.freigabe,
            "operator": self.operator,
        }

    def form_data(self, page, kind, **changes):
        """The edit form as the editor shows it (rendered for the admin), with changes."""
        response = client_for(self.admin).get(edit_url(page))
        assert response.status_code == 200
        data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
        data.update(nested_form_data(STREAMS[kind]))
        for key, value in changes.items():
            data[key] = value
        return data


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def delete_url(page):
    return reverse("wagtailadmin_pages:delete", args=[page.pk])


def denied(response):
    """Wagtail answers a forbidden admin view with 403 or a redirect to the dashboard."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def reload(page):
    return Page.objects.get(pk=page.pk).specific


def can(user, page, what="edit"):
    """Fresh objects: Wagtail caches a user's page permissions on the user object."""
    tester = PagePermissionTester(User.objects.get(pk=user.pk), reload(page))
    return getattr(tester, f"can_{what}")()
