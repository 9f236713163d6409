"""Forget the change feed's records once no valid cursor needs them (run daily from cron)."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from headless.models import RETENTION, ChangeRecord


class Command(BaseCommand):
    help = (
        f"Löscht Einträge des Änderungs-Feeds, die älter als {RETENTION.days} Tage sind; "
        "der neueste bleibt als Stand, den Cursor erreicht haben."
    )

    def handle(self, *args, **options):
        old = ChangeRecord.objects.filter(recorded_at__lt=timezone.now() - RETENTION)
        newest = ChangeRecord.objects.order_by("-seq").values_list("seq", flat=True).first()
        deleted, _ = old.exclude(seq=newest).delete()
        self.stdout.write(f"Gelöscht (älter als {RETENTION.days} Tage): {deleted} Änderungen.")
