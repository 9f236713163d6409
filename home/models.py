"""The site root, plain standard pages (Impressum, Datenschutz, Barrierefreiheit), the
Leichte Sprache page and the Gebärdensprache page."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from events.models import EventPage
from knowledge.models import GuidePage
from kreativorte.blocks import RICH_TEXT_FEATURES, BodyBlock
from kreativorte.prefetch import listed
from kreativorte.serializers import PublicPageField
from places.models import PlaceIndexPage, PlacePage

from .blocks import EasySectionBlock, SignLanguageVideoBlock


class HomePage(Page):
    """The root of one language version of the site."""

    mission = RichTextField(
        _("Leitgedanke"),
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("Kurzer Satz zu Sichtbarkeit, Vernetzung und Qualifizierung."),
    )
    intro = RichTextField(_("Einleitung"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [
        FieldPanel("mission"),
        FieldPanel("intro"),
        InlinePanel(
            "featured_places",
            heading=_("Ausgewählte Orte"),
            label=_("Ausgewählter Ort"),
            max_num=6,
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("mission")]
    api_fields = [APIField("mission"), APIField("intro"), APIField("featured_places")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "places.PlaceIndexPage",
        "knowledge.GuideIndexPage",
        "knowledge.CooperationIndexPage",
        "events.EventIndexPage",
        "newsletter.NewsletterIndexPage",
        "home.StandardPage",
        "home.EasyLanguagePage",
        "accessibility.AccessibilityStatementPage",
        "home.SignLanguagePage",
    ]

    class Meta:
        verbose_name = _("Startseite")
        verbose_name_plural = _("Startseiten")

    HOME_LIST_SIZE = 3

    def get_context(self, request, *args, **kwargs):
        """Featured places, the latest guides and the next events: a fixed number of queries."""
        context = super().get_context(request, *args, **kwargs)
        place_ids = list(self.featured_places.values_list("place_id", flat=True))
        places = {
            place.id: place
            for place in listed(
                PlacePage.objects.descendant_of(self).filter(id__in=place_ids).live().public()
            ).select_related("district")
        }
        context["featured_places"] = [places[pk] for pk in place_ids if pk in places]
        context["latest_guides"] = list(
            listed(GuidePage.objects.descendant_of(self).live().public()).order_by(
                "-first_published_at", "-id"
            )[: self.HOME_LIST_SIZE]
        )
        context["upcoming_events"] = list(
            listed(
                EventPage.objects.descendant_of(self)
                .live()
                .public()
                .filter(end__gte=timezone.now())
            ).order_by("start", "id")[: self.HOME_LIST_SIZE]
        )
        context["places_index"] = PlaceIndexPage.objects.child_of(self).live().public().first()
        return context


class HomeFeaturedPlace(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_places")
    place = models.ForeignKey(
        "places.PlacePage", verbose_name=_("Ort"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("place")]
    api_fields = [APIField("place", serializer=PublicPageField())]

    @property
    def admin_item_label(self) -> str:
        """The item's name in the editor ("Ausgewählter Ort 2: <title>")."""
        return self.place.title if self.place_id else ""

    class Meta(Orderable.Meta):
        verbose_name = _("Ausgewählter Ort")
        verbose_name_plural = _("Ausgewählte Orte")


class StandardPage(Page):
    """Impressum, Datenschutz, Barrierefreiheit and similar plain pages."""

    body = StreamField(BodyBlock(), verbose_name=_("Inhalt"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]
    api_fields = [APIField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("Standardseite")
        verbose_name_plural = _("Standardseiten")


class EasyLanguagePage(Page):
    """What the site offers, in Leichte Sprache: short sections, one statement per line."""

    body = StreamField(
        [("section", EasySectionBlock())], verbose_name=_("Inhalt in Leichter Sprache")
    )

    content_panels = Page.content_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]
    api_fields = [APIField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Leichte Sprache")
        verbose_name_plural = _("Seiten in Leichter Sprache")


class SignLanguagePage(Page):
    """What the site offers, in Deutscher Gebärdensprache (DGS): videos from the document
    library with WebVTT captions, each with the same text as a transcript."""

    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        help_text=_("Ein, zwei kurze Sätze über dem Video."),
    )
    body = StreamField(
        [("video", SignLanguageVideoBlock())], verbose_name=_("Videos in Gebärdensprache")
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Gebärdensprache")
        verbose_name_plural = _("Seiten in Gebärdensprache")
