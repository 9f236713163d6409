"""Accessibility (BITV 2.0, EU directive 2016/2102): the barrier reports from the public
(the feedback mechanism, BITV 2.0 § 7) and the accessibility statement, structured after
the EU model statement (implementing decision (EU) 2018/1523)."""

import datetime

from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from kreativorte.local_time import add_months, local_midnight
from places.suggestions.models import client_hash_field

# Personal data of a report is deleted when it is closed, and of every report after this.
PERSONAL_DATA_MONTHS = 6
# Reports are answered within one month (BITV 2.0 § 7, directive 2016/2102 Art. 7).
ANSWER_MONTHS = 1


class BarrierReport(models.Model):
    """A barrier somebody met on the website, sent through "Barriere melden".

    Name, e-mail address and consent are optional (needed for an answer only) and are
    deleted when the report is closed (`Status.DONE`), or six months after it was sent
    (`purge_barrier_reports`, daily).
    """

    class Status(models.TextChoices):
        NEW = "neu", _("Neu")
        IN_PROGRESS = "in_bearbeitung", _("In Bearbeitung")
        DONE = "erledigt", _("Erledigt")

    OPEN = (Status.NEW, Status.IN_PROGRESS)

    page_url = models.CharField(
        _("Seite"),
        max_length=500,
        blank=True,
        help_text=_("Pfad der Seite auf dieser Website, auf der die Barriere ist."),
    )
    description = models.TextField(_("Was funktioniert nicht?"))
    language = models.CharField(
        _("Sprache"),
        max_length=8,
        blank=True,
        help_text=_("Sprache der Website, auf der gemeldet wurde; für die Antwort."),
    )
    name = models.CharField(_("Name"), max_length=120, blank=True)
    email = models.EmailField(_("E-Mail"), blank=True)
    consent_at = models.DateTimeField(
        _("Einwilligung am"),
        null=True,
        blank=True,
        help_text=_("Zeitpunkt, zu dem der Datenschutzhinweis akzeptiert wurde."),
    )
    client_hash = client_hash_field(
        _(
            "Mit dem Geheimschlüssel gehashte IP-Adresse, nur zur Begrenzung der Meldungen pro Stunde."
        )
    )
    submitted_at = models.DateTimeField(_("Eingegangen am"), default=timezone.now, db_index=True)
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )
    note = models.TextField(
        _("Interne Notiz"),
        blank=True,
        help_text=_(
            "Nur für die Redaktion: was geprüft oder geändert wurde. Bitte keine "
            "personenbezogenen Daten eintragen."
        ),
    )
    updated_at = models.DateTimeField(_("Geändert am"), auto_now=True)
    closed_at = models.DateTimeField(_("Erledigt am"), null=True, blank=True)

    class Meta:
        verbose_name = _("Barrieremeldung")
        verbose_name_plural = _("Barrieremeldungen")
        ordering = ["-submitted_at", "-id"]

    def __str__(self):
        # No personal data: Wagtail's history shows this.
        date = formats.date_format(timezone.localtime(self.submitted_at), "SHORT_DATE_FORMAT")
        return _("Meldung vom %(date)s zu %(page)s") % {
            "date": date,
            "page": self.page_url or _("(keine Seite angegeben)"),
        }

    def save(self, *args, **kwargs):
        # Closing a report (in the admin or anywhere else) deletes the personal data at once.
        if self.status == self.Status.DONE:
            self.closed_at = self.closed_at or timezone.now()
            self.forget_person()
        else:
            self.closed_at = None
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {
                *kwargs["update_fields"],
                "closed_at",
                "name",
                "email",
                "client_hash",
                "consent_at",
                "updated_at",
            }
        super().save(*args, **kwargs)

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN

    @property
    def answer_due(self) -> datetime.date:
        """The last day of the one-month answer period."""
        return add_months(timezone.localdate(self.submitted_at), ANSWER_MONTHS)

    @property
    def has_personal_data(self) -> bool:
        return bool(self.name or self.email or self.consent_at)

    def forget_person(self) -> None:
        """Remove name, e-mail address, consent and the hashed address (not saved)."""
        self.name = self.email = self.client_hash = ""
        self.consent_at = None

    @classmethod
    def purge(cls, today: datetime.date | None = None) -> int:
        """Delete the personal data of closed reports and of all reports older than six
        months; how many reports had some."""
        today = today or timezone.localdate()
        cutoff = local_midnight(add_months(today, -PERSONAL_DATA_MONTHS))
        with_data = ~models.Q(name="", email="", client_hash="", consent_at__isnull=True)
        due = models.Q(status=cls.Status.DONE) | models.Q(submitted_at__lt=cutoff)
        return cls.objects.filter(with_data & due).update(
            name="", email="", client_hash="", consent_at=None, updated_at=timezone.now()
        )


