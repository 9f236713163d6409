"""Admin URLs of the editorial app, mounted under /admin/editorial/."""

from django.urls import path

from . import views

app_name = "editorial"

urlpatterns = [
    path(
        "leitfaden/<int:page_id>/pruefung-bestaetigen/",
        views.confirm_review,
        name="confirm_review",
    ),
]
