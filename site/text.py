"""Text helpers shared by the content apps."""

import unicodedata

from django.utils.functional import lazy
from django.utils.html import strip_tags
from django.utils.text import slugify

# How German letters are written in slugs, everywhere: the admin's slug field applies
# the same table in the browser (admin_inputs.py).
GERMAN_LETTERS = {
    "ä": "ae",
    "ö": "oe",
    "ü": "ue",
    "ß": "ss",
    "Ä": "Ae",
    "Ö": "Oe",
    "Ü": "Ue",
    "ẞ": "SS",
}
GERMAN_TRANSLITERATION = str.maketrans(GERMAN_LETTERS)


def german_slugify(value: str) -> str:
    """Slug that keeps German words readable: "Görlitz" -> "goerlitz", not "gorlitz"."""
    return slugify(unicodedata.normalize("NFC", value).translate(GERMAN_TRANSLITERATION))


WORDS_PER_MINUTE = 200


def reading_minutes(texts) -> int:
    """Reading time in whole minutes (at least one) for an iterable of text fragments."""
    words = sum(len(strip_tags(text).split()) for text in texts)
    return max(1, round(words / WORDS_PER_MINUTE))


def numbered_unique(base: str, taken) -> str:
    """`base`, or the first of "base-2", "base-3" … that is not in `taken`."""
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def lazy_percent(text, **values):
    """`text % values`, translated when shown rather than when the module is imported:
    `gettext_lazy(...) % values` in a form's class body would fix the import's language."""
    return lazy(lambda: str(text) % values, str)()
