"""The API's errors: their schema, the exception views raise, and the JSON response."""

from django.http import HttpResponse
from django.utils.translation import gettext as _
from ninja import Schema
from ninja.renderers import JSONRenderer

# The renderer NinjaAPI uses by default, so errors from outside the API (health, rate
# limits) come out byte for byte like the API's own.
RENDERER = JSONRenderer()


class ErrorDetail(Schema):
    parameter: str | None = None
    message: str


class ErrorResponse(Schema):
    """Every error: the HTTP status and what was wrong, naming the parameter."""

    status: int
    errors: list[ErrorDetail]


class ApiError(Exception):
    def __init__(self, status: int, message: str, parameter: str | None = None):
        super().__init__(message)
        self.status, self.message, self.parameter = status, message, parameter


def bad_parameter(parameter: str, message: str) -> ApiError:
    return ApiError(400, message, parameter)


def not_found(kind: str) -> ApiError:
    return ApiError(404, _("%(kind)s mit dieser ID gibt es nicht.") % {"kind": kind}, "id")


def error_response(request, status: int, errors: list[dict]) -> HttpResponse:
    """{status, errors: [{parameter, message}]} as JSON, like NinjaAPI.create_response."""
    content = RENDERER.render(request, {"status": status, "errors": errors}, response_status=status)
    return HttpResponse(
        content, status=status, content_type=f"{RENDERER.media_type}; charset={RENDERER.charset}"
    )


def first_or_404(queryset, kind: str):
    """The one object of a detail query, or the API's 404 naming what was asked for."""
    found = queryset.first()
    if found is None:
        raise not_found(kind)
    return found
