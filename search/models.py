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


class SearchDocument(models.Model):
    """What the site search reads for one live public page: its text, weighted, and its facets.

    Kept current by signals (search/documents.py): a page is here exactly while it
    is published and not behind a password or login. On PostgreSQL a migration adds
    a weighted tsvector column with a GIN index, so ranking, filtering and facet
    counts are plain indexed SQL over this one table.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20)
    title = models.TextField()  # weight A
    summary = models.TextField(blank=True)  # weight B: boosted fields (teaser, town, subtitle)
    text = models.TextField(blank=True)  # weight C: body, taxonomy names, everything else
    # Facet values, denormalised so a whole result set is counted from this table alone.
    district = models.CharField(max_length=80, blank=True)  # slug
    topics = models.CharField(max_length=500, blank=True)  # slugs, separated by spaces

    class Meta:
        indexes = [models.Index(fields=["locale", "kind"])]

    def __str__(self):
        return self.title
