"""Demo content: the newsletter archive and one published issue.

Items refer to demo pages by slug and to funding programmes by key (see References).
"""

INDEX = {
    "title": "Newsletter",
    "slug": "newsletter",
    "intro": (
        "<p>Einmal im Monat fasst die Redaktion zusammen, was neu ist bei Kreativorte Sachsen: "
        "neue Orte und Leitfäden, Geschichten aus Kooperationen, die nächsten Veranstaltungen "
        "und Antragsfristen. Hier finden Sie alle bisherigen Ausgaben.</p>"
    ),
}

ISSUE = {
    "title": "Newsletter: Neue Orte, Förderfristen und ein Webinar",
    "slug": "ausgabe-1",
    "days_ago": 14,
    "intro": (
        "<p>Liebe Leserinnen und Leser,</p>"
        "<p>in den vergangenen Wochen sind neue Kreativorte auf die Karte gekommen, und unser "
        "Leitfaden zur Nutzungsänderung hilft allen, die ein altes Gebäude umbauen wollen. "
        "Außerdem laufen bald zwei Antragsfristen ab – ein Blick lohnt sich.</p>"
    ),
    "items": [
        ("page", {"slug": "garnhof-lindenau", "note": "Ein Besuch lohnt sich am Wochenende."}),
        ("page", {"slug": "letternwerk-reudnitz", "note": ""}),
        (
            "page",
            {
                "slug": "nutzungsaenderung-genehmigen",
                "note": "Unser meistgelesener Leitfaden, frisch überarbeitet.",
            },
        ),
        ("page", {"slug": "stubenmoebel-erzgebirge", "note": ""}),
        (
            "text",
            {
                "heading": "In eigener Sache",
                "text": (
                    "<p>Sie kennen einen Kreativort, der auf unserer Karte fehlt? Schreiben Sie "
                    "uns – wir stellen ihn gern im nächsten Newsletter vor.</p>"
                ),
            },
        ),
        ("page", {"slug": "webinar-foerdermittel-ueberblick", "note": ""}),
        ("funding", {"key": "sichtbar-vor-ort", "note": "Die erste Frist endet bald."}),
    ],
}
