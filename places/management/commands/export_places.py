import json
from pathlib import Path

from django.core.management.base import BaseCommand
from wagtail.models import Locale

from places.geojson import export_places
from places.models import PlacePage


class Command(BaseCommand):
    help = "Exportiert alle veröffentlichten Orte als GeoJSON-FeatureCollection (Format wie import_places)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="Zieldatei, z. B. orte.geojson")

    def handle(self, *args, file: Path, **options):
        places = (
            PlacePage.objects.live().filter(locale=Locale.get_default()).order_by("external_id")
        )
        collection = export_places(places)
        file.write_text(
            json.dumps(collection, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        self.stdout.write(
            self.style.SUCCESS(f"{len(collection['features'])} Orte nach {file} exportiert.")
        )
