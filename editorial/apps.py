from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """How the editorial team works: roles, the review workflow, the dashboard."""

    name = "editorial"
    verbose_name = "Redaktion"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        signals.connect()
