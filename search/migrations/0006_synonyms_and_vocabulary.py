"""Editors' synonym groups, and the vocabulary that typos are corrected towards.

PostgreSQL: `pg_trgm` and a GiST trigram index on the vocabulary, which finds the
nearest words to a typo (`<->`) or to a typed beginning (`<<->`) without a scan.
The vocabulary is filled from the existing documents.
"""

from django.db import migrations, models

from kreativorte.migration_ops import postgresql_sql

CREATE = """
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX search_searchword_trigrams ON search_searchword USING GIST (word gist_trgm_ops);
"""
DROP = "DROP INDEX IF EXISTS search_searchword_trigrams;"


def fill_vocabulary(apps, schema_editor):
    from search.typos import rebuild

    rebuild(apps)


class Migration(migrations.Migration):
    dependencies = [("search", "0005_language_and_compound_parts")]

    operations = [
        migrations.CreateModel(
            name="SynonymGroup",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=100, verbose_name="Name")),
                (
                    "terms",
                    models.TextField(
                        help_text=(
                            "Gleichbedeutende Begriffe, einer je Zeile oder durch Kommas "
                            "getrennt; Deutsch und Englisch gemischt. Ein Begriff aus mehreren "
                            "Wörtern findet Seiten mit allen Wörtern."
                        ),
                        verbose_name="Begriffe",
                    ),
                ),
            ],
            options={
                "verbose_name": "Synonymgruppe",
                "verbose_name_plural": "Synonyme",
                "ordering": ["name"],
            },
        ),
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("word", models.CharField(max_length=60, unique=True)),
                ("spelling", models.CharField(max_length=60)),
                ("length", models.PositiveSmallIntegerField(db_index=True)),
                ("documents", models.PositiveIntegerField(default=1)),
            ],
        ),
        postgresql_sql(CREATE, DROP),
        migrations.RunPython(fill_vocabulary, migrations.RunPython.noop),
    ]
