from django.apps import AppConfig


class PlacesConfig(AppConfig):
    name = "places"
    verbose_name = "Orte"
    default_auto_field = "django.db.models.BigAutoField"
