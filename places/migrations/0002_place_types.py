"""A starting set of place types; editors extend it in the admin."""

from django.db import migrations

PLACE_TYPES = [
    ("atelierhaus", "Atelierhaus", "Studio building"),
    ("coworking", "Coworking", "Coworking"),
    ("werkstatt-makerspace", "Werkstatt/Makerspace", "Workshop/makerspace"),
    ("veranstaltungsort", "Veranstaltungsort", "Venue"),
    ("galerie-ausstellung", "Galerie/Ausstellung", "Gallery/exhibition"),
    ("soziokulturelles-zentrum", "Soziokulturelles Zentrum", "Socio-cultural centre"),
    ("wohnen-und-arbeiten", "Wohnen und Arbeiten", "Living and working"),
    ("zwischennutzung", "Zwischennutzung", "Temporary use"),
]


def create_place_types(apps, schema_editor):
    PlaceType = apps.get_model("places", "PlaceType")
    for slug, name_de, name_en in PLACE_TYPES:
        PlaceType.objects.update_or_create(
            slug=slug, defaults={"name_de": name_de, "name_en": name_en}
        )


def remove_place_types(apps, schema_editor):
    apps.get_model("places", "PlaceType").objects.filter(
        slug__in=[row[0] for row in PLACE_TYPES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("places", "0001_initial")]

    operations = [migrations.RunPython(create_place_types, remove_place_types)]
