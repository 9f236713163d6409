"""Delete the personal data of barrier reports: of closed ones, and of every report older
than six months (run daily from cron)."""

from django.core.management.base import BaseCommand

from accessibility.models import PERSONAL_DATA_MONTHS, BarrierReport


class Command(BaseCommand):
    help = (
        "Löscht Name, E-Mail-Adresse und Einwilligung aus erledigten Barrieremeldungen und "
        f"aus allen, die älter als {PERSONAL_DATA_MONTHS} Monate sind."
    )

    def handle(self, *args, **options):
        purged = BarrierReport.purge()
        self.stdout.write(f"Barrieremeldungen ohne personenbezogene Daten: {purged} bereinigt.")
