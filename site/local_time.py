"""Days in the site's time zone (settings.TIME_ZONE, Europe/Berlin)."""

import datetime

from django.utils import timezone


def local_midnight(day: datetime.date) -> datetime.datetime:
    """The start of a local day (with the offset of that day: CET or CEST)."""
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=timezone.get_current_timezone())


def local(moment: datetime.datetime | None) -> datetime.datetime | None:
    """Aware time with the site's offset, so API clients need no time-zone database."""
    return timezone.localtime(moment) if moment else None
