import factory
import wagtail_factories

from .models import HomePage, StandardPage


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
