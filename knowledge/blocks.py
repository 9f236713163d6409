"""Guide blocks: checklists, step-by-step instructions, FAQ, funding programmes, related pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from kreativorte.blocks import BodyBlock, RichTextBlock, request_from
from kreativorte.serializers import page_ref

from .serializers import programme_data


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=120)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Punkt"), max_length=250), label=_("Punkte"))

    class Meta:
        icon = "tasks"
        label = _("Checkliste")
        template = "knowledge/blocks/checklist.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Schritt"), max_length=160)
    text = RichTextBlock(label=_("Erläuterung"))


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=120)
    steps = blocks.ListBlock(StepBlock(), label=_("Schritte"), min_num=2)

    class Meta:
        icon = "list-ol"
        label = _("Schritt für Schritt")
        template = "knowledge/blocks/steps.html"


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Frage"), max_length=250)
    answer = RichTextBlock(label=_("Antwort"))


class FAQBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=120, default=_("Häufige Fragen"))
    items = blocks.ListBlock(QuestionBlock(), label=_("Fragen"), min_num=1)

    class Meta:
        icon = "help"
        label = _("Häufige Fragen (FAQ)")
        template = "knowledge/blocks/faq.html"


class FundingProgrammeBlock(blocks.StructBlock):
    """Points at a funding programme snippet, so its deadlines are kept in one place."""

    programme = SnippetChooserBlock("knowledge.FundingProgramme", label=_("Förderprogramm"))
    note = blocks.CharBlock(label=_("Hinweis"), required=False, max_length=250)

    class Meta:
        icon = "tag"
        label = _("Förderprogramm")
        template = "knowledge/blocks/funding.html"

    def get_api_representation(self, value, context=None):
        programme = value["programme"]  # None once the snippet is deleted
        return {
            "programme": programme_data(programme) if programme else None,
            "note": value["note"],
        }


class RelatedPagesBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=120, default=_("Weiterlesen"))
    pages = blocks.ListBlock(
        blocks.PageChooserBlock(
            page_type=["knowledge.GuidePage", "places.PlacePage", "knowledge.CooperationPage"],
            label=_("Seite"),
        ),
        label=_("Seiten"),
    )

    class Meta:
        icon = "link"
        label = _("Verwandte Leitfäden und Orte")
        template = "knowledge/blocks/related.html"

    def get_api_representation(self, value, context=None):
        request = request_from(context)
        refs = [page_ref(page, request) for page in value["pages"] if page is not None]
        return {"title": value["title"], "pages": [ref for ref in refs if ref]}


class GuideBodyBlock(BodyBlock):
    checklist = ChecklistBlock()
    steps = StepsBlock()
    faq = FAQBlock()
    funding = FundingProgrammeBlock()
    related = RelatedPagesBlock()
