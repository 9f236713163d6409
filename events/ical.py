"""One event as an iCalendar file (RFC 5545), for "Zum Kalender hinzufügen"."""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from icalendar import Calendar, Event

PRODID = "-//Kreativorte Sachsen//Veranstaltungen//DE"
UID_DOMAIN = "kreativorte-sachsen.de"
STATUSES = {"scheduled": "CONFIRMED", "cancelled": "CANCELLED", "postponed": "TENTATIVE"}


def event_uid(page) -> str:
    """Stable across downloads, edits and languages: calendars update instead of duplicating."""
    return f"event-{page.translation_key}@{UID_DOMAIN}"


def event_location(page) -> str:
    """Venue and address, or the online link (both for hybrid events)."""
    parts = [page.venue_label, page.venue_address, page.town]
    if page.venue_page and not page.venue_address:
        place = page.venue_page
        parts = [
            place.title,
            place.address,
            " ".join(filter(None, [place.postal_code, place.town])),
        ]
    venue = ", ".join(part for part in parts if part)
    if page.attendance == "online":
        return page.online_url or venue
    if page.attendance == "hybrid" and page.online_url:
        return f"{venue} / {page.online_url}" if venue else page.online_url
    return venue


def event_calendar(page, url: str) -> bytes:
    """A VCALENDAR with one VEVENT; times in Europe/Berlin with their VTIMEZONE."""
    zone = ZoneInfo(settings.TIME_ZONE)
    start, end = page.start.astimezone(zone), page.end.astimezone(zone)

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")

    event = Event()
    event.add("uid", event_uid(page))
    event.add("dtstamp", datetime.datetime.now(datetime.UTC))
    if page.all_day:
        event.add("dtstart", start.date())
        event.add("dtend", end.date() + datetime.timedelta(days=1))  # DTEND is exclusive
    else:
        event.add("dtstart", start)
        event.add("dtend", end)
    event.add("summary", page.title)
    description = "\n\n".join(filter(None, [page.teaser, url]))
    if description:
        event.add("description", description)
    event.add("url", url)
    location = event_location(page)
    if location:
        event.add("location", location)
    event.add("status", STATUSES.get(page.status, "CONFIRMED"))
    if page.last_published_at:
        event.add("last-modified", page.last_published_at)
    calendar.add_component(event)
    # A VTIMEZONE for the event's year only (the default spans 1970 to 2038).
    calendar.add_missing_timezones(
        first_date=datetime.date(start.year, 1, 1), last_date=datetime.date(end.year + 1, 1, 1)
    )
    return calendar.to_ical()
