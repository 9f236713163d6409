from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Startseite und Standardseiten"
    default_auto_field = "django.db.models.BigAutoField"
