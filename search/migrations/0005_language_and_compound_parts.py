"""Search documents record their language and the parts of their German compounds.

- `language`: the page's locale. PostgreSQL gets `kreativorte_english` (English
  stemming and stop words, `unaccent`) beside `kreativorte_german`, and the
  generated vector picks the configuration by the row's language.
- `parts`: the parts of compounds ("atelier haus" for "Atelierhaus"), in the vector
  with weight D, below the whole words of title (A), summary (B) and text (C).
Existing rows are filled here; Wagtail's own index (SQLite, Elasticsearch) needs
`manage.py update_index` for its new `compound_parts` field.
"""

from django.db import migrations, models

from kreativorte.compounds import compound_parts
from kreativorte.migration_ops import postgresql_sql

CREATE = """
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'kreativorte_english') THEN
    CREATE TEXT SEARCH CONFIGURATION kreativorte_english (COPY = english);
    ALTER TEXT SEARCH CONFIGURATION kreativorte_english
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
  END IF;
END $$;
ALTER TABLE search_searchdocument DROP COLUMN vector;
-- A CASE over constants keeps the expression immutable, as generated columns require.
ALTER TABLE search_searchdocument ADD COLUMN vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(CASE WHEN language = 'en' THEN 'kreativorte_english'::regconfig
                               ELSE 'kreativorte_german'::regconfig END, title), 'A')
    || setweight(to_tsvector(CASE WHEN language = 'en' THEN 'kreativorte_english'::regconfig
                                  ELSE 'kreativorte_german'::regconfig END, summary), 'B')
    || setweight(to_tsvector(CASE WHEN language = 'en' THEN 'kreativorte_english'::regconfig
                                  ELSE 'kreativorte_german'::regconfig END, text), 'C')
    || setweight(to_tsvector('kreativorte_german'::regconfig, parts), 'D')
) STORED;
ALTER TABLE search_searchdocument ALTER COLUMN vector SET STORAGE MAIN;
CREATE INDEX search_document_vector ON search_searchdocument USING GIN (vector);
"""
DROP = """
ALTER TABLE search_searchdocument DROP COLUMN vector;
ALTER TABLE search_searchdocument ADD COLUMN vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('kreativorte_german'::regconfig, title), 'A')
    || setweight(to_tsvector('kreativorte_german'::regconfig, summary), 'B')
    || setweight(to_tsvector('kreativorte_german'::regconfig, text), 'C')
) STORED;
ALTER TABLE search_searchdocument ALTER COLUMN vector SET STORAGE MAIN;
CREATE INDEX search_document_vector ON search_searchdocument USING GIN (vector);
DROP TEXT SEARCH CONFIGURATION IF EXISTS kreativorte_english;
"""


def fill(apps, schema_editor):
    SearchDocument = apps.get_model("search", "SearchDocument")
    Locale = apps.get_model("wagtailcore", "Locale")
    for locale in Locale.objects.all():
        SearchDocument.objects.filter(locale=locale).update(language=locale.language_code)
    for document in SearchDocument.objects.filter(language="de").iterator():
        document.parts = compound_parts(f"{document.title} {document.summary} {document.text}")
        document.save(update_fields=["parts"])


class Migration(migrations.Migration):
    dependencies = [("search", "0004_search_vectors"), ("wagtailcore", "0098_apitoken")]

    operations = [
        migrations.AddField(
            model_name="searchdocument", name="parts", field=models.TextField(blank=True)
        ),
        migrations.AddField(
            model_name="searchdocument",
            name="language",
            field=models.CharField(default="de", max_length=8),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
        postgresql_sql(CREATE, DROP),
    ]
