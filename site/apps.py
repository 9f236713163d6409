from django.apps import AppConfig


class KreativorteConfig(AppConfig):
    """Shared parts used by several content apps: images, taxonomies, contacts, blocks."""

    name = "kreativorte"
    verbose_name = "Kreativorte Sachsen"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import content_version

        content_version.connect()
