import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import CommandError

from home.management.local import LocalDatabaseCommand


class Command(LocalDatabaseCommand):
    help = (
        "Legt für die lokale Entwicklung das Konto „admin“ mit neuem Passwort an und zeigt es an."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Nur für die lokale Entwicklung (DEBUG=True).")
        password = secrets.token_urlsafe(12)
        user, _ = get_user_model().objects.get_or_create(
            username="admin", defaults={"email": "admin@localhost"}
        )
        user.is_staff = user.is_superuser = True
        user.set_password(password)
        user.save()
        self.stdout.write(
            self.style.SUCCESS(
                f"Redaktionszugang: http://127.0.0.1:{os.environ.get('PORT', '8000')}/admin/ – "
                f"Benutzername: admin, Passwort: {password}"
            )
        )
