"""Redaktion and Freigabe handle the barrier reports (menu "Barrieremeldungen")."""

from django.db import migrations


def forwards(apps, schema_editor):
    from editorial.roles import create_missing_permissions, ensure_roles

    create_missing_permissions(apps)
    ensure_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0003_synonym_permissions"),
        ("accessibility", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
