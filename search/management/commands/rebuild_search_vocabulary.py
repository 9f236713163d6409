"""Recount the words that typos are corrected towards, dropping words no document holds."""

from django.core.management.base import BaseCommand

from search.typos import rebuild


class Command(BaseCommand):
    help = (
        "Baut den Wortschatz der Tippfehlerkorrektur aus den Suchdokumenten neu auf "
        "(Häufigkeiten neu gezählt, veraltete Wörter entfernt)."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"{rebuild()} Wörter im Wortschatz.")
