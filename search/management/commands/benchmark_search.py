"""Benchmark the site search on generated documents against a plain to_tsvector/GIN query.

Run it through `make bench-search` (a fresh PostgreSQL database). It refuses to
run on a database that already holds content.
"""

import random
import statistics
import subprocess
import sys
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.utils import timezone
from wagtail.models import Page, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from home.models import HomePage
from knowledge.models import GuideIndexPage, GuidePage, Topic
from kreativorte import tree
from kreativorte.models import District
from places.models import PlaceIndexPage, PlacePage
from search.documents import document_fields
from search.models import SearchDocument

# Domain words: each appears in roughly one document in ten; the rest of a text is common
# German words and made-up filler drawn Zipf-like, as in real prose.
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
]
STOPWORDS = [
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
WORST_CASE = "kaltor"  # the most frequent filler word: in most documents
SYLLABLES = ["kal", "tor", "ben", "rum", "sel", "dra", "min", "gor", "lat", "fen", "wis", "pu"]
AUTOCOMPLETE = ["fö", "werk", "denkm", "gen", "kühl"]
PLAIN_SQL = """
SELECT id, title FROM bench_documents,
       websearch_to_tsquery('kreativorte_german', %s) AS query
WHERE document @@ query ORDER BY ts_rank(document, query) DESC LIMIT 20
"""


BATCH = 2000


def bulk_add_children(parent, pages):
    """Published pages below `parent` in a few statements (kreativorte.tree).

    For generated benchmark data only: no revisions, no signals, no search index of Wagtail's.
    """
    now = timezone.now()
    for page in pages:
        page.live, page.first_published_at, page.last_published_at = True, now, now
    tree.bulk_add_children(parent, pages)


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
        for query in [*QUERIES, WORST_CASE]:
            p50, p95 = self.timed(lambda q=query: client.get("/api/v1/search/", {"q": q}), repeat)
            g50, g95 = self.timed(lambda q=query: self.plain(q), repeat)
            found = client.get("/api/v1/search/", {"q": query}).json()["count"]
            rows.append(
                f"| {query} | search ({found} hits) | {p50:.1f} | {p95:.1f} | {g50:.1f} | {g95:.1f} |"
            )
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

    def vocabulary(self):
        """Filler words ranked by frequency: Zipf's law, as in real text."""
        filler = [a + b for a in SYLLABLES for b in SYLLABLES] + STOPWORDS
        filler.insert(0, filler.pop(filler.index(WORST_CASE)))
        weights = [1 / rank for rank in range(1, len(filler) + 1)]
        return filler, weights

    def text(self, count):
        filler, weights = self.vocabulary_cache
        words = self.rng.choices(filler, weights, k=count)
        for position in range(count):
            if self.rng.random() < 0.05:
                words[position] = self.rng.choice(WORDS)
        return " ".join(words)

    def generate(self, count):
        """Pages written in bulk (tree paths computed here), then their search documents."""
        self.vocabulary_cache = self.vocabulary()
        root = Page.get_first_root_node()
        Page.objects.filter(depth=2).delete()
        home = root.add_child(instance=HomePage(title="Benchmark", slug="benchmark"))
        Site.objects.update_or_create(
            is_default_site=True, defaults={"hostname": "testserver", "port": 80, "root_page": home}
        )
        guides = home.add_child(instance=GuideIndexPage(title="Wissen", slug="wissen"))
        places = home.add_child(instance=PlaceIndexPage(title="Orte", slug="orte"))
        topics, districts = list(Topic.objects.all()), list(District.objects.all())
        new_guides, new_places = [], []
        for number in range(count):
            title = f"{self.rng.choice(WORDS)} {self.rng.choice(WORDS)} {number}"
            if number % 3:
                body = [{"type": "paragraph", "value": f"<p>{self.text(60)}</p>"} for _ in range(3)]
                page = GuidePage(title=title, slug=f"g-{number}", teaser=self.text(20), body=body)
                page.topic_list = self.rng.sample(topics, 2)
                page.topics = page.topic_list  # in memory, for the search document
                new_guides.append(page)
            else:
                new_places.append(
                    PlacePage(
                        title=title,
                        slug=f"p-{number}",
                        teaser=self.text(20),
                        body=[],
                        town="Görlitz",
                        district=self.rng.choice(districts),
                        location="SRID=4326;POINT(13.5 51.0)",
                        latitude=51.0,
                        longitude=13.5,
                    )
                )
        with disable_reference_index_auto_update():
            bulk_add_children(guides, new_guides)
            bulk_add_children(places, new_places)
            GuidePage.topics.through.objects.bulk_create(
                GuidePage.topics.through(guidepage_id=page.pk, topic=topic)
                for page in new_guides
                for topic in page.topic_list
            )
        self.stderr.write("Seiten geschrieben, Suchdokumente folgen …")
        pages = new_guides + new_places
        for batch in (pages[start : start + BATCH] for start in range(0, len(pages), BATCH)):
            SearchDocument.objects.bulk_create(
                SearchDocument(page_id=page.pk, **document_fields(page)) for page in batch
            )
        with connection.cursor() as cursor:  # as autovacuum would soon after a bulk load
            cursor.execute("VACUUM ANALYZE")

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
