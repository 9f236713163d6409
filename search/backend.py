"""Wagtail's database search backend, with writes whose cost does not grow with the index.

modelsearch's PostgreSQL and SQLite indexes refresh the title norms after every write
(`_refresh_title_norms`): an average over every index entry, then an UPDATE of all
entries whose norm is 1.0, which finds them by scanning the whole table. So each
saved page cost more the more pages existed. Here a write sets the norms of its own
entries only, from the average title length of a bounded sample; `update_index`
still refreshes every norm from the exact average.
"""

import functools

from django.db.models import Avg, F
from django.db.models.functions import Length
from modelsearch.backends import database
from modelsearch.utils import get_content_type_pk

# Title lengths vary little: a thousand entries give the average to within a few percent.
TITLE_LENGTH_SAMPLE = 1000


class FlatCostNorms:
    """Mixed into modelsearch's PostgreSQL or SQLite index class."""

    def add_items(self, model, objs):
        super().add_items(model, objs)  # its norm refresh is a no-op below
        if not objs:
            return
        titled = self.entries.annotate(title_length=Length("title")).filter(title_length__gt=0)
        average = titled[:TITLE_LENGTH_SAMPLE].aggregate(Avg("title_length"))["title_length__avg"]
        titled.filter(
            content_type_id=get_content_type_pk(model), object_id__in=[str(o.pk) for o in objs]
        ).update(title_norm=average / F("title_length"))

    def _refresh_title_norms(self, full=False):
        if full:  # a rebuild (update_index): one pass over the whole table is expected there
            super()._refresh_title_norms(full=True)


@functools.cache
def flat_cost(index_class: type) -> type:
    return type(f"FlatCost{index_class.__name__}", (FlatCostNorms, index_class), {})


def SearchBackend(params):  # noqa: N802 (modelsearch looks the factory up by this name)
    """As `wagtail.search.backends.database` (PostgreSQL, SQLite FTS5 or the fallback),
    with flat-cost norms where the index keeps title norms.

    The index class is subclassed when the database is known: modelsearch's SQLite
    module cannot even be imported on PostgreSQL.
    """
    backend = database.SearchBackend(params)
    if hasattr(backend.index_class, "_refresh_title_norms"):
        backend.index_class = flat_cost(backend.index_class)
    return backend
