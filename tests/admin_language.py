"""What an editor reads in the admin, as text: for the German-admin tests (server and browser)."""

import re

from bs4 import BeautifulSoup, Comment, Doctype

# Attributes whose values the editor reads (tooltips, labels read aloud, hints in fields).
READ_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt", "data-w-tooltip-content-value")
HIDDEN_TAGS = ("script", "style", "noscript", "svg")


def visible_texts(html: str) -> list[str]:
    """The text nodes and read attributes of an admin page, without scripts and styles."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(HIDDEN_TAGS):
        tag.decompose()
    for tag in soup.find_all(style=re.compile(r"display:\s*none")):  # never shown (vendor widgets)
        tag.decompose()
    for node in soup.find_all(string=lambda s: isinstance(s, Comment | Doctype)):
        node.extract()
    texts = [" ".join(text.split()) for text in soup.find_all(string=True)]
    # Headings as a whole too: a title and its subtitle are read as one phrase.
    texts.extend(" ".join(tag.get_text().split()) for tag in soup.find_all(("h1", "h2")))
    for tag in soup.find_all(True):
        texts.extend(str(tag.get(name)) for name in READ_ATTRIBUTES if tag.get(name))
        if tag.name == "input" and tag.get("type") in ("submit", "button"):
            texts.append(str(tag.get("value", "")))
    return [text for text in texts if text.strip()]


# Phrases editors met in the German admin (issue 22): English, or German gone wrong.
BAD_PHRASES = (
    "Update",
    "Click here to initialize map",
    "minutes ago",
    "Locale:",
    "Go-Live:",
    "Root",
    "Test collection",
    "Moderators approval",
    "-Objekt",
    "seite-Objekt",
    "Keine andere Übersetzungen",
    "Auswählen Ort",
    "Auswählen Ansprechperson",
    "Warum nicht eins hinzufügen",
    "Geprüft am heute",
    "Kommentarbenachichtigungen",
)
# English words of the admin's interface, matched as whole words.
ENGLISH_TEXT = """
    Actions Add Approve Back Cancel Choose Click Close Collection Collections Comment Comments
    Create Created Delete Document Documents Edit Editing Expiry Go-live Help Hide History Image
    Images Initialize Loading Locale Lock Moderators Owner Page Pages Password Preview Previous
    Privacy Private Public Publish Reject Reports Revisions Root Save Search Select Settings Show
    Sort Submit Task Title Unlock Unpublish Update Updated View Welcome
    ago and approval are been collection days has here hours initialize minutes not object of
    the this to with you your
"""
ENGLISH_WORDS = frozenset(ENGLISH_TEXT.split())
WORD = re.compile(r"[\w-]+")


def english_in(texts: list[str]) -> list[str]:
    """The texts that hold a bad phrase or an English interface word."""
    return sorted(
        {
            text
            for text in texts
            if any(phrase in text for phrase in BAD_PHRASES)
            or any(word in ENGLISH_WORDS for word in WORD.findall(text))
        }
    )
