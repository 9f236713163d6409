"""Language-aware analysis of queries: which text-search configuration stems a language,
and the parts a German compound query word also matches (kreativorte.compounds splits;
documents index the same parts, see search/documents.py).
"""

from wagtail.search.query import And, Or, PlainText

from kreativorte.compounds import split

CONFIGS = {"de": "kreativorte_german", "en": "kreativorte_english"}  # migrations 0001, 0005


def config(language: str) -> str:
    return CONFIGS.get(language, CONFIGS["de"])


def query_parts(term: str, language: str) -> list[str]:
    """The parts a German compound must all match instead of the whole: "Denkmalschutz" ->
    ["denkmal", "schutz"]; nothing for a simple word, an English one or several words."""
    if language != "de" or " " in term:
        return []
    parts = split(term)
    return parts if len(parts) > 1 else []


def tsquery_term(term: str, language: str, suffix: str = "") -> str:
    """ "('denkmalschutz' | ('denkmal' & 'schutz'))"; terms are \\w+, so quoting is safe."""
    whole = f"'{term}'{suffix}"
    parts = query_parts(term, language)
    if not parts:
        return whole
    return "(" + whole + " | (" + " & ".join(f"'{p}'{suffix}" for p in parts) + "))"


def backend_term(term: str, language: str):
    """The same for Wagtail's backends: the whole word or all of its parts."""
    parts = query_parts(term, language)
    if not parts:
        return PlainText(term)
    return Or([PlainText(term), And([PlainText(p) for p in parts])])
