"""The root collection, which choosers and upload forms show first, gets a German name
(Wagtail creates it as "Root")."""

from django.db import migrations

WAGTAIL_NAME, GERMAN_NAME = "Root", "Mediathek"


def rename(old, new):
    def operation(apps, schema_editor):
        Collection = apps.get_model("wagtailcore", "Collection")
        Collection.objects.filter(depth=1, name=old).update(name=new)

    return operation


class Migration(migrations.Migration):
    dependencies = [
        ("kreativorte", "0004_content_version"),
        ("wagtailcore", "0026_group_collection_permission"),
    ]

    operations = [migrations.RunPython(rename(WAGTAIL_NAME, GERMAN_NAME), rename(GERMAN_NAME, WAGTAIL_NAME))]
