"""Turn the demo data's {type, value} block lists into StreamField JSON, resolving references."""

import re
from dataclasses import dataclass, field

from django.utils.html import strip_tags

PAGE_LINK = re.compile(r'<a href="page:([a-z0-9-]+)">(.*?)</a>', re.S)


@dataclass
class References:
    """Ids of what demo content refers to: pages by slug, documents, snippets by key."""

    pages: dict[str, int] = field(default_factory=dict)
    contacts: dict[str, int] = field(default_factory=dict)
    programmes: dict[str, int] = field(default_factory=dict)
    make_document: object = None  # callable(title, lines) -> Document
    make_image: object = None  # callable(title, alt_text, seed) -> Image

    def rich_text(self, html: str) -> str:
        """Internal links in Wagtail's storage format; links to missing pages become plain text."""

        def replace(match):
            slug, text = match.groups()
            if slug in self.pages:
                return f'<a linktype="page" id="{self.pages[slug]}">{text}</a>'
            return text

        return PAGE_LINK.sub(replace, html)


def has_page_links(data) -> bool:
    """Whether the data refers to pages (rich-text links or related-pages blocks)."""
    text = repr(data)
    return "page:" in text or "'related'" in text


def block(block_type: str, value, refs: References) -> dict:
    convert = CONVERTERS.get(block_type, lambda value, refs: value)
    return {"type": block_type, "value": convert(value, refs)}


def stream(items, refs: References) -> list[dict]:
    return [block(item["type"], item["value"], refs) for item in items]


def _paragraph(html, refs):
    return refs.rich_text(html)


def _callout(value, refs):
    return {**value, "text": refs.rich_text(value["text"])}


def _steps(value, refs):
    steps = [{"title": s["title"], "text": refs.rich_text(s["text"])} for s in value["steps"]]
    return {"title": value["title"], "steps": steps}


def _faq(value, refs):
    items = [
        {"question": i["question"], "answer": refs.rich_text(i["answer"])} for i in value["items"]
    ]
    return {"title": value["title"], "items": items}


def _figure(value, refs):
    """A generated image (found again by title) with this block's alt text and caption."""
    image = refs.make_image(value["title"], value["alt_text"], seed=value["seed"])
    return {
        "image": {"image": image.id, "decorative": False, "alt_text": value["alt_text"]},
        "caption": value.get("caption", ""),
    }


def _download(value, refs):
    lines = [strip_tags(value["description"])] if value.get("description") else []
    document = refs.make_document(value["title"], lines)
    return {"document": document.id, "title": value["title"], "description": value["description"]}


def _related(value, refs):
    pages = [refs.pages[slug] for slug in value["pages"] if slug in refs.pages]
    return {"title": value["title"], "pages": pages}


def _section(html, refs):
    return {"heading": "", "text": refs.rich_text(html)}


CONVERTERS = {
    "paragraph": _paragraph,
    "image": _figure,
    "callout": _callout,
    "steps": _steps,
    "faq": _faq,
    "download": _download,
    "related": _related,
    "funding": lambda key, refs: {"programme": refs.programmes[key], "note": ""},
    "contact": lambda key, refs: {"person": refs.contacts[key], "note": ""},
    "history": _section,
    "today": _section,
    "current_state": _section,
    "regional_ties": _section,
    "offers": lambda groups, refs: {"heading": "Angebote", "groups": groups},
}
