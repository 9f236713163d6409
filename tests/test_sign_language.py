"""The Gebärdensprache page: a self-hosted video with WebVTT captions and a transcript,
served with byte ranges, and the demo video made with ffmpeg (the header link:
test_accessible_versions.py).

Its tree rules (below a home page, once, no children) are in test_tree_rules.py.
"""

import re
import sys
from types import SimpleNamespace

import pytest
from django.core.files.base import ContentFile
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from home.blocks import SignLanguageVideoBlock
from home.demo import sign_language as demo_sign_language
from home.demo import video as demo_video
from home.demo.content import load
from home.demo.seed import DemoSeeder
from home.factories import SignLanguagePageFactory
from home.models import SignLanguagePage
from kreativorte.factories import DocumentFactory, ImageFactory
from kreativorte.models import KreativorteImage

from .helpers import get_json, html_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

VIDEO_BYTES = bytes(range(256)) * 8  # 2048 bytes; the view does not look inside
CAPTIONS = "WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.000\nDas ist ein Satz.\n"


def video_document(**kwargs):
    kwargs.setdefault("title", "Video")
    return DocumentFactory(file=ContentFile(VIDEO_BYTES, name="erklaerung.mp4"), **kwargs)


def captions_document(**kwargs):
    kwargs.setdefault("title", "Untertitel")
    return DocumentFactory(file=ContentFile(CAPTIONS.encode(), name="erklaerung.vtt"), **kwargs)


def video_block(video=None, captions=None, poster=None, aspect="16x9"):
    return {
        "type": "video",
        "value": {
            "title": "Kreativorte in Gebärdensprache",
            "video": video.id if video else None,
            "captions": captions.id if captions else None,
            "poster": poster.id if poster else None,
            "aspect": aspect,
            "transcript": "<h3>Was ist das?</h3><p>Das ist ein Satz.</p>",
        },
    }


def page_with_video(tree, **kwargs):
    video, captions = video_document(), captions_document()
    page = SignLanguagePageFactory(parent=tree.home, body=[video_block(video, captions, **kwargs)])
    return page, video, captions


# The page


def test_video_plays_only_when_asked_with_captions_and_transcript(
    client, tree, django_assert_max_num_queries
):
    poster = ImageFactory(title="Standbild")
    page, video, captions = page_with_video(tree, poster=poster)

    with django_assert_max_num_queries(25):
        html = html_of(client, page.url)

    tag = re.search(r"<video[^>]*>", html).group(0)
    assert " controls " in tag
    assert 'preload="metadata"' in tag
    assert "autoplay" not in html
    assert 'width="1280" height="720"' in tag  # space reserved before the video loads
    assert re.search(r'poster="/media/images/[^"]+\.jpg"', tag)
    assert f'<source src="{video.url}" type="video/mp4">' in html
    assert (
        f'<track kind="captions" src="{captions.url}" srclang="de" label="Deutsch" default>' in html
    )
    transcript = re.search(
        r'<details class="sign-video__transcript" open>.*?</details>', html, re.S
    )
    assert transcript, "no transcript below the video"
    assert "<h3>Was ist das?</h3>" in transcript.group(0)
    assert "<p>Das ist ein Satz.</p>" in transcript.group(0)
    assert "<h2>Kreativorte in Gebärdensprache</h2>" in html
    assert '<p class="sign-language__intro">' in html


def test_aspect_ratio_sets_the_reserved_size(client, tree):
    page, _video, _captions = page_with_video(tree, aspect="9x16")

    tag = re.search(r"<video[^>]*>", html_of(client, page.url)).group(0)

    assert 'width="720" height="1280"' in tag
    assert "sign-video__player--9x16" in tag
    assert "poster=" not in tag


def test_without_a_video_the_transcript_stands_alone(client, tree):
    page = SignLanguagePageFactory(parent=tree.home)

    html = html_of(client, page.url)

    assert "<video" not in html and "<track" not in html
    assert "<p>Das ist ein Satz.</p>" in html


# Serving the media


def test_video_and_captions_are_served_with_their_media_types(client, tree):
    _page, video, captions = page_with_video(tree)

    response = client.get(video.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "video/mp4"
    assert response["Accept-Ranges"] == "bytes"
    assert response["Content-Length"] == str(len(VIDEO_BYTES))
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "Content-Encoding" not in response  # Wagtail's view sends "None"
    assert b"".join(response.streaming_content) == VIDEO_BYTES

    response = client.get(captions.url)
    assert response.status_code == 200
    assert response["Content-Type"].split(";")[0] == "text/vtt"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).decode() == CAPTIONS


