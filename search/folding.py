"""Folding words as the index does, below everything else in the search app."""

import functools
import unicodedata


@functools.lru_cache(maxsize=8192)  # snippets fold the same few thousand words over and over
def fold(text: str) -> str:
    """Lower case without accents: "Görlitz" -> "gorlitz" (as the index folds)."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("ß", "ss"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
