"""The demo's placeholder video for the Gebärdensprache page, made locally while seeding.

One drawn frame per caption cue (Pillow), joined into a small H.264 MP4 by ffmpeg:
Debian's (`ffmpeg` on the PATH) or the static one of the PyPI package imageio-ffmpeg.
The WebVTT captions come from the same cue list, so picture, captions and transcript
say the same. No downloads; without ffmpeg there is no video (the caller says so).
"""

import shutil
import subprocess
import tempfile
import textwrap
from dataclasses import dataclass
from functools import cache
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 640, 360  # 16:9, the block's default aspect ratio
FPS = 10
BACKGROUND = (11, 90, 84)  # the brand's dark teal
SKIN, SHIRT, TEXT = (240, 214, 190), (30, 44, 60), (255, 255, 255)
# Reading time per cue: a second and a half at least, longer cues a little longer.
MIN_SECONDS, MAX_SECONDS, CHARACTERS_PER_SECOND = 1.5, 2.5, 35
FFMPEG_TIMEOUT = 120


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    text: str


def timed_cues(texts: list[str]) -> list[Cue]:
    cues, start = [], 0.0
    for text in texts:
        seconds = min(max(len(text) / CHARACTERS_PER_SECOND, MIN_SECONDS), MAX_SECONDS)
        seconds = round(seconds, 1)
        cues.append(Cue(round(start, 1), round(start + seconds, 1), text))
        start += seconds
    return cues


def timestamp(seconds: float) -> str:
    milliseconds = round(seconds * 1000)
    hours, rest = divmod(milliseconds, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def webvtt(cues: list[Cue]) -> str:
    """The cues as a WebVTT file (https://www.w3.org/TR/webvtt1/)."""
    blocks = ["WEBVTT\n"]
    for number, cue in enumerate(cues, start=1):
        blocks.append(f"{number}\n{timestamp(cue.start)} --> {timestamp(cue.end)}\n{cue.text}\n")
    return "\n".join(blocks)


def ffmpeg_binary() -> str | None:
    """Debian's ffmpeg, else the binary that comes with imageio-ffmpeg, else None."""
    found = shutil.which("ffmpeg")
    if found:
        return found
    try:
        import imageio_ffmpeg
    except ImportError:
        return None
    try:
        return imageio_ffmpeg.get_ffmpeg_exe()
    except RuntimeError:  # no binary for this platform
        return None


# A system font with umlauts if there is one; Pillow's own font lacks them (spelled out).
FONT_FILES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/System/Library/Fonts/Supplemental/Arial.ttf",
    "C:/Windows/Fonts/arial.ttf",
)
SPELLED_OUT = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "·": "-"}
)


@cache
def font_file() -> str | None:
    return next((path for path in FONT_FILES if Path(path).is_file()), None)


@cache
def font(size: int):
    if font_file():
        return ImageFont.truetype(font_file(), size)
    try:
        return ImageFont.load_default(size=size)
    except (TypeError, ImportError):  # an old Pillow, or one without FreeType
        return ImageFont.load_default()


def drawable(text: str) -> str:
    return text if font_file() else text.translate(SPELLED_OUT)


def draw_frame(text: str, heading: str = "Kreativorte Sachsen · Gebärdensprache") -> Image.Image:
    """A stand-in for the signing person (a simple figure with raised hands) and the text."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.text((24, 18), drawable(heading), font=font(20), fill=TEXT)
    # The figure: head, body, arms raised to two hands beside the head.
    draw.ellipse([72, 84, 140, 152], fill=SKIN)
    draw.rounded_rectangle([44, 164, 168, 296], radius=36, fill=SHIRT)
    draw.line([(58, 190), (34, 128)], fill=SHIRT, width=22)
    draw.line([(154, 190), (178, 128)], fill=SHIRT, width=22)
    draw.ellipse([16, 96, 52, 132], fill=SKIN)
    draw.ellipse([160, 96, 196, 132], fill=SKIN)
    y = 92
    for line in textwrap.wrap(drawable(text), width=30)[:5]:
        draw.text((228, y), line, font=font(22), fill=TEXT)
        y += 32
    note = "Platzhalter-Video (Demo): hier gebärdet später eine Person."
    draw.text((24, HEIGHT - 32), drawable(note), font=font(15), fill=TEXT)
    return image


def poster_jpeg(title: str) -> bytes:
    buffer = BytesIO()
    draw_frame(title).save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def render_mp4(cues: list[Cue], ffmpeg: str) -> bytes:
    """An H.264 MP4 (yuv420p, moov atom first) showing each cue's frame for its duration."""
    with tempfile.TemporaryDirectory(prefix="kreativorte-dgs-") as folder:
        folder = Path(folder)
        playlist = ["ffconcat version 1.0"]
        for number, cue in enumerate(cues):
            name = f"cue-{number:03d}.png"
            draw_frame(cue.text).save(folder / name)
            playlist += [f"file {name}", f"duration {cue.end - cue.start:.3f}"]
        playlist.append(f"file cue-{len(cues) - 1:03d}.png")  # the last duration needs this
        (folder / "cues.ffconcat").write_text("\n".join(playlist) + "\n", encoding="utf-8")
        output = folder / "video.mp4"
        subprocess.run(
            [
                ffmpeg,
                *("-hide_banner", "-loglevel", "error", "-nostdin", "-y"),
                *("-f", "concat", "-i", str(folder / "cues.ffconcat")),
                *("-vf", f"fps={FPS},format=yuv420p", "-t", f"{cues[-1].end:.3f}"),
                *("-c:v", "libx264", "-preset", "veryfast", "-tune", "stillimage"),
                *("-crf", "30", "-g", str(FPS * 2), "-an", "-movflags", "+faststart"),
                str(output),
            ],
            check=True,
            capture_output=True,
            timeout=FFMPEG_TIMEOUT,
        )
        return output.read_bytes()
