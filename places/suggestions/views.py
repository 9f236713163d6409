"""The two views below the places index: the suggestion form and the thank-you page."""

from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from wagtail.models import Page

from kreativorte.clientip import client_ip
from kreativorte.templatetags.kreativorte_tags import site_layout

from . import spam  # spam.SUGGESTIONS_PER_HOUR is read at call time (tests change it)
from .drafts import create_suggestion
from .form import PlaceSuggestionForm
from .mail import confirm_to_suggester, notify_reviewers
from .spam import RateLimit, keyed_hash


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
    limit = RateLimit(client_hash=keyed_hash("client", client_ip(request) or "unknown"))
    thanks = HttpResponseRedirect(index.subpage_url("suggest_thanks", request))
    thanks.status_code = 303  # See Other: the browser fetches the thank-you page with GET

    too_many = gettext(
        "Von Ihrer Adresse kamen in der letzten Stunde schon %(count)d Vorschläge. "
        "Bitte versuchen Sie es später noch einmal."
    ) % {"count": spam.SUGGESTIONS_PER_HOUR}

    if limit.client_exceeded():
        form.is_valid()
        form.errors.clear()
        form.add_error(None, too_many)
        return _render(index, request, "places/suggest.html", {"form": form} | context, status=429)

    if form.honeypot_filled():
        # A bot: it is told everything went well, and nothing is created.
        limit.count()
        return thanks

    if not form.is_valid():
        return _render(index, request, "places/suggest.html", {"form": form} | context)

    data = form.cleaned_data
    if limit.email_exceeded(data["suggester_email"]):
        form.add_error(None, too_many)
        return _render(index, request, "places/suggest.html", {"form": form} | context, status=429)

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
