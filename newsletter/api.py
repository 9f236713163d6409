"""API v1 for the newsletter: the digest as JSON, as e-mail HTML and as plain text."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema

from events.serializers import EventSummary
from knowledge.serializers import CooperationSummary, FundingSummary, GuideSummary
from kreativorte.api_errors import ErrorResponse, bad_parameter
from kreativorte.api_params import FIRST_DAY, LAST_DAY, READ
from kreativorte.csp import allow_email_styles
from kreativorte.paging import LocaleCode
from places.serializers import PlaceSummary

from .digest import BERLIN, DEFAULT_SINCE_DAYS, DEFAULT_WEEKS, SECTION_LIMIT, build_digest
from .email import render_email
from .models import default_since

router = Router(tags=["Newsletter"])
ERRORS = {400: ErrorResponse}
SINCE_DESCRIPTION = (
    "Neu veröffentlicht ab diesem Tag, 0 Uhr in Europe/Berlin (JJJJ-MM-TT, nicht in der "
    "Zukunft). Ohne Angabe: der Tag der zuletzt versandten Ausgabe; solange es keine "
    f"versandte Ausgabe gibt: {DEFAULT_SINCE_DAYS} Tage vor heute."
)
DIGEST_DESCRIPTION = (
    "Neue Orte, Leitfäden und Kooperationen seit `since` (das Neueste zuerst), "
    f"Veranstaltungen der nächsten {DEFAULT_WEEKS} Wochen (die nächste zuerst), "
    "Anmeldeschlüsse und Antragsfristen der Förderprogramme im selben Zeitraum; "
    f"höchstens {SECTION_LIMIT} Einträge je Abschnitt. Nur veröffentlichte, öffentliche "
    "Seiten der gewählten Sprache; Einträge wie in den Listen der API."
)


class DigestParams(Schema):
    since: datetime.date | None = Field(
        None, ge=FIRST_DAY, le=LAST_DAY, description=SINCE_DESCRIPTION
    )
    locale: LocaleCode = Field("de", description="Sprachversion: de oder en")


class RegistrationDeadline(EventSummary):
    registration_deadline: datetime.datetime


class Digest(Schema):
    since: datetime.date = Field(description="Erster Tag der neuen Inhalte")
    since_start: datetime.datetime = Field(description="Beginn dieses Tages in Europe/Berlin")
    until: datetime.datetime = Field(description="Ende des Zeitraums kommender Termine")
    locale: str
    places: list[PlaceSummary] = Field(description="Neue Orte, das Neueste zuerst")
    guides: list[GuideSummary] = Field(description="Neue Leitfäden, das Neueste zuerst")
    cooperations: list[CooperationSummary] = Field(
        description="Neue Kooperationen, das Neueste zuerst"
    )
    events: list[EventSummary] = Field(description="Kommende Veranstaltungen, die nächste zuerst")
    registration_deadlines: list[RegistrationDeadline] = Field(
        description="Veranstaltungen mit Anmeldeschluss im Zeitraum, der nächste zuerst"
    )
    funding_deadlines: list[FundingSummary] = Field(
        description="Förderprogramme mit Antragsfristen im Zeitraum, nur diese Fristen"
    )


def digest_for(request, params: DigestParams) -> dict:
    if params.since is not None and params.since > timezone.localdate(timezone=BERLIN):
        raise bad_parameter("since", _("since darf nicht in der Zukunft liegen."))
    since = params.since or default_since()
    return build_digest(since, request=request, locale=params.locale)


def text_response(media_type: str, description: str) -> dict:
    """The OpenAPI declaration of a 200 that is not JSON."""
    return {
        "responses": {
            200: {
                "description": description,
                "content": {media_type: {"schema": {"type": "string"}}},
            }
        }
    }


@router.api_operation(
    READ,
    "digest/",
    response={200: Digest, **ERRORS},
    summary="Newsletter-Übersicht: Neues und Kommendes",
    description=DIGEST_DESCRIPTION,
)
def digest(request, params: Query[DigestParams]):
    return digest_for(request, params)


@router.api_operation(
    READ,
    "digest.html",
    response=ERRORS,
    summary="Newsletter-Übersicht als E-Mail-HTML",
    description=DIGEST_DESCRIPTION
    + " Als E-Mail-HTML (MJML): Stile inline, nur absolute URLs, Abmeldelink als Platzhalter "
    "für das Versandwerkzeug.",
    openapi_extra=text_response("text/html", "E-Mail-HTML"),
)
@allow_email_styles
def digest_html(request, params: Query[DigestParams]):
    html, _text = render_email(digest_for(request, params))
    return HttpResponse(html, content_type="text/html; charset=utf-8")


@router.api_operation(
    READ,
    "digest.txt",
    response=ERRORS,
    summary="Newsletter-Übersicht als reiner Text",
    description=DIGEST_DESCRIPTION + " Als Textalternative der E-Mail.",
    openapi_extra=text_response("text/plain", "Textfassung der E-Mail"),
)
def digest_text(request, params: Query[DigestParams]):
    _html, text = render_email(digest_for(request, params))
    return HttpResponse(text, content_type="text/plain; charset=utf-8")
