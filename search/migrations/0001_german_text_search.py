"""PostgreSQL: a text-search configuration that stems German and folds accents.

`kreativorte_german` = PostgreSQL's `german` with `unaccent` in front of the
stemmer, so "Görlitz" and "Gorlitz" meet ("Goerlitz" is handled when the query
is parsed, see search/query.py). Other databases have nothing to do here.
"""

from django.db import migrations

from kreativorte.migration_ops import postgresql_sql

CREATE = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'kreativorte_german') THEN
    CREATE TEXT SEARCH CONFIGURATION kreativorte_german (COPY = german);
    ALTER TEXT SEARCH CONFIGURATION kreativorte_german
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, german_stem;
  END IF;
END $$;
"""
DROP = "DROP TEXT SEARCH CONFIGURATION IF EXISTS kreativorte_german;"


class Migration(migrations.Migration):
    dependencies = []

    operations = [postgresql_sql(CREATE, DROP)]
