"""PostgreSQL: the documents' search vectors, computed by the database and GIN-indexed.

- `vector`: title (A), summary (B) and text (C) in `kreativorte_german`, for
  matching and ranking.
- `title_vector`: the title in `kreativorte_simple` (accents folded, no stemming,
  no stop words), for autocomplete by word prefix.
Other databases match through Wagtail's search backend instead.
"""

from django.db import migrations

from kreativorte.migration_ops import postgresql_sql

CREATE = """
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'kreativorte_simple') THEN
    CREATE TEXT SEARCH CONFIGURATION kreativorte_simple (COPY = simple);
    ALTER TEXT SEARCH CONFIGURATION kreativorte_simple
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
  END IF;
END $$;
ALTER TABLE search_searchdocument ADD COLUMN vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('kreativorte_german'::regconfig, title), 'A')
    || setweight(to_tsvector('kreativorte_german'::regconfig, summary), 'B')
    || setweight(to_tsvector('kreativorte_german'::regconfig, text), 'C')
) STORED;
ALTER TABLE search_searchdocument ADD COLUMN title_vector tsvector GENERATED ALWAYS AS (
    to_tsvector('kreativorte_simple'::regconfig, title)
) STORED;
-- Keep the vectors in the row (compressed) and move the long texts out first: ranking
-- then never reads the TOAST table.
ALTER TABLE search_searchdocument
  ALTER COLUMN vector SET STORAGE MAIN, ALTER COLUMN title_vector SET STORAGE MAIN;
CREATE INDEX search_document_vector ON search_searchdocument USING GIN (vector);
CREATE INDEX search_document_title_vector ON search_searchdocument USING GIN (title_vector);
"""
DROP = """
ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS vector;
ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS title_vector;
DROP TEXT SEARCH CONFIGURATION IF EXISTS kreativorte_simple;
"""


class Migration(migrations.Migration):
    dependencies = [("search", "0003_search_documents")]

    operations = [postgresql_sql(CREATE, DROP)]
