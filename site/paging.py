"""Paging of every list: its parameters, its envelope and the link to the next page."""

from typing import Generic, Literal, TypeVar

from ninja import Field, Schema

LocaleCode = Literal["de", "en"]
MAX_LIMIT = 100


class ListParams(Schema):
    """Language and paging, shared by every list endpoint."""

    locale: LocaleCode = Field("de", description="Sprachversion: de oder en")
    limit: int = Field(
        20, ge=1, le=MAX_LIMIT, description=f"Einträge pro Seite, höchstens {MAX_LIMIT}"
    )
    offset: int = Field(0, ge=0, le=1_000_000, description="Anzahl übersprungener Einträge")


T = TypeVar("T")


class Paginated(Schema, Generic[T]):
    """The envelope of every list."""

    count: int
    limit: int
    offset: int
    next: str | None = Field(description="URL der nächsten Seite, falls es eine gibt")
    results: list[T]


def next_page_url(request, params: ListParams, count: int) -> str | None:
    if params.offset + params.limit >= count:
        return None
    query = request.GET.copy()
    query["offset"] = params.offset + params.limit
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def paginated(request, params: ListParams, count: int, results: list) -> dict:
    """The envelope of every list: total count, paging and the link to the next page."""
    return {
        "count": count,
        "limit": params.limit,
        "offset": params.offset,
        "next": next_page_url(request, params, count),
        "results": results,
    }


def paginated_queryset(request, params: ListParams, queryset, serialize) -> dict:
    """One page of an ordered queryset in the list envelope, each item serialized."""
    page = queryset[params.offset : params.offset + params.limit]
    results = [serialize(item, request) for item in page]
    return paginated(request, params, queryset.count(), results)
