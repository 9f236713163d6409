"""Editor-curated newsletter issues and their index page.

An issue starts from the digest since the previous issue (NewsletterIssueForm); the editor
writes the intro and removes, reorders or adds items. Publishing freezes the issue: the
signal handler stores its content as plain data (frozen_data) and as e-mail HTML and plain
text, so later changes to the referenced pages leave a sent issue as it was. The web
version and the exports (email-html/, email-txt/) serve the frozen state.
"""

import datetime

from django.db import models
from django.dispatch import receiver
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.signals import page_published

from kreativorte.csp import allow_email_styles
from kreativorte.pages import IndexPage

from .blocks import IssueItemsBlock
from .digest import days_before
from .email import issue_context, render_issue
from .forms import NewsletterIssueForm

FROZEN_FIELDS = ["frozen_data", "frozen_html", "frozen_text", "frozen_at"]


class NewsletterIndexPage(IndexPage):
    """The newsletter archive: published issues, the newest first."""

    index_template = "newsletter/newsletter_index_page.html"
    subpage_types = ["newsletter.NewsletterIssuePage"]

    def listing(self):
        return (
            NewsletterIssuePage.objects.child_of(self)
            .live()
            .public()
            .defer_streamfields()
            .order_by("-issue_date", "-first_published_at", "-id")
        )

    class Meta:
        verbose_name = _("Newsletter-Übersicht")
        verbose_name_plural = _("Newsletter-Übersichten")


class NewsletterIssuePage(RoutablePageMixin, Page):
    """One issue of the newsletter: intro and an ordered list of items."""

    issue_date = models.DateField(
        _("Ausgabe vom"),
        default=timezone.localdate,
        help_text=_("Der Tag, an dem die Ausgabe verschickt wird."),
    )
    since = models.DateField(
        _("Neues seit"),
        null=True,
        blank=True,
        help_text=_(
            "Beginn des Zeitraums, aus dem die Einträge stammen. Leer: der Tag der vorigen Ausgabe."
        ),
    )
    intro = RichTextField(
        _("Einleitung"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("Begrüßung und ein paar Sätze zur Ausgabe."),
    )
    items = StreamField(
        IssueItemsBlock(),
        verbose_name=_("Einträge"),
        blank=True,
        help_text=_(
            "Vorbelegt mit dem Neuen seit der vorigen Ausgabe. Einträge entfernen, "
            "verschieben oder hinzufügen."
        ),
    )
    frozen_data = models.JSONField(_("Eingefrorener Inhalt"), null=True, blank=True, editable=False)
    frozen_html = models.TextField(_("E-Mail (HTML)"), blank=True, editable=False)
    frozen_text = models.TextField(_("E-Mail (Text)"), blank=True, editable=False)
    frozen_at = models.DateTimeField(_("Eingefroren am"), null=True, blank=True, editable=False)

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("issue_date"), FieldPanel("since")]),
        FieldPanel("intro"),
        FieldPanel("items"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    base_form_class = NewsletterIssueForm
    exclude_fields_in_copy = FROZEN_FIELDS
    template = "newsletter/newsletter_issue_page.html"

    parent_page_types = ["newsletter.NewsletterIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Newsletter-Ausgabe")
        verbose_name_plural = _("Newsletter-Ausgaben")

    # Dates

    def previous_issue_date(self, locale: str | None = None) -> datetime.date | None:
        """The issue_date of the newest other published issue (before this one's date)."""
        issues = NewsletterIssuePage.objects.live()
        if self.pk:
            issues = issues.exclude(pk=self.pk)
        if self.issue_date:
            issues = issues.filter(issue_date__lte=self.issue_date)
        locale = locale or (self.locale.language_code if self.locale_id else None)
        if locale:
            issues = issues.filter(locale__language_code=locale)
        return issues.order_by("-issue_date").values_list("issue_date", flat=True).first()

    def digest_start(self, locale: str) -> datetime.date:
        """Where a new issue's digest starts: the previous issue of its language, or
        default_since()."""
        return self.previous_issue_date(locale=locale) or default_since()

    def effective_since(self) -> datetime.date:
        return self.since or self.previous_issue_date() or default_since()

    # Content

    def current_data(self, request=None) -> dict:
        return issue_context(self, request)

    def content(self, request=None) -> dict:
        """What visitors see: the frozen state once published, else the current one."""
        return self.frozen_data or self.current_data(request)

    def email(self, request=None) -> tuple[str, str]:
        """(HTML, plain text) of the e-mail; the frozen one once published."""
        if self.frozen_data:
            return self.frozen_html, self.frozen_text
        return render_issue(self.current_data(request))

    def freeze(self):
        """Store the issue as it is now (called when it is published)."""
        data = self.current_data()
        html, text = render_issue(data)
        self.frozen_data, self.frozen_html, self.frozen_text = data, html, text
        self.frozen_at = timezone.now()
        NewsletterIssuePage.objects.filter(pk=self.pk).update(
            frozen_data=data, frozen_html=html, frozen_text=text, frozen_at=self.frozen_at
        )

    # Web version, preview and exports

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        previewing = getattr(request, "is_preview", False)
        context["issue"] = self.current_data(request) if previewing else self.content(request)
        url = self.get_url(request)
        if self.live and url:
            context["exports"] = {
                "html": url + self.reverse_subpage("email_html"),
                "text": url + self.reverse_subpage("email_txt"),
            }
        return context

    @property
    def preview_modes(self):
        return [("", _("Webseite")), ("email", _("E-Mail"))]

    def serve_preview(self, request, mode_name):
        if mode_name == "email":
            html, _text = render_issue(self.current_data(request))
            return HttpResponse(html, content_type="text/html; charset=utf-8")
        return super().serve_preview(request, mode_name)

    def export(self, content: str, content_type: str, extension: str) -> HttpResponse:
        response = HttpResponse(content, content_type=f"{content_type}; charset=utf-8")
        response["Content-Disposition"] = f'inline; filename="{self.slug}.{extension}"'
        return response

    @path("email-html/", name="email_html")
    @allow_email_styles
    def email_html(self, request):
        """The e-mail's HTML (Wagtail routes only to live pages visitors may see)."""
        return self.export(self.email(request)[0], "text/html", "html")

    @path("email-txt/", name="email_txt")
    def email_txt(self, request):
        return self.export(self.email(request)[1], "text/plain", "txt")


def default_since(today: datetime.date | None = None) -> datetime.date:
    """The day the digest starts when none is given: the day the last issue was sent.

    The issue_date of the newest published NewsletterIssuePage; until an issue is
    published, DEFAULT_SINCE_DAYS before today (Europe/Berlin).
    """
    last_sent = (
        NewsletterIssuePage.objects.live()
        .order_by("-issue_date")
        .values_list("issue_date", flat=True)
        .first()
    )
    return last_sent if last_sent is not None else days_before(today)


@receiver(page_published)
def freeze_published_issue(sender, instance, **kwargs):
    if isinstance(instance, NewsletterIssuePage):
        instance.freeze()
