"""How long a publish takes to show through the HTTP cache in front (`make bench-pages`).

Publishes a new title of one live place again and again, each time asking the place's
URL at BASE_URL until the new title is there, and prints p50, p99 and the slowest time
from the start of the publish. The place gets its own title back at the end.
"""

import statistics
import time
import urllib.request

from django.core.management.base import BaseCommand, CommandError

from places.models import PlacePage

POLL_SECONDS = 0.005
GIVE_UP_SECONDS = 10


def shows(url: str, text: str) -> bool:
    with urllib.request.urlopen(url, timeout=GIVE_UP_SECONDS) as response:
        return text in response.read().decode()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class Command(BaseCommand):
    help = "Misst, wie lange eine Veröffentlichung braucht, bis sie durch den Cache sichtbar ist."

    def add_arguments(self, parser):
        parser.add_argument("base_url", help="z. B. http://127.0.0.1:8000 (Varnish)")
        parser.add_argument("--rounds", type=int, default=20)

    def handle(self, base_url, rounds, **options):
        place = PlacePage.objects.live().public().order_by("id").first()
        if place is None:
            raise CommandError("Kein veröffentlichter Ort: erst die Demo anlegen.")
        url = base_url.rstrip("/") + place.url
        original = place.title
        timings = []
        try:
            for round_ in range(1, rounds + 1):
                shows(url, original)  # cached before the change
                title = f"{original} (Messung {round_})"
                started = time.perf_counter()
                place.title = title
                place.save_revision().publish()
                while not shows(url, title):
                    if time.perf_counter() - started > GIVE_UP_SECONDS:
                        raise CommandError(f"Nach {GIVE_UP_SECONDS} s nicht sichtbar: {url}")
                    time.sleep(POLL_SECONDS)
                timings.append((time.perf_counter() - started) * 1000)
                place.title = original
                place.save_revision().publish()
        finally:
            place.title = original
            place.save_revision().publish()
        self.stdout.write(
            f"Publish visible through {base_url} after (ms, {rounds} publishes): "
            f"p50 {statistics.median(timings):.0f}, p99 {percentile(timings, 0.99):.0f}, "
            f"max {max(timings):.0f}"
        )
