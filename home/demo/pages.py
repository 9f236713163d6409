"""Demo content: home page, section index pages, standard pages and snippets.

Contact persons, the association and all funding programmes are invented for the demo;
programme names are generic and do not refer to real funding schemes.
"""

HOME = {
    "title": "Kreativorte Sachsen",
    "mission": (
        "<p>Kreativorte Sachsen macht Orte sichtbar, an denen aus leerstehenden Fabriken, "
        "Bahnhöfen und Speichern Ateliers, Werkstätten und Treffpunkte werden. Die Plattform "
        "vernetzt die Menschen, die diese Orte aufbauen und betreiben, mit Kommunen, "
        "Eigentümern und Unternehmen. Und sie gibt Wissen weiter – zu Baurecht, "
        "Denkmalschutz, Förderung und allem, was ein Kreativort zum Gelingen braucht.</p>"
    ),
    "intro": (
        "<p>In ganz Sachsen entstehen Kreativorte: in den großen Städten, aber ebenso in "
        "Klein- und Mittelstädten und auf dem Land. Ein Kesselhaus wird zur Ausstellungshalle, "
        "eine Spinnerei zum Atelierhaus, ein Bahnhof zum Kulturtreff. Solche Orte erhalten "
        "wertvolle Gebäude, beleben Ortskerne und bieten Kreativen bezahlbare Räume.</p>"
        "<p>Entdecken Sie ausgewählte Orte auf der Karte, finden Sie leerstehende Gebäude, die "
        "auf neue Nutzerinnen und Nutzer warten, und lesen Sie in unseren Leitfäden, wie aus "
        "einer Idee ein lebendiger Ort wird. Geschichten aus dem Programm KreativLandTransfer "
        "zeigen, was entsteht, wenn Kreativwirtschaft und Handwerk zusammenarbeiten.</p>"
    ),
}

INDEXES = {
    "places": {
        "title": "Orte",
        "slug": "orte",
        "intro": (
            "<p>Vom Kühlhaus zum Kulturort, von der Weberei zum Atelierhaus: Hier finden Sie "
            "Kreativorte aus allen Regionen Sachsens. Filtern Sie nach Landkreis, Art des Ortes "
            "oder Branche und entdecken Sie auch Gebäude, die noch auf Mitmachende warten.</p>"
            "<p>Sie kennen einen Ort, der hier fehlt? Schlagen Sie ihn über unser Formular vor.</p>"
        ),
    },
    "guides": {
        "title": "Wissen",
        "slug": "wissen",
        "intro": (
            "<p>Wer ein altes Gebäude mit neuem Leben füllt, steht vor vielen Fragen: Braucht "
            "die neue Nutzung eine Genehmigung? Was sagt die Denkmalpflege? Welche Förderung "
            "passt, und wie organisiert man den Betrieb? Unsere Leitfäden geben Orientierung "
            "aus der Praxis – mit Checklisten, Vorlagen und Ansprechpersonen.</p>"
            "<p>Die Leitfäden ersetzen keine Rechts- oder Steuerberatung im Einzelfall, helfen "
            "aber, die richtigen Fragen zu stellen.</p>"
        ),
    },
    "cooperations": {
        "title": "Kooperationen",
        "slug": "kooperationen",
        "intro": (
            "<p>Im Programm KreativLandTransfer arbeiten Kreativunternehmen mit "
            "Handwerksbetrieben und mittelständischen Firmen in ländlichen Regionen zusammen. "
            "So entstehen neue Produkte, bessere Abläufe und überraschende Wege, ein Unternehmen "
            "sichtbar zu machen.</p>"
            "<p>Die Geschichten zeigen, wie die Partner zueinandergefunden haben, was die "
            "Zusammenarbeit gebracht hat und was andere daraus lernen können.</p>"
        ),
    },
    "events": {
        "title": "Veranstaltungen",
        "slug": "veranstaltungen",
        "intro": (
            "<p>Konferenzen, Werkstätten, Expertenrunden und offene Ateliers: Hier finden Sie "
            "Veranstaltungen rund um Kreativorte in Sachsen, vor Ort und online. Termine lassen "
            "sich einzeln herunterladen oder als Kalender abonnieren.</p>"
        ),
    },
}

