from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from places.geojson import GeoJSONError, import_places, parse


class Command(BaseCommand):
    help = (
        "Importiert Orte aus einer GeoJSON-FeatureCollection. Alles wird vorab geprüft; "
        "bei einem Fehler wird nichts geschrieben."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="GeoJSON-Datei (Punkte als [Länge, Breite])")
        parser.add_argument(
            "--dry-run", action="store_true", help="Nur anzeigen, was sich ändern würde."
        )
        parser.add_argument(
            "--draft",
            action="store_true",
            help="Neue Orte als Entwurf anlegen statt veröffentlichen.",
        )

    def handle(self, *args, file: Path, dry_run: bool, draft: bool, **options):
        try:
            text = file.read_text(encoding="utf-8-sig")  # tolerates a byte-order mark
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"{file}: Datei nicht lesbar ({error}).") from error
        try:
            records, warnings = parse(text)
            report = import_places(records, dry_run=dry_run, publish=not draft)
        except GeoJSONError as error:
            raise CommandError(
                f"{file}: Import abgebrochen, nichts wurde geschrieben.\n" + "\n".join(error.errors)
            ) from error

        for warning in warnings:
            self.stderr.write(self.style.WARNING(warning))
        prefix = "Probelauf – " if dry_run else ""
        for label in report.created:
            self.stdout.write(f"+ {label}")
        for label in report.updated:
            self.stdout.write(f"~ {label}")
        for label in report.skipped:
            self.stdout.write(f"! übersprungen: {label}")
        self.stdout.write(
            self.style.SUCCESS(
                f"{prefix}neu: {len(report.created)}, aktualisiert: {len(report.updated)}, "
                f"unverändert: {len(report.unchanged)}, übersprungen: {len(report.skipped)}"
                + (" (Probelauf, nichts geschrieben)" if dry_run else "")
            )
        )
