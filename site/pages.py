"""Abstract page parts shared by the content apps."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from .blocks import RICH_TEXT_FEATURES


class TeaserMixin(models.Model):
    """Teaser text and listing image: what lists, search results and feeds show of a page."""

    teaser = models.TextField(
        _("Teaser"),
        blank=True,
        help_text=_("Ein bis zwei Sätze für Übersichten, Suchergebnisse und den Newsletter."),
    )
    listing_image = models.ForeignKey(
        "kreativorte.KreativorteImage",
        verbose_name=_("Vorschaubild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Wird in Übersichten und beim Teilen gezeigt."),
    )

    teaser_panels = [
        MultiFieldPanel([FieldPanel("teaser"), FieldPanel("listing_image")], heading=_("Vorschau"))
    ]
    teaser_search_fields = [index.SearchField("teaser", boost=2)]

    class Meta:
        abstract = True


class IndexPage(Page):
    """A section's listing page (Orte, Wissen, Kooperationen, Veranstaltungen)."""

    # Wagtail derives a template name per class; the sections share one instead.
    index_template = "index_page.html"

    intro = RichTextField(_("Einleitung"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def live_children(self, model):
        """Live, public children of one type (children share this page's locale)."""
        return model.objects.child_of(self).live().public()

    def listing(self):
        """The section's pages as the template lists them (`listing` in the context)."""
        return self.get_children().live().public().specific().order_by("title")

    def get_template(self, request, *args, **kwargs):
        return self.index_template

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = self.listing()
        return context