STANDARD_PAGES = [
    {
        "slug": "impressum",
        "title": "Impressum",
        "body": [
            (
                "paragraph",
                "<p><i>Hinweis: Dies ist eine Demo-Installation. Verein, Anschrift, Namen und "
                "Registerangaben sind frei erfunden und dienen nur als Platzhalter.</i></p>",
            ),
            ("heading", "Angaben gemäß § 5 DDG"),
            (
                "paragraph",
                "<p><b>Netzwerk Kreativorte Sachsen e. V.</b></p>"
                "<p>Werkhofstraße 12</p><p>01099 Dresden</p>"
                "<p>Vertreten durch den Vorstand: Johanna Richter (Vorsitzende), Paul Brückner "
                "(stellvertretender Vorsitzender)</p>",
            ),
            ("heading", "Kontakt"),
            (
                "paragraph",
                "<p>Telefon: +49 351 000 4100</p><p>"
                'E-Mail: <a href="mailto:info@kreativorte-sachsen.example">'
                "info@kreativorte-sachsen.example</a></p>",
            ),
            ("heading", "Registereintrag"),
            (
                "paragraph",
                "<p>Eingetragen im Vereinsregister beim Amtsgericht Dresden</p><p>"
                "Registernummer: VR 0000 (Platzhalter, Demo-Daten)</p>"
                "<p>Umsatzsteuer-Identifikationsnummer: DE000000000 (Platzhalter, Demo-Daten)</p>",
            ),
            ("heading", "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV"),
            (
                "paragraph",
                "<p>Johanna Richter, Werkhofstraße 12, 01099 Dresden</p>",
            ),
            ("heading", "Förderhinweis"),
            (
                "paragraph",
                "<p><i>Platzhalter: Im Echtbetrieb steht hier der Hinweis auf die "
                "Zuwendungsgeber der Plattform.</i></p>",
            ),
            ("heading", "Haftung für Inhalte und Links"),
            (
                "paragraph",
                "<p>Wir erstellen die Inhalte dieser Website mit großer Sorgfalt. Die Leitfäden "
                "geben eine allgemeine Orientierung und ersetzen keine rechtliche, steuerliche "
                "oder fachliche Beratung im Einzelfall. Angaben zu Orten stammen zum Teil von "
                "den Betreiberinnen und Betreibern selbst.</p>"
                "<p>Für die Inhalte verlinkter externer Websites sind ausschließlich deren "
                "Anbieter verantwortlich. Wenn uns Rechtsverletzungen bekannt werden, entfernen "
                "wir entsprechende Links umgehend.</p>",
            ),
            ("heading", "Bildnachweise"),
            (
                "paragraph",
                "<p>Die Nachweise stehen direkt bei den jeweiligen Bildern. Die Grafiken der "
                "Demo-Inhalte wurden eigens erzeugt.</p>",
            ),
        ],
    },
    {
        "slug": "datenschutz",
        "title": "Datenschutz",
        "body": [
            (
                "paragraph",
                "<p>Wir nehmen den Schutz Ihrer Daten ernst und erheben so wenig wie möglich. "
                "Diese Website verwendet <b>kein Tracking</b>, keine Analyse- oder Werbecookies "
                "und keine Social-Media-Plugins. Im Folgenden erklären wir, welche Daten "
                "dennoch verarbeitet werden, warum und welche Rechte Sie haben.</p>",
            ),
            ("heading", "Verantwortliche Stelle"),
            (
                "paragraph",
                "<p>Netzwerk Kreativorte Sachsen e. V., Werkhofstraße 12, 01099 Dresden</p><p>"
                'E-Mail: <a href="mailto:datenschutz@kreativorte-sachsen.example">'
                "datenschutz@kreativorte-sachsen.example</a></p><p>"
                "<i>(Demo-Angaben)</i></p>",
            ),
            ("heading", "Server-Logdateien"),
            (
                "paragraph",
                "<p>Beim Aufruf dieser Website übermittelt Ihr Browser technisch notwendige "
                "Informationen an unseren Server. Dabei werden gespeichert:</p>"
                "<ul><li>IP-Adresse,</li><li>Datum und Uhrzeit des Abrufs,</li>"
                "<li>aufgerufene Adresse und übertragene Datenmenge,</li>"
                "<li>zuvor besuchte Seite (Referrer), sofern übermittelt,</li>"
                "<li>Browsertyp und Betriebssystem.</li></ul>"
                "<p>Diese Daten brauchen wir, um die Website auszuliefern, Störungen zu "
                "beheben und Angriffe abzuwehren. Rechtsgrundlage ist unser berechtigtes "
                "Interesse an einem sicheren und stabilen Betrieb (Art. 6 Abs. 1 lit. f DSGVO). "
                "Die Logdateien werden nach spätestens 14 Tagen gelöscht oder anonymisiert. Die "
                "Website wird bei einem Dienstleister in Deutschland betrieben, mit dem ein "
                "Vertrag zur Auftragsverarbeitung besteht.</p>",
            ),
            ("heading", "Schriften und Karten"),
            (
                "paragraph",
                "<p>Alle Schriftarten und die Kartensoftware liegen auf unserem eigenen Server. "
                "Beim Laden der Seiten werden dafür keine Verbindungen zu Servern Dritter "
                "aufgebaut.</p>"
                "<p>Die Kartenkacheln, also die Hintergrundbilder der Karte, laden wir erst, "
                "wenn Sie dem ausdrücklich zustimmen. Erst dann wird Ihre IP-Adresse an den im "
                "Hinweis genannten Kartendienst übermittelt, der sie für die Auslieferung der "
                "Kacheln benötigt. Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a "
                "DSGVO). Ihre Entscheidung speichern wir lokal in Ihrem Browser, damit wir nicht "
                "bei jedem Besuch erneut fragen müssen. Sie können die Einwilligung jederzeit "
                "über den Link „Karteneinstellungen“ unter der Karte widerrufen. Ohne "
                "Einwilligung steht Ihnen die Liste aller Orte vollständig zur Verfügung.</p>",
            ),
            ("heading", "Cookies"),
            (
                "paragraph",
                "<p>Wir setzen nur technisch notwendige Cookies ein, etwa zum Schutz von "
                "Formularen vor Missbrauch und für die Anmeldung von Redakteurinnen und "
                "Redakteuren. Sie werden nicht zur Analyse Ihres Verhaltens genutzt.</p>",
            ),
            ("heading", "Formulare und Newsletter"),
            (
                "paragraph",
                "<p>Wenn Sie einen Ort vorschlagen, verarbeiten wir Ihren Namen, Ihre "
                "E-Mail-Adresse und die übermittelten Angaben und Bilder, um den Vorschlag zu "
                "prüfen und gegebenenfalls zu veröffentlichen. Rechtsgrundlage ist Ihre "
                "Einwilligung (Art. 6 Abs. 1 lit. a DSGVO). Ihre Kontaktdaten löschen wir, "
                "sobald der Vorschlag bearbeitet ist; veröffentlicht werden nur die Angaben zum "
                "Ort und der Bildnachweis.</p>"
                "<p>Für den Newsletter benötigen wir Ihre E-Mail-Adresse. Die Anmeldung erfolgt "
                "im Double-Opt-in-Verfahren, Sie können sich jederzeit über den Link in jeder "
                "Ausgabe abmelden. Der Versand erfolgt über einen Dienstleister, der Ihre Daten "
                "nur in unserem Auftrag verarbeitet.</p>",
            ),
            ("heading", "Ihre Rechte"),
            (
                "paragraph",
                "<p>Sie haben das Recht auf Auskunft über Ihre bei uns gespeicherten Daten "
                "(Art. 15 DSGVO), auf Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung "
                "der Verarbeitung (Art. 18) und Datenübertragbarkeit (Art. 20). Einer "
                "Verarbeitung auf Grundlage berechtigter Interessen können Sie widersprechen "
                "(Art. 21). Eine erteilte Einwilligung können Sie jederzeit mit Wirkung für die "
                "Zukunft widerrufen (Art. 7 Abs. 3).</p>"
                "<p>Außerdem können Sie sich bei einer Datenschutz-Aufsichtsbehörde beschweren "
                "(Art. 77 DSGVO), zum Beispiel bei der für den Freistaat Sachsen zuständigen "
                "Aufsichtsbehörde.</p>",
            ),
        ],
    },
    {
        "slug": "barrierefreiheit",
        "title": "Barrierefreiheit",
        "body": [
            (
                "paragraph",
                "<p>Das Netzwerk Kreativorte Sachsen e. V. möchte seine Website für alle "
                "Menschen gut nutzbar machen. Diese Erklärung gilt für die Website "
                "Kreativorte Sachsen. Grundlage sind die Anforderungen der "
                "Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und der Norm "
                "EN 301 549, die auf den Web Content Accessibility Guidelines (WCAG 2.1, "
                "Konformitätsstufe AA) aufbaut.</p>",
            ),
            ("heading", "Stand der Vereinbarkeit mit den Anforderungen"),
            (
                "paragraph",
                "<p>Die Website ist mit den genannten Anforderungen <b>teilweise vereinbar</b>. "
                "Die Bewertung beruht auf einer Selbstbewertung. Die folgenden Inhalte sind noch "
                "nicht vollständig barrierefrei:</p>"
                "<ul><li>Einige herunterladbare PDF-Dokumente sind noch nicht vollständig "
                "strukturiert. Auf Anfrage stellen wir die Inhalte in einem zugänglichen Format "
                "bereit.</li>"
                "<li>Die interaktive Karte ist nur eingeschränkt mit der Tastatur und mit "
                "Screenreadern bedienbar. Alle Orte sind deshalb auch als Liste mit denselben "
                "Filtern verfügbar.</li>"
                "<li>Bilder, die Betreiberinnen und Betreiber selbst einreichen, haben nicht "
                "immer aussagekräftige Alternativtexte. Wir prüfen und ergänzen sie "
                "fortlaufend.</li>"
                "<li>Nur ein Teil der Inhalte liegt auch auf Englisch vor.</li></ul>",
            ),
            ("heading", "Barrieren melden: Feedback und Kontakt"),
            (
                "paragraph",
                "<p>Sind Ihnen Mängel aufgefallen, oder benötigen Sie Informationen in einer "
                "anderen Form? Schreiben Sie uns:</p>"
                "<p>Netzwerk Kreativorte Sachsen e. V., Werkhofstraße 12, 01099 Dresden</p><p>"
                'E-Mail: <a href="mailto:barrierefreiheit@kreativorte-sachsen.example">'
                "barrierefreiheit@kreativorte-sachsen.example</a></p><p>"
                "Telefon: +49 351 000 4100</p>"
                "<p>Wir bestätigen den Eingang und antworten in der Regel innerhalb von zwei "
                "Wochen.</p>",
            ),
            ("heading", "Durchsetzungsverfahren"),
            (
                "paragraph",
                "<p>Wenn Sie auf Ihre Rückmeldung keine oder keine zufriedenstellende Antwort "
                "erhalten, können Sie sich an die für den Freistaat Sachsen zuständige "
                "Durchsetzungsstelle für Barrierefreiheit wenden. Sie prüft, ob die "
                "Anforderungen an die Barrierefreiheit eingehalten werden, und vermittelt "
                "zwischen Ihnen und uns. Das Verfahren ist für Sie kostenfrei.</p>",
            ),
            ("heading", "Erstellung dieser Erklärung"),
            (
                "paragraph",
                "<p>Diese Erklärung wurde auf Grundlage einer Selbstbewertung erstellt und wird "
                "regelmäßig, spätestens nach größeren Änderungen der Website, überprüft. "
                "<i>(Demo-Fassung)</i></p>",
            ),
        ],
    },
]

