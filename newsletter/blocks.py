"""The items of a newsletter issue: a page, a funding programme or a text of its own."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from knowledge.serializers import programme_data
from kreativorte.blocks import CalloutBlock
from kreativorte.serializers import page_ref
from kreativorte.urls_media import rich_text_html

ITEM_PAGE_TYPES = [
    "places.PlacePage",
    "knowledge.GuidePage",
    "knowledge.CooperationPage",
    "events.EventPage",
]
NOTE_HELP = _("Optionaler Satz der Redaktion, der unter dem Eintrag steht.")


class PageItemBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(
        label=_("Seite"),
        page_type=ITEM_PAGE_TYPES,
        help_text=_("Ein Ort, ein Leitfaden, eine Kooperation oder eine Veranstaltung."),
    )
    note = blocks.TextBlock(label=_("Anmerkung"), required=False, help_text=NOTE_HELP)

    class Meta:
        icon = "doc-full"
        label = _("Seite")

    def get_api_representation(self, value, context=None):
        request = (context or {}).get("request")
        page = value["page"]
        return {"page": page_ref(page, request) if page else None, "note": value["note"]}


class FundingItemBlock(blocks.StructBlock):
    programme = SnippetChooserBlock(
        "knowledge.FundingProgramme",
        label=_("Förderprogramm"),
        help_text=_("Das Programm erscheint mit seinen nächsten Antragsfristen."),
    )
    note = blocks.TextBlock(label=_("Anmerkung"), required=False, help_text=NOTE_HELP)

    class Meta:
        icon = "tag"
        label = _("Förderprogramm")

    def get_api_representation(self, value, context=None):
        programme = value["programme"]
        return {
            "programme": programme_data(programme) if programme else None,
            "note": value["note"],
        }


class TextItemBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Überschrift"), max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "pilcrow"
        label = _("Text")

    def get_api_representation(self, value, context=None):
        request = (context or {}).get("request")
        return {"heading": value["heading"], "text": rich_text_html(value["text"].source, request)}


class IssueItemsBlock(blocks.StreamBlock):
    page = PageItemBlock()
    funding = FundingItemBlock()
    text = TextItemBlock()
    callout = CalloutBlock()
