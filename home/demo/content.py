"""Read the demo content: JSON files under data/, German in de/, English in en/.

The files hold text and structure only; seed.py turns them into pages. Conventions:

- StreamField values are lists of {"type": …, "value": …} blocks; rich text is HTML.
- Links between demo pages are written <a href="page:SLUG">…</a>; `related` blocks,
  newsletter items and search picks name pages by slug, funding programmes and contact
  persons by key (see streams.References).
- Dates are relative to the day the seed runs: events have `day_offset` (days from
  today, negative in the past), `days` and local `start_time`/`end_time`; funding
  deadlines `deadline_offsets`; the newsletter issue `days_ago`.
"""

import json
from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("data")


@cache
def load(name: str):
    """The parsed file data/<name>.json; shared between callers, so treat it as read-only."""
    with (DATA / f"{name}.json").open(encoding="utf-8") as file:
        return json.load(file)
