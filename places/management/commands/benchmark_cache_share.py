"""The share of page reads Varnish answers while editors work (`make bench-cache-share`).

Readers ask for the site's live pages with Zipf-distributed popularity (the page of rank r
is asked 1/r as often as the most popular one) through BASE_URL, which is Varnish. Meanwhile
one editor, signed in through the admin's login form, autosaves a draft of a place every
AUTOSAVE seconds as the browser does (the edit form POSTed asking for JSON, overwriting its
own autosave revision), and another place is published every PUBLISH seconds. Prints the
share of answers with X-Cache: HIT, overall and per minute, after one read of every page
has filled the cache.
"""

import collections
import http.cookiejar
import json
import random
import secrets
import statistics
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from editorial.roles import REDAKTION
from places.models import PlacePage

EDITOR = "benchmark-redaktion"
TIMEOUT_SECONDS = 30


def zipf_urls(paths: list[str], seed: int = 22) -> tuple[list[str], list[float]]:
    ranked = paths[:]
    random.Random(seed).shuffle(ranked)
    return ranked, [1 / rank for rank in range(1, len(ranked) + 1)]


class LoopbackIsSecure(http.cookiejar.DefaultCookiePolicy):
    """Sends secure cookies (session, CSRF) to 127.0.0.1 over HTTP, as browsers do for a
    loopback address; the production settings mark them secure."""

    def return_ok_secure(self, cookie, request):
        host = urllib.parse.urlsplit(request.get_full_url()).hostname
        return host in ("127.0.0.1", "localhost") or super().return_ok_secure(cookie, request)


class Editor:
    """A browser session in the admin: signs in, then autosaves one page's edit form."""

    def __init__(self, base_url: str, username: str, password: str):
        self.base_url = base_url
        self.cookies = http.cookiejar.CookieJar(policy=LoopbackIsSecure())
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))
        login = base_url + reverse("wagtailadmin_login")
        form = self.form(login, form_id=None)
        form.update(username=username, password=password, next=reverse("wagtailadmin_home"))
        with self.post(login, form) as response:
            if "/login/" in response.url:
                raise CommandError("Anmeldung im Admin fehlgeschlagen.")

    def form(self, url: str, form_id: str | None = "page-edit-form"):
        """The form as the browser sends it (with its CSRF token); the first without an id."""
        with self.opener.open(url, timeout=TIMEOUT_SECONDS) as response:
            html = response.read().decode()
        return querydict_from_html(html, form_id=form_id, exclude_csrf=False)

    def post(self, url: str, data, **headers):
        body = urllib.parse.urlencode(list(data.lists()), doseq=True).encode()
        request = urllib.request.Request(url, data=body, headers={"Referer": url, **headers})
        return self.opener.open(request, timeout=TIMEOUT_SECONDS)

    def autosave(self, page: Page, stop: threading.Event, every: float, log: list):
        url = self.base_url + reverse("wagtailadmin_pages:edit", args=[page.pk])
        data = self.form(url)
        data.update(nested_form_data({"body": streamfield([])}))
        original = data["title"]
        count = 0
        while not stop.wait(every):
            count += 1
            data["title"] = f"{original} (Entwurf {count})"
            started = time.perf_counter()
            with self.post(url, data, Accept="application/json") as response:
                reply = json.load(response)
            if not reply.get("success"):
                raise CommandError(f"Autosave abgelehnt: {reply}")
            data["overwrite_revision_id"] = str(reply["revision_id"])
            log.append((time.perf_counter() - started) * 1000)


class Command(BaseCommand):
    help = "Misst den Anteil der Seitenaufrufe aus Varnish, während eine Redakteurin arbeitet."

    def add_arguments(self, parser):
        parser.add_argument("base_url", help="Varnish, z. B. http://127.0.0.1:8000")
        parser.add_argument("--seconds", type=int, default=600)
        parser.add_argument("--autosave", type=float, default=10, help="Sekunden")
        parser.add_argument("--publish", type=float, default=300, help="Sekunden")
        parser.add_argument("--readers", type=int, default=4)

    def handle(self, base_url, seconds, autosave, publish, readers, **options):
        base_url = base_url.rstrip("/")
        places = list(PlacePage.objects.live().public().order_by("id")[:2])
        if len(places) < 2:
            raise CommandError("Zu wenige veröffentlichte Orte: erst die Demo anlegen.")
        drafted, published = places
        paths = [
            urllib.parse.urlsplit(page.get_url()).path
            for page in Page.objects.live().public().filter(depth__gt=1).specific()
        ]
        urls, weights = zipf_urls(paths)
        password = secrets.token_urlsafe(24)
        editor, _ = get_user_model().objects.get_or_create(username=EDITOR)
        editor.set_password(password)
        editor.save()
        editor.groups.add(Group.objects.get(name=REDAKTION))

        stop = threading.Event()
        started = time.monotonic()
        answers = collections.Counter()
        per_minute = collections.defaultdict(collections.Counter)
        autosaves, publishes, errors = [], [], []

        def read(seed):
            choose = random.Random(seed)
            while not stop.is_set():
                url = base_url + choose.choices(urls, weights)[0]
                try:
                    with urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response:
                        response.read()
                        state = response.headers.get("X-Cache", "none")
                except urllib.error.HTTPError as error:
                    state = f"HTTP {error.code}"
                minute = int((time.monotonic() - started) // 60)
                answers[state] += 1
                per_minute[minute][state] += 1

        def publish_every():
            original = published.title
            count = 0
            while not stop.wait(publish):
                count += 1
                published.title = f"{original} ({count})"
                published.save_revision().publish()
                publishes.append(time.monotonic() - started)
            published.title = original
            published.save_revision().publish()

        def guarded(work, *args):
            try:
                work(*args)
            except Exception as error:  # reported at the end; the others go on
                errors.append(repr(error))

        session = Editor(base_url, EDITOR, password)
        for url in urls:  # measured from a warm cache, as a running site has it
            with urllib.request.urlopen(base_url + url, timeout=TIMEOUT_SECONDS) as response:
                response.read()
        started = time.monotonic()
        threads = [threading.Thread(target=guarded, args=(read, n)) for n in range(readers)]
        threads.append(
            threading.Thread(
                target=guarded, args=(session.autosave, drafted, stop, autosave, autosaves)
            )
        )
        threads.append(threading.Thread(target=guarded, args=(publish_every,)))
        for thread in threads:
            thread.start()
        try:
            time.sleep(seconds)
        finally:
            stop.set()
            for thread in threads:
                thread.join()

        total = sum(answers.values())
        hits = answers["HIT"]
        median = statistics.median(autosaves) if autosaves else float("nan")
        self.stdout.write(
            f"{total} reads of {len(urls)} pages in {seconds} s by {readers} readers; "
            f"{len(autosaves)} autosaves (median {median:.0f} ms), {len(publishes)} publishes; "
            f"answers: {dict(answers)}"
        )
        self.stdout.write("| minute | reads | from Varnish |\n|---|---|---|")
        for minute, counter in sorted(per_minute.items()):
            count = sum(counter.values())
            self.stdout.write(f"| {minute + 1} | {count} | {counter['HIT'] / count:.1%} |")
        self.stdout.write(f"Answered from Varnish: {hits / total:.2%} of {total} reads")
        if errors:
            raise CommandError("; ".join(errors))
