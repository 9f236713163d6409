"""Admin hooks of the places app: the place listing, the log entry of a place suggested
through the website, and the staff-only views of a suggested photo."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .suggestions import review
from .suggestions.drafts import SUBMIT_LOG_ACTION
from .views import place_listing_viewset


@hooks.register("register_log_actions")
def register_suggestion_log_action(actions):
    actions.register_action(
        SUBMIT_LOG_ACTION,
        _("Vorschlag über die Website"),
        _("Über das Formular auf der Website vorgeschlagen"),
    )


@hooks.register("register_admin_urls")
def register_suggestion_photo_urls():
    return [
        path("ortsvorschlaege/<int:pk>/foto/", review.photo, name="places_suggestion_photo"),
        path(
            "ortsvorschlaege/<int:pk>/foto/verwerfen/",
            review.discard_photo,
            name="places_suggestion_photo_discard",
        ),
    ]


@hooks.register("register_admin_viewset")
def register_place_listing():
    return place_listing_viewset
