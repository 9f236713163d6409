"""Blocks of the Leichte Sprache page: short sections, one statement per line, explained words."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class LinesBlock(blocks.TextBlock):
    """Short sentences, one statement per line; each line is rendered as its own paragraph."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Sätze"))
        kwargs.setdefault("help_text", _("Ein kurzer Satz pro Zeile. Eine Aussage pro Satz."))
        kwargs.setdefault("rows", 6)
        super().__init__(**kwargs)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["lines"] = [line.strip() for line in value.splitlines() if line.strip()]
        return context

    class Meta:
        template = "home/blocks/easy_lines.html"
        icon = "list-ul"


class ExplainedWordBlock(blocks.StructBlock):
    """A hard word and its explanation in simple sentences."""

    word = blocks.CharBlock(label=_("Schweres Wort"), max_length=80)
    explanation = LinesBlock(label=_("Erklärung"), rows=3)

    class Meta:
        template = "home/blocks/easy_word.html"
        icon = "help"
        label = _("Wort-Erklärung")


class EasySectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Überschrift"), max_length=80)
    content = blocks.StreamBlock(
        [("lines", LinesBlock()), ("word", ExplainedWordBlock())], label=_("Inhalt")
    )

    class Meta:
        template = "home/blocks/easy_section.html"
        icon = "doc-full"
        label = _("Abschnitt")
