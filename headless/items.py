"""What the change feed carries: its kinds of item, how each is listed and represented.

An item is what a detail endpoint of API v1 shows (places, guides, cooperations, events,
funding programmes) or a taxonomy term. The feed lists the kinds in KINDS' order, so a
client has the terms before the pages that name them.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from django.db import models

from events import serializers as event_serializers
from events.models import EventPage
from knowledge import serializers as knowledge_serializers
from knowledge.models import CooperationPage, FundingProgramme, GuidePage, Topic
from kreativorte.models import District, SubMarket, TaxonomyTerm
from kreativorte.serializers import model_type
from kreativorte.urls_media import locale_code
from kreativorte.visibility import visible
from places import serializers as place_serializers
from places.models import PlacePage, PlaceType


class Item(NamedTuple):
    """One feed item as a change record names it; `locale` None for terms and programmes."""

    type: str
    id: int
    locale: str | None


@dataclass(frozen=True)
class Kind:
    name: str
    model: type[models.Model]
    shown: Callable[[Any], models.QuerySet]  # request → what the public sees of it now
    represent: Callable[[Any, Any], dict]  # (object, request) → its detail
    localized: bool = False  # pages have a language; terms and programmes serve both

    def items(self, request, locale: str | None = None):
        """What the feed lists of this kind: the public's view in `locale` (None: all)."""
        found = self.shown(request)
        if locale and self.localized:
            found = found.filter(locale__language_code=locale)
        return found

    def locale_of(self, obj, request) -> str | None:
        return locale_code(obj, request) if self.localized else None


def term_names(term, request=None) -> dict:
    """A term as /api/v1/taxonomies/ lists it: its slug and both names."""
    return {"slug": term.slug, "name_de": term.name_de, "name_en": term.name_en}


def page_kind(model, for_details, detail) -> Kind:
    return Kind(
        model_type(model),
        model,
        lambda request: for_details(visible(model.objects.all(), request)),
        detail,
        localized=True,
    )


def term_kind(model) -> Kind:
    return Kind(model._meta.model_name, model, lambda request: model.objects.all(), term_names)


KINDS = {
    kind.name: kind
    for kind in (
        term_kind(District),
        term_kind(PlaceType),
        term_kind(SubMarket),
        term_kind(Topic),
        # Every programme, as /api/v1/funding/{id}/ shows any, not only those the list
        # shows (with a deadline to come).
        Kind(
            "funding",
            FundingProgramme,
            lambda request: FundingProgramme.objects.prefetch_related("topics"),
            knowledge_serializers.funding_detail,
        ),
        page_kind(PlacePage, place_serializers.for_details, place_serializers.detail),
        page_kind(
            GuidePage, knowledge_serializers.for_guide_details, knowledge_serializers.guide_detail
        ),
        page_kind(
            CooperationPage,
            knowledge_serializers.for_cooperation_details,
            knowledge_serializers.cooperation_detail,
        ),
        page_kind(EventPage, event_serializers.for_details, event_serializers.detail),
    )
}
KIND_OF_MODEL = {kind.model: kind for kind in KINDS.values()}
TERM_TYPES = tuple(name for name, kind in KINDS.items() if issubclass(kind.model, TaxonomyTerm))
