"""Labels and help texts of the page editor say what the editor sees: tabs that exist,
a teaser panel not called like the preview, gallery items named by their image."""

import re

import pytest
from django.test import RequestFactory
from wagtail.models import get_page_models

from .roles_world import client_for, edit_url

# "im Reiter „Einstellungen“", "Tab „Inhalt“", "„Veröffentlichung“-Tab"
TAB_MENTION = re.compile(r"(?:Reiter|Tab|Registerkarte)\s+„([^“]+)“|„([^“]+)“-(?:Reiter|Tab)")


def visible_tabs(model, user, parent):
    """The tab headings the editor of `model` shows (a tab whose panels all live elsewhere,
    like the publishing schedule in the status side panel, is not drawn)."""
    edit_handler = model.get_edit_handler()
    request = RequestFactory().get("/")
    request.user = user
    page = model()
    form = edit_handler.get_form_class()(instance=page, for_user=user, parent_page=parent)
    bound = edit_handler.get_bound_panel(instance=page, request=request, form=form)
    return {str(tab.heading) for tab in bound.visible_children if tab.show_panel_furniture()}


def help_texts(model):
    for field in model._meta.get_fields():
        if text := str(getattr(field, "help_text", "") or ""):
            yield field.name, text


def test_help_texts_name_only_tabs_that_exist(world):
    wrong = []
    for model in get_page_models():
        if model._meta.abstract or model.__module__.startswith("wagtail."):
            continue
        tabs = visible_tabs(model, world.admin, world.tree.home)
        for name, text in help_texts(model):
            for match in TAB_MENTION.finditer(text):
                tab = match.group(1) or match.group(2)
                if tab not in tabs:
                    wrong.append(f"{model.__name__}.{name}: „{tab}“ (tabs: {sorted(tabs)})")
    assert wrong == []


def test_the_tab_check_sees_the_tabs_an_editor_sees(world):
    from events.models import EventPage

    # The settings tab holds only the publishing schedule, which lives in the side panel.
    assert visible_tabs(EventPage, world.admin, world.tree.events) == {
        "Inhalt",
        "Veröffentlichung",
    }
    assert TAB_MENTION.search("im Reiter „Einstellungen“").group(1) == "Einstellungen"


def panel_headings(panel):
    yield str(panel.heading)
    for child in getattr(panel, "children", ()):
        yield from panel_headings(child)


@pytest.mark.parametrize("kind", ["place", "guide", "event", "cooperation"])
def test_the_teaser_panel_is_not_called_like_the_preview(world, kind):
    page = world.pages[kind]
    headings = set(panel_headings(type(page).get_edit_handler()))
    assert "Anrisstext" in headings and "Vorschau" not in headings
    html = client_for(world.redaktion).get(edit_url(page)).content.decode()
    assert "Anrisstext" in html


def test_gallery_items_are_labelled_by_their_image(world):
    from kreativorte.factories import ImageFactory
    from places.models import PlaceGalleryImage

    place = world.pages["place"]
    for title in ("Halle von Süden", "Werkstatt im Hof"):
        PlaceGalleryImage.objects.create(
            page=place, image=ImageFactory(title=title, description=title)
        )
    html = client_for(world.redaktion).get(edit_url(place)).content.decode()
    heading = re.compile(r"Galeriebild<span data-inline-panel-child-count></span>: ([^<\n]+)")
    assert heading.findall(html) == ["Halle von Süden", "Werkstatt im Hof"]
    assert "Galeriebild hinzufügen" in html
    assert "Galerie hinzufügen" not in html
