"""The demo's Gebärdensprache page: the placeholder video, its captions and the transcript.

Text and cues come from data/de/sign_language.json; video.py draws and encodes the video.
The media are Wagtail documents (and a poster image) in their own collection; an item
that exists (same title) is reused, so seeding twice adds nothing.
"""

import subprocess
from html import escape

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from kreativorte.factories import DocumentFactory, ImageFactory
from kreativorte.models import KreativorteImage

from .video import ffmpeg_binary, poster_jpeg, render_mp4, timed_cues, webvtt


def sign_language_fields(data: dict, log) -> dict:
    """Title, intro and body of the page; the video only where ffmpeg could make it."""
    cues = timed_cues([text for section in data["sections"] for text in section["cues"]])
    media = demo_media(data["video"], cues, log)
    block = {
        "title": data["video"]["title"],
        "video": media.get("video"),
        "captions": media.get("captions"),
        "poster": media.get("poster"),
        "aspect": "16x9",
        "transcript": transcript_html(data["sections"]),
    }
    return {
        "title": data["title"],
        "intro": data["intro"],
        "body": [{"type": "video", "value": block}],
    }


def transcript_html(sections: list[dict]) -> str:
    """The cues as text: a heading per section, its cues as one paragraph."""
    return "".join(
        f"<h3>{escape(section['heading'])}</h3><p>{escape(' '.join(section['cues']))}</p>"
        for section in sections
    )


def demo_collection(name: str) -> Collection:
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=name).first() or root.add_child(name=name)


def demo_media(video: dict, cues, log) -> dict:
    """The ids of video, captions and poster by block name, or {} without ffmpeg."""
    Document = get_document_model()
    collection = demo_collection(video["collection"])
    name = video["file"]
    movie = Document.objects.filter(title=video["document_title"]).first()
    if movie is None:
        ffmpeg = ffmpeg_binary()
        if ffmpeg is None:
            log(
                "Gebärdensprache: kein ffmpeg gefunden (weder `ffmpeg` im PATH noch das Paket "
                "imageio-ffmpeg) – die Seite zeigt nur den Text, kein Video"
            )
            return {}
        try:
            content = render_mp4(cues, ffmpeg)
        except (OSError, subprocess.SubprocessError) as error:
            log(f"Gebärdensprache: ffmpeg ist fehlgeschlagen ({error}) – nur Text, kein Video")
            return {}
        movie = DocumentFactory(
            title=video["document_title"],
            file=ContentFile(content, name=f"{name}.mp4"),
            collection=collection,
        )
        log(f"Gebärdensprache: Platzhalter-Video erzeugt ({len(content) // 1024} KB, {ffmpeg})")
    captions = Document.objects.filter(title=video["captions_title"]).first() or DocumentFactory(
        title=video["captions_title"],
        file=ContentFile(webvtt(cues).encode("utf-8"), name=f"{name}.vtt"),
        collection=collection,
    )
    poster = KreativorteImage.objects.filter(title=video["poster_title"]).first() or ImageFactory(
        title=video["poster_title"],
        description="Standbild: gezeichnete Figur mit erhobenen Händen neben dem Titel",
        credit="Grafik: Kreativorte Sachsen (Demo)",
        license=KreativorteImage.License.CC0,
        file=ContentFile(poster_jpeg(video["title"]), name=f"{name}.jpg"),
        collection=collection,
    )
    return {"video": movie.id, "captions": captions.id, "poster": poster.id}
