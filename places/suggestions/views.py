"""The two views below the places index: the suggestion form and the thank-you page."""

from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from wagtail.models import Page

from kreativorte.templatetags.kreativorte_tags import site_layout

from . import spam  # spam.SUGGESTIONS_PER_HOUR is read at call time (tests change it)
from .drafts import create_suggestion
from .form import PlaceSuggestionForm
from .mail import confirm_to_suggester, notify_reviewers
from .spam import BOT, TOO_MANY, VALID, RateLimit, screen


def _privacy_url(index, request) -> str:
    """The Datenschutz page of the site (its footer link), or ''."""
    try:
        item = site_layout({"request": request, "page": index}).footer.get("datenschutz")
    except Exception:  # the link is a courtesy; the form works without it
        return ""
    return item.url if item else ""


def _render(index, request, template, context=None, status=200):
    context = Page.get_context(index, request) | (context or {})
    return TemplateResponse(request, template, context, status=status)


def suggest_view(index, request):
    """GET: the empty form; POST: validate, create the draft, mail, redirect (PRG)."""
    context = {"privacy_url": _privacy_url(index, request), "per_hour": spam.SUGGESTIONS_PER_HOUR}
    if request.method != "POST":
        return _render(
            index, request, "places/suggest.html", {"form": PlaceSuggestionForm()} | context
        )

    form = PlaceSuggestionForm(request.POST, request.FILES)
    limit = RateLimit.for_request(request)
    thanks = HttpResponseRedirect(index.subpage_url("suggest_thanks", request))
    thanks.status_code = 303  # See Other: the browser fetches the thank-you page with GET

    outcome = screen(form, limit, "suggester_email")
    if outcome == BOT:
        # A bot: it is told everything went well, and nothing is created.
        return thanks
    if outcome != VALID:
        status = 429 if outcome == TOO_MANY else 200
        return _render(index, request, "places/suggest.html", {"form": form} | context, status)

    data = form.cleaned_data
    suggestion = create_suggestion(index, data, limit.client_hash)
    limit.count()
    notify_reviewers(suggestion)
    privacy_url = context["privacy_url"]
    confirm_to_suggester(suggestion, request.build_absolute_uri(privacy_url) if privacy_url else "")
    return thanks


def thanks_view(index, request):
    return _render(
        index, request, "places/suggest_thanks.html", {"index_url": index.get_url(request)}
    )
