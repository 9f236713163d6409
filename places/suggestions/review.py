"""Staff views of a suggested photo in the admin: the only way to see it before a decision.

Wagtail's admin URLs require a login with admin access; on top of that, only users who
may edit the suggested page see (or discard) its photo.
"""

import mimetypes

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .models import PlaceSuggestion


def _editable_suggestion(request, pk) -> PlaceSuggestion:
    suggestion = get_object_or_404(PlaceSuggestion.objects.select_related("page"), pk=pk)
    if not suggestion.page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if not suggestion.photo:
        raise Http404
    return suggestion


@require_http_methods(["GET", "HEAD"])
def photo(request, pk):
    suggestion = _editable_suggestion(request, pk)
    try:
        file = suggestion.photo.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    content_type = mimetypes.guess_type(suggestion.photo.name)[0] or "application/octet-stream"
    response = FileResponse(file, content_type=content_type)
    # Personal material: never kept by a browser or shared cache.
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_http_methods(["GET", "POST"])
def discard_photo(request, pk):
    suggestion = _editable_suggestion(request, pk)
    edit_url = reverse("wagtailadmin_pages:edit", args=[suggestion.page_id])
    if request.method == "POST":
        suggestion.discard_photo()
        messages.success(request, _("Das Foto des Vorschlags wurde gelöscht."))
        return redirect(edit_url)
    title = _("Foto des Vorschlags verwerfen")
    return TemplateResponse(
        request,
        "places/admin/discard_photo.html",
        {
            "suggestion": suggestion,
            "edit_url": edit_url,
            "header_title": title,
            "page_title": title,
            "page_subtitle": suggestion.page.title,
            "header_icon": "image",
        },
    )
