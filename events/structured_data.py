"""Events as schema.org JSON-LD, for search engines and calendar tools."""

from django.utils import timezone

from kreativorte.json_ld import json_ld
from kreativorte.urls_media import absolute


def attendance_mode(event) -> str:
    return {
        event.Attendance.OFFLINE: "https://schema.org/OfflineEventAttendanceMode",
        event.Attendance.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
        event.Attendance.HYBRID: "https://schema.org/MixedEventAttendanceMode",
    }[event.attendance]


def event_status(event) -> str:
    return {
        event.Status.SCHEDULED: "https://schema.org/EventScheduled",
        event.Status.CANCELLED: "https://schema.org/EventCancelled",
        event.Status.POSTPONED: "https://schema.org/EventPostponed",
    }[event.status]


def event(event, request) -> str:
    """schema.org Event, for search engines and calendar tools."""
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": event.full_url_for(request),
        "eventAttendanceMode": attendance_mode(event),
        "eventStatus": event_status(event),
    }
    start, end = timezone.localtime(event.start), timezone.localtime(event.end)
    if event.all_day:
        data["startDate"], data["endDate"] = start.date().isoformat(), end.date().isoformat()
    else:
        data["startDate"], data["endDate"] = start.isoformat(), end.isoformat()
    if event.teaser or event.search_description:
        data["description"] = event.teaser or event.search_description
    locations = []
    if event.attendance != event.Attendance.ONLINE:
        place = {"@type": "Place", "name": event.venue_label or event.town}
        venue = event.venue_page
        address = {
            "@type": "PostalAddress",
            "streetAddress": event.venue_address or (venue.address if venue else ""),
            "postalCode": "" if event.venue_address or not venue else venue.postal_code,
            "addressLocality": event.town or (venue.town if venue else ""),
            "addressRegion": "Sachsen",
            "addressCountry": "DE",
        }
        place["address"] = {key: value for key, value in address.items() if value}
        if venue:
            place["url"] = absolute(venue.get_url(request), request)
        locations.append(place)
    if event.attendance != event.Attendance.OFFLINE and event.online_url:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if event.organiser:
        data["organizer"] = {"@type": "Organization", "name": event.organiser}
    if event.listing_image:
        rendition = event.listing_image.get_rendition("fill-1200x675")
        data["image"] = absolute(rendition.url, request)
    if event.is_free:
        data["isAccessibleForFree"] = True
    return json_ld(data)
