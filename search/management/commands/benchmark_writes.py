"""Benchmark writes as the collection grows (`make bench-writes`, an empty PostgreSQL database).

For each checkpoint the places are filled up in bulk (pages, Wagtail's search index
and the search documents), then one publish of an existing place is timed (median
of `--rounds`): a publish must cost the same at 10,000 places as at 100. Last,
`import_places` imports `--import` generated places on top and reports places/s.
"""

import io
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.search.backends import get_search_backend
from wagtail.signal_handlers import disable_reference_index_auto_update

from home.benchmark import benchmark_site
from kreativorte.models import District
from places.models import PlacePage
from search.documents import document_fields
from search.management.commands.benchmark_search import bulk_add_children
from search.models import SearchDocument

WORDS = ["Spinnerei", "Kühlhaus", "Bahnhof", "Fabrik", "Hof", "Halle", "Mühle", "Schule"]
TOWNS = ["Görlitz", "Leipzig", "Chemnitz", "Zwickau", "Plauen", "Bautzen", "Freiberg"]


def features(numbers, districts, rng) -> dict:
    """A FeatureCollection in the importer's format (see places/geojson.py)."""
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [rng.uniform(12.3, 14.9), rng.uniform(50.3, 51.6)],
                },
                "properties": {
                    "title": f"{rng.choice(WORDS)} {rng.choice(TOWNS)} {number}",
                    "external_id": f"bench-{number}",
                    "town": rng.choice(TOWNS),
                    "district": rng.choice(districts),
                    "description": f"Ehemalige {rng.choice(WORDS)}, heute Ateliers und Werkstätten.",
                },
            }
            for number in numbers
        ],
    }


def fill_places(parent, count, rng):
    """Places below `parent` up to `count`, written in bulk with their index entries and
    search documents (also for `benchmark_admin`)."""
    districts = {d.slug: d for d in District.objects.all()}
    existing = PlacePage.objects.count()
    pages = []
    for feature in features(range(existing, count), list(districts), rng)["features"]:
        props, (lon, lat) = feature["properties"], feature["geometry"]["coordinates"]
        pages.append(
            PlacePage(
                title=props["title"],
                slug=props["external_id"],
                external_id=props["external_id"],
                town=props["town"],
                teaser=props["description"],
                district=districts[props["district"]],
                location=f"SRID=4326;POINT({lon} {lat})",
                latitude=lat,
                longitude=lon,
            )
        )
    if not pages:
        return
    parent.refresh_from_db()
    with disable_reference_index_auto_update():
        bulk_add_children(parent, pages)
    get_search_backend().add_bulk(PlacePage, pages)
    SearchDocument.objects.bulk_create(
        SearchDocument(page_id=page.pk, **document_fields(page)) for page in pages
    )
    with connection.cursor() as cursor:  # as autovacuum would soon after a bulk load
        cursor.execute("VACUUM ANALYZE")


class Command(BaseCommand):
    help = "Misst die Kosten einer Veröffentlichung bei 100 bis 10.000 Orten und import_places (Orte/s)."

    def add_arguments(self, parser):
        parser.add_argument("--checkpoints", default="100,1000,10000")
        parser.add_argument("--rounds", type=int, default=20)
        parser.add_argument("--import", type=int, default=1000, dest="imported")

    def handle(self, *args, checkpoints, rounds, imported, **options):
        if PlacePage.objects.exists():
            raise CommandError("Nur auf einer leeren Datenbank (make bench-writes legt eine an).")
        self.rng = random.Random(20261123)
        self.districts = {d.slug: d for d in District.objects.all()}
        places = benchmark_site()
        rows = ["| places | publish p50 ms | publish max ms | queries |", "|---:|---:|---:|---:|"]
        for checkpoint in (int(c) for c in checkpoints.split(",")):
            fill_places(places, checkpoint, self.rng)
            p50, slowest, queries = self.publish_cost(rounds)
            rows.append(f"| {checkpoint:,} | {p50:.1f} | {slowest:.1f} | {queries} |")
            self.stderr.write(rows[-1])
        existing = PlacePage.objects.count()
        path = Path(tempfile.mkstemp(suffix=".geojson")[1])
        data = features(range(existing, existing + imported), list(self.districts), self.rng)
        path.write_text(json.dumps(data), encoding="utf-8")
        started = time.perf_counter()
        call_command("import_places", str(path), stdout=io.StringIO())
        seconds = time.perf_counter() - started
        path.unlink()
        rows.append(
            f"\nimport_places: {imported:,} places on top of {existing:,} in {seconds:.0f} s, "
            f"{imported / seconds:.1f} places/s"
        )
        self.stdout.write("\n".join(rows))

    def publish_cost(self, rounds):
        """Median and slowest of `rounds` publishes of a new title, and the queries of one."""
        place = PlacePage.objects.order_by("pk").first()
        original, timings = place.title, []
        for round_ in range(rounds + 1):
            place.title = f"{original} ({round_})"
            started = time.perf_counter()
            place.save_revision().publish()
            timings.append((time.perf_counter() - started) * 1000)
        timings.pop(0)  # the first publish warms caches
        place.title = original
        with CaptureQueriesContext(connection) as queries:
            place.save_revision().publish()
        return statistics.median(timings), max(timings), len(queries)
