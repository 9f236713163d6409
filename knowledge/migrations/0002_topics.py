"""The knowledge topics; editors extend them in the admin."""

from django.db import migrations

TOPICS = [
    ("baurecht", "Baurecht", "Building law"),
    ("denkmalschutz", "Denkmalschutz", "Monument protection"),
    ("foerderung", "Förderung", "Funding"),
    ("finanzierung", "Finanzierung", "Financing"),
    ("baukosten", "Baukosten", "Construction costs"),
    ("nutzungskonzept", "Nutzungskonzept", "Use concept"),
    (
        "organisation-traegermodelle",
        "Organisation und Trägermodelle",
        "Organisation and ownership models",
    ),
    ("zwischennutzung", "Zwischennutzung", "Temporary use"),
    ("betrieb", "Betrieb", "Operation"),
    ("oeffentlichkeitsarbeit", "Öffentlichkeitsarbeit", "Public relations"),
]


def create_topics(apps, schema_editor):
    Topic = apps.get_model("knowledge", "Topic")
    for slug, name_de, name_en in TOPICS:
        Topic.objects.update_or_create(slug=slug, defaults={"name_de": name_de, "name_en": name_en})


def remove_topics(apps, schema_editor):
    apps.get_model("knowledge", "Topic").objects.filter(
        slug__in=[row[0] for row in TOPICS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0001_initial")]

    operations = [migrations.RunPython(create_topics, remove_topics)]
