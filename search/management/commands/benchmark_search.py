"""Benchmark the site search on generated documents against a plain to_tsvector/GIN query.

Run it through `make bench-search` (a fresh PostgreSQL database). It refuses to
run on a database that already holds content.
"""

import io
import random
import statistics
import subprocess
import sys
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import override_settings
from wagtail.models import Page, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from home.models import HomePage
from knowledge.models import GuideIndexPage, GuidePage, Topic
from kreativorte.models import District
from places.models import PlaceIndexPage, PlacePage

WORDS = [
    "Werkstatt",
    "Werkstätten",
    "Atelier",
    "Ateliers",
    "Förderung",
    "Förderungen",
    "Denkmal",
    "Denkmalschutz",
    "Baurecht",
    "Nutzungsänderung",
    "Brandschutz",
    "Genossenschaft",
    "Verein",
    "Kulturort",
    "Kühlhaus",
    "Spinnerei",
    "Bahnhof",
    "Kesselhaus",
    "Zwischennutzung",
    "Leerstand",
    "Eigentümer",
    "Kommune",
    "Landkreis",
    "Görlitz",
    "Leipzig",
    "Dresden",
    "Chemnitz",
    "Zwickau",
    "Plauen",
    "Bautzen",
    "Freiberg",
    "Handwerk",
    "Tischlerei",
    "Keramik",
    "Design",
    "Musik",
    "Bühne",
    "Coworking",
    "Miete",
    "Finanzierung",
    "Zuschuss",
    "Antrag",
    "Frist",
    "Konzept",
    "Nutzer",
    "Raum",
    "Räume",
    "Halle",
    "Hof",
    "Fabrik",
    "Gebäude",
    "Sanierung",
    "Dach",
    "Fenster",
    "Heizung",
    "Energie",
    "Besucher",
    "Veranstaltung",
    "Workshop",
    "Nachbarschaft",
    "Region",
    "Dorf",
    "Stadt",
    "Markt",
    "Netzwerk",
    "Beratung",
    "Planung",
    "Genehmigung",
    "Behörde",
    "und",
    "die",
    "der",
    "das",
    "mit",
    "für",
    "von",
    "im",
    "auf",
    "ein",
    "eine",
    "wird",
    "werden",
    "ist",
    "sind",
    "auch",
    "nach",
    "bei",
]
QUERIES = [
    "förderung denkmal",
    "werkstätten görlitz",
    "brandschutz",
    "genossenschaft leipzig",
    "kühlhaus",
]
AUTOCOMPLETE = ["fö", "werk", "denkm", "gen", "kühl"]
PLAIN_SQL = """
SELECT id, title FROM bench_documents,
       websearch_to_tsquery('kreativorte_german', %s) AS query
WHERE document @@ query ORDER BY ts_rank(document, query) DESC LIMIT 20
"""


