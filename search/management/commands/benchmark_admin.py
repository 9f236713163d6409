"""Server time of the admin an editor uses (`make bench-admin`, PostgreSQL with the demo).

Fills the demo's "Orte" up to `--places` places (in bulk, as `benchmark_writes` does), then
times each view and each save `--rounds` times through Django's test client (the whole
request inside the server: middleware, views, templates), signed in as Redaktion or
Freigabe: the dashboard, the explorer of Orte, a place's and a guide's edit view, saving a
draft, submitting, approving and publishing. Prints p50/p95/max and the queries of one.
"""

import random
import statistics
import time

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from editorial.roles import FREIGABE, REDAKTION
from knowledge.models import GuidePage
from places.models import PlaceIndexPage, PlacePage
from search.management.commands.benchmark_writes import fill_places

VIEW_TARGET_MS, SAVE_TARGET_MS = 300, 500


def measure(request, *args) -> tuple[float, int]:
    """Milliseconds and queries of one request."""
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        request(*args)
        elapsed = (time.perf_counter() - started) * 1000
    return elapsed, len(queries)


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class Command(BaseCommand):
    help = "Misst die Serverzeit der Admin-Ansichten und -Speichervorgänge (p50/p95/max)."

    def add_arguments(self, parser):
        parser.add_argument("--places", type=int, default=10_000)
        parser.add_argument("--rounds", type=int, default=15)

    def handle(self, *args, places, rounds, **options):
        if connection.vendor != "postgresql":
            raise CommandError("Gemessen wird auf PostgreSQL (make bench-admin legt sie an).")
        index = PlaceIndexPage.objects.filter(locale__language_code="de").first()
        guide = GuidePage.objects.live().order_by("pk").first()
        if index is None or guide is None:
            raise CommandError("Erst die Demo anlegen (seed_demo).")
        fill_places(index, places, random.Random(20261208))
        place = PlacePage.objects.live().child_of(index).order_by("pk").first()
        self.redaktion = self.client_for("benchmark-redaktion", REDAKTION)
        self.freigabe = self.client_for("benchmark-freigabe", FREIGABE)
        edit = reverse("wagtailadmin_pages:edit", args=[place.pk])
        rows = [
            "| step | p50 ms | p95 ms | max ms | queries | target |",
            "|---|---:|---:|---:|---:|---|",
        ]

        def row(name, target, samples):
            samples = samples[1:]  # the first warms caches
            timings = [ms for ms, _ in samples]
            p50 = statistics.median(timings)
            verdict = "ok" if p50 <= target else f"**over {target} ms**"
            rows.append(
                f"| {name} | {p50:.0f} | {percentile(timings, 0.95):.0f} | {max(timings):.0f} "
                f"| {max(queries for _, queries in samples)} | {verdict} |"
            )
            self.stderr.write(rows[-1])

        views = [
            ("Dashboard (Redaktion)", self.redaktion, reverse("wagtailadmin_home")),
            ("Dashboard (Freigabe)", self.freigabe, reverse("wagtailadmin_home")),
            (
                f"Explorer of Orte ({index.get_children().count():,} children)",
                self.redaktion,
                reverse("wagtailadmin_explore", args=[index.pk]),
            ),
            ("Edit view of a place", self.redaktion, edit),
            (
                "Edit view of a guide",
                self.redaktion,
                reverse("wagtailadmin_pages:edit", args=[guide.pk]),
            ),
        ]
        for name, client, url in views:
            row(
                name,
                VIEW_TARGET_MS,
                [measure(self.get, client, url) for _ in range(rounds + 1)],
            )

        original = place.title
        data = self.form(self.redaktion, edit, title=f"{original} (Entwurf)")
        drafts = [measure(self.post, self.redaktion, edit, data) for _ in range(rounds + 1)]
        row("Save draft (Redaktion)", SAVE_TARGET_MS, drafts)
        submits, approvals = [], []
        for round_ in range(rounds + 1):
            data = self.form(self.redaktion, edit, title=f"{original} ({round_})")
            data["action-submit"] = "1"
            submits.append(measure(self.post, self.redaktion, edit, data))
            state = PlacePage.objects.get(pk=place.pk).current_workflow_task_state
            url = reverse(
                "wagtailadmin_pages:workflow_action", args=[place.pk, "approve", state.pk]
            )
            comment = {"comment": "Passt."}
            approvals.append(measure(self.post, self.freigabe, url, comment))
        row("Submit (Redaktion)", SAVE_TARGET_MS, submits)
        row("Approve, publishes (Freigabe)", SAVE_TARGET_MS, approvals)
        data = self.form(self.freigabe, edit, title=f"{original} (veröffentlicht)")
        data["action-publish"] = "1"
        publishes = [measure(self.post, self.freigabe, edit, data) for _ in range(rounds + 1)]
        row("Publish (Freigabe)", SAVE_TARGET_MS, publishes)
        place.refresh_from_db()
        place.title = original
        place.save_revision().publish()
        self.stdout.write("\n".join(rows))

    def client_for(self, username, group):
        user, _ = get_user_model().objects.get_or_create(username=username)
        user.groups.add(Group.objects.get(name=group))
        client = Client()
        client.force_login(user)
        return client

    def form(self, client, url, **changes):
        """The edit form as the editor's browser sends it (see tests/roles_world.py)."""
        html = self.get(client, url).content.decode()
        data = querydict_from_html(html, form_id="page-edit-form")
        data.update(nested_form_data({"body": streamfield([])}))
        data.update(changes)
        return data

    def get(self, client, url):
        return self.expect(client.get(url), 200)

    def post(self, client, url, data):
        return self.expect(client.post(url, data), 302)  # redirected: saved

    @staticmethod
    def expect(response, status):
        if response.status_code != status:
            raise CommandError(f"{response.status_code} statt {status}: {response.content[:500]!r}")
        return response
