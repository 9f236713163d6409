"""The demo's Gebärdensprache video plays in Chromium: metadata, captions, seeking."""

from playwright.sync_api import expect

from home.demo.content import load

from .support import goto

VIDEO = "video.sign-video__player"
TRACK = f"{VIDEO} track"


def test_demo_video_loads_with_captions_and_can_be_sought(open_page, live_site):
    visit = open_page("desktop")
    page = visit.page
    statuses: dict[str, list[int]] = {}
    page.on(
        "response",
        lambda response: statuses.setdefault(response.url, []).append(response.status),
    )
    goto(visit, live_site, live_site.pages["sign-language"])

    video = page.locator(VIDEO)
    expect(video).to_be_visible()
    # preload="metadata": duration and size are known without pressing play.
    page.wait_for_function(
        f"() => {{ const v = document.querySelector('{VIDEO}');"
        " return v.readyState >= 1 && v.duration > 0; }"
    )
    duration = video.evaluate("v => v.duration")
    assert 20 <= duration <= 30
    assert video.evaluate("v => v.paused && !v.autoplay"), "the video must not start by itself"
    assert video.evaluate("v => [v.videoWidth, v.videoHeight]") == [640, 360]

    # The captions track (WebVTT from the document library) parses into cues.
    page.evaluate(f"() => {{ document.querySelector('{TRACK}').track.mode = 'showing'; }}")
    page.wait_for_function(
        f"() => {{ const t = document.querySelector('{TRACK}');"
        " return t.readyState === 2 && t.track.cues && t.track.cues.length > 0; }"
    )
    cues = page.evaluate(
        f"() => Array.from(document.querySelector('{TRACK}').track.cues).map(c => c.text)"
    )
    expected = [
        text for section in load("de/sign_language")["sections"] for text in section["cues"]
    ]
    assert cues == expected

    # Byte ranges: the whole video is seekable before it has been played.
    assert video.evaluate("v => v.seekable.length === 1 && v.seekable.end(0)") == duration
    video.evaluate("v => { v.currentTime = v.duration - 2; }")
    page.wait_for_function(
        f"() => {{ const v = document.querySelector('{VIDEO}');"
        " return !v.seeking && v.currentTime >= v.duration - 2.5; }"
    )
    source = video.evaluate("v => v.currentSrc")
    assert 206 in statuses.get(source, []), statuses.get(source)
    assert not visit.traffic.failures
    assert not visit.traffic.errors
