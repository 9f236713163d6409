"""Rebuild the site search's documents, e.g. after a restore or a bulk change in SQL."""

from django.core.management.base import BaseCommand

from search.documents import rebuild


class Command(BaseCommand):
    help = "Baut die Suchdokumente aller veröffentlichten, öffentlichen Seiten neu auf."

    def handle(self, *args, **options):
        self.stdout.write(f"{rebuild()} Suchdokumente aufgebaut.")