CONTACT_PERSONS = [
    {
        "key": "bauberatung",
        "name": "Katrin Vogel",
        "role": "Beratung Baurecht und Nutzungsänderung",
        "organisation": "Netzwerk Kreativorte Sachsen e. V.",
        "email": "k.vogel@kreativorte-sachsen.example",
        "phone": "+49 351 000 4111",
    },
    {
        "key": "denkmalberatung",
        "name": "Matthias Reinhold",
        "role": "Beratung Denkmalschutz und Bauen im Bestand",
        "organisation": "Büro für Baukultur und Bestand",
        "email": "reinhold@baukultur-bestand.example",
        "phone": "+49 351 000 4127",
    },
    {
        "key": "foerderberatung",
        "name": "Sabine Hauschild",
        "role": "Förder- und Finanzierungsberatung",
        "organisation": "Netzwerk Kreativorte Sachsen e. V.",
        "email": "s.hauschild@kreativorte-sachsen.example",
        "phone": "+49 351 000 4113",
    },
    {
        "key": "netzwerk",
        "name": "Jonas Weigelt",
        "role": "Netzwerk, Kommunen und KreativLandTransfer",
        "organisation": "Netzwerk Kreativorte Sachsen e. V.",
        "email": "j.weigelt@kreativorte-sachsen.example",
        "phone": "+49 351 000 4115",
    },
]

