"""Typo tolerance: the words of the public search documents, and the closest one to a typo.

The vocabulary (`SearchWord`) grows as documents are saved: one insert of the
document's new words, whatever the size of the collection. Words are never
removed on a save, so a word may outlive its page; the search offers a correction
only if the corrected query finds public results, so a stale word never shows.
`rebuild()` (manage.py rebuild_search_vocabulary) recounts and drops stale words.

Candidates come from a trigram index on PostgreSQL (pg_trgm, nearest first) and
from the words of about the right length elsewhere; RapidFuzz measures the
Damerau-Levenshtein distance of both the same way.
"""

import re
from collections import Counter

from django.apps import apps as global_apps
from django.db import connection
from django.db.models import FloatField
from django.db.models.expressions import RawSQL
from django.db.models.signals import post_save
from rapidfuzz.distance import DamerauLevenshtein

from .folding import fold
from .models import SearchDocument, SearchWord

LETTERS = re.compile(r"\b[^\W\d_]{3,40}\b")  # words of letters only: no numbers, no codes
MIN_LENGTH = 3  # shorter words are not corrected
CANDIDATES = 50  # nearest trigram neighbours considered on PostgreSQL
BATCH = 2000


def max_distance(word: str) -> int:
    """Edits allowed, as Elasticsearch's fuzziness AUTO: 1 from 3 letters, 2 from 6."""
    return 0 if len(word) < MIN_LENGTH else 1 if len(word) < 6 else 2


def words_of(*texts: str) -> dict[str, str]:
    """Folded word -> its spelling where first seen."""
    words: dict[str, str] = {}
    for text in texts:
        for spelling in LETTERS.findall(text):
            words.setdefault(fold(spelling), spelling)
    return words


def record(sender, instance, raw=False, **kwargs):
    """A saved document's words join the vocabulary (one statement; known words are skipped)."""
    if raw:
        return
    words = words_of(instance.title, instance.summary, instance.text)
    SearchWord.objects.bulk_create(
        (SearchWord(word=w, spelling=s, length=len(w)) for w, s in words.items()),
        batch_size=BATCH,
        ignore_conflicts=True,
    )


def connect():
    post_save.connect(record, sender=SearchDocument, dispatch_uid="search-vocabulary")


def rebuild(apps=global_apps) -> int:
    """The vocabulary anew from the documents, with document frequencies; returns its size.

    Also run by a migration, with its historical models (`apps`).
    """
    SearchDocument = apps.get_model("search", "SearchDocument")  # noqa: N806
    SearchWord = apps.get_model("search", "SearchWord")  # noqa: N806
    frequency: Counter = Counter()
    spellings: dict[str, str] = {}
    rows = SearchDocument.objects.values_list("title", "summary", "text")
    for texts in rows.iterator(chunk_size=500):
        words = words_of(*texts)
        frequency.update(words.keys())
        for word, spelling in words.items():
            spellings.setdefault(word, spelling)
    SearchWord.objects.all().delete()
    SearchWord.objects.bulk_create(
        (
            SearchWord(word=w, spelling=spellings[w], length=len(w), documents=n)
            for w, n in frequency.items()
        ),
        batch_size=BATCH,
    )
    return len(frequency)


def known(words) -> set[str]:
    """Those of the folded words that the vocabulary holds."""
    return set(SearchWord.objects.filter(word__in=list(words)).values_list("word", flat=True))


def candidates(word: str, *, prefix: bool):
    """Vocabulary rows (word, spelling, documents) that may lie near a folded word."""
    rows = SearchWord.objects.values_list("word", "spelling", "documents")
    if connection.vendor == "postgresql":
        # Nearest by trigrams through the GiST index; "<<->" compares with any part of
        # the word, so a typed beginning finds its completions.
        operator = "%s <<-> word" if prefix else "word <-> %s"
        distance = RawSQL(operator, [word], FloatField())
        return rows.alias(distance=distance).order_by("distance")[:CANDIDATES]
    allowed = max_distance(word)
    if prefix:
        return rows.filter(length__gte=len(word) - allowed, word__startswith=word[0])
    return rows.filter(length__range=(len(word) - allowed, len(word) + allowed))


def nearest_beginning(word: str, candidate: str, limit: int) -> tuple[int, str]:
    """(edits, beginning): the beginning of `candidate` nearest to a typed `word`."""
    beginnings = {candidate[: len(word) + change] for change in range(-limit, limit + 1)}
    return min((DamerauLevenshtein.distance(word, b, score_cutoff=limit), b) for b in beginnings)


def closest(word: str, *, prefix: bool = False, limit: int | None = None) -> str | None:
    """The spelling of the vocabulary word nearest to `word` (fewest edits, then the most
    frequent), or None. With `prefix`, the (folded) beginning of a word nearest to the
    beginning typed: "Ateleir" -> "atelier", which Ateliers and Atelierhaus start with."""
    folded = fold(word)
    limit = max_distance(folded) if limit is None else limit
    if not limit:
        return None
    found = []
    for candidate, spelling, documents in candidates(folded, prefix=prefix):
        if prefix:
            edits, spelling = nearest_beginning(folded, candidate, limit)
        else:
            edits = DamerauLevenshtein.distance(folded, candidate, score_cutoff=limit)
        if edits <= limit and spelling != folded:
            found.append((edits, -documents, len(candidate), candidate, spelling))
    return min(found)[-1] if found else None
