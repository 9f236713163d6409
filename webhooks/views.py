"""Admin views: endpoints (Einstellungen → Webhooks), each one's deliveries, and the two
buttons that send: a test event per endpoint, a delivery again."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.generic import CreateView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from . import tasks
from .forms import EndpointEditForm, EndpointForm
from .models import WebhookDelivery, WebhookEndpoint


class PostButtonColumn(Column):
    """A button that POSTs to a URL named with the row's id (CSRF token included)."""

    cell_template_name = "webhooks/post_button.html"

    def __init__(self, name, url_name, button, **kwargs):
        super().__init__(name, **kwargs)
        self.url_name, self.button = url_name, button

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        return context | {
            "action": reverse(self.url_name, args=[instance.pk]),
            "button": self.button,
            "csrf_token": get_token(parent_context["request"]),
        }


class DeliveriesColumn(Column):
    cell_template_name = "webhooks/deliveries_link.html"

    def get_value(self, instance):
        return reverse("webhook_deliveries:index") + f"?endpoint={instance.pk}"


class EndpointCreateView(CreateView):
    def get_success_message(self, instance):
        return _("Webhook angelegt. Geheimnis zum Prüfen der Signaturen (bitte kopieren): %s") % (
            instance.secret
        )


class EndpointViewSet(ModelViewSet):
    model = WebhookEndpoint
    icon = "link-external"
    menu_label = _("Webhooks")
    url_prefix = "webhooks"
    name = "webhooks"
    add_to_settings_menu = True
    copy_view_enabled = False
    add_view_class = EndpointCreateView
    list_filter = ["active"]

    @property
    def list_display(self):
        return [
            "url",
            "description",
            BooleanColumn("active", label=_("Aktiv")),
            DateColumn("failing_since", label=_("Fehlschläge seit")),
            DeliveriesColumn("deliveries", label=_("Zustellungen")),
            PostButtonColumn("test", "webhooks_send_test", _("Testereignis senden"), label=""),
        ]

    def get_form_class(self, for_update=False):
        return EndpointEditForm if for_update else EndpointForm


class DeliveryIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("endpoint")


class DeliveryViewSet(ModelViewSet):
    """The delivery log: listed, filtered by endpoint, status and event; never edited."""

    model = WebhookDelivery
    icon = "history"
    url_prefix = "webhooks/deliveries"
    name = "webhook_deliveries"
    add_to_admin_menu = False
    index_view_class = DeliveryIndexView
    list_filter = ["endpoint", "status", "event_type"]
    form_fields = []

    @property
    def list_display(self):
        return [
            "event_type",
            "endpoint",
            "status",
            "response_code",
            "duration_ms",
            "attempts",
            DateColumn("created_at", label=_("Erzeugt am")),
            DateColumn("next_attempt_at", label=_("Nächster Versuch")),
            "error",
            PostButtonColumn("resend", "webhooks_resend", _("Erneut senden"), label=""),
        ]

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(**kwargs) | {
            "add_url_name": None,
            "edit_url_name": None,
            "delete_url_name": None,
            "copy_url_name": None,
            "inspect_url_name": None,
        }

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]


def allowed(request) -> None:
    if not EndpointViewSet().permission_policy.user_has_permission(request.user, "change"):
        raise PermissionDenied


@require_POST
def send_test(request, pk):
    allowed(request)
    endpoint = get_object_or_404(WebhookEndpoint, pk=pk)
    tasks.send_test(endpoint)
    messages.success(request, _("Das Testereignis wird gesendet."))
    return redirect(reverse("webhook_deliveries:index") + f"?endpoint={pk}")


@require_POST
def resend(request, pk):
    allowed(request)
    delivery = get_object_or_404(WebhookDelivery, pk=pk)
    tasks.resend(delivery)
    messages.success(request, _("Die Zustellung wird erneut gesendet."))
    return redirect(reverse("webhook_deliveries:index") + f"?endpoint={delivery.endpoint_id}")


urlpatterns = [
    path("webhooks-senden/<int:pk>/test/", send_test, name="webhooks_send_test"),
    path("webhooks-senden/zustellung/<int:pk>/", resend, name="webhooks_resend"),
]
