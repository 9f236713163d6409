"""Guides as schema.org JSON-LD: their questions and answers as an FAQPage."""

from kreativorte.json_ld import json_ld
from kreativorte.urls_media import rich_text_html


def faq(guide, request) -> str | None:
    """schema.org FAQPage from a guide's FAQ blocks, or None without questions."""
    questions = [
        {
            "@type": "Question",
            "name": item["question"],
            "acceptedAnswer": {
                "@type": "Answer",
                "text": rich_text_html(item["answer"].source, request),
            },
        }
        for block in guide.body
        if block.block_type == "faq"
        for item in block.value["items"]
    ]
    if not questions:
        return None
    return json_ld({"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": questions})
