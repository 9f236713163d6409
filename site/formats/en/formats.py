# English editors see the German formats in the admin too (WAGTAIL_DATE_FORMAT is one
# for all languages); Django's American 01/02/2027 would be read as 2 January.
from kreativorte.formats.de.formats import (  # noqa: F401
    DATE_INPUT_FORMATS,
    DATETIME_INPUT_FORMATS,
    TIME_INPUT_FORMATS,
)
