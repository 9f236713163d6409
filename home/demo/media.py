"""Demo images and documents, generated locally (no downloads, no copied photos)."""

import io
import random

from django.core.files.base import ContentFile
from fpdf import FPDF
from PIL import Image, ImageDraw
from wagtail.documents import get_document_model

from kreativorte.factories import DocumentFactory, ImageFactory
from kreativorte.models import KreativorteImage
from kreativorte.text import german_slugify

PALETTES = [
    ((235, 229, 214), (176, 92, 60), (62, 74, 89)),  # brick and slate
    ((222, 234, 238), (54, 110, 140), (35, 48, 60)),  # river blue
    ((240, 232, 205), (196, 150, 52), (70, 60, 48)),  # ochre
    ((226, 236, 222), (88, 130, 84), (40, 56, 44)),  # meadow green
    ((238, 226, 230), (150, 70, 96), (60, 40, 52)),  # berry
]
WIDTH, HEIGHT = 1200, 800
# PDF core fonts know Latin-1 only; typographic quotes and dashes get plain stand-ins.
LATIN1_STAND_INS = str.maketrans(
    {"„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'", "’": "'", "–": "-", "—": "-", "…": "..."}
)


def draw_building(seed: int) -> bytes:
    """An abstract building silhouette (sawtooth roofs, windows) on a coloured sky."""
    rng = random.Random(seed)
    sky, wall, dark = PALETTES[seed % len(PALETTES)]
    image = Image.new("RGB", (WIDTH, HEIGHT), sky)
    draw = ImageDraw.Draw(image)
    ground = int(HEIGHT * 0.78)
    x = rng.randint(20, 80)
    while x < WIDTH - 120:
        width, height = rng.randint(160, 340), rng.randint(220, 460)
        top = ground - height
        draw.rectangle([x, top, x + width, ground], fill=wall)
        teeth = rng.randint(2, 5)
        for i in range(teeth):  # sawtooth roof of an old factory hall
            left = x + i * width / teeth
            draw.polygon([(left, top), (left + width / teeth, top), (left, top - 50)], fill=wall)
        for wx in range(x + 20, x + width - 30, 44):
            for wy in range(top + 30, ground - 50, 70):
                draw.rectangle([wx, wy, wx + 24, wy + 40], fill=dark if rng.random() > 0.3 else sky)
        if rng.random() > 0.5:  # chimney
            cx = x + rng.randint(20, max(21, width - 40))
            draw.rectangle([cx, top - 180, cx + 28, top], fill=dark)
        x += width + rng.randint(10, 60)
    draw.rectangle([0, ground, WIDTH, HEIGHT], fill=dark)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82)
    return buffer.getvalue()


def latin1(text: str) -> str:
    return text.translate(LATIN1_STAND_INS).encode("latin-1", "replace").decode("latin-1")


def demo_image(title: str, alt_text: str, seed: int) -> KreativorteImage:
    existing = KreativorteImage.objects.filter(title=title).first()
    if existing:
        return existing
    return ImageFactory(
        title=title,
        description=alt_text,
        credit="Grafik: Kreativorte Sachsen (Demo)",
        license=KreativorteImage.License.CC0,
        file=ContentFile(draw_building(seed), name=f"demo-{seed}.jpg"),
    )


def demo_document(title: str, lines: list[str]):
    """A one-page PDF with a title and a list, e.g. a checklist to print."""
    existing = get_document_model().objects.filter(title=title).first()
    if existing:
        return existing
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 10, latin1(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.multi_cell(0, 7, latin1(f"- {line}"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(
        0, 6, "Demo-Dokument der Plattform Kreativorte Sachsen.", new_x="LMARGIN", new_y="NEXT"
    )
    name = f"{german_slugify(title)[:60]}.pdf"
    return DocumentFactory(title=title, file=ContentFile(bytes(pdf.output()), name=name))