# The accessibility statement -----------------------------------------------------------

ENFORCEMENT_INTRO = (
    "<p>Wenn Sie auf Ihre Rückmeldung keine oder keine zufriedenstellende Antwort erhalten, "
    "können Sie sich an die Durchsetzungsstelle wenden. Sie prüft, ob die Anforderungen an "
    "die Barrierefreiheit eingehalten werden, und vermittelt zwischen Ihnen und uns. Das "
    "Verfahren ist für Sie kostenfrei.</p>"
)


class AccessibilityStatementPage(Page):
    """ "Erklärung zur Barrierefreiheit": one per language version of the site, the parts in
    the order of the EU model statement; the feedback link leads to "Barriere melden"."""

    class Conformity(models.TextChoices):
        FULL = "vollstaendig", _("vollständig vereinbar")
        PARTIAL = "teilweise", _("teilweise vereinbar")
        NONE = "nicht", _("nicht vereinbar")

    class Method(models.TextChoices):
        SELF_ASSESSMENT = "selbstbewertung", _("Selbstbewertung")
        EXTERNAL = "externe_pruefung", _("Prüfung durch Dritte")

    organisation = models.CharField(
        _("Verantwortliche Stelle"),
        max_length=200,
        help_text=_("Wer die Website betreibt, z. B. „Netzwerk Kreativorte Sachsen e. V.“."),
    )
    scope = models.TextField(
        _("Geltungsbereich"),
        help_text=_(
            "Wofür die Erklärung gilt, z. B. „Diese Erklärung gilt für die Website "
            "kreativorte-sachsen.de mit allen Unterseiten und Dokumenten.“"
        ),
    )
    standard = models.CharField(
        _("Maßstab"),
        max_length=200,
        default="der BITV 2.0 und der EN 301 549 (WCAG 2.1, Stufe AA)",
        help_text=_(
            "Die Anforderungen, an denen gemessen wird; steht im Satz „Diese Website ist … mit "
            "[Maßstab] vereinbar.“"
        ),
    )
    conformity = models.CharField(
        _("Stand der Vereinbarkeit"),
        max_length=20,
        choices=Conformity.choices,
        default=Conformity.PARTIAL,
        help_text=_(
            "„Teilweise vereinbar“, solange unten nicht barrierefreie Inhalte stehen; "
            "„vollständig“ nur, wenn alle Anforderungen erfüllt sind."
        ),
    )
    prepared_on = models.DateField(
        _("Erstellt am"), help_text=_("Datum, an dem die Erklärung erstellt wurde.")
    )
    method = models.CharField(
        _("Methode"),
        max_length=20,
        choices=Method.choices,
        default=Method.SELF_ASSESSMENT,
        help_text=_("Worauf die Aussagen beruhen."),
    )
    method_details = models.CharField(
        _("Angaben zur Prüfung"),
        max_length=255,
        blank=True,
        help_text=_("Optional, z. B. wer geprüft hat und nach welchem Verfahren (BITV-Test)."),
    )
    last_reviewed = models.DateField(
        _("Zuletzt überprüft am"),
        null=True,
        blank=True,
        help_text=_(
            "Die Erklärung ist mindestens jährlich zu überprüfen; das Dashboard erinnert "
            "nach zwölf Monaten."
        ),
    )
    contact_name = models.CharField(
        _("Kontaktstelle"),
        max_length=200,
        help_text=_("An wen man sich wenden kann, z. B. „Redaktion Kreativorte Sachsen“."),
    )
    contact_address = models.TextField(_("Anschrift"), blank=True)
    contact_email = models.EmailField(_("E-Mail"))
    contact_phone = models.CharField(_("Telefon"), max_length=40, blank=True)
    enforcement_intro = RichTextField(
        _("Einleitung"),
        features=["bold", "italic", "link"],
        default=ENFORCEMENT_INTRO,
        help_text=_("Was das Durchsetzungsverfahren ist und wann man sich dorthin wendet."),
    )
    enforcement_name = models.CharField(
        _("Name der Stelle"),
        max_length=200,
        help_text=_(
            "Die für Sachsen zuständige Schlichtungs- oder Durchsetzungsstelle für digitale "
            "Barrierefreiheit."
        ),
    )
    enforcement_address = models.TextField(_("Anschrift"), blank=True)
    enforcement_email = models.EmailField(_("E-Mail"), blank=True)
    enforcement_phone = models.CharField(_("Telefon"), max_length=40, blank=True)
    enforcement_url = models.URLField(_("Website"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("organisation"), FieldPanel("scope"), FieldPanel("standard")],
            heading=_("Geltungsbereich"),
        ),
        MultiFieldPanel([FieldPanel("conformity")], heading=_("Stand der Vereinbarkeit")),
        InlinePanel(
            "non_accessible_items",
            heading=_("Nicht barrierefreie Inhalte"),
            label=_("Inhalt"),
            help_text=_(
                "Was nicht barrierefrei ist, warum, und welche barrierefreie Alternative es gibt."
            ),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("prepared_on"), FieldPanel("last_reviewed")]),
                FieldPanel("method"),
                FieldPanel("method_details"),
            ],
            heading=_("Erstellung dieser Erklärung"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_address"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Feedback und Kontaktangaben"),
            help_text=_("Der Link zum Formular „Barriere melden“ erscheint von selbst."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("enforcement_intro"),
                FieldPanel("enforcement_name"),
                FieldPanel("enforcement_address"),
                FieldRowPanel([FieldPanel("enforcement_email"), FieldPanel("enforcement_phone")]),
                FieldPanel("enforcement_url"),
            ],
            heading=_("Durchsetzungsverfahren"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("scope")]
    api_fields = [
        APIField(name)
        for name in (
            "organisation",
            "scope",
            "standard",
            "conformity",
            "non_accessible_items",
            "prepared_on",
            "method",
            "method_details",
            "last_reviewed",
            "contact_name",
            "contact_address",
            "contact_email",
            "contact_phone",
            "enforcement_intro",
            "enforcement_name",
            "enforcement_address",
            "enforcement_email",
            "enforcement_phone",
            "enforcement_url",
        )
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Erklärung zur Barrierefreiheit")
        verbose_name_plural = _("Erklärungen zur Barrierefreiheit")

    def conformity_sentence(self) -> str:
        sentences = {
            self.Conformity.FULL: _("Diese Website ist vollständig mit %(standard)s vereinbar."),
            self.Conformity.PARTIAL: _(
                "Diese Website ist wegen der folgenden Unvereinbarkeiten und Ausnahmen "
                "teilweise mit %(standard)s vereinbar."
            ),
            self.Conformity.NONE: _("Diese Website ist mit %(standard)s nicht vereinbar."),
        }
        return str(sentences[self.conformity]) % {"standard": self.standard}

    def method_sentence(self) -> str:
        if self.method == self.Method.EXTERNAL:
            return str(_("Die Aussagen beruhen auf einer Prüfung durch Dritte."))
        return str(_("Die Aussagen beruhen auf einer Selbstbewertung."))


class NonAccessibleContent(Orderable):
    """One content of the statement that is not accessible, with the reason and the
    accessible alternative."""

    class Reason(models.TextChoices):
        NOT_COMPLIANT = "nicht_vereinbar", _("Nicht vereinbar mit den Anforderungen")
        DISPROPORTIONATE = "unverhaeltnismaessig", _("Unverhältnismäßige Belastung")
        OUT_OF_SCOPE = "nicht_anwendbar", _("Nicht im Anwendungsbereich der Vorschriften")

    page = ParentalKey(
        AccessibilityStatementPage, on_delete=models.CASCADE, related_name="non_accessible_items"
    )
    content = models.CharField(
        _("Inhalt"),
        max_length=255,
        help_text=_("Was nicht barrierefrei ist, z. B. „Einige PDF-Dokumente in den Leitfäden“."),
    )
    reason = models.CharField(
        _("Grund"), max_length=30, choices=Reason.choices, default=Reason.NOT_COMPLIANT
    )
    explanation = models.TextField(
        _("Erläuterung"),
        blank=True,
        help_text=_("Welche Anforderung nicht erfüllt ist, oder warum die Ausnahme gilt."),
    )
    alternative = models.TextField(
        _("Barrierefreie Alternative"),
        blank=True,
        help_text=_("Optional: wie man den Inhalt trotzdem erreicht."),
    )

    panels = [
        FieldPanel("content"),
        FieldPanel("reason"),
        FieldPanel("explanation"),
        FieldPanel("alternative"),
    ]
    api_fields = [
        APIField("content"),
        APIField("reason"),
        APIField("explanation"),
        APIField("alternative"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Nicht barrierefreier Inhalt")
        verbose_name_plural = _("Nicht barrierefreie Inhalte")
