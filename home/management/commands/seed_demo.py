from home.demo.seed import DemoSeeder
from home.management.local import LocalDatabaseCommand


class Command(LocalDatabaseCommand):
    help = "Legt die Demo-Inhalte an (Orte, Leitfäden, Kooperationen, Veranstaltungen). Mehrfach ausführbar."

    def handle(self, *args, **options):
        DemoSeeder(log=self.stdout.write).run()
        self.stdout.write(self.style.SUCCESS("Demo-Inhalte sind vollständig."))
