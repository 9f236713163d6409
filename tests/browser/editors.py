"""The German admin as editors use it in Chromium: signing in, writing a guide block by block,
the choosers' upload tabs, the preview panel and the review workflow's actions.

Locators are the roles and German labels an editor reads; where Wagtail gives a control no
accessible name (a rich-text field's editor, a list item's input), the field's content path.
"""

import io
import re
from dataclasses import dataclass, field

from PIL import Image
from playwright.sync_api import Locator, Page, expect

from .support import LiveSite

PASSWORD = "Redaktionsweg-2026"


@dataclass
class Wording:
    """Text an editor reads that is not German (or missing): collected along the journey and
    asserted at its end, so one wrong label does not hide the rest of the journey."""

    problems: list[str] = field(default_factory=list)

    def expect_text(self, locator: Locator, expected: str, where: str) -> None:
        self.expect_text_in(locator.inner_text(), expected, where)

    def expect_text_in(self, actual: str, expected: str, where: str) -> None:
        actual = " ".join(actual.split())
        if expected not in actual and not any(p.startswith(f"{where}:") for p in self.problems):
            self.problems.append(f"{where}: {expected!r} expected, the editor reads {actual!r}")

    def refuse_text_in(self, actual: str, wrong: str, where: str) -> None:
        actual = " ".join(actual.split())
        if wrong in actual:
            self.problems.append(f"{where}: {wrong!r} in {actual!r}")


def sign_in(page: Page, site: LiveSite, username: str, wording: Wording) -> None:
    page.goto(site.absolute("/admin/login/"))
    page.get_by_label("Benutzername").fill(username)
    wording.expect_text(page.locator("label[for=id_password]"), "Passwort", "Anmeldung")
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    expect(page).to_have_url(site.absolute("/admin/"))


def png(width: int = 1200, height: int = 800) -> bytes:
    image = Image.new("RGB", (width, height), (182, 92, 52))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


# A one-page PDF: the document chooser's upload accepts it like any editor's file.
PDF = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
trailer << /Root 1 0 R >>
%%EOF
"""


class GuideForm:
    """The page editor of a guide; blocks are appended to the body in the order given."""

    def __init__(self, page: Page):
        self.page = page
        self.body = page.locator("[data-contentpath=body]")

    def blocks(self) -> Locator:
        return self.body.locator("[data-streamfield-stream-container] > [data-streamfield-child]")

    def add_block(self, label: str) -> Locator:
        count = self.blocks().count()
        self.body.get_by_role("button", name="Einen Block einfügen").last.click()
        self.page.get_by_role("option", name=label, exact=True).click()
        expect(self.blocks()).to_have_count(count + 1)
        return self.blocks().last

    @staticmethod
    def field(block: Locator, path: str) -> Locator:
        """A child block's field by its content path (`title`, `items`, …)."""
        return block.locator(f"[data-contentpath={path}]").first

    @staticmethod
    def list_item(list_field: Locator, number: int) -> Locator:
        """The list's item `number` (from 0), added with the list's last "Hinzufügen"."""
        items = list_field.locator("[data-streamfield-child]")
        if items.count() <= number:
            list_field.get_by_role("button", name="Hinzufügen").last.click()
            expect(items).to_have_count(number + 1)
        return items.nth(number)

    def type_rich_text(self, container: Locator, text: str, new_paragraph: bool = False) -> None:
        """Type into a rich-text field (at its end); wait until the form's hidden input
        holds the text, which Draftail fills a moment after the last key."""
        editor = container.get_by_role("textbox").first
        editor.click()
        if new_paragraph:
            editor.press("Control+End")
            editor.press("Enter")
        editor.press_sequentially(text)
        expect(editor).to_contain_text(text)
        stored = container.locator("[data-streamfield-widget] > input[type=hidden]").first
        expect(stored).to_have_value(re.compile(re.escape(text)))

    def modal(self) -> Locator:
        return self.page.locator(".modal.in .modal-dialog")

    def upload(self, file: dict, title: str) -> None:
        """The chooser's upload tab: Wagtail fills the title from the file name, then the
        editor replaces it (typing before that fill would be mixed into it)."""
        modal = self.modal()
        modal.get_by_label("Datei").set_input_files(file)
        title_field = modal.get_by_label("Titel")
        expect(title_field).to_have_value(file["name"].rsplit(".", 1)[0])
        title_field.fill(title)

    def choose(self, opener: Locator, title: str) -> None:
        """A snippet or page chooser: search its modal for the title and pick the result."""
        opener.click()
        modal = self.modal()
        modal.get_by_role("textbox", name="Suchbegriff").fill(title)
        modal.get_by_role("link", name=re.compile(re.escape(title))).first.click()
        expect(self.page.locator(".modal.in")).to_have_count(0)


