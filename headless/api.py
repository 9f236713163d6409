"""API v1 for clients that keep a copy: the change feed for incremental sync."""

import datetime
from typing import Annotated, Literal, Union

from ninja import Field, Query, Router, Schema
from pydantic import Discriminator, Tag, create_model

from events.serializers import EventDetail
from knowledge.serializers import CooperationDetail, FundingDetail, GuideDetail
from kreativorte.api_errors import ErrorResponse
from kreativorte.api_params import READ
from kreativorte.api_schemas import TermNames
from kreativorte.paging import LocaleCode
from places.serializers import PlaceDetail

from . import feed
from .items import KINDS, TERM_TYPES

router = Router(tags=["Änderungen"])

MAX_LIMIT = 500
ItemType = Literal[tuple(KINDS)]


class ChangeParams(Schema):
    cursor: str | None = Field(
        None,
        max_length=1000,
        description=(
            "next_cursor der vorigen Antwort: nur, was sich seitdem geändert hat; "
            "ohne: alle Einträge von vorn (Erstsynchronisation)"
        ),
    )
    type: list[ItemType] = Field([], description="Nur Einträge dieser Art; wiederholbar")
    locale: LocaleCode | None = Field(
        None,
        description=(
            "Nur Seiten dieser Sprache; Begriffe und Förderprogramme (ohne Sprache) "
            "kommen immer mit"
        ),
    )
    limit: int = Field(
        100, ge=1, le=MAX_LIMIT, description=f"Einträge pro Seite, höchstens {MAX_LIMIT}"
    )


class Change(Schema):
    op: str
    type: str = Field(description="Art des Eintrags")
    id: int = Field(description="ID des Eintrags (je Art eindeutig)")
    locale: LocaleCode | None = Field(
        description="Sprache der Seite; null bei Begriffen und Förderprogrammen"
    )


class Deletion(Change):
    """Der Eintrag ist nicht mehr öffentlich: gelöscht, depubliziert, abgelaufen, geschützt
    (auch durch eine geschützte übergeordnete Seite) oder nie veröffentlicht gewesen."""

    op: Literal["delete"]
    type: ItemType
    deleted_at: datetime.datetime = Field(description="Zeitpunkt der Änderung")


class Upsert(Change):
    op: Literal["upsert"]
    updated_at: datetime.datetime = Field(
        description="Zeitpunkt der letzten Änderung; in der Erstsynchronisation: des Abrufs"
    )


# The detail each type's upserts carry, as the endpoint named shows it.
DETAILS = {
    "place": (PlaceDetail, "/api/v1/places/{id}/"),
    "guide": (GuideDetail, "/api/v1/guides/{id}/"),
    "cooperation": (CooperationDetail, "/api/v1/cooperations/{id}/"),
    "event": (EventDetail, "/api/v1/events/{id}/"),
    "funding": (FundingDetail, "/api/v1/funding/{id}/"),
    "term": (TermNames, "/api/v1/taxonomies/"),
}


def upsert_schema(tag: str, detail, endpoint: str):
    """PlaceUpsert, …: an upsert of one type (tag "term": of any of the four taxonomies)."""
    return Annotated[
        create_model(
            f"{tag.title()}Upsert",
            __base__=Upsert,
            type=(Literal[TERM_TYPES] if tag == "term" else Literal[tag], ...),
            item=(detail, Field(description=f"wie {endpoint}")),
        ),
        Tag(tag),
    ]


def change_tag(change) -> str:
    """Which schema a change follows: deletes one, upserts one per type (terms share one)."""
    field = change.get if isinstance(change, dict) else lambda name: getattr(change, name)
    if field("op") == "delete":
        return "delete"
    return "term" if field("type") in TERM_TYPES else field("type")


AnyChange = Annotated[
    Union[  # noqa: UP007 (the members are built above)
        (Annotated[Deletion, Tag("delete")], *(upsert_schema(t, *d) for t, d in DETAILS.items()))
    ],
    Discriminator(change_tag),
]


class ChangePage(Schema):
    results: list[AnyChange] = Field(
        description="Jeder geänderte Eintrag einmal, in seinem jetzigen Stand"
    )
    has_more: bool = Field(description="Es liegt mehr bereit: gleich mit next_cursor weiterfragen")
    next_cursor: str = Field(
        description="Für den nächsten Abruf; mindestens 30 Tage gültig (ältere: 410)"
    )


@router.api_operation(
    READ,
    "/",
    response={200: ChangePage, 400: ErrorResponse, 410: ErrorResponse},
    summary="Änderungen für die inkrementelle Synchronisation",
)
def changes(request, params: Query[ChangeParams]):
    """Ohne `cursor` alle öffentlichen Einträge (Orte, Leitfäden, Kooperationen,
    Veranstaltungen, alle Förderprogramme, Landkreise, Ortstypen, Teilmärkte, Themen) in fester
    Reihenfolge, seitenweise; mit dem `next_cursor` der vorigen Antwort nur, was sich seitdem
    geändert hat: `upsert` mit der Darstellung des jeweiligen Detail-Endpunkts oder `delete`,
    wenn der Eintrag nicht mehr öffentlich ist. Jeder Eintrag erscheint einmal, in seinem
    letzten Stand. Solange `has_more` wahr ist, gleich weiterfragen; sonst später mit dem
    letzten `next_cursor`. Ein abgelaufener Cursor ergibt 410, ein ungültiger 400: dann ohne
    `cursor` von vorn beginnen."""
    return feed.read(params, request)
