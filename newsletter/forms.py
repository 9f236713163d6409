"""The issue editor: a new issue starts with the digest since the previous issue."""

from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm

from kreativorte.text import german_slugify

from .digest import build_digest

PAGE_SECTIONS = ("places", "guides", "cooperations", "events")


def prefilled_items(digest: dict) -> list[dict]:
    """The digest as raw stream data: page items for new pages and coming events, then
    funding items for programmes with deadlines in the next weeks."""
    items = [
        {"type": "page", "value": {"page": item["id"], "note": ""}}
        for key in PAGE_SECTIONS
        for item in digest[key]
    ]
    items += [
        {"type": "funding", "value": {"programme": item["id"], "note": ""}}
        for item in digest["funding_deadlines"]
    ]
    return items


def default_intro(since) -> str:
    return "<p>%s</p>" % (
        _(
            "Liebe Leserinnen und Leser, das ist neu bei Kreativorte Sachsen seit dem "
            "%(since)s und das steht in den nächsten Wochen an."
        )
        % {"since": since.strftime("%d.%m.%Y")}
    )


class NewsletterIssueForm(WagtailAdminPageForm):
    """For a new issue: title, slug, `since`, intro and items pre-filled from the digest."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None and not self.is_bound:
            self.prefill()

    def prefill(self):
        today = timezone.localdate()
        parent = getattr(self, "parent_page", None)
        locale = parent.locale.language_code if parent is not None else "de"
        digest = build_digest(self.instance.digest_start(locale), locale=locale)
        title = _("Newsletter vom %(date)s") % {"date": today.strftime("%d.%m.%Y")}
        self.initial.update(
            {
                "title": title,
                "slug": german_slugify(f"newsletter-{today.isoformat()}"),
                "issue_date": today,
                "since": digest["since"],
                "intro": default_intro(digest["since"]),
                "items": self.fields["items"].block.to_python(prefilled_items(digest)),
            }
        )
