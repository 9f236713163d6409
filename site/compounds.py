"""Splitting German compounds into their parts: "Nutzungsänderung" -> nutzung, anderung.

Dictionary-based: a word splits into listed words (compound_words.txt), with the
linking elements -s-, -es-, -n-, -en-, -er-, -e- between them, a dropped final -e
("Schulhaus") and an inflected head ("Genossenschaftsanteile"). Fewest parts win; parts
that are compounds themselves split further. A word that does not split completely is
left whole, so names and simple words ("Leipzig", "Verein") are never cut up.

The search indexes the parts beside the whole words and splits query words the same
way, on every backend; Elasticsearch's dictionary_decompounder reads the same list.
"""

import functools
import unicodedata
from pathlib import Path

WORD_LIST = Path(__file__).with_name("compound_words.txt")
LINKS = ("", "s", "es", "n", "en", "er", "e", "ens")
HEAD_ENDINGS = ("", "e", "en", "n", "s", "es", "er", "ern")
MIN_PART = 3  # the list holds three-letter words only where they make compounds (Bau-, -hof)


@functools.cache
def words() -> frozenset[str]:
    lines = WORD_LIST.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def fold(text: str) -> str:
    """Lower case without accents, ß as ss: the form the list and the index use."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("ß", "ss"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def modifier(piece: str) -> str | None:
    """The listed word a non-final piece stands for, its linking element dropped."""
    for link in LINKS:
        stem = piece[: len(piece) - len(link)]
        if piece.endswith(link) and len(stem) >= MIN_PART and stem in words():
            return stem
    return piece + "e" if piece + "e" in words() else None  # Schul-haus


def head(piece: str) -> str | None:
    """The listed word the last piece inflects: "anteile" -> "anteil"."""
    for ending in HEAD_ENDINGS:
        stem = piece[: len(piece) - len(ending)]
        if piece.endswith(ending) and len(stem) >= MIN_PART and stem in words():
            return stem
    return None


@functools.lru_cache(maxsize=65536)
def segment(word: str) -> tuple[str, ...] | None:
    """The fewest listed words (at least two) that make up a folded word, or None."""
    best = None
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        first = modifier(word[:cut])
        if first is None:
            continue
        last = head(word[cut:])
        rest = (last,) if last else segment(word[cut:])
        if rest is None:
            continue
        found = (first, *rest)
        # Fewest parts; among those, no tiny part ("bahnhof|s|vorplatz" over "bahn|hofs…").
        if best is None or (len(found), -min(map(len, found))) < (
            len(best),
            -min(map(len, best)),
        ):
            best = found
    return best


def split(word: str) -> list[str]:
    """The smallest parts of a compound, folded; a word that is none comes back alone."""
    folded = fold(word)
    parts = segment(folded)
    if not parts:
        return [folded]
    return [leaf for part in parts for leaf in split(part)]


def parts_of(word: str) -> list[str]:
    """Every part of a compound, inner compounds included ("baumwolle", "baum", "wolle",
    "spinnerei"); nothing for a simple word."""
    parts = segment(fold(word))
    if not parts:
        return []
    return [found for part in parts for found in (part, *parts_of(part))]


def compound_parts(text: str) -> str:
    """The parts of every compound in a text, each once, separated by spaces."""
    found = dict.fromkeys(p for word in text.split() for p in parts_of(word.strip(".,;:!?()\"'")))
    return " ".join(found)