@dataclass
class GuideText:
    """What the journey writes; the checks on the site, in search and the API look for it."""

    title: str = "Ziegelgewölbe instand setzen und nutzen"
    search_word: str = "Ziegelgewölbe"
    teaser: str = "Wie ein feuchter Gewölbekeller zum Atelier wird: Bestand, Sanierung, Förderung."
    topic: str = "Baurecht"
    heading: str = "Den Bestand verstehen"
    paragraph: str = "Ein Ziegelgewölbe trägt seit hundert Jahren; vor jedem Eingriff kommt der Blick des Statikers."
    image_title: str = "Ziegelgewölbe im Keller der Alten Brauerei"
    image_alt: str = "Gemauertes Ziegelgewölbe mit Lichtband"
    caption: str = "Das Gewölbe nach der Reinigung"
    callout_kind: str = "Achtung"
    callout_title: str = "Feuchte zuerst messen"
    callout_text: str = "Ohne Feuchtemessung keine Innendämmung."
    quote: str = "Das Gewölbe ist das Beste am ganzen Haus."
    quote_source: str = "Betreiberin eines Kreativorts"
    document_title: str = "Merkblatt Gewölbesanierung"
    download_description: str = "Zwei Seiten für das erste Gespräch mit der Bauaufsicht."
    contact: str = "Matthias Reinhold"
    checklist_title: str = "Vor dem ersten Termin"
    checklist_items: tuple[str, ...] = ("Grundriss besorgen", "Feuchteprotokoll anlegen")
    steps_title: str = "So gehen Sie vor"
    steps: tuple[tuple[str, str], ...] = (
        ("Bestand aufnehmen", "Fotos, Maße und Risse dokumentieren."),
        ("Fachleute fragen", "Statik und Bauphysik früh hinzuziehen."),
    )
    faq_title: str = "Häufige Fragen"
    question: str = "Darf ein Gewölbekeller Atelier werden?"
    answer: str = "Ja, mit Nutzungsänderung und zweitem Rettungsweg."
    funding: str = "Denkmal-Impuls"
    related_title: str = "Weiterlesen"
    related: tuple[str, ...] = ()  # titles of a live guide and a live place
    revision: str = "Der zweite Rettungsweg ist Pflicht, sobald Publikum kommt."


def write_guide(form: "GuideForm", text: GuideText, image: bytes) -> None:
    """Title, teaser, topic and a body with every block the guide body offers."""
    page = form.page
    page.get_by_role("textbox", name="Titel").first.fill(text.title)
    page.get_by_role("textbox", name="Anrisstext").fill(text.teaser)
    page.get_by_role("checkbox", name=text.topic).check()

    form.add_block("Zwischenüberschrift").get_by_role("textbox").fill(text.heading)
    form.type_rich_text(form.add_block("Text"), text.paragraph)

    figure = form.add_block("Bild")
    figure.get_by_role("button", name="Bild auswählen").click()
    modal = form.modal()
    modal.get_by_role("tab", name="Hochladen").click()
    form.upload(
        {"name": "ziegelgewoelbe.png", "mimeType": "image/png", "buffer": image}, text.image_title
    )
    modal.get_by_label("Alternativtext").fill(text.image_alt)
    modal.get_by_role("button", name="Hochladen").click()
    expect(page.locator(".modal.in")).to_have_count(0)
    expect(figure).to_contain_text(text.image_title)
    form.field(figure, "alt_text").get_by_role("textbox").fill(text.image_alt)
    form.field(figure, "caption").get_by_role("textbox").fill(text.caption)

    callout = form.add_block("Hinweiskasten")
    callout.get_by_label("Art").select_option(label=text.callout_kind)
    form.field(callout, "title").get_by_role("textbox").fill(text.callout_title)
    form.type_rich_text(form.field(callout, "text"), text.callout_text)

    quote = form.add_block("Zitat")
    quote.get_by_role("textbox", name="Zitat").fill(text.quote)
    quote.get_by_role("textbox", name="Quelle").fill(text.quote_source)

    download = form.add_block("Download")
    download.get_by_role("button", name="Dokument auswählen").click()
    modal.get_by_role("tab", name="Hochladen").click()
    form.upload(
        {"name": "merkblatt-gewoelbe.pdf", "mimeType": "application/pdf", "buffer": PDF},
        text.document_title,
    )
    modal.get_by_role("button", name="Hochladen").click()
    expect(page.locator(".modal.in")).to_have_count(0)
    expect(download).to_contain_text(text.document_title)
    download.get_by_role("textbox", name="Beschreibung").fill(text.download_description)

    contact = form.add_block("Ansprechperson")
    form.choose(contact.get_by_role("button", name="Ansprechperson auswählen"), text.contact)

    checklist = form.add_block("Checkliste")
    form.field(checklist, "title").get_by_role("textbox").fill(text.checklist_title)
    items = form.field(checklist, "items")
    for number, item in enumerate(text.checklist_items):
        form.list_item(items, number).get_by_role("textbox").fill(item)

    steps = form.add_block("Schritt für Schritt")
    form.field(steps, "title").get_by_role("textbox").fill(text.steps_title)
    for number, (step, explanation) in enumerate(text.steps):
        item = form.list_item(form.field(steps, "steps"), number)
        form.field(item, "title").get_by_role("textbox").fill(step)
        form.type_rich_text(form.field(item, "text"), explanation)

    faq = form.add_block("Häufige Fragen (FAQ)")
    expect(form.field(faq, "title").get_by_role("textbox")).to_have_value(text.faq_title)
    question = form.list_item(form.field(faq, "items"), 0)
    form.field(question, "question").get_by_role("textbox").fill(text.question)
    form.type_rich_text(form.field(question, "answer"), text.answer)

    funding = form.add_block("Förderprogramm")
    form.choose(funding.get_by_role("button", name="Förderprogramm auswählen"), text.funding)

    related = form.add_block("Verwandte Leitfäden und Orte")
    expect(form.field(related, "title").get_by_role("textbox")).to_have_value(text.related_title)
    pages = form.field(related, "pages")
    for number, title in enumerate(text.related):
        item = form.list_item(pages, number)
        form.choose(item.get_by_role("button", name="Seite auswählen"), title)
