from django.apps import AppConfig


class HeadlessConfig(AppConfig):
    """For API clients that keep a copy: the change feed (later webhooks and previews)."""

    name = "headless"
    verbose_name = "Headless"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .recording import connect

        connect()
