"""Demo search terms: editors' picks, which make their queries the approved terms
shown under "Häufig gesucht" on the search page (search/views.py).

Each: (query, language, slug of the German guide, note shown with the pick). Not the
topics' names: those are listed beside them anyway.
"""

PICKS = [
    ("Fördermittel", "de", "foerdermittel-finden", "Fördermittel finden und beantragen"),
    ("Denkmal", "de", "denkmalschutz-grundlagen", "Was beim Denkmal zu beachten ist"),
    ("Leerstand", "de", "leerstand-aktivieren-kommunen", "Leerstand mit Kommunen aktivieren"),
    ("Nutzungsänderung", "de", "nutzungsaenderung-genehmigen", "Der Weg zur Genehmigung"),
    ("Brandschutz", "de", "brandschutz-veranstaltungen", "Veranstaltungen im Bestandsgebäude"),
    ("Genossenschaft", "de", "genossenschaft-gruenden", "Gemeinsam tragen: die Genossenschaft"),
    ("change of use", "en", "nutzungsaenderung-genehmigen", "The way to a permit"),
    ("vacant buildings", "en", "leerstand-aktivieren-kommunen", "Activating vacant buildings"),
]
