"""Redaktion and Freigabe edit the search's synonym groups (snippet "Synonyme")."""

from django.db import migrations


def forwards(apps, schema_editor):
    from editorial.roles import create_missing_permissions, ensure_roles

    create_missing_permissions(apps)
    ensure_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0002_roles_and_review_workflow"),
        ("search", "0006_synonyms_and_vocabulary"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
