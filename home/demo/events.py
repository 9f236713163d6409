"""Demo content: events, dated relative to the day the seed runs.

day_offset counts days from the seed day (negative: past, 0: today). Times are local
times in Europe/Berlin. Organisers, venues and links are invented.
"""

EVENTS: list[dict] = [
    {
        "slug": "expertenrunde-nutzungsaenderung",
        "title": "Expertenrunde Baurecht: Nutzungsänderung im Bestand",
        "teaser": (
            "Eine Bauaufsicht, ein Brandschutzplaner und eine Architektin beantworten Fragen "
            "zur Umnutzung alter Gewerbebauten – offen, konkret und anhand mitgebrachter "
            "Fälle."
        ),
        "day_offset": -52,
        "start_time": "17:00",
        "end_time": "19:30",
        "days": 1,
        "all_day": False,
        "format": "round-table",
        "attendance": "offline",
        "venue_place": "schulhaus-kassberg",
        "venue_name": "",
        "venue_address": "Kreidestraße 6, 09112 Chemnitz",
        "town": "Chemnitz",
        "online_url": "",
        "registration_url": "https://kreativorte-sachsen.example/anmeldung/expertenrunde-baurecht",
        "registration_deadline_days_before": 3,
        "organiser": "Netzwerk Kreativorte Sachsen e. V.",
        "is_free": True,
        "price": "",
        "seats": 25,
        "status": "scheduled",
        "topics": ["baurecht", "nutzungskonzept"],
        "body": [
            (
                "paragraph",
                "<p>Wer ein Gebäude umnutzen will, hat meist viele Fragen und wenig Zeit für "
                "Behördengänge. In dieser Expertenrunde sitzen Fachleute aus Verwaltung und "
                "Planung mit Initiativen an einem Tisch. Gemeinsam gehen wir typische Fälle "
                "durch: vom Atelierhaus in der Lagerhalle bis zum Veranstaltungsraum im "
                "ehemaligen Kaufhaus.</p>",
            ),
            (
                "paragraph",
                "<p>Bringen Sie gern Pläne, Fotos oder konkrete Fragen mit. Die Runde ist auf "
                "25 Personen begrenzt, damit genug Zeit für jedes Anliegen bleibt. Eine "
                'Einführung bietet vorab der Leitfaden <a href="page:nutzungsaenderung-genehmigen">'
                "Nutzungsänderung: Vom Leerstand zur genehmigten Nutzung</a>.</p>",
            ),
        ],
    },
    {
        "slug": "werkstatt-baukosten-kalkulieren",
        "title": "Werkstatt: Baukosten im Bestand kalkulieren",
        "teaser": (
            "Ein Tag mit Übungen rund um Kostenschätzung, Puffer und Eigenleistung – für "
            "Initiativen, die ein altes Gebäude umbauen wollen und ihre Zahlen auf eine "
            "solide Grundlage stellen möchten."
        ),
        "day_offset": -38,
        "start_time": "10:00",
        "end_time": "16:00",
        "days": 1,
        "all_day": False,
        "format": "workshop",
        "attendance": "offline",
        "venue_place": "zollhaus-goerlitz",
        "venue_name": "",
        "venue_address": "Am Grenzsteg 2, 02826 Görlitz",
        "town": "Görlitz",
        "online_url": "",
        "registration_url": "https://bauhuette-oberlausitz.example/werkstatt-baukosten",
        "registration_deadline_days_before": 7,
        "organiser": "Bauhütte Oberlausitz e. V.",
        "is_free": False,
        "price": "40 €, ermäßigt 20 €",
        "seats": 18,
        "status": "scheduled",
        "topics": ["baukosten", "finanzierung"],
        "body": [
            (
                "paragraph",
                "<p>Wie teuer wird der Umbau? Diese Frage entscheidet über Förderanträge und "
                "Bankgespräche. In der Werkstatt lernen Sie, Baukosten nach Kostengruppen zu "
                "gliedern, Risiken im Bestand zu erkennen und einen angemessenen Puffer "
                "einzuplanen.</p>",
            ),
            ("heading", "Ablauf"),
            (
                "paragraph",
                "<p>Die Werkstatt findet in der alten Schalterhalle des Zollhauses statt. Am "
                "Vormittag stellt ein erfahrener Architekt Grundlagen und Beispiele vor. "
                "Am Nachmittag arbeiten Sie in kleinen Gruppen an Ihren eigenen Projekten oder "
                "an einem Übungsfall. Mittagessen und Getränke sind im Preis enthalten.</p>",
            ),
        ],
    },
    {
        "slug": "offene-ateliers-lausitz",
        "title": "Offene Ateliers in der Lausitz",
        "teaser": (
            "Ein Wochenende lang öffnen Ateliers, Werkstätten und Projekträume in der Lausitz "
            "ihre Türen. Besucherinnen und Besucher erleben Kunst, Handwerk und Design dort, "
            "wo sie entstehen."
        ),
        "day_offset": -24,
        "start_time": "11:00",
        "end_time": "18:00",
        "days": 2,
        "all_day": True,
        "format": "open-studio",
        "attendance": "offline",
        "venue_place": None,
        "venue_name": "Verschiedene Ateliers und Werkstätten in der Region",
        "venue_address": "Programmheft mit allen Adressen auf der Website des Veranstalters",
        "town": "Weißwasser",
        "online_url": "",
        "registration_url": "",
        "registration_deadline_days_before": None,
        "organiser": "Kreativnetz Lausitz",
        "is_free": True,
        "price": "",
        "seats": None,
        "status": "scheduled",
        "topics": ["oeffentlichkeitsarbeit"],
        "body": [
            (
                "paragraph",
                "<p>Über zwanzig Kreative laden an diesem Wochenende in ihre Arbeitsräume ein: "
                "Glasgestalterinnen, Keramiker, Illustratorinnen, Tischler und Fotografen. Viele "
                "Ateliers liegen in ehemaligen Industriegebäuden, die so zum ersten Mal für die "
                "Öffentlichkeit zugänglich sind.</p>",
            ),
            (
                "paragraph",
                "<p>Mit dabei sind unter anderem das "
                '<a href="page:webhaus-zittau">Webhaus Zittau</a> und die leerstehende '
                '<a href="page:schleiferei-weisswasser">Glasschleiferei Weißwasser</a>, die an '
                "diesem Wochenende ausnahmsweise ihre Türen für Interessierte öffnet. Die Ateliers "
                "sind an beiden Tagen von 11 bis 18 Uhr geöffnet, der Eintritt ist frei.</p>",
            ),
        ],
    },
    {
        "slug": "webinar-pressearbeit",
        "title": "Webinar: Pressearbeit für Kreativorte mit kleinem Budget",
        "teaser": (
            "Wie kommt der eigene Ort in die Lokalzeitung? Eine Redakteurin und ein "
            "Kommunikationsberater geben praktische Tipps für Pressemitteilungen, Fotos und "
            "den Umgang mit Medien."
        ),
        "day_offset": -9,
        "start_time": "16:00",
        "end_time": "17:30",
        "days": 1,
        "all_day": False,
        "format": "webinar",
        "attendance": "online",
        "venue_place": None,
        "venue_name": "",
        "venue_address": "",
        "town": "",
        "online_url": "https://meet.kreativorte-sachsen.example/webinar-pressearbeit",
        "registration_url": "https://kreativorte-sachsen.example/anmeldung/webinar-pressearbeit",
        "registration_deadline_days_before": 1,
        "organiser": "Netzwerk Kreativorte Sachsen e. V.",
        "is_free": True,
        "price": "",
        "seats": 100,
        "status": "scheduled",
        "topics": ["oeffentlichkeitsarbeit"],
        "body": [
            (
                "paragraph",
                "<p>Lokale Medien sind für Kreativorte oft der wichtigste Weg in die "
                "Nachbarschaft. Im Webinar erfahren Sie, welche Themen Redaktionen interessieren, "
                "wie eine gute Pressemitteilung aufgebaut ist und worauf es bei Fotos und "
                "Bildrechten ankommt.</p>",
            ),
            (
                "paragraph",
                "<p>Nach der Anmeldung erhalten Sie den Zugangslink per E-Mail. Ergänzend "
                'empfehlen wir den Leitfaden <a href="page:oeffentlichkeitsarbeit-kreativorte">'
                "Öffentlichkeitsarbeit: Den Ort sichtbar machen</a>.</p>",
            ),
        ],
    },
    {
        "slug": "exkursion-elbland-kreativorte",
        "title": "Exkursion: Vom Leerstand zum Kreativort im Elbland",
        "teaser": (
            "Mit dem Bus zu drei Orten im Landkreis Meißen: einem leeren Speicher, einer "
            "Tuchfabrik im Umbau und einem etablierten Keramikhof. Gespräche mit Initiativen, "
            "Eigentümern und Verwaltung vor Ort."
        ),
        "day_offset": -3,
        "start_time": "08:30",
        "end_time": "18:30",
        "days": 1,
        "all_day": False,
        "format": "excursion",
        "attendance": "offline",
        "venue_place": None,
        "venue_name": "Treffpunkt: Busparkplatz am Hauptbahnhof",
        "venue_address": "Bayrische Straße, 01069 Dresden",
        "town": "Dresden",
        "online_url": "",
        "registration_url": "https://kreativorte-sachsen.example/anmeldung/exkursion-zwischennutzung",
        "registration_deadline_days_before": 10,
        "organiser": "Netzwerk Kreativorte Sachsen e. V.",
        "is_free": False,
        "price": "35 € inklusive Busfahrt und Mittagessen",
        "seats": 30,
        "status": "scheduled",
        "topics": ["zwischennutzung", "nutzungskonzept"],
        "body": [
            (
                "paragraph",
                "<p>Die Exkursion zeigt drei Entwicklungsstufen eines Kreativortes: den "
                '<a href="page:hafenspeicher-riesa">Hafenspeicher Riesa</a>, der noch leer steht '
                "und für den ein Verein erste Zwischennutzungen vorbereitet, die "
                '<a href="page:tuchfabrik-grossenhain">Tuchfabrik Großenhain</a>, die gerade '
                "von einer Genossenschaft umgebaut wird, und die "
                '<a href="page:ofenfabrik-meissen">Ofenfabrik Meißen</a>, in der seit Jahren '
                "Keramikerinnen und Restauratoren arbeiten.</p>",
            ),
            (
                "paragraph",
                "<p>An jeder Station erzählen die Beteiligten, wie die Nutzung zustande kam, "
                "welche Verträge sie geschlossen haben und was sie heute anders machen würden. "
                "Hintergrundwissen bietet der Leitfaden "
                '<a href="page:leerstand-aktivieren-kommunen">Leerstand aktivieren</a>.</p>',
            ),
        ],
    },
    {
        "slug": "expertenrunde-genossenschaften",
        "title": "Expertenrunde: Gemeinsam Eigentum schaffen mit Genossenschaften",
        "teaser": (
            "Wie gründet man eine Genossenschaft für ein Atelierhaus, und was sagen Banken "
            "dazu? Eine Runde mit Gründerinnen, einem Prüfungsverband und einer "
            "Finanzierungsberaterin – vor Ort und online."
        ),
        "day_offset": 0,
        "start_time": "18:00",
        "end_time": "20:00",
        "days": 1,
        "all_day": False,
        "format": "round-table",
        "attendance": "hybrid",
        "venue_place": "pianofabrik-gohlis",
        "venue_name": "",
        "venue_address": "Mechanikweg 9, 04155 Leipzig",
        "town": "Leipzig",
        "online_url": "https://meet.kreativorte-sachsen.example/expertenrunde-genossenschaften",
        "registration_url": "https://kreativorte-sachsen.example/anmeldung/expertenrunde-genossenschaften",
        "registration_deadline_days_before": None,
        "organiser": "Netzwerk Kreativorte Sachsen e. V.",
        "is_free": True,
        "price": "",
        "seats": 40,
        "status": "scheduled",
        "topics": ["organisation-traegermodelle", "finanzierung"],
        "body": [
            (
                "paragraph",
                "<p>Immer mehr Kreativorte wollen ihr Gebäude selbst besitzen, um langfristig "
                "bezahlbare Räume zu sichern. Die Genossenschaft ist dafür ein bewährtes Modell. "
                "Im ehemaligen Prüfsaal der Pianofabrik, die selbst von einer Genossenschaft "
                "getragen wird, berichten zwei Hausgenossenschaften von ihren Erfahrungen, "
                "ein Prüfungsverband erklärt den Weg zur Gründung, und eine "
                "Finanzierungsberaterin zeigt, wie sich Anteile, Kredite und Zuschüsse "
                "kombinieren lassen.</p>",
            ),
            (
                "paragraph",
                "<p>Sie können vor Ort oder online teilnehmen; Fragen aus dem Chat werden in die "
                "Runde eingebracht. Zur Vorbereitung empfehlen wir "
                '<a href="page:genossenschaft-gruenden">Gemeinsam besitzen: Genossenschaft, '
                "Verein oder gGmbH?</a>.</p>",
            ),
        ],
    },
    {
        "slug": "webinar-foerdermittel-ueberblick",
        "title": "Webinar: Fördermittel für Kreativorte – ein Überblick",
        "teaser": (
            "Welche Förderung passt zu welchem Vorhaben? In neunzig Minuten geben "
            "Förderberaterinnen einen Überblick über Programme für Umbau, Betrieb und "
            "Programmarbeit und beantworten Ihre Fragen."
        ),
        "day_offset": 12,
        "start_time": "10:00",
        "end_time": "11:30",
        "days": 1,
        "all_day": False,
        "format": "webinar",
        "attendance": "online",
        "venue_place": None,
        "venue_name": "",
        "venue_address": "",
        "town": "",
        "online_url": "https://meet.kreativorte-sachsen.example/webinar-foerdermittel",
        "registration_url": "https://kreativorte-sachsen.example/anmeldung/webinar-foerdermittel",
        "registration_deadline_days_before": 1,
        "organiser": "Netzwerk Kreativorte Sachsen e. V.",
        "is_free": True,
        "price": "",
        "seats": 150,
        "status": "scheduled",
        "topics": ["foerderung", "finanzierung"],
        "body": [
            (
                "paragraph",
                "<p>Investive Zuschüsse, Kulturförderung, Programme für ländliche Räume, "
                "Stiftungen: Die Förderlandschaft ist vielfältig und auf den ersten Blick "
                "unübersichtlich. Das Webinar sortiert die wichtigsten Möglichkeiten und "
                "erklärt Grundregeln wie Eigenanteil, vorzeitigen Maßnahmebeginn und "
                "Verwendungsnachweis.</p>",
            ),
            ("heading", "Für wen?"),
            (
                "paragraph",
                "<p>Für Initiativen, Vereine und Unternehmen, die einen Kreativort planen oder "
                "betreiben, sowie für Mitarbeitende von Kommunen. Vorkenntnisse sind nicht "
                "nötig. Fragen können Sie vorab bei der Anmeldung oder live im Chat stellen. "
                'Zum Nachlesen: <a href="page:foerdermittel-finden">Fördermittel finden, '
                "kombinieren, abrechnen</a>.</p>",
            ),
        ],
    },
    {
        "slug": "werkstatt-denkmalschutz-umnutzung",
        "title": "Werkstatt Denkmalschutz: Umnutzen mit der Denkmalpflege",
        "teaser": (
            "Wie gelingt eine neue Nutzung im Kulturdenkmal? Eine hybride Werkstatt mit "
            "Denkmalpflegerinnen, Planern und Betreibern – mit Rundgang vor Ort und "
            "Übertragung für alle, die nicht anreisen können."
        ),
        "day_offset": 23,
        "start_time": "13:00",
        "end_time": "17:00",
        "days": 1,
        "all_day": False,
        "format": "workshop",
        "attendance": "hybrid",
        "venue_place": "huthaus-freiberg",
        "venue_name": "",
        "venue_address": "Am Treibeschacht 4, 09599 Freiberg",
        "town": "Freiberg",
        "online_url": "https://meet.kreativorte-sachsen.example/werkstatt-denkmalschutz",
        "registration_url": "https://kreativorte-sachsen.example/anmeldung/werkstatt-denkmalschutz",
        "registration_deadline_days_before": 5,
        "organiser": "Netzwerk Kreativorte Sachsen e. V. und Büro für Baukultur und Bestand",
        "is_free": False,
        "price": "20 € vor Ort, online kostenfrei",
        "seats": 30,
        "status": "scheduled",
        "topics": ["denkmalschutz", "baurecht"],
        "body": [
            (
                "paragraph",
                "<p>Viele Kreativorte befinden sich in Kulturdenkmalen. Die Werkstatt zeigt, "
                "wie Eigentümer, Nutzer und Denkmalpflege gemeinsam zu guten Lösungen kommen: "
                "von der ersten Abstimmung mit der Unteren Denkmalschutzbehörde über "
                "reversible Einbauten bis zu Brandschutz und Energie im Denkmal.</p>",
            ),
            ("heading", "Vor Ort und online"),
            (
                "paragraph",
                "<p>Teilnehmende vor Ort erwartet ein Rundgang durch das behutsam sanierte "
                "Huthaus und seine Fachbibliothek zu historischen Bautechniken. Die Vorträge "
                "und die Fragerunde werden live übertragen; online Teilnehmende können Fragen "
                "per Chat einbringen. Zur Einstimmung: "
                '<a href="page:denkmalschutz-grundlagen">Arbeiten im Baudenkmal</a>.</p>',
            ),
        ],
    },
    {
        "slug": "kreativlandtransfer-europa-austausch",
        "title": "KreativLandTransfer Europa: Online-Austausch ländlicher Regionen",
        "teaser": (
            "Kreative und Handwerksbetriebe aus Sachsen tauschen sich mit Partnern aus "
            "ländlichen Regionen in Europa aus: Wie gelingen Kooperationen, und was lässt "
            "sich voneinander lernen? Die Veranstaltung findet auf Englisch statt."
        ),
        "day_offset": 34,
        "start_time": "14:00",
        "end_time": "16:00",
        "days": 1,
        "all_day": False,
        "format": "webinar",
        "attendance": "online",
        "venue_place": None,
        "venue_name": "",
        "venue_address": "",
        "town": "",
        "online_url": "https://meet.kreativorte-sachsen.example/kreativlandtransfer-europa",
        "registration_url": "https://kreativorte-sachsen.example/anmeldung/kreativlandtransfer-europa",
        "registration_deadline_days_before": 2,
        "organiser": "Netzwerk Kreativorte Sachsen e. V. – Programm KreativLandTransfer",
        "is_free": True,
        "price": "",
        "seats": 80,
        "status": "scheduled",
        "topics": ["nutzungskonzept", "oeffentlichkeitsarbeit"],
        "body": [
            (
                "paragraph",
                "<p>Ländliche Regionen in ganz Europa stehen vor ähnlichen Fragen: Wie halten "
                "wir junge Menschen in der Region, wie sichern wir Handwerk und Wissen, und "
                "welche Rolle spielen Kreative dabei? Im Online-Austausch stellen Partner aus "
                "Sachsen und aus anderen europäischen Regionen Kooperationsprojekte vor.</p>",
            ),
            (
                "paragraph",
                "<p>In Kleingruppen diskutieren die Teilnehmenden, welche Ansätze sich "
                "übertragen lassen. Die Veranstaltung findet auf Englisch statt. Beispiele aus "
                'Sachsen, etwa <a href="page:klangprobe-musikwinkel">Klangprobe aus dem '
                "Musikwinkel</a>, finden Sie unter den Kooperationen.</p>",
            ),
        ],
    },
    {
        "slug": "konferenz-hallen-hoefe-horizonte",
        "title": "Hallen, Höfe, Horizonte – Konferenz für Kreativorte in Sachsen",
        "teaser": (
            "Zwei Tage für alle, die alte Gebäude mit neuem Leben füllen: Am ersten Tag "
            "Vorträge und gute Beispiele aus Stadt und Land, am zweiten Tag praktische "
            "Werkstätten zu Baurecht, Denkmalschutz, Förderung und Betrieb."
        ),
        "day_offset": 47,
        "start_time": "09:30",
        "end_time": "17:30",
        "days": 2,
        "all_day": False,
        "format": "conference",
        "attendance": "hybrid",
        "venue_place": "garnhof-lindenau",
        "venue_name": "",
        "venue_address": "Am Garnspeicher 3, 04177 Leipzig",
        "town": "Leipzig",
        "online_url": "https://stream.kreativorte-sachsen.example/hallen-hoefe-horizonte",
        "registration_url": "https://kreativorte-sachsen.example/anmeldung/konferenz",
        "registration_deadline_days_before": 7,
        "organiser": "Netzwerk Kreativorte Sachsen e. V.",
        "is_free": False,
        "price": "60 € für beide Tage, ermäßigt 30 €; Livestream kostenfrei",
        "seats": 250,
        "status": "scheduled",
        "topics": ["baurecht", "denkmalschutz", "foerderung", "nutzungskonzept", "zwischennutzung"],
        "body": [
            (
                "paragraph",
                "<p>Die Konferenz bringt Betreiberinnen und Betreiber von Kreativorten, "
                "Kommunen, Eigentümer, Planende und Förderstellen zusammen. Sie zeigt, wie aus "
                "leerstehenden Fabriken, Bahnhöfen und Speichern lebendige Orte werden – und was "
                "es braucht, damit sie dauerhaft bestehen. Gastgeber ist der "
                '<a href="page:garnhof-lindenau">Garnhof Lindenau</a> im Leipziger Westen.</p>',
            ),
            ("heading", "Programm"),
            (
                "paragraph",
                "<p><b>Tag 1: Vorträge und gute Beispiele.</b> Der erste Tag gehört den Geschichten: Initiativen aus Großstädten und "
                "ländlichen Regionen berichten von ihren Wegen, von Rückschlägen und Erfolgen. "
                "Kurze Impulse zu Stadtentwicklung, Baukultur und Kreativwirtschaft ordnen die "
                "Beispiele ein. Die Vorträge werden live übertragen.</p>",
            ),
            (
                "paragraph",
                "<p><b>Tag 2: Werkstätten.</b> Am zweiten Tag wird es praktisch. In parallelen Werkstätten arbeiten Sie mit "
                "Fachleuten an Fragen zu Nutzungsänderung und Brandschutz, zur Zusammenarbeit "
                "mit der Denkmalpflege, zu Förderung und Finanzierung sowie zu Trägermodellen "
                "und Zwischennutzung. Die Plätze in den Werkstätten werden bei der Anmeldung "
                "vergeben.</p>",
            ),
        ],
    },
    {
        "slug": "offene-werkstaetten-erzgebirge",
        "title": "Tag der offenen Werkstätten im Erzgebirge",
        "teaser": (
            "Holzgestalter, Designerinnen, Drechsler und Metallkünstler öffnen an einem "
            "Wochenende ihre Werkstätten – in Dörfern, alten Fabriken und einem "
            "umgebauten Bahnhof."
        ),
        "day_offset": 58,
        "start_time": "10:00",
        "end_time": "17:00",
        "days": 2,
        "all_day": True,
        "format": "open-studio",
        "attendance": "offline",
        "venue_place": "posamentenwerk-annaberg",
        "venue_name": "",
        "venue_address": "Bortenweg 6, 09456 Annaberg-Buchholz",
        "town": "Annaberg-Buchholz",
        "online_url": "",
        "registration_url": "",
        "registration_deadline_days_before": None,
        "organiser": "Kreativverbund Erzgebirge",
        "is_free": True,
        "price": "",
        "seats": None,
        "status": "scheduled",
        "topics": ["oeffentlichkeitsarbeit", "betrieb"],
        "body": [
            (
                "paragraph",
                "<p>Wie entsteht ein Möbelstück aus heimischer Fichte, wie wird eine Figur "
                "gedrechselt, wie arbeitet ein Designstudio mit einer Dorftischlerei zusammen? "
                "An diesem Wochenende können Sie Kreativen und Handwerkern im Erzgebirge über "
                "die Schulter schauen.</p>",
            ),
            (
                "paragraph",
                "<p>Infopunkt und Startort ist das Posamentenwerk in Annaberg-Buchholz, wo es "
                "Übersichtskarten für alle Stationen gibt, darunter die "
                '<a href="page:spielwarenfabrik-olbernhau">Spielwarenfabrik Olbernhau</a> und die '
                "Tischlerei hinter der Kooperation "
                '<a href="page:stubenmoebel-erzgebirge">Die Stube neu gedacht</a>. Die Werkstätten '
                "sind an beiden Tagen von 10 bis 17 Uhr geöffnet, der Eintritt ist frei.</p>",
            ),
        ],
    },
    {
        "slug": "expertenrunde-kommunen-leerstand",
        "title": "Expertenrunde für Kommunen: Leerstand gemeinsam aktivieren",
        "teaser": (
            "Bürgermeisterinnen, Stadtplaner und Wirtschaftsförderer tauschen sich aus: "
            "Welche Werkzeuge helfen, leerstehende Gebäude mit Kreativen neu zu beleben?"
        ),
        "day_offset": 66,
        "start_time": "14:00",
        "end_time": "17:00",
        "days": 1,
        "all_day": False,
        "format": "round-table",
        "attendance": "offline",
        "venue_place": None,
        "venue_name": "Saal im Bürgerzentrum Alte Mühle",
        "venue_address": "Mühlweg 2, 04720 Döbeln",
        "town": "Döbeln",
        "online_url": "",
        "registration_url": "https://kreativorte-sachsen.example/anmeldung/expertenrunde-kommunen",
        "registration_deadline_days_before": 7,
        "organiser": "Netzwerk Kreativorte Sachsen e. V.",
        "is_free": True,
        "price": "",
        "seats": 30,
        "status": "scheduled",
        "topics": ["zwischennutzung", "foerderung", "nutzungskonzept"],
        "body": [
            (
                "paragraph",
                "<p>Die Runde richtet sich an Mitarbeitende aus Verwaltung und Politik in "
                "sächsischen Städten und Gemeinden. Im Mittelpunkt stehen praktische "
                "Erfahrungen: Wie baut man ein Leerstandskataster auf, wie spricht man "
                "Eigentümer an, und wie lassen sich Förderprogramme für Zwischennutzungen "
                "nutzen?</p>",
            ),
            (
                "paragraph",
                "<p>Im Anschluss führt die Initiative Viehhof über das Gelände des "
                '<a href="page:schlachthof-doebeln">Schlachthofs Döbeln</a>, der auf neue Nutzer '
                "wartet. Die Teilnahme ist kostenfrei, die Plätze sind begrenzt. Zur Vorbereitung "
                'empfehlen wir <a href="page:leerstand-aktivieren-kommunen">Leerstand aktivieren: '
                "Zwischennutzung als kommunale Strategie</a>.</p>",
            ),
        ],
    },
    {
        "slug": "exkursion-kreativorte-vogtland",
        "title": "Exkursion: Kreativorte und Werkstätten im Vogtland",
        "teaser": (
            "Eine Tagesfahrt zu Instrumentenbauern, einem Designhaus in einer früheren "
            "Stickerei und einer leerstehenden Teppichfabrik. Die Exkursion muss leider "
            "entfallen."
        ),
        "day_offset": 80,
        "start_time": "09:00",
        "end_time": "18:00",
        "days": 1,
        "all_day": False,
        "format": "excursion",
        "attendance": "offline",
        "venue_place": None,
        "venue_name": "Treffpunkt: Bahnhofsvorplatz",
        "venue_address": "Bahnhofstraße, 08523 Plauen",
        "town": "Plauen",
        "online_url": "",
        "registration_url": "",
        "registration_deadline_days_before": None,
        "organiser": "Netzwerk Kreativorte Sachsen e. V.",
        "is_free": False,
        "price": "30 € inklusive Mittagessen",
        "seats": 25,
        "status": "cancelled",
        "topics": ["nutzungskonzept", "betrieb"],
        "body": [
            (
                "paragraph",
                "<p><b>Diese Exkursion fällt aus.</b> Weil mehrere Stationen wegen Bauarbeiten "
                "nicht besucht werden können, haben wir uns entschieden, die Fahrt abzusagen. "
                "Bereits gezahlte Beiträge werden vollständig erstattet.</p>",
            ),
            (
                "paragraph",
                "<p>Geplant waren Besuche im "
                '<a href="page:stickereihaus-plauen">Stickereihaus Plauen</a>, im '
                '<a href="page:klangwerk-markneukirchen">Klangwerk Markneukirchen</a> und in der '
                '<a href="page:teppichhalle-oelsnitz">Teppichhalle Oelsnitz</a>. Wir planen eine '
                "neue Exkursion ins Vogtland, sobald die Arbeiten "
                "abgeschlossen sind. Den Termin kündigen wir im Newsletter und hier im "
                "Veranstaltungskalender an.</p>",
            ),
        ],
    },
    {
        "slug": "werkstatt-nutzungskonzept",
        "title": "Werkstatt: Vom Leerstand zum Nutzungskonzept",
        "teaser": (
            "Ein Tag, an dem Initiativen ihr eigenes Nutzungskonzept entwickeln – mit "
            "Methoden, Beispielen und Rückmeldung von Fachleuten. Die Werkstatt wird "
            "verschoben; der neue Termin folgt."
        ),
        "day_offset": 100,
        "start_time": "10:00",
        "end_time": "16:30",
        "days": 1,
        "all_day": False,
        "format": "workshop",
        "attendance": "offline",
        "venue_place": None,
        "venue_name": "Begegnungsstätte am Elbufer",
        "venue_address": "Uferstraße 12, 01587 Riesa",
        "town": "Riesa",
        "online_url": "",
        "registration_url": "https://kreativorte-sachsen.example/anmeldung/werkstatt-nutzungskonzept",
        "registration_deadline_days_before": 10,
        "organiser": "Netzwerk Kreativorte Sachsen e. V.",
        "is_free": False,
        "price": "25 €, ermäßigt 15 €",
        "seats": 20,
        "status": "postponed",
        "topics": ["nutzungskonzept", "zwischennutzung"],
        "body": [
            (
                "paragraph",
                "<p><b>Die Werkstatt wird verschoben.</b> Der neue Termin steht noch nicht fest. "
                "Bereits angemeldete Teilnehmende behalten ihren Platz und werden per E-Mail "
                "informiert.</p>",
            ),
            (
                "paragraph",
                "<p>In der Werkstatt arbeiten Sie an Ihrem eigenen Vorhaben oder am Übungsfall "
                '<a href="page:hafenspeicher-riesa">Hafenspeicher Riesa</a>: Sie klären Ziele und '
                "Zielgruppen, entwerfen ein Raumprogramm und prüfen erste Zahlen. Grundlage ist "
                'der Leitfaden <a href="page:nutzungskonzept-entwickeln">Ein tragfähiges '
                "Nutzungskonzept entwickeln</a>.</p>",
            ),
        ],
    },
]
