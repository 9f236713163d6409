"""Events as iCalendar (RFC 5545): one event for "Zum Kalender hinzufügen", or all upcoming.

Both use event_vevent(), so an event has the same UID, times and status in each.
"""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from icalendar import Calendar, Event

PRODID = "-//Kreativorte Sachsen//Veranstaltungen//DE"
UID_DOMAIN = "kreativorte-sachsen.de"
STATUSES = {"scheduled": "CONFIRMED", "cancelled": "CANCELLED", "postponed": "TENTATIVE"}
VENUE_OF_PAGE = object()  # event_location(): ask the page whether its venue is public


def event_uid(page) -> str:
    """Stable across downloads, edits and languages: calendars update instead of duplicating."""
    return f"event-{page.translation_key}@{UID_DOMAIN}"


def event_location(page, venue=VENUE_OF_PAGE) -> str:
    """Venue and address, or the online link (both for hybrid events).

    `venue` is the public venue place (or None) when the caller already knows it.
    """
    if venue is VENUE_OF_PAGE:
        venue = page.venue_page
    parts = [venue.title if venue else page.venue_name, page.venue_address, page.town]
    if venue and not page.venue_address:
        parts = [
            venue.title,
            venue.address,
            " ".join(filter(None, [venue.postal_code, venue.town])),
        ]
    place = ", ".join(part for part in parts if part)
    if page.attendance == "online":
        return page.online_url or place
    if page.attendance == "hybrid" and page.online_url:
        return f"{place} / {page.online_url}" if place else page.online_url
    return place


def event_vevent(page, url: str, venue=VENUE_OF_PAGE, dtstamp=None) -> Event:
    """One VEVENT; times in Europe/Berlin (the calendar needs its VTIMEZONE)."""
    zone = ZoneInfo(settings.TIME_ZONE)
    start, end = page.start.astimezone(zone), page.end.astimezone(zone)

    event = Event()
    event.add("uid", event_uid(page))
    event.add("dtstamp", dtstamp or datetime.datetime.now(datetime.UTC))
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
    location = event_location(page, venue)
    if location:
        event.add("location", location)
    event.add("status", STATUSES.get(page.status, "CONFIRMED"))
    if page.last_published_at:
        event.add("last-modified", page.last_published_at)
    return event


def new_calendar(name: str = "") -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
        calendar.add("x-wr-timezone", settings.TIME_ZONE)
    return calendar


def calendar_bytes(calendar: Calendar, pages) -> bytes:
    """The calendar with a VTIMEZONE covering the events' years only (not 1970 to 2038)."""
    zone = ZoneInfo(settings.TIME_ZONE)
    years = [page.start.astimezone(zone).year for page in pages]
    years += [page.end.astimezone(zone).year for page in pages]
    if years:
        calendar.add_missing_timezones(
            first_date=datetime.date(min(years), 1, 1),
            last_date=datetime.date(max(years) + 1, 1, 1),
        )
    return calendar.to_ical()


def event_calendar(page, url: str) -> bytes:
    """A VCALENDAR with one VEVENT, for the event page's download."""
    calendar = new_calendar()
    calendar.add_component(event_vevent(page, url))
    return calendar_bytes(calendar, [page])


def events_calendar(name: str, events) -> bytes:
    """A VCALENDAR of many events: `events` are (page, url, venue) triples."""
    calendar = new_calendar(name)
    dtstamp = datetime.datetime.now(datetime.UTC)
    for page, url, venue in events:
        calendar.add_component(event_vevent(page, url, venue, dtstamp))
    return calendar_bytes(calendar, [page for page, _url, _venue in events])