@pytest.mark.parametrize(
    ("header", "first", "last"),
    [("bytes=0-", 0, 2047), ("bytes=100-199", 100, 199), ("bytes=-48", 2000, 2047)],
)
def test_a_range_request_gets_that_range(client, tree, header, first, last):
    _page, video, _captions = page_with_video(tree)

    response = client.get(video.url, headers={"Range": header})

    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes {first}-{last}/{len(VIDEO_BYTES)}"
    assert response["Content-Length"] == str(last - first + 1)
    assert response["Content-Type"] == "video/mp4"
    assert b"".join(response.streaming_content) == VIDEO_BYTES[first : last + 1]


def test_ranges_outside_the_file_or_of_another_version_are_refused_or_ignored(client, tree):
    _page, video, _captions = page_with_video(tree)

    outside = client.get(video.url, headers={"Range": "bytes=4096-"})
    assert outside.status_code == 416
    assert outside["Content-Range"] == f"bytes */{len(VIDEO_BYTES)}"

    several = client.get(video.url, headers={"Range": "bytes=0-9,20-29"})
    assert several.status_code == 200  # several ranges: the whole file
    assert b"".join(several.streaming_content) == VIDEO_BYTES

    changed = client.get(video.url, headers={"Range": "bytes=0-9", "If-Range": '"alt"'})
    assert changed.status_code == 200  # the file changed since: the whole file


