"""Wagtail's `publish_scheduled` (cron, every ten minutes), which first sets aside the
scheduled versions that cannot go live.

A version is checked when it is scheduled only if its page is live already; a draft
approved with a date in the future (or one whose place lost its unique key meanwhile)
fails validation when its time comes. Wagtail's command publishes the due versions in
order and stops at the first that fails: every later one would wait for ever. Here such
a version loses its schedule, stays a draft, and the page history says what is missing.
"""

from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.management.commands.publish_scheduled import Command as WagtailCommand
from wagtail.models import Page, Revision

from editorial.readiness import describe

SCHEDULE_REFUSED_ACTION = "editorial.schedule_refused"


class Command(WagtailCommand):
    def handle(self, *args, **options):
        if not options["dryrun"]:
            self.set_aside_unpublishable()
        super().handle(*args, **options)

    def set_aside_unpublishable(self):
        due = Revision.page_revisions.filter(approved_go_live_at__lt=timezone.now())
        for revision in due.order_by("approved_go_live_at"):
            page = revision.as_object()
            try:
                page.full_clean()
            except ValidationError as error:
                problems = describe(error, page)
                Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=None)
                log(
                    instance=Page.objects.get(pk=page.pk).specific,
                    action=SCHEDULE_REFUSED_ACTION,
                    revision=revision,
                    data={"problems": problems},
                )
                self.stderr.write(
                    f"Not published (page {page.pk}, revision {revision.pk}): " + " ".join(problems)
                )
