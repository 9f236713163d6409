from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = (
        "Entfernt die Authentifizierungs-App eines Kontos (z. B. nach Verlust des Telefons); "
        "bei der nächsten Anmeldung genügt das Passwort oder die App wird neu eingerichtet."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Kein Konto mit dem Benutzernamen „{username}“.")
        deleted, _ = TOTPDevice.objects.filter(user=user).delete()
        self.stdout.write(f"{deleted} Authentifizierungs-App(s) von „{username}“ entfernt.")
