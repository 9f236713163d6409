"""StreamField blocks shared by several page types.

Domain-specific blocks live in their apps (places/blocks.py, knowledge/blocks.py).
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from .serializers import contact_person_data
from .urls_media import document_data, image_data, rich_text_html

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


def request_from(context):
    return (context or {}).get("request")


class RichTextBlock(blocks.RichTextBlock):
    """Rich text whose API representation is HTML with absolute URLs (no `linktype=`)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    def get_api_representation(self, value, context=None):
        return rich_text_html(value.source, request_from(context))


class HeadingBlock(blocks.CharBlock):
    """A section heading (h2); headings feed the table of contents of guides."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Zwischenüberschrift"))
        kwargs.setdefault("max_length", 120)
        kwargs.setdefault("form_classname", "title")
        super().__init__(**kwargs)

    class Meta:
        icon = "title"
        template = "blocks/heading.html"


class ParagraphBlock(RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Text"))
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"


class LabelledImageBlock(ImageBlock):
    """Wagtail's ImageBlock with a label on its chooser: Wagtail gives it none, so the admin
    showed the child's name "Image" in every language. Still deconstructs as ImageBlock."""

    def __init__(self, required=True, **kwargs):
        super().__init__(required=required, **kwargs)
        self.child_blocks["image"].label = _("Bilddatei")


class FigureBlock(blocks.StructBlock):
    """An image with its alt text (required unless decorative) and an optional caption."""

    image = LabelledImageBlock(label=_("Bild"))
    caption = blocks.CharBlock(label=_("Bildunterschrift"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Bild")
        template = "blocks/figure.html"

    def get_api_representation(self, value, context=None):
        image = value["image"]
        alt_text = "" if image.decorative else image.contextual_alt_text
        return {
            "image": image_data(image, request_from(context), alt_text=alt_text),
            "caption": value["caption"],
        }


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Art"),
        choices=[("info", _("Hinweis")), ("tip", _("Tipp")), ("warning", _("Achtung"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("Titel"), required=False, max_length=120)
    text = RichTextBlock(label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Hinweiskasten")
        template = "blocks/callout.html"

    def kind_label(self, kind: str) -> str:
        """ "Hinweis", "Tipp" or "Achtung", in the active language."""
        return str(dict(self.child_blocks["kind"].field.choices)[kind])

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["kind_label"] = self.kind_label(value["kind"])
        return context


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Zitat"))
    attribution = blocks.CharBlock(label=_("Quelle"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        label = _("Zitat")
        template = "blocks/quote.html"


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Dokument"))
    title = blocks.CharBlock(
        label=_("Titel"), required=False, help_text=_("Leer lassen für den Dokumenttitel.")
    )
    description = blocks.TextBlock(label=_("Beschreibung"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Download")
        template = "blocks/download.html"

    def get_api_representation(self, value, context=None):
        document = value["document"]
        return {
            "document": document_data(document, request_from(context)),
            "title": value["title"] or document.title,
            "description": value["description"],
        }


class ContactBlock(blocks.StructBlock):
    person = SnippetChooserBlock("kreativorte.ContactPerson", label=_("Ansprechperson"))
    note = blocks.CharBlock(
        label=_("Hinweis"), required=False, help_text=_("z. B. „Fragen zur Antragstellung“")
    )

    class Meta:
        icon = "user"
        label = _("Ansprechperson")
        template = "blocks/contact.html"

    def get_api_representation(self, value, context=None):
        person = value["person"]  # None once the snippet is deleted
        return {
            "person": contact_person_data(person, request_from(context)) if person else None,
            "note": value["note"],
        }


class BodyBlock(blocks.StreamBlock):
    """Blocks every body offers; domain bodies subclass it and add their own."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = FigureBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    download = DownloadBlock()
    contact = ContactBlock()
