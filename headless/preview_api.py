"""API v1 for external front-ends' draft previews: GET /api/v1/preview/?token=…"""

from typing import Annotated, Literal, Union

from django.views.decorators.cache import never_cache
from ninja import Field, Query, Router, Schema
from ninja.decorators import decorate_view
from pydantic import create_model

from kreativorte.api_errors import ErrorResponse
from kreativorte.api_params import READ

from . import preview
from .api import DETAILS

router = Router(tags=["Vorschau"])

PAGE_TYPES = ("place", "guide", "cooperation", "event")


class Preview(Schema):
    status: Literal["draft", "scheduled", "expired", "live"] = Field(
        description=(
            "Stand der Seite: live (veröffentlicht; die Vorschau kann Änderungen zeigen, die "
            "es noch nicht sind), scheduled (eine Fassung ist zur Veröffentlichung geplant), "
            "expired (abgelaufen), draft (nie oder nicht mehr veröffentlicht)"
        )
    )


def preview_schema(tag: str, detail, endpoint: str):
    """PlacePreview, …: a page of one type, `item` as its detail endpoint shows it."""
    return create_model(
        f"{tag.title()}Preview",
        __base__=Preview,
        type=(Literal[tag], Field(description="Typ der Seite")),
        item=(detail, Field(description=f"Die Seite im Stand der Vorschau, wie {endpoint}")),
    )


AnyPreview = Annotated[
    Union[tuple(preview_schema(tag, *DETAILS[tag]) for tag in PAGE_TYPES)],  # noqa: UP007
    Field(discriminator="type"),
]


class PreviewParams(Schema):
    token: str | None = Field(
        None, max_length=500, description="Das Token, mit dem die Vorschau das Frontend aufruft"
    )


@router.api_operation(
    READ,
    "/",
    response={200: AnyPreview, 400: ErrorResponse, 403: ErrorResponse},
    summary="Entwurf einer Seite für die Vorschau in einem externen Frontend",
)
@decorate_view(never_cache)
def page_preview(request, params: Query[PreviewParams]):
    """Die Seite so, wie sie eine Redakteurin in der Vorschau „Externes Frontend" sieht,
    samt ungespeicherter Änderungen: `item` in der Darstellung des Detail-Endpunkts ihres
    Typs (`type`), `status` ihr Stand. Das Token gilt eine Stunde (HEADLESS_PREVIEW_TOKEN_SECONDS);
    ohne, mit ungültigem oder abgelaufenem Token 403. Nie zwischengespeichert
    (`Cache-Control: no-store`)."""
    return preview.representation(params.token, request)
