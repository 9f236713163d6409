"""Roles Redaktion, Freigabe and Ortsbetreiber, the workflow "Redaktionelle Prüfung",
its assignment to the existing sections, and direct event publishing for Redaktion."""

from django.db import migrations


def forwards(apps, schema_editor):
    from editorial.roles import create_missing_permissions, ensure_roles, retire_wagtail_defaults
    from editorial.workflow import configure_all_sections, ensure_review_workflow

    create_missing_permissions(apps)
    retire_wagtail_defaults(apps)
    ensure_roles(apps)
    ensure_review_workflow(apps)
    configure_all_sections(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_place_operator"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("simple_translation", "0001_initial"),
        ("kreativorte", "0002_districts_and_submarkets"),
        ("knowledge", "0001_initial"),
        ("places", "0001_initial"),
        ("events", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
