"""Admin hooks of the places app: the log entry of a place suggested through the website."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .suggestions.drafts import SUBMIT_LOG_ACTION


@hooks.register("register_log_actions")
def register_suggestion_log_action(actions):
    actions.register_action(
        SUBMIT_LOG_ACTION,
        _("Vorschlag über die Website"),
        _("Über das Formular auf der Website vorgeschlagen"),
    )
