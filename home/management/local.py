"""Commands that overwrite data: only for the embedded SQLite database unless forced."""

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils.translation import gettext as _


class LocalDatabaseCommand(BaseCommand):
    """Refuses to run against a database server (PostgreSQL) unless `--force` is given.

    A DATABASE_URL left in a shell must not turn a development helper into a
    command that writes demo pages or resets an account on a real server.
    """

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help=_("Auch auf einer anderen Datenbank als der lokalen SQLite-Datei ausführen."),
        )

    def execute(self, *args, **options):
        if connection.vendor != "sqlite" and not options.get("force"):
            raise CommandError(
                _(
                    "Dieser Befehl läuft nur auf der lokalen SQLite-Datenbank. Die Datenbank "
                    "ist %(vendor)s (%(name)s); mit --force trotzdem ausführen."
                )
                % {"vendor": connection.vendor, "name": connection.settings_dict.get("NAME")}
            )
        return super().execute(*args, **options)
