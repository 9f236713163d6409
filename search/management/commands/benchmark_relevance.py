"""Score the site search on the judged query set (search/relevance/queries.json).

Run it through `make bench-relevance` (a fresh database with the demo content) or on
any database seeded with `seed_demo`. It reads only and logs no queries.
"""

import datetime
import json
from pathlib import Path

from django.core.management.base import BaseCommand

from search.relevance.benchmark import TARGET_CATEGORY, TARGET_OVERALL, Figures, evaluate


class Command(BaseCommand):
    help = "Misst die Suchqualität (nDCG@10, MRR, Recall@10) auf den bewerteten Demo-Suchanfragen."

    def add_arguments(self, parser):
        parser.add_argument(
            "--verbose", action="store_true", help="Suchanfragen mit Fehlern einzeln zeigen."
        )
        parser.add_argument("--json", metavar="FILE", help="Die Zahlen als JSON schreiben.")

    def handle(self, *args, **options):
        report = evaluate()
        self.stdout.write(f"Backend: {report.backend}")
        self.stdout.write(
            "nDCG@10 with gain 2^grade-1; MRR of the first relevant hit; "
            "recall@10 of min(relevant, 10)"
        )
        self.stdout.write(
            f"{'category':<12} {'queries':>7} {'nDCG@10':>8} {'MRR':>6} {'recall@10':>9}"
        )
        for name, figures in report.categories.items():
            self.stdout.write(self.row(name, figures, TARGET_CATEGORY))
        self.stdout.write(self.row("overall", report.overall, TARGET_OVERALL))
        if options["verbose"]:
            self.write_misses(report)
        if options["json"]:
            data = {"date": datetime.date.today().isoformat(), **report.as_dict()}
            Path(options["json"]).write_text(json.dumps(data, ensure_ascii=False, indent=2))
            self.stdout.write(f"Written to {options['json']}")

    def row(self, name: str, figures: Figures, target: float) -> str:
        below = f"  < target {target:.2f}" if figures.ndcg < target else ""
        return (
            f"{name:<12} {figures.queries:>7} {figures.ndcg:>8.3f} {figures.mrr:>6.3f} "
            f"{figures.recall:>9.3f}{below}"
        )

    def write_misses(self, report):
        """Every query short of a perfect nDCG: what was expected, what came."""
        misses = sorted((o for o in report.outcomes if o.ndcg < 1), key=lambda o: o.ndcg)
        self.stdout.write(
            f"\n{len(misses)} of {len(report.outcomes)} queries not ranked perfectly:"
        )
        for outcome in misses:
            query = outcome.query
            expected = sorted(query.judgements.items(), key=lambda item: -item[1])
            self.stdout.write(
                f"\n[{query.category}] {query.text!r} ({query.locale}): nDCG {outcome.ndcg:.3f}, "
                f"MRR {outcome.mrr:.3f}, recall {outcome.recall:.3f}"
            )
            self.stdout.write(
                "  expected: "
                + ", ".join(
                    f"{slug} ({grade}){'' if slug in outcome.ranked else ' MISSING'}"
                    for slug, grade in expected
                )
            )
            self.stdout.write(
                "  returned: "
                + (
                    ", ".join(
                        f"{slug} ({query.judgements.get(slug, 0)})" for slug in outcome.ranked
                    )
                    or "nothing"
                )
            )
