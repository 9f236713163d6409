"""Forget the change feed's records once no valid cursor needs them, and preview snapshots
from before yesterday, whose tokens have expired (run daily from cron)."""

from django.core.management.base import BaseCommand
from django.utils import timezone
from wagtail_headless_preview.models import PagePreview

from headless.models import RETENTION, ChangeRecord


class Command(BaseCommand):
    help = (
        f"Löscht Einträge des Änderungs-Feeds, die älter als {RETENTION.days} Tage sind; "
        "der neueste bleibt als Stand, den Cursor erreicht haben. Dazu Vorschau-Schnappschüsse "
        "von vorgestern und früher."
    )

    def handle(self, *args, **options):
        old = ChangeRecord.objects.filter(recorded_at__lt=timezone.now() - RETENTION)
        newest = ChangeRecord.objects.order_by("-seq").values_list("seq", flat=True).first()
        deleted, _ = old.exclude(seq=newest).delete()
        self.stdout.write(f"Gelöscht (älter als {RETENTION.days} Tage): {deleted} Änderungen.")
        # Also at each preview; here for the days without one.
        PagePreview.garbage_collect()