FUNDING_PROGRAMMES = [
    {
        "key": "denkmal-impuls",
        "name": "Denkmal-Impuls: Zuschuss für umgenutzte Kulturdenkmale",
        "provider": "Stiftung Baukultur und Raum",
        "url": "https://denkmal-impuls.example",
        "target_group": (
            "Eigentümerinnen, Eigentümer und langfristige Nutzer von Kulturdenkmalen mit "
            "kultureller oder kreativwirtschaftlicher Nutzung"
        ),
        "funding_rate": "bis zu 40 % der denkmalbedingten Mehrkosten, höchstens 60.000 €",
        "region": "Sachsen",
        "topics": ["denkmalschutz", "foerderung", "baukosten"],
        "deadline_offsets": [45, 225],
        "description": (
            "<p>Das Programm unterstützt Maßnahmen, die ein Kulturdenkmal für eine neue "
            "kulturelle oder kreative Nutzung erhalten – etwa die Reparatur historischer "
            "Fenster, die Sicherung von Tragwerken oder restauratorische Untersuchungen. "
            "Gefördert werden die Mehrkosten, die durch den Denkmalschutz entstehen. Die "
            "Maßnahmen müssen vor Beginn mit der Unteren Denkmalschutzbehörde abgestimmt "
            "sein.</p>"
            "<p><i>Fiktives Beispielprogramm der Demo-Inhalte.</i></p>"
        ),
    },
    {
        "key": "kreativraum-invest",
        "name": "Kreativraum Invest: Investitionszuschuss für Kreativorte",
        "provider": "Förderfonds Kreativräume",
        "url": "https://kreativraum-invest.example",
        "target_group": (
            "Gemeinnützige Träger, Genossenschaften und kleine Unternehmen, die leerstehende "
            "Gebäude zu Kreativorten umbauen"
        ),
        "funding_rate": "bis zu 50 % der förderfähigen Ausgaben",
        "region": "Sachsen, vorrangig ländliche Räume sowie Klein- und Mittelstädte",
        "topics": ["foerderung", "baukosten", "finanzierung"],
        "deadline_offsets": [30, 210],
        "description": (
            "<p>Der Zuschuss hilft beim Umbau von Ateliers, Werkstätten, Coworking-Flächen und "
            "Veranstaltungsräumen in bisher leerstehenden Gebäuden. Förderfähig sind Bau- und "
            "Planungskosten sowie feste Ausstattung. Voraussetzung sind ein Nutzungskonzept, "
            "eine Kostenschätzung nach Kostengruppen und ein gesicherter Eigenanteil.</p>"
            "<p><i>Fiktives Beispielprogramm der Demo-Inhalte.</i></p>"
        ),
    },
    {
        "key": "leerstand-aktiv",
        "name": "Leerstand aktiv: Zwischennutzung in Ortskernen",
        "provider": "Verbund Lebendige Ortskerne",
        "url": "https://leerstand-aktiv.example",
        "target_group": (
            "Städte und Gemeinden sowie Initiativen, die gemeinsam mit ihrer Kommune "
            "leerstehende Gebäude zwischennutzen"
        ),
        "funding_rate": (
            "bis zu 80 % der förderfähigen Ausgaben; der Eigenanteil kann teilweise als "
            "Eigenleistung erbracht werden"
        ),
        "region": "Sachsen, Kommunen bis 30.000 Einwohner",
        "topics": ["zwischennutzung", "nutzungskonzept", "foerderung"],
        "deadline_offsets": [60],
        "description": (
            "<p>Gefördert werden der Aufbau eines Leerstandsmanagements, kleine "
            "Instandsetzungen für eine sichere Zwischennutzung, Versicherungen, Nebenkosten "
            "im ersten Jahr und die Begleitung durch Fachleute. Ziel ist, leere Gebäude in "
            "Ortskernen schnell und unkompliziert zugänglich zu machen.</p>"
            "<p><i>Fiktives Beispielprogramm der Demo-Inhalte.</i></p>"
        ),
    },
    {
        "key": "sichtbar-vor-ort",
        "name": "Sichtbar vor Ort: Mikroförderung für offene Formate",
        "provider": "Netzwerk Kreativorte Sachsen e. V.",
        "url": "https://kreativorte-sachsen.example/sichtbar-vor-ort",
        "target_group": "Betreiberinnen und Betreiber von Kreativorten in Sachsen",
        "funding_rate": "Festbetrag bis 2.500 €, kein Eigenanteil erforderlich",
        "region": "Sachsen",
        "topics": ["oeffentlichkeitsarbeit", "betrieb"],
        "deadline_offsets": [14, 105, 195],
        "description": (
            "<p>Die Mikroförderung unterstützt offene Ateliertage, Hausführungen, "
            "Nachbarschaftsfeste, Fotodokumentationen und kleine Kampagnen, die einen "
            "Kreativort bekannter machen. Der Antrag umfasst eine Seite, die Entscheidung "
            "fällt innerhalb von vier Wochen nach dem Stichtag.</p>"
            "<p><i>Fiktives Beispielprogramm der Demo-Inhalte.</i></p>"
        ),
    },
    {
        "key": "bruecken-ins-land",
        "name": "Brücken ins Land: Kooperationen von Kreativwirtschaft und Handwerk",
        "provider": "Stiftung Land und Werk",
        "url": "https://bruecken-ins-land.example",
        "target_group": (
            "Kreativunternehmen gemeinsam mit Handwerksbetrieben oder kleinen und mittleren "
            "Unternehmen in ländlichen Regionen"
        ),
        "funding_rate": "bis zu 70 % der Projektkosten, höchstens 25.000 € je Kooperation",
        "region": "Ländliche Räume in Sachsen",
        "topics": ["foerderung", "oeffentlichkeitsarbeit", "organisation-traegermodelle"],
        "deadline_offsets": [90, 270],
        "description": (
            "<p>Das Programm fördert gemeinsame Projekte, in denen Kreative und Betriebe neue "
            "Produkte, Dienstleistungen oder Abläufe entwickeln. Förderfähig sind "
            "Honorare, Prototypen, Tests und die Dokumentation der Ergebnisse. Beide Partner "
            "stellen den Antrag gemeinsam.</p>"
            "<p><i>Fiktives Beispielprogramm der Demo-Inhalte.</i></p>"
        ),
    },
]
