"""Days in the site's time zone (settings.TIME_ZONE, Europe/Berlin)."""

import calendar
import datetime

from django.utils import timezone


def local_midnight(day: datetime.date) -> datetime.datetime:
    """The start of a local day (with the offset of that day: CET or CEST)."""
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=timezone.get_current_timezone())


def local(moment: datetime.datetime | None) -> datetime.datetime | None:
    """Aware time with the site's offset, so API clients need no time-zone database."""
    return timezone.localtime(moment) if moment else None


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later (earlier when negative); the month's last day where the
    day does not exist (31 March + 1 month: 30 April; 29 February - 12 months: 28 February)."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return datetime.date(year, month + 1, min(day.day, last_day))
