from wagtail import hooks

from .views import DeliveryViewSet, EndpointViewSet, urlpatterns


@hooks.register("register_admin_viewset")
def register_webhooks():
    return [EndpointViewSet(), DeliveryViewSet()]


@hooks.register("register_admin_urls")
def register_send_urls():
    return urlpatterns
