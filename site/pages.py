"""Abstract page parts shared by the content apps."""

from urllib.parse import urlsplit

from django.db import models
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_headless_preview.models import HeadlessPreviewMixin
from wagtail_headless_preview.settings import headless_preview_settings

from .blocks import RICH_TEXT_FEATURES
from .compounds import compound_parts


class TeaserMixin(models.Model):
    """Teaser text and listing image: what lists, search results and feeds show of a page."""

    teaser = models.TextField(
        _("Anrisstext"),
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

    # "Anrisstext", not "Vorschau": the admin's preview is called that.
    teaser_panels = [
        MultiFieldPanel(
            [FieldPanel("teaser"), FieldPanel("listing_image")], heading=_("Anrisstext")
        )
    ]
    # The parts of German compounds, so that Wagtail's backends (SQLite's FTS5,
    # Elasticsearch) find "Atelierhaus" by "Atelier" as the search documents do.
    teaser_search_fields = [
        index.SearchField("teaser", boost=2),
        index.SearchField("compound_parts"),
    ]

    class Meta:
        abstract = True

    def compound_parts(self) -> str:
        if self.locale.language_code != "de":
            return ""
        values = (
            field.get_value(self)
            for field in self.get_search_fields()
            if isinstance(field, index.SearchField) and field.field_name != "compound_parts"
        )
        texts = (" ".join(map(str, v)) if isinstance(v, list) else str(v) for v in values if v)
        return compound_parts(" ".join(texts))


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


EXTERNAL_PREVIEW = "external"


def front_end_url(site) -> str:
    """The external front-end's preview URL for a site (per host, else the default), or ""."""
    urls = headless_preview_settings.CLIENT_URLS
    return (urls.get(site.hostname) or urls.get("default", "")) if site else ""


class ExternalPreviewMixin(HeadlessPreviewMixin):
    """A second preview mode, "Externes Frontend", where a site has a front-end URL.

    Wagtail's website preview stays the first mode. The second stores the page as edited,
    unsaved changes included, as a snapshot (wagtail-headless-preview's PagePreview) under
    a signed token and frames the front-end URL with `?content_type=…&token=…`; the
    front-end reads the snapshot from /api/v1/preview/ (headless/preview.py). Only saved
    pages: the API shows a page with its id and URL.
    """

    @property
    def preview_modes(self):
        modes = super().preview_modes
        if self.pk is None or not front_end_url(self.get_site()):
            return modes
        return [*modes, (EXTERNAL_PREVIEW, _("Externes Frontend"))]

    def get_client_root_url(self, request) -> str:
        # The page's site, not the admin's host the request came to.
        return front_end_url(self.get_site())

    def get_preview_url(self, request, token: str) -> str:
        url = self.get_client_root_url(request)
        query = urlencode({"content_type": self.get_content_type_str(), "token": token})
        return f"{url}{'&' if '?' in url else '?'}{query}"

    def serve_preview(self, request, mode_name):
        if mode_name != EXTERNAL_PREVIEW:
            # Past the package's preview: the page's own (Wagtail's, or a routable page's).
            return super(HeadlessPreviewMixin, self).serve_preview(request, mode_name)
        response = super().serve_preview(request, mode_name)
        # The admin's policy frames only its own origin; this response frames the front-end.
        parts = urlsplit(self.get_client_root_url(request))
        response._csp_update = {"frame-src": f"{parts.scheme}://{parts.netloc}"}
        return response
