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
    a weighted tsvector column (in the configuration of the row's language) with a GIN index, so ranking, filtering and facet
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
    # Weight D: the parts of German compounds in title, summary and text ("atelier haus"),
    # so that "Atelier" finds "Atelierhaus" (kreativorte.compounds).
    parts = models.TextField(blank=True)
    # The page's language: which text-search configuration stems it (and its queries).
    language = models.CharField(max_length=8, default="de")
    # Facet values, denormalised so a whole result set is counted from this table alone.
    district = models.CharField(max_length=80, blank=True)  # slug
    topics = models.CharField(max_length=500, blank=True)  # slugs, separated by spaces

    class Meta:
        indexes = [models.Index(fields=["locale", "kind"])]

    def __str__(self):
        return self.title


class SynonymGroup(models.Model):
    """Words that mean the same to a visitor: a query for one also searches the others."""

    name = models.CharField(_("Name"), max_length=100)
    terms = models.TextField(
        _("Begriffe"),
        help_text=_(
            "Gleichbedeutende Begriffe, einer je Zeile oder durch Kommas getrennt; Deutsch und "
            "Englisch gemischt. Ein Begriff aus mehreren Wörtern findet Seiten mit allen Wörtern."
        ),
    )

    class Meta:
        verbose_name = _("Synonymgruppe")
        verbose_name_plural = _("Synonyme")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def term_list(self) -> list[str]:
        terms = (" ".join(t.split()) for t in self.terms.replace(",", "\n").splitlines())
        return list(dict.fromkeys(t for t in terms if t))


class SearchWord(models.Model):
    """A word of the public search documents: what typos are corrected towards.

    Words are added as documents are saved and never removed there; a suggestion is
    only offered if its query finds public results, so a stale word cannot leak.
    `rebuild_search_vocabulary` recounts the frequencies and drops stale words.
    """

    word = models.CharField(max_length=60, unique=True)  # folded: "gorlitz"
    spelling = models.CharField(max_length=60)  # as written: "Görlitz"
    length = models.PositiveSmallIntegerField(db_index=True)
    documents = models.PositiveIntegerField(default=1)  # in how many documents

    def __str__(self):
        return self.spelling