def test_a_private_video_stays_private_even_for_a_range(client, tree):
    collection = Collection.get_first_root_node().add_child(name="Intern")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type="password", password="geheim"
    )
    video = video_document(collection=collection)

    response = client.get(video.url, headers={"Range": "bytes=0-"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")  # the password form
    assert "Content-Range" not in response


# The block


def clean(**values):
    block = SignLanguageVideoBlock()
    value = block.to_python(video_block(**values)["value"])
    return block.clean(value)


def block_errors(**values) -> dict:
    with pytest.raises(StructBlockValidationError) as caught:
        clean(**values)
    return {name: error.messages[0] for name, error in caught.value.block_errors.items()}


def test_block_accepts_mp4_or_webm_with_webvtt_captions(tree):
    webm = DocumentFactory(file=ContentFile(b"webm", name="erklaerung.webm"))

    assert clean(video=video_document(), captions=captions_document())["video"] is not None
    assert clean(video=webm, captions=captions_document())["video"] == webm
    assert clean()["video"] is None  # text first, video later


def test_block_refuses_other_files_and_videos_without_captions(tree):
    pdf = DocumentFactory(file=ContentFile(b"%PDF", name="erklaerung.pdf"))
    srt = DocumentFactory(file=ContentFile(b"1", name="erklaerung.srt"))

    errors = block_errors(video=pdf, captions=srt)
    assert "MP4 oder WebM" in errors["video"]
    assert "WebVTT" in errors["captions"]
    assert "Untertitel" in block_errors(video=video_document())["captions"]
    assert "Video" in block_errors(captions=captions_document())["video"]


# The API


def test_api_describes_video_captions_poster_and_transcript(client, tree):
    poster = ImageFactory(title="Standbild")
    page, video, captions = page_with_video(tree, poster=poster)

    data = get_json(client, f"/api/v2/pages/{page.id}/")

    assert data["meta"]["type"] == "home.SignLanguagePage"
    assert data["intro"] == page.intro
    value = data["body"][0]["value"]
    assert value["video"]["url"] == f"http://testserver{video.url}"
    assert value["video"]["content_type"] == "video/mp4"
    assert value["video"]["extension"] == "mp4"
    assert value["captions"]["url"] == f"http://testserver{captions.url}"
    assert value["captions"]["content_type"] == "text/vtt"
    assert (value["captions"]["kind"], value["captions"]["language"]) == ("captions", "de")
    assert value["poster"]["url"].startswith("http://testserver/media/images/")
    assert (value["width"], value["height"]) == (1280, 720)
    assert value["transcript"] == "<h3>Was ist das?</h3><p>Das ist ein Satz.</p>"


def test_api_without_a_video(client, tree):
    page = SignLanguagePageFactory(parent=tree.home)

    value = get_json(client, f"/api/v2/pages/{page.id}/")["body"][0]["value"]

    assert value["video"] is None and value["captions"] is None and value["poster"] is None
    assert value["transcript"] == "<p>Das ist ein Satz.</p>"


# The demo


def seeder(tree, messages):
    seeder = DemoSeeder(log=messages.append)
    seeder.home = tree.home
    return seeder


def test_demo_page_gets_a_playable_video_and_captions_once(client, tree):
    messages = []
    demo = seeder(tree, messages)
    demo.seed_sign_language()
    documents, images = get_document_model().objects.count(), KreativorteImage.objects.count()
    demo.seed_sign_language()

    assert SignLanguagePage.objects.child_of(tree.home).count() == 1
    assert get_document_model().objects.count() == documents == 2
    assert KreativorteImage.objects.count() == images == 1
    assert any("Platzhalter-Video erzeugt" in message for message in messages)
    page = SignLanguagePage.objects.child_of(tree.home).get()
    value = page.body[0].value
    assert value["video"].collection.name == value["captions"].collection.name == "Gebärdensprache"

    video = client.get(value["video"].url)
    assert video.status_code == 200 and video["Content-Type"] == "video/mp4"
    content = b"".join(video.streaming_content)
    assert content[4:8] == b"ftyp"
    assert content.index(b"moov") < content.index(b"mdat"), "not fast-start"
    assert b"avc1" in content  # H.264

    captions = client.get(value["captions"].url)
    assert captions["Content-Type"].split(";")[0] == "text/vtt"
    vtt = b"".join(captions.streaming_content).decode()
    cues = [text for section in load("de/sign_language")["sections"] for text in section["cues"]]
    assert vtt.startswith("WEBVTT\n")
    assert vtt.count(" --> ") == len(cues)

    html = html_of(client, page.url)
    assert "<video" in html and 'srclang="de"' in html
    for section in load("de/sign_language")["sections"]:
        assert f"<h3>{section['heading']}</h3>" in html  # the transcript
    for text in cues:
        assert text in vtt and text in html


def test_demo_explains_the_site_like_the_easy_language_page():
    headings = " ".join(section["heading"] for section in load("de/sign_language")["sections"])
    for topic in ("Was ist", "Was gibt es", "Ort", "Leitfaden", "Veranstaltung", "erreichen"):
        assert topic in headings, topic
    cues = demo_video.timed_cues(
        [text for section in load("de/sign_language")["sections"] for text in section["cues"]]
    )
    assert 20 <= cues[-1].end <= 30  # a short placeholder
    assert all(later.start == earlier.end for earlier, later in zip(cues, cues[1:], strict=False))


def test_demo_page_without_ffmpeg_has_the_text_and_says_why(client, tree, monkeypatch):
    monkeypatch.setattr(demo_sign_language, "ffmpeg_binary", lambda: None)
    messages = []

    seeder(tree, messages).seed_sign_language()

    page = SignLanguagePage.objects.child_of(tree.home).get()
    assert page.body[0].value["video"] is None
    assert not get_document_model().objects.exists()
    assert any("kein ffmpeg" in message for message in messages)
    html = html_of(client, page.url)
    assert "<video" not in html
    assert "So erreichen Sie uns" in html


def test_ffmpeg_from_debian_else_from_imageio_ffmpeg(monkeypatch):
    monkeypatch.setattr(demo_video.shutil, "which", lambda name: "/usr/bin/ffmpeg")
    assert demo_video.ffmpeg_binary() == "/usr/bin/ffmpeg"

    monkeypatch.setattr(demo_video.shutil, "which", lambda name: None)
    package = SimpleNamespace(get_ffmpeg_exe=lambda: "/venv/imageio_ffmpeg/binaries/ffmpeg")
    monkeypatch.setitem(sys.modules, "imageio_ffmpeg", package)
    assert demo_video.ffmpeg_binary() == "/venv/imageio_ffmpeg/binaries/ffmpeg"

    monkeypatch.setitem(sys.modules, "imageio_ffmpeg", None)  # not installed
    assert demo_video.ffmpeg_binary() is None


def test_webvtt_timestamps():
    cues = [demo_video.Cue(0, 1.5, "Eins."), demo_video.Cue(1.5, 3725.25, "Zwei.")]

    assert demo_video.webvtt(cues) == (
        "WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.500\nEins.\n\n"
        "2\n00:00:01.500 --> 01:02:05.250\nZwei.\n"
    )
