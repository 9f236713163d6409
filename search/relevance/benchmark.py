"""Run the judged queries through the site search and score the first ten hits.

The search page and the API share `run_search`, so this measures what visitors get.
"""

import json
from dataclasses import dataclass
from pathlib import Path
from statistics import mean

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test import RequestFactory

from search.service import run_search, uses_documents

from . import metrics

QUERIES = Path(__file__).with_name("queries.json")
CATEGORIES = ("title", "topic", "inflection", "compound", "typo", "synonym", "english", "question")
# Issue 15's targets on PostgreSQL; not enforced yet (the lead sets thresholds).
TARGET_OVERALL = 0.85
TARGET_CATEGORY = 0.7


@dataclass(frozen=True)
class JudgedQuery:
    text: str
    locale: str
    category: str
    judgements: dict[str, int]  # page slug in the query's locale -> grade 1–3


@dataclass
class Outcome:
    query: JudgedQuery
    ranked: list[str]  # slugs of the first ten hits
    ndcg: float
    mrr: float
    recall: float


@dataclass
class Figures:
    queries: int
    ndcg: float
    mrr: float
    recall: float


@dataclass
class Report:
    backend: str
    outcomes: list[Outcome]
    categories: dict[str, Figures]
    overall: Figures

    def as_dict(self) -> dict:
        return {
            "backend": self.backend,
            "metrics": "nDCG@10 (gain 2^grade-1), MRR@10, recall@10 (of min(relevant, 10))",
            "categories": {name: vars(f) for name, f in self.categories.items()},
            "overall": vars(self.overall),
            "queries": [
                {
                    "text": o.query.text,
                    "locale": o.query.locale,
                    "category": o.query.category,
                    "judgements": o.query.judgements,
                    "returned": o.ranked,
                    "ndcg": o.ndcg,
                    "mrr": o.mrr,
                    "recall": o.recall,
                }
                for o in self.outcomes
            ],
        }


def load_queries(path: Path = QUERIES) -> list[JudgedQuery]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [JudgedQuery(**query) for query in data["queries"]]


def backend_name() -> str:
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
    if uses_documents():
        return "PostgreSQL search documents (tsvector, GIN index)"
    if "elasticsearch" in backend:
        return f"Elasticsearch ({backend})"
    if connection.vendor == "sqlite":
        return "SQLite FTS5 (Wagtail database backend)"
    return f"{connection.vendor} ({backend})"


def search_request():
    request = RequestFactory().get("/suche/")
    request.user = AnonymousUser()
    return request


def ranked_slugs(query: JudgedQuery, request) -> list[str]:
    results = run_search(
        query.text, request=request, locale=query.locale, limit=metrics.K, log=False
    )
    return [page.slug for page in results.hits]


def score(query: JudgedQuery, ranked: list[str]) -> Outcome:
    grades = query.judgements
    return Outcome(
        query=query,
        ranked=ranked,
        ndcg=metrics.ndcg(ranked, grades),
        mrr=metrics.reciprocal_rank(ranked, grades),
        recall=metrics.recall(ranked, grades),
    )


def summarise(outcomes: list[Outcome]) -> Figures:
    return Figures(
        queries=len(outcomes),
        ndcg=mean(o.ndcg for o in outcomes),
        mrr=mean(o.mrr for o in outcomes),
        recall=mean(o.recall for o in outcomes),
    )


def evaluate(queries: list[JudgedQuery] | None = None) -> Report:
    queries = load_queries() if queries is None else queries
    request = search_request()
    outcomes = [score(query, ranked_slugs(query, request)) for query in queries]
    categories = {
        name: summarise([o for o in outcomes if o.query.category == name])
        for name in CATEGORIES
        if any(o.query.category == name for o in outcomes)
    }
    return Report(backend_name(), outcomes, categories, summarise(outcomes))
