"""Workflow actions outside the page editor ("Freigeben", "Änderungen anfordern" on the
dashboard and in Wagtail's review lists), with a message for every outcome.

Wagtail's own view performs the action and redirects without a word, and an approval
whose page cannot go live (a suggested place without its map position) ends in a server
error. This view takes over Wagtail's URL (site/urls.py mounts it in front of the admin):
it refuses such an approval before anything changes, keeps the task open and says what
is missing; every action that went through ends with a success message.
"""

from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.models import TaskState

from .readiness import describe, publication_problems, publishable_version


def refusal_message(page, problems) -> str:
    return _(
        "„%(title)s“ wurde nicht freigegeben, die Prüfung bleibt offen. Vor der "
        "Veröffentlichung fehlt: %(problems)s"
    ) % {"title": page.get_admin_display_title(), "problems": " ".join(problems)}


def success_message(page, action_name, comment) -> str:
    title = page.get_admin_display_title()
    if action_name == "reject":
        message = _("Für „%(title)s“ sind Änderungen angefordert.")
    elif page.live and not page.has_unpublished_changes:
        message = _("„%(title)s“ ist freigegeben und veröffentlicht.")
    elif page.scheduled_revision:
        message = _("„%(title)s“ ist freigegeben; die Veröffentlichung ist geplant.")
    else:
        message = _("„%(title)s“ ist freigegeben.")
    message %= {"title": title}
    if comment:
        message += " " + _("Kommentar: „%(comment)s“") % {"comment": comment}
    return message


class ReviewActionView(WorkflowActionView):
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.object.pk])

    def refuse(self, request, problems):
        messages.error(
            request,
            refusal_message(self.object, problems),
            buttons=[messages.button(self.edit_url(), _("Ergänzen"))],
        )
        # Back where the action was started (the dashboard, or the editor without `next`).
        if request.headers.get("x-requested-with") == "XMLHttpRequest":  # the comment dialog
            return self.render_modal_json(
                request, {"step": "success", "redirect": self.redirect_url}
            )
        return redirect(self.redirect_url)

    def approval_problems(self):
        if self.action_name != "approve":
            return []
        return publication_problems(self.object)

    def get(self, request, *args, **kwargs):
        if problems := self.approval_problems():
            return self.refuse(request, problems)
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if problems := self.approval_problems():
            return self.refuse(request, problems)
        try:
            response = super().post(request, *args, **kwargs)
        except ValidationError as error:  # rolled back: on_action runs in a transaction
            return self.refuse(request, describe(error, publishable_version(self.object)))
        self.task_state.refresh_from_db()
        if self.task_state.status != TaskState.STATUS_IN_PROGRESS:
            page = self.object.specific_class.objects.get(pk=self.object.pk)
            messages.success(
                request,
                success_message(page, self.action_name, self.task_state.comment),
                buttons=[messages.button(self.edit_url(), _("Bearbeiten"))],
            )
        return response
