"""Register, list and remove webhook endpoints from the shell.

    manage.py webhooks add https://example.org/hook --events page.published page.deleted \
        --types place guide [--secret whsec_…] [--description "…"]
    manage.py webhooks list
    manage.py webhooks remove 3
"""

from django.core.management.base import BaseCommand, CommandError

from webhooks.forms import EndpointForm
from webhooks.models import CONTENT_TYPES, EVENTS, WebhookEndpoint, new_secret


class Command(BaseCommand):
    help = "Webhook-Endpunkte anlegen, auflisten, entfernen."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        add = actions.add_parser("add", help="Einen Endpunkt anlegen")
        add.add_argument("url")
        add.add_argument(
            "--events",
            nargs="+",
            required=True,
            metavar="EVENT",
            help=", ".join(name for name, _ in EVENTS),
        )
        add.add_argument(
            "--types",
            nargs="*",
            default=[],
            metavar="TYPE",
            help=", ".join(name for name, _ in CONTENT_TYPES) + " (ohne: alle)",
        )
        add.add_argument("--secret", help="whsec_… (ohne: ein neues)")
        add.add_argument("--description", default="")
        actions.add_parser("list", help="Alle Endpunkte")
        remove = actions.add_parser("remove", help="Einen Endpunkt entfernen")
        remove.add_argument("id", type=int)

    def handle(self, *args, action, **options):
        getattr(self, action)(**options)

    def add(self, url, events, types, secret, description, **options):
        form = EndpointForm(
            data={
                "url": url,
                "description": description,
                "secret": secret or new_secret(),
                "events": events,
                "content_types": types,
            }
        )
        if not form.is_valid():
            raise CommandError(
                "; ".join(f"{field}: {' '.join(errors)}" for field, errors in form.errors.items())
            )
        endpoint = form.save()
        self.stdout.write(f"id: {endpoint.pk}\nsecret: {endpoint.secret}")

    def list(self, **options):
        for endpoint in WebhookEndpoint.objects.all():
            state = "aktiv" if endpoint.active else f"inaktiv ({endpoint.disabled_reason})"
            types = ",".join(endpoint.content_types) or "alle"
            self.stdout.write(
                f"{endpoint.pk}\t{endpoint.url}\t{','.join(endpoint.events)}\t{types}\t{state}"
            )

    def remove(self, id, **options):
        deleted, _ = WebhookEndpoint.objects.filter(pk=id).delete()
        if not deleted:
            raise CommandError(f"Kein Webhook-Endpunkt mit der ID {id}.")
        self.stdout.write(f"Endpunkt {id} entfernt.")
