"""Saxony's 13 districts and district-free cities and the 12 creative-industry sub-markets."""

from django.db import migrations

DISTRICTS = [
    ("landkreis-bautzen", "Landkreis Bautzen", "District of Bautzen", "district"),
    ("erzgebirgskreis", "Erzgebirgskreis", "Erzgebirgskreis (Ore Mountains District)", "district"),
    ("landkreis-goerlitz", "Landkreis Görlitz", "District of Görlitz", "district"),
    ("landkreis-leipzig", "Landkreis Leipzig", "District of Leipzig", "district"),
    ("landkreis-meissen", "Landkreis Meißen", "District of Meissen", "district"),
    ("landkreis-mittelsachsen", "Landkreis Mittelsachsen", "District of Central Saxony", "district"),
    ("landkreis-nordsachsen", "Landkreis Nordsachsen", "District of North Saxony", "district"),
    (
        "landkreis-saechsische-schweiz-osterzgebirge",
        "Landkreis Sächsische Schweiz-Osterzgebirge",
        "District of Saxon Switzerland-Eastern Ore Mountains",
        "district",
    ),
    ("vogtlandkreis", "Vogtlandkreis", "Vogtland District", "district"),
    ("landkreis-zwickau", "Landkreis Zwickau", "District of Zwickau", "district"),
    ("chemnitz", "Chemnitz", "Chemnitz", "city"),
    ("dresden", "Dresden", "Dresden", "city"),
    ("leipzig", "Leipzig", "Leipzig", "city"),
]

SUBMARKETS = [
    ("architekturmarkt", "Architekturmarkt", "Architecture"),
    ("buchmarkt", "Buchmarkt", "Book market"),
    ("darstellende-kuenste", "Markt für darstellende Künste", "Performing arts"),
    ("designwirtschaft", "Designwirtschaft", "Design"),
    ("filmwirtschaft", "Filmwirtschaft", "Film"),
    ("kunsthandwerk", "Kunsthandwerk", "Arts and crafts"),
    ("kunstmarkt", "Kunstmarkt", "Art market"),
    ("musikwirtschaft", "Musikwirtschaft", "Music"),
    ("pressemarkt", "Pressemarkt", "Press"),
    ("rundfunkwirtschaft", "Rundfunkwirtschaft", "Broadcasting"),
    ("software-games-industrie", "Software-/Games-Industrie", "Software and games"),
    ("werbemarkt", "Werbemarkt", "Advertising"),
]


def create_terms(apps, schema_editor):
    District = apps.get_model("kreativorte", "District")
    SubMarket = apps.get_model("kreativorte", "SubMarket")
    for slug, name_de, name_en, kind in DISTRICTS:
        District.objects.update_or_create(
            slug=slug, defaults={"name_de": name_de, "name_en": name_en, "kind": kind}
        )
    for slug, name_de, name_en in SUBMARKETS:
        SubMarket.objects.update_or_create(
            slug=slug, defaults={"name_de": name_de, "name_en": name_en}
        )


def remove_terms(apps, schema_editor):
    apps.get_model("kreativorte", "District").objects.filter(
        slug__in=[row[0] for row in DISTRICTS]
    ).delete()
    apps.get_model("kreativorte", "SubMarket").objects.filter(
        slug__in=[row[0] for row in SUBMARKETS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("kreativorte", "0001_initial")]

    operations = [migrations.RunPython(create_terms, remove_terms)]
