"""Query parameters the API's endpoints share: methods, slugs, free text, date bounds."""

import datetime
from typing import Annotated

from ninja import Field

READ = ["GET", "HEAD"]  # every route answers HEAD like GET (RFC 9110)
# Slugs as the taxonomies make them; anything else is a 400 before a query runs.
SlugParam = Annotated[str, Field(pattern=r"^[a-z0-9-]{1,80}$")]
# Free text without control characters (a NUL byte breaks SQL drivers).
TextParam = Annotated[str, Field(max_length=1000, pattern=r"^[^\x00-\x08\x0b\x0c\x0e-\x1f]*$")]
FIRST_DAY, LAST_DAY = datetime.date(1900, 1, 1), datetime.date(2999, 12, 31)
