"""Places as schema.org JSON-LD, for search engines and maps."""

from kreativorte.json_ld import json_ld
from kreativorte.urls_media import absolute


def place(place, request=None) -> str:
    """schema.org Place: name, description, URL, postal address, coordinates, image."""
    data = {
        "@context": "https://schema.org",
        "@type": "Place",
        "name": place.title,
        "url": place.get_full_url(request),
        "address": {
            "@type": "PostalAddress",
            "streetAddress": place.address,
            "postalCode": place.postal_code,
            "addressLocality": place.town,
            "addressRegion": "Sachsen",
            "addressCountry": "DE",
        },
    }
    description = place.search_description or place.teaser or place.subtitle
    if description:
        data["description"] = description
    if place.latitude is not None and place.longitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": place.latitude,
            "longitude": place.longitude,
        }
    image = place.listing_image
    if image is None:
        first = place.gallery_images.select_related("image").first()
        image = first.image if first else None
    if image is not None:
        data["image"] = absolute(image.get_rendition("width-1200").url, request)
    if place.website:
        data["sameAs"] = place.website
    return json_ld(data)
