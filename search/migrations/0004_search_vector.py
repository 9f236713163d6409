"""PostgreSQL: the weighted search vector of each document, computed by the database.

A stored generated column (title A, summary B, text C, in `kreativorte_german`)
with a GIN index: matching, ranking and facet counting never leave the index's
table. Other databases match through Wagtail's search backend instead.
"""

from django.db import migrations

from kreativorte.migration_ops import postgresql_sql

CREATE = """
ALTER TABLE search_searchdocument ADD COLUMN vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('kreativorte_german'::regconfig, title), 'A')
    || setweight(to_tsvector('kreativorte_german'::regconfig, summary), 'B')
    || setweight(to_tsvector('kreativorte_german'::regconfig, text), 'C')
) STORED;
CREATE INDEX search_document_vector ON search_searchdocument USING GIN (vector);
"""
DROP = """
DROP INDEX IF EXISTS search_document_vector;
ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS vector;
"""


class Migration(migrations.Migration):
    dependencies = [("search", "0003_search_documents")]

    operations = [postgresql_sql(CREATE, DROP)]
