"""Benchmark the places API against Wagtail's stock API v2 on generated places.

Run it through `make bench`, which gives it a fresh database. It refuses to run
on a database that already holds places, so it can never touch real content.
"""

import gc
import random
import statistics
import time
from datetime import datetime

from django.core.management.base import BaseCommand, CommandError
from django.test import Client
from django.test.utils import override_settings
from wagtail.signal_handlers import disable_reference_index_auto_update

from home.benchmark import benchmark_site
from kreativorte.geo import LatLon
from kreativorte.models import District, SubMarket
from places.models import PlacePage, PlaceType

V2_FIELDS = "subtitle,teaser,town,district,place_types,submarkets,status,latitude,longitude"


class Command(BaseCommand):
    help = (
        "Misst p50/p95 der Orte-API (v1) neben Wagtails API v2 für 1.000 und 10.000 erzeugte Orte."
    )

    def add_arguments(self, parser):
        parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
        parser.add_argument("--repeat", type=int, default=30, help="Messungen je Endpunkt")
        parser.add_argument("--seed", type=int, default=20261122)

    def handle(self, *args, sizes, repeat, seed, **options):
        if PlacePage.objects.exists():
            raise CommandError("Nur auf einer leeren Datenbank (make bench legt eine an).")
        self.rng = random.Random(seed)
        self.client = Client()
        index = benchmark_site()
        lines = [
            "| Places | Endpoint | v1 p50 ms | v1 p95 ms | v2 p50 ms | v2 p95 ms | v2/v1 (p50) |",
            "|---:|---|---:|---:|---:|---:|---:|",
        ]
        for size in sorted(sizes):
            self.generate(index, size - PlacePage.objects.count())
            # A web worker does not hold the objects made while generating; keep the
            # garbage collector from scanning them during the measurement.
            gc.collect()
            gc.freeze()
            lines += self.measure(size, repeat)
        self.stdout.write(f"\nMachine: {self.machine()}\n")
        self.stdout.write("\n".join(lines))

    def generate(self, index, count):
        districts = list(District.objects.all())
        types, markets = list(PlaceType.objects.all()), list(SubMarket.objects.all())
        started = time.perf_counter()
        start_number = PlacePage.objects.count()
        with (
            disable_reference_index_auto_update(),
            override_settings(
                WAGTAILSEARCH_BACKENDS={
                    "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
                }
            ),
        ):
            for number in range(start_number, start_number + count):
                point = LatLon(
                    lat=round(self.rng.uniform(50.2, 51.65), 5),
                    lon=round(self.rng.uniform(11.9, 15.0), 5),
                )
                place = PlacePage(
                    title=f"Kreativort {number}",
                    slug=f"kreativort-{number}",
                    subtitle="Vom Lagerhaus zum Atelierhaus",
                    teaser="Ein erzeugter Ort für die Messung.",
                    town="Musterstadt",
                    district=self.rng.choice(districts),
                    location=point.as_point(),
                    status=self.rng.choice(PlacePage.Status.values),
                )
                place.place_types = self.rng.sample(types, 2)
                place.submarkets = self.rng.sample(markets, 2)
                index.add_child(instance=place)
                index.refresh_from_db(fields=["numchild"])
        self.stderr.write(f"{count} Orte erzeugt in {time.perf_counter() - started:.0f} s")

    def timed(self, url, repeat):
        """Server time per request in ms (in-process, through all middleware)."""
        self.client.get(url)  # warm caches and renditions once
        samples = []
        for _ in range(repeat):
            started = time.perf_counter()
            response = self.client.get(url)
            samples.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise CommandError(f"{url}: {response.status_code}")
        return statistics.median(samples), statistics.quantiles(samples, n=20)[18]

    def measure(self, size, repeat):
        place = PlacePage.objects.order_by("?").first()
        pairs = [
            (
                "list (20)",
                "/api/v1/places/?limit=20",
                f"/api/v2/pages/?type=places.PlacePage&fields={V2_FIELDS}&limit=20",
            ),
            ("detail", f"/api/v1/places/{place.id}/", f"/api/v2/pages/{place.id}/"),
            ("near 50 km (20)", "/api/v1/places/?near=51.05,13.74&radius=50&limit=20", None),
            ("GeoJSON, all", "/api/v1/places/geojson/", None),
        ]
        rows = []
        for name, v1, v2 in pairs:
            p50, p95 = self.timed(v1, repeat if "geojson" not in v1 else max(10, repeat // 3))
            if v2:
                q50, q95 = self.timed(v2, repeat)
                rows.append(
                    f"| {size:,} | {name} | {p50:.1f} | {p95:.1f} | {q50:.1f} | {q95:.1f} | {q50 / p50:.1f}x |"
                )
            else:
                rows.append(f"| {size:,} | {name} | {p50:.1f} | {p95:.1f} | – | – | – |")
            self.stderr.write(rows[-1])
        return rows

    def machine(self):
        import os
        import platform

        from django.db import connection

        return (
            f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}, {connection.vendor} "
            f"{'.'.join(map(str, connection.Database.sqlite_version_info)) if connection.vendor == 'sqlite' else connection.pg_version}, "
            f"{datetime.now():%Y-%m-%d}"
        )
