import factory
import wagtail_factories

from .models import EasyLanguagePage, HomePage, SignLanguagePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Kreativorte Sachsen"
    slug = "start"
    mission = "<p>Sichtbarkeit, Vernetzung und Qualifizierung für Kreativorte.</p>"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Seite {n}")
    body = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": "<p>Ein kurzer Absatz.</p>"}]
    )

    class Meta:
        model = StandardPage


class EasyLanguagePageFactory(wagtail_factories.PageFactory):
    title = "Leichte Sprache"
    slug = "leichte-sprache"
    body = factory.LazyFunction(
        lambda: [
            {
                "type": "section",
                "value": {
                    "heading": "Was ist das?",
                    "content": [
                        {"type": "lines", "value": "Das ist ein Satz.\nDas ist noch ein Satz."},
                        {
                            "type": "word",
                            "value": {"word": "Satz", "explanation": "Ein Satz hat Wörter."},
                        },
                    ],
                },
            }
        ]
    )

    class Meta:
        model = EasyLanguagePage


class SignLanguagePageFactory(wagtail_factories.PageFactory):
    """A Gebärdensprache page whose video block has the transcript only; tests that need
    the video pass documents (see tests/test_sign_language.py)."""

    title = "Gebärdensprache"
    slug = "gebaerdensprache"
    intro = "Hier erklären wir die Seite in Deutscher Gebärdensprache."
    body = factory.LazyFunction(
        lambda: [
            {
                "type": "video",
                "value": {
                    "title": "Was ist das?",
                    "video": None,
                    "captions": None,
                    "poster": None,
                    "aspect": "16x9",
                    "transcript": "<p>Das ist ein Satz.</p>",
                },
            }
        ]
    )

    class Meta:
        model = SignLanguagePage
