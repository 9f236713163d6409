"""Forget what visitors searched for after a while (run daily from cron)."""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search.models import ZeroResultQuery

DEFAULT_DAYS = 90


class Command(BaseCommand):
    help = (
        "Löscht Suchstatistik (Tagestreffer, Suchen ohne Treffer), die älter als --days Tage "
        "ist, und Suchbegriffe ohne Treffer und ohne hervorgehobene Ergebnisse."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=DEFAULT_DAYS, help="Aufbewahrung in Tagen")

    def handle(self, *args, days, **options):
        if days < 1:
            raise CommandError("--days muss mindestens 1 sein.")
        cutoff = timezone.localdate() - datetime.timedelta(days=days)
        hits, _ = QueryDailyHits.objects.filter(date__lt=cutoff).delete()
        zero, _ = ZeroResultQuery.objects.filter(last_searched__lt=cutoff).delete()
        # A query with an editor's pick stays: deleting it would delete the pick.
        queries, _ = Query.objects.filter(
            daily_hits__isnull=True, editors_picks__isnull=True
        ).delete()
        self.stdout.write(
            f"Gelöscht (älter als {days} Tage): {hits} Tageszählungen, "
            f"{zero} Suchen ohne Treffer, {queries} Suchbegriffe ohne Zählung."
        )
