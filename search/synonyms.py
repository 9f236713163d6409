"""Editors' synonym groups (snippet "Synonyme"), applied when a query is parsed.

A query word belongs to a group if it matches one of the group's one-word terms
after folding and cutting one common ending ("Zuschüssen", "Zuschuss" and
"zuschuss" all match "Zuschuss"); it then also searches every term of the group.
Multi-word terms are searched as all their words ("leerstehende Gebäude").

The groups are read once per search (`applied`), never cached across requests:
an editor's change counts from the next search on, in every worker.
"""

import functools
import re
from contextvars import ContextVar

from .folding import fold
from .models import SynonymGroup

ENDINGS = ("en", "er", "es", "e", "n", "s")  # longest first; one is cut
MIN_STEM = 4
WORD = re.compile(r"\w+")

_active: ContextVar[dict[str, tuple[str, ...]] | None] = ContextVar("synonyms", default=None)


def key(word: str) -> str:
    """A word's folded form with one inflection ending cut: "Fördermitteln" -> "fordermittel"."""
    folded = fold(word)
    for ending in ENDINGS:
        stem = folded.removesuffix(ending)
        if stem != folded and len(stem) >= MIN_STEM and not (ending == "s" and stem[-1] == "s"):
            return stem
    return folded


def load() -> dict[str, tuple[str, ...]]:
    """Key of each one-word term -> all terms of its groups (one query)."""
    groups: dict[str, list[str]] = {}
    for group in SynonymGroup.objects.only("terms"):
        # Words only, as in a query: the terms end up in a to_tsquery() text.
        terms = [" ".join(WORD.findall(term)) for term in group.term_list() if WORD.search(term)]
        for term in terms:
            if " " not in term:
                groups.setdefault(key(term), []).extend(terms)
    return {k: tuple(dict.fromkeys(terms)) for k, terms in groups.items()}


def expansions(word: str) -> tuple[str, ...]:
    """The terms a query word also searches; none outside `applied` (e.g. autocomplete)."""
    groups = _active.get()
    return groups.get(key(word), ()) if groups else ()


def applied(function):
    """Run a search with the synonym groups as they are now, read once for all its words."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        if _active.get() is not None:  # nested (a corrected query): already loaded
            return function(*args, **kwargs)
        token = _active.set(load())
        try:
            return function(*args, **kwargs)
        finally:
            _active.reset(token)

    return wrapper
