"""Saving in the admin: a save that fails halfway leaves nothing behind."""

import pytest
from django.db import connection
from django.urls import reverse
from wagtail.models import Revision
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from knowledge.models import GuidePage, Topic

# The database refuses every new revision, as a locked or lost database would mid-save.
REFUSE_REVISIONS = {
    "sqlite": [
        "CREATE TRIGGER refuse_revisions BEFORE INSERT ON wagtailcore_revision"
        " BEGIN SELECT RAISE(ABORT, 'database is locked'); END"
    ],
    "postgresql": [
        "CREATE FUNCTION refuse_revisions() RETURNS trigger AS $$ BEGIN"
        " RAISE EXCEPTION 'database is locked' USING ERRCODE = 'lock_not_available';"
        " END $$ LANGUAGE plpgsql",
        "CREATE TRIGGER refuse_revisions BEFORE INSERT ON wagtailcore_revision"
        " FOR EACH ROW EXECUTE FUNCTION refuse_revisions()",
    ],
}
ACCEPT_REVISIONS = {
    "sqlite": ["DROP TRIGGER refuse_revisions"],
    "postgresql": [
        "DROP TRIGGER refuse_revisions ON wagtailcore_revision",
        "DROP FUNCTION refuse_revisions()",
    ],
}


def execute(statements):
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def new_guide(client, url, title="Fördermittel beantragen"):
    """The create form as the browser sends it once a title is typed (its script fills in
    the slug and draws the body) and a topic chosen."""
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    return {
        **data.dict(),
        **nested_form_data({"body": streamfield([])}),
        "title": title,
        "slug": "foerdermittel-beantragen",
        "topics": [Topic.objects.get(slug="baurecht").pk],
    }


@pytest.fixture
def editor(client, admin_user):
    client.force_login(admin_user)
    client.raise_request_exception = False  # answered as a visitor's browser would see it
    return client


def test_a_failed_first_autosave_leaves_no_page(editor, tree):
    add = reverse("wagtailadmin_pages:add", args=("knowledge", "guidepage", tree.guides.pk))
    execute(REFUSE_REVISIONS[connection.vendor])
    autosave = editor.post(add, new_guide(editor, add), HTTP_ACCEPT="application/json")
    assert autosave.status_code >= 500
    assert not GuidePage.objects.exists()  # not inserted without its revision

    execute(ACCEPT_REVISIONS[connection.vendor])
    saved = editor.post(
        add, new_guide(editor, add)
    )  # "Entwurf speichern": no slug taken by a ghost
    assert saved.status_code == 302, saved.content.decode()[:2000]
    guide = GuidePage.objects.get()
    assert (guide.title, guide.slug, guide.live) == (
        "Fördermittel beantragen",
        "foerdermittel-beantragen",
        False,
    )
    assert Revision.page_revisions.filter(object_id=str(guide.pk)).count() == 1