class Command(BaseCommand):
    help = "Misst die Suche (p50/p95) auf 50.000 erzeugten Dokumenten neben einer GIN-Abfrage."

    def add_arguments(self, parser):
        parser.add_argument("--documents", type=int, default=50_000)
        parser.add_argument("--repeat", type=int, default=30)
        parser.add_argument(
            "--measure-only", action="store_true", help="Nur messen (Daten liegen schon bereit)."
        )

    def handle(self, *args, documents, repeat, measure_only, **options):
        if connection.vendor != "postgresql":
            raise CommandError("Der Vergleich mit to_tsvector/GIN braucht PostgreSQL.")
        if measure_only:
            return self.measure(repeat)
        if PlacePage.objects.exists() or GuidePage.objects.exists():
            raise CommandError("Nur auf einer leeren Datenbank (make bench-search legt eine an).")
        self.rng = random.Random(20261122)
        started = time.perf_counter()
        self.generate(documents)
        self.stderr.write(f"{documents} Dokumente erzeugt in {time.perf_counter() - started:.0f} s")
        started = time.perf_counter()
        call_command("update_index", stdout=io.StringIO())
        self.stderr.write(f"Index aufgebaut in {time.perf_counter() - started:.0f} s")
        self.plain_table()
        # Measure in a fresh process, like a web worker (this one holds what generating left).
        subprocess.run(
            [
                sys.executable,
                "manage.py",
                "benchmark_search",
                "--measure-only",
                f"--repeat={repeat}",
            ],
            check=True,
        )

    def measure(self, repeat):
        client = Client()
        rows = [
            "| Query | kind | p50 ms | p95 ms | plain GIN p50 ms | plain GIN p95 ms |",
            "|---|---|---:|---:|---:|---:|",
        ]
        for query in QUERIES:
            p50, p95 = self.timed(lambda q=query: client.get("/api/v1/search/", {"q": q}), repeat)
            g50, g95 = self.timed(lambda q=query: self.plain(q), repeat)
            rows.append(f"| {query} | search | {p50:.1f} | {p95:.1f} | {g50:.1f} | {g95:.1f} |")
            f50, f95 = self.timed(
                lambda q=query: client.get(
                    "/api/v1/search/", {"q": q, "type": "guide", "topic": "foerderung"}
                ),
                repeat,
            )
            rows.append(f"| {query} | faceted (type, topic) | {f50:.1f} | {f95:.1f} | – | – |")
        for prefix in AUTOCOMPLETE:
            a50, a95 = self.timed(
                lambda p=prefix: client.get("/api/v1/search/autocomplete/", {"q": p}), repeat
            )
            rows.append(f"| {prefix} | autocomplete | {a50:.1f} | {a95:.1f} | – | – |")
        self.stdout.write("\n".join(rows))

    def text(self, count):
        return " ".join(self.rng.choice(WORDS) for _ in range(count))

    def generate(self, count):
        root = Page.get_first_root_node()
        Page.objects.filter(depth=2).delete()
        home = root.add_child(instance=HomePage(title="Benchmark", slug="benchmark"))
        Site.objects.update_or_create(
            is_default_site=True, defaults={"hostname": "testserver", "port": 80, "root_page": home}
        )
        guides = home.add_child(instance=GuideIndexPage(title="Wissen", slug="wissen"))
        places = home.add_child(instance=PlaceIndexPage(title="Orte", slug="orte"))
        topics, districts = list(Topic.objects.all()), list(District.objects.all())
        no_indexing = {
            "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
        }
        with (
            disable_reference_index_auto_update(),
            override_settings(WAGTAILSEARCH_BACKENDS=no_indexing),
        ):
            for number in range(count):
                title = f"{self.text(3).title()} {number}"
                body = [{"type": "paragraph", "value": f"<p>{self.text(60)}</p>"} for _ in range(3)]
                if number % 3:
                    page = GuidePage(
                        title=title, slug=f"g-{number}", teaser=self.text(20), body=body
                    )
                    page.topics = self.rng.sample(topics, 2)
                    guides.add_child(instance=page)
                    guides.refresh_from_db(fields=["numchild"])
                else:
                    page = PlacePage(
                        title=title,
                        slug=f"p-{number}",
                        teaser=self.text(20),
                        body=[],
                        town="Görlitz",
                        district=self.rng.choice(districts),
                        location="SRID=4326;POINT(13.5 51.0)",
                    )
                    places.add_child(instance=page)
                    places.refresh_from_db(fields=["numchild"])

    def plain_table(self):
        """The same rows as a plain table with a tsvector column and a GIN index."""
        with connection.cursor() as cursor:
            cursor.execute(
                """
                DROP TABLE IF EXISTS bench_documents;
                CREATE TABLE bench_documents AS
                  SELECT p.id, p.title,
                         to_tsvector('kreativorte_german', p.title || ' ' || coalesce(g.teaser, pl.teaser, '')
                                     || ' ' || coalesce(g.body::text, '')) AS document
                  FROM wagtailcore_page p
                  LEFT JOIN knowledge_guidepage g ON g.page_ptr_id = p.id
                  LEFT JOIN places_placepage pl ON pl.page_ptr_id = p.id
                  WHERE g.page_ptr_id IS NOT NULL OR pl.page_ptr_id IS NOT NULL;
                CREATE INDEX bench_documents_gin ON bench_documents USING GIN (document);
                ANALYZE bench_documents;
                """
            )

    def plain(self, query):
        with connection.cursor() as cursor:
            cursor.execute(PLAIN_SQL, [query])
            return cursor.fetchall()

    def timed(self, call, repeat):
        call()
        samples = []
        for _ in range(repeat):
            started = time.perf_counter()
            result = call()
            samples.append((time.perf_counter() - started) * 1000)
            if getattr(result, "status_code", 200) != 200:
                raise CommandError(f"HTTP {result.status_code}")
        return statistics.median(samples), statistics.quantiles(samples, n=20)[18]
