""" "Barriere melden": the form (at /barriere-melden/, English /en/report-a-barrier/) and
its thank-you page. Never cached: the form carries a CSRF token, and a returned form
holds what the sender typed."""

from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from kreativorte.templatetags.kreativorte_tags import site_layout
from places.suggestions.spam import BOT, TOO_MANY, VALID, screen

from . import spam  # spam.REPORTS_PER_HOUR is read at call time (tests change it)
from .forms import BarrierReportForm, same_site_path
from .mail import confirm_to_sender, notify_editors
from .models import BarrierReport
from .spam import ReportRateLimit

PAGE_PARAMETER = "seite"


def _footer_url(request, slug: str) -> str:
    """A page of the footer (Datenschutz, Barrierefreiheit) in this language, or ''."""
    item = site_layout({"request": request}).footer.get(slug)
    return item.url if item else ""


def _render(request, form, status=200):
    context = {
        "form": form,
        "privacy_url": _footer_url(request, "datenschutz"),
        "statement_url": _footer_url(request, "barrierefreiheit"),
        "per_hour": spam.REPORTS_PER_HOUR,
    }
    return TemplateResponse(request, "accessibility/barrier_report.html", context, status=status)


def _thanks(request, page_url: str) -> HttpResponseRedirect:
    url = reverse("barrier_report_thanks")
    if page_url:
        url += "?" + urlencode({PAGE_PARAMETER: page_url})
    response = HttpResponseRedirect(url)
    response.status_code = 303  # See Other: the browser fetches the thank-you page with GET
    return response


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def report(request):
    """GET: the form, the page's address taken from ?seite= when it is a path of this site;
    POST: check, save, mail, redirect (PRG)."""
    host = request.get_host()
    if request.method != "POST":
        page_url = same_site_path(request.GET.get(PAGE_PARAMETER), host)
        return _render(request, BarrierReportForm(initial={"page_url": page_url}, host=host))

    form = BarrierReportForm(request.POST, host=host)
    limit = ReportRateLimit.for_request(request)
    outcome = screen(form, limit, "email")
    if outcome == BOT:
        # A bot: it is told everything went well, and nothing is kept.
        return _thanks(request, "")
    if outcome != VALID:
        return _render(request, form, status=429 if outcome == TOO_MANY else 200)

    data = form.cleaned_data
    with_person = bool(data["name"] or data["email"])
    report = BarrierReport.objects.create(
        page_url=data["page_url"],
        description=data["description"],
        language=(get_language() or "de")[:2],
        name=data["name"],
        email=data["email"],
        consent_at=timezone.now() if with_person else None,
        client_hash=limit.client_hash,
    )
    limit.count()
    notify_editors(report)
    privacy_url = _footer_url(request, "datenschutz")
    confirm_to_sender(report, request.build_absolute_uri(privacy_url) if privacy_url else "")
    return _thanks(request, report.page_url)


@never_cache
@require_http_methods(["GET", "HEAD"])
def thanks(request):
    page_url = same_site_path(request.GET.get(PAGE_PARAMETER), request.get_host())
    context = {"page_url": page_url, "statement_url": _footer_url(request, "barrierefreiheit")}
    return TemplateResponse(request, "accessibility/barrier_report_thanks.html", context)
