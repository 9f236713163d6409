"""JSON-LD for a <script type="application/ld+json">."""

import json

from django.utils.safestring import mark_safe


def json_ld(data) -> str:
    """JSON safe inside <script>: no `<`, `>` or `&` left to end it early."""
    text = json.dumps(data, ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(text)  # noqa: S308 - JSON with <, > and & escaped
