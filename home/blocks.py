"""Blocks of the Leichte Sprache page (short sections, one statement per line, explained words)
and of the Gebärdensprache page (a video with captions and a transcript)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from kreativorte.blocks import RichTextBlock, request_from
from kreativorte.urls_media import document_data, rendition_data, rich_text_html


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


# Gebärdensprache: a self-hosted video with captions and a transcript

VIDEO_EXTENSIONS = ("mp4", "webm")
CAPTION_EXTENSIONS = ("vtt",)
# Width and height attributes per aspect ratio: the browser reserves the space (no layout shift).
VIDEO_SIZES = {"16x9": (1280, 720), "4x3": (960, 720), "1x1": (720, 720), "9x16": (720, 1280)}
POSTER_SPEC = "max-1280x1280"  # also in home/blocks/sign_video.html
TRANSCRIPT_FEATURES = ["h3", "bold", "italic", "link", "ol", "ul"]


def _extension(document) -> str:
    return document.file_extension.lower() if document is not None else ""


class SignLanguageVideoBlock(blocks.StructBlock):
    """A video in Deutscher Gebärdensprache from the document library, with WebVTT captions
    and the same text as a transcript below it.

    Without a video the block shows the transcript alone (the text can go live before the
    video is recorded); a video always needs its captions.
    """

    title = blocks.CharBlock(label=_("Titel"), max_length=120)
    video = DocumentChooserBlock(
        label=_("Video"),
        required=False,
        help_text=_("Eine Videodatei (MP4 oder WebM) aus der Dokumentenbibliothek."),
    )
    captions = DocumentChooserBlock(
        label=_("Untertitel"),
        required=False,
        help_text=_("Die Untertitel als WebVTT-Datei (.vtt), auf Deutsch."),
    )
    poster = ImageChooserBlock(
        label=_("Vorschaubild"),
        required=False,
        help_text=_("Wird gezeigt, bis das Video startet. Leer lassen für das erste Bild."),
    )
    aspect = blocks.ChoiceBlock(
        label=_("Seitenverhältnis"),
        choices=[
            ("16x9", _("16:9 (Querformat)")),
            ("4x3", _("4:3")),
            ("1x1", _("1:1 (quadratisch)")),
            ("9x16", _("9:16 (Hochformat)")),
        ],
        default="16x9",
    )
    transcript = RichTextBlock(
        label=_("Text zum Video"),
        features=TRANSCRIPT_FEATURES,
        help_text=_("Der Inhalt des Videos als Text (Transkript), für alle, die lieber lesen."),
    )

    class Meta:
        icon = "media"
        label = _("Video in Gebärdensprache")
        template = "home/blocks/sign_video.html"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        video, captions = value.get("video"), value.get("captions")
        if video is not None and _extension(video) not in VIDEO_EXTENSIONS:
            errors["video"] = ValidationError(
                _("Bitte eine Videodatei im Format MP4 oder WebM wählen (.mp4, .webm).")
            )
        if captions is not None and _extension(captions) not in CAPTION_EXTENSIONS:
            errors["captions"] = ValidationError(
                _("Bitte eine Untertiteldatei im Format WebVTT wählen (.vtt).")
            )
        elif video is not None and captions is None:
            errors["captions"] = ValidationError(_("Ein Video braucht Untertitel (WebVTT)."))
        elif captions is not None and video is None:
            errors["video"] = ValidationError(_("Untertitel gehören zu einem Video."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["width"], context["height"] = VIDEO_SIZES.get(value["aspect"], VIDEO_SIZES["16x9"])
        return context

    def get_api_representation(self, value, context=None):
        request = request_from(context)
        width, height = VIDEO_SIZES.get(value["aspect"], VIDEO_SIZES["16x9"])
        video, captions, poster = value["video"], value["captions"], value["poster"]
        return {
            "title": value["title"],
            "video": media_document(video, request),
            "captions": (
                {**media_document(captions, request), "kind": "captions", "language": "de"}
                if captions is not None
                else None
            ),
            "poster": (
                rendition_data(poster.get_rendition(POSTER_SPEC), request) if poster else None
            ),
            "width": width,
            "height": height,
            "transcript": rich_text_html(value["transcript"].source, request),
        }


def media_document(document, request=None) -> dict | None:
    """A document as the API describes it, with the content type a player needs."""
    if document is None:
        return None
    return {**document_data(document, request), "content_type": document.content_type}
