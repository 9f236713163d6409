"""What the search learns from its visitors: queries that found nothing."""

from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search.utils import normalise_query_string


class ZeroResultQuery(models.Model):
    """A query that found nothing, counted: content visitors look for and miss."""

    query_string = models.CharField(_("Suchbegriff"), max_length=255, unique=True)
    hits = models.PositiveIntegerField(_("Anzahl"), default=0)
    last_searched = models.DateField(_("Zuletzt gesucht"), default=timezone.localdate)

    class Meta:
        verbose_name = _("Suche ohne Treffer")
        verbose_name_plural = _("Suchen ohne Treffer")

    def __str__(self):
        return self.query_string

    @classmethod
    def record(cls, query: str):
        entry, _ = cls.objects.get_or_create(query_string=normalise_query_string(query)[:255])
        cls.objects.filter(pk=entry.pk).update(
            hits=F("hits") + 1, last_searched=timezone.localdate()
        )
