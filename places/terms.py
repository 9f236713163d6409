"""The vocabularies of places: place types (a taxonomy editors keep) and fixed choices."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from kreativorte.models import TaxonomyTerm


class PlaceType(TaxonomyTerm):
    """Kind of place (Atelierhaus, Coworking, …); a starting set arrives with a migration."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("Ortstyp")
        verbose_name_plural = _("Ortstypen")


class PlaceStatus(models.TextChoices):
    ESTABLISHED = "established", _("Etabliert")
    IN_THE_MAKING = "in-the-making", _("Im Aufbau")
    VACANT = "vacant", _("Leerstand sucht Nutzer")


class PlaceSetting(models.TextChoices):
    URBAN = "urban", _("Städtisch")
    RURAL = "rural", _("Ländlich")
