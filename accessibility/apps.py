from django.apps import AppConfig


class AccessibilityConfig(AppConfig):
    name = "accessibility"
    verbose_name = "Barrierefreiheit"
    default_auto_field = "django.db.models.BigAutoField"
