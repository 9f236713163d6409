from django.db import migrations
from django.db.models import Max


def start_at_the_latest_change(apps, schema_editor):
    """Webhooks start with the changes after this migration, not with a month of old ones."""
    latest = apps.get_model("headless", "ChangeRecord").objects.aggregate(latest=Max("seq"))
    apps.get_model("webhooks", "DispatchState").objects.create(pk=1, seq=latest["latest"] or 0)


class Migration(migrations.Migration):
    dependencies = [("webhooks", "0001_initial"), ("headless", "0001_initial")]

    operations = [migrations.RunPython(start_at_the_latest_change, migrations.RunPython.noop)]
