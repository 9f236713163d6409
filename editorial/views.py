"""Admin views of the editorial dashboard."""

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.log_actions import log

from knowledge.models import GuidePage
from kreativorte.content_version import content_changed

CONFIRM_REVIEW_ACTION = "editorial.confirm_review"


@require_POST
def confirm_review(request, page_id):
    """Set a live guide's "reviewed on" date to today, without a new revision.

    Only users who may publish the guide (Freigabe, administrators) may confirm.
    The page row is updated with a queryset update (no save, no revision, no
    other field touched). The same date is written into the content of the live
    revision and of every later draft revision, so publishing an older draft or
    reverting to the live revision keeps the confirmed date. The confirmation is
    recorded in Wagtail's audit log (page history).
    """
    guide = get_object_or_404(GuidePage.objects.live(), pk=page_id)
    if not guide.permissions_for_user(request.user).can_publish():
        # A plain 403: Wagtail's admin would turn PermissionDenied into a redirect.
        return HttpResponseForbidden(
            _("Sie dürfen die Prüfung dieses Leitfadens nicht bestätigen.")
        )
    today = timezone.localdate()
    previous = guide.last_reviewed
    with transaction.atomic():
        GuidePage.objects.filter(pk=guide.pk).update(last_reviewed=today)
        content_changed()  # the guide shows the date; update() sends no signal
        revisions = guide.revisions.all()
        if guide.live_revision_id:
            revisions = revisions.filter(pk__gte=guide.live_revision_id)
        for revision in revisions.only("pk", "content"):
            content = dict(revision.content, last_reviewed=today.isoformat())
            type(revision).objects.filter(pk=revision.pk).update(content=content)
        log(
            instance=guide,
            action=CONFIRM_REVIEW_ACTION,
            user=request.user,
            data={
                "last_reviewed": today.isoformat(),
                "previous": previous.isoformat() if previous else None,
            },
        )
    messages.success(
        request,
        _("Die Prüfung von „%(title)s“ ist mit dem heutigen Datum bestätigt.")
        % {"title": guide.get_admin_display_title()},
    )
    return redirect("wagtailadmin_home")
