"""Who suggested a place: the one model of the suggestions, registered as places.PlaceSuggestion
(places/models.py imports it from here)."""

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kreativorte.models import KreativorteImage

from .storage import private_storage


def client_hash_field(help_text) -> models.CharField:
    """The sender's address hashed with the secret key (spam.keyed_hash), for the rate limit;
    the barrier reports (accessibility/) keep one too."""
    return models.CharField(
        _("Kennung des Absenders"), max_length=64, blank=True, db_index=True, help_text=help_text
    )


class PlaceSuggestion(models.Model):
    """Who suggested a place through the website: personal data, kept apart from the page,
    and the suggested photo, which no public URL serves until the suggestion is approved.

    Exists only while the suggestion is undecided: publishing the page, rejecting or
    cancelling its review, or deleting the page removes the row and the photo file
    (drafts.decide).
    """

    # A string reference: places/models.py imports this module, not the other way round.
    page = models.OneToOneField(
        "places.PlacePage",
        verbose_name=_("Ort"),
        on_delete=models.CASCADE,
        related_name="suggestion",
    )
    submitted_at = models.DateTimeField(_("Eingereicht am"), default=timezone.now, db_index=True)
    name = models.CharField(_("Name"), max_length=120)
    email = models.EmailField(_("E-Mail"))
    consent_at = models.DateTimeField(
        _("Einwilligung am"),
        help_text=_("Zeitpunkt, zu dem der Datenschutzhinweis akzeptiert wurde."),
    )
    client_hash = client_hash_field(
        _(
            "Mit dem Geheimschlüssel gehashte IP-Adresse, nur zur Begrenzung der Vorschläge pro Stunde."
        )
    )
    photo = models.FileField(
        _("Foto"),
        storage=private_storage,
        upload_to="vorschlaege/",
        blank=True,
        help_text=_(
            "Nicht öffentlich, ohne Metadaten; wird bei Freigabe oder Veröffentlichung zum "
            "Vorschaubild des Ortes und bei Ablehnung gelöscht."
        ),
    )
    photo_alt = models.CharField(_("Alternativtext des Fotos"), max_length=255, blank=True)
    photo_credit = models.CharField(_("Bildnachweis des Fotos"), max_length=255, blank=True)
    photo_license = models.CharField(
        _("Lizenz des Fotos"),
        max_length=20,
        choices=KreativorteImage.License.choices,
        blank=True,
    )

    class Meta:
        verbose_name = _("Ortsvorschlag")
        verbose_name_plural = _("Ortsvorschläge")
        ordering = ["-submitted_at", "-id"]

    def __str__(self):
        return str(self.page)

    @classmethod
    def pending(cls):
        """Suggestions still waiting for a decision (their page is not published), newest first."""
        return cls.objects.filter(page__live=False).select_related("page")

    def delete_photo_file(self) -> None:
        """Delete the private file once the transaction holding the change is committed."""
        if self.photo:
            storage, name = self.photo.storage, self.photo.name
            transaction.on_commit(lambda: storage.delete(name))

    def discard_photo(self) -> None:
        """The editors do not want the photo: it is deleted and never becomes an image."""
        self.delete_photo_file()
        self.photo = ""
        self.photo_alt = self.photo_credit = self.photo_license = ""
        self.save(update_fields=["photo", "photo_alt", "photo_credit", "photo_license"])
