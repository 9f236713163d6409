from django.apps import AppConfig


class NewsletterConfig(AppConfig):
    """The digest of what is new and coming, as JSON, e-mail HTML and curated issues."""

    name = "newsletter"
    verbose_name = "Newsletter"
    default_auto_field = "django.db.models.BigAutoField"
