"""Demo content: 42 invented creative places ("Kreativorte") across Saxony."""

PLACES: list[dict] = [
    {
        "slug": "garnhof-lindenau",
        "title": "Garnhof Lindenau",
        "subtitle": "Von der Baumwollspinnerei zum Kunstquartier",
        "teaser": (
            "Wo einst Garn für halb Mitteleuropa gesponnen wurde, arbeiten heute Malerinnen, "
            "Bildhauer und Galeristen Tür an Tür. Der Garnhof ist eines der lebendigsten "
            "Atelierhäuser im Leipziger Westen."
        ),
        "town": "Leipzig",
        "postal_code": "04177",
        "address": "Am Garnspeicher 3",
        "district": "leipzig",
        "lat": 51.3391,
        "lon": 12.3302,
        "types": ["atelierhaus", "galerie-ausstellung"],
        "submarkets": ["kunstmarkt", "kunsthandwerk"],
        "status": "established",
        "former_use": "Baumwollspinnerei",
        "conversion_year": 2003,
        "nearest_city": "Leipzig",
        "distance_km": 0,
        "plot_size_m2": 28000,
        "building_count": 9,
        "setting": "urban",
        "operator": "Garnhof Lindenau eG",
        "website": "https://garnhof-lindenau.example",
        "contact_email": "kontakt@garnhof-lindenau.example",
        "visiting_info": (
            "Die Galerien sind Mittwoch bis Samstag von 11 bis 18 Uhr geöffnet, die Ateliers an "
            "den Rundgangwochenenden. Führungen für Gruppen gibt es nach Voranmeldung."
        ),
        "sections": {
            "history": (
                "<p>Die Spinnerei wurde 1889 am Ufer des Kanals gegründet und wuchs innerhalb "
                "weniger Jahrzehnte zu einem Fabrikgelände mit eigenem Kesselhaus, Lagern und "
                "Arbeiterwohnungen. Bis zur Wende liefen hier Ringspinnmaschinen im "
                "Dreischichtbetrieb. 1993 stand die Produktion still, und die Hallen drohten zu "
                "verfallen.</p>"
            ),
            "today": (
                "<p>Rund 90 Ateliers, sechs Galerien und Werkstätten für Druckgrafik und Keramik "
                "verteilen sich heute auf die Backsteinbauten. Zweimal im Jahr öffnen die "
                "Künstlerinnen und Künstler ihre Türen zum gemeinsamen Rundgang, der Gäste aus "
                "ganz Deutschland anzieht.</p>"
            ),
            "current_state": (
                "<p>Die Genossenschaft saniert derzeit das letzte leer stehende Lagergebäude; dort "
                "sollen bis 2026 weitere bezahlbare Ateliers entstehen. Die Warteliste für "
                "Arbeitsräume ist lang.</p>"
            ),
            "offers": [
                {
                    "category": "culture",
                    "title": "Ausstellungen und Rundgänge",
                    "items": [
                        "Frühjahrs- und Herbstrundgang",
                        "Wechselnde Galerieausstellungen",
                        "Führungen über das Gelände",
                    ],
                },
                {
                    "category": "workspace",
                    "title": "Arbeitsräume",
                    "items": [
                        "Ateliers von 20 bis 120 m²",
                        "Gemeinschaftliche Druckwerkstatt",
                        "Keramikbrennofen zur Mitnutzung",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Der Garnhof arbeitet eng mit den Kunsthochschulen der Stadt zusammen und "
                "vergibt jedes Jahr zwei Atelierstipendien an Absolventinnen und Absolventen. "
                "Viele Nachbarn aus Lindenau kennen das Gelände noch als Arbeitsplatz ihrer "
                "Eltern.</p>"
            ),
        },
    },
    {
        "slug": "letternwerk-reudnitz",
        "title": "Letternwerk Reudnitz",
        "subtitle": "Von der Buchdruckerei zum Medienhaus",
        "teaser": (
            "Im alten Druckerviertel verlegen, gestalten und drucken wieder junge Unternehmen. Das "
            "Letternwerk verbindet Coworking für Verlage und Redaktionen mit einer offenen "
            "Buchdruck- und Bindewerkstatt."
        ),
        "town": "Leipzig",
        "postal_code": "04317",
        "address": "Setzergasse 7",
        "district": "leipzig",
        "lat": 51.3366,
        "lon": 12.404,
        "types": ["coworking", "werkstatt-makerspace"],
        "submarkets": ["buchmarkt", "pressemarkt", "designwirtschaft"],
        "status": "established",
        "former_use": "Buchdruckerei",
        "conversion_year": 2012,
        "nearest_city": "Leipzig",
        "distance_km": 0,
        "plot_size_m2": 4200,
        "building_count": 2,
        "setting": "urban",
        "operator": "Letternwerk gGmbH",
        "website": "https://letternwerk-reudnitz.example",
        "contact_email": "kontakt@letternwerk-reudnitz.example",
        "visiting_info": (
            "Die Werkstatt ist dienstags und donnerstags von 14 bis 19 Uhr offen, Kurse werden "
            "über die Website gebucht. Coworking-Gäste melden sich vorab per E-Mail an."
        ),
        "sections": {
            "history": (
                "<p>Um 1900 druckten in dem fünfgeschossigen Klinkerbau über 200 Beschäftigte "
                "Schulbücher, Kataloge und Zeitschriften für Verlage aus ganz Europa. Nach der "
                "Verstaatlichung wurde der Betrieb Zweigwerk eines Druckkombinats. Mitte der "
                "1990er-Jahre zogen die letzten Maschinen aus, danach stand das Haus fast fünfzehn "
                "Jahre leer.</p>"
            ),
            "today": (
                "<p>Kleine Verlage, Lektorate, ein Stadtmagazin und mehrere Gestaltungsbüros "
                "teilen sich heute drei Etagen mit flexiblen Arbeitsplätzen. Im Erdgeschoss stehen "
                "historische Handpressen und Setzkästen, an denen regelmäßig Kurse stattfinden. "
                'Gemeinsam mit dem <a href="page:garnhof-lindenau">Garnhof Lindenau</a> richtet '
                "das Haus jedes Jahr eine Grafikmesse aus.</p>"
            ),
            "current_state": (
                "<p>Alle Büroflächen sind vermietet; einzelne Coworking-Plätze werden monatsweise "
                "vergeben. Für den Ausbau der Dachetage liegt eine Baugenehmigung vor.</p>"
            ),
            "offers": [
                {
                    "category": "workspace",
                    "title": "Arbeiten im Letternwerk",
                    "items": [
                        "Coworking-Plätze ab einem Tag",
                        "Feste Büros für Verlage und Redaktionen",
                        "Besprechungsraum mit Beamer",
                    ],
                },
                {
                    "category": "education",
                    "title": "Kurse in der Werkstatt",
                    "items": [
                        "Einführung in den Bleisatz",
                        "Buchbinden für Einsteiger",
                        "Risografie-Workshops",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Das Letternwerk sieht sich in der Tradition des grafischen Gewerbes im "
                "Leipziger Osten und pflegt Kontakte zu ehemaligen Druckern und Setzern, die ihr "
                "Wissen in Kursen weitergeben. Zur Buchmesse wird das Haus zur Lesebühne.</p>"
            ),
        },
    },
    {
        "slug": "gueterschuppen-leutzsch",
        "title": "Güterschuppen Leutzsch",
        "subtitle": "Vom Güterschuppen zur Kulturbühne",
        "teaser": (
            "Ein langgestreckter Schuppen an der Bahnstrecke im Leipziger Nordwesten wird Schritt "
            "für Schritt zur Bühne für Konzerte, Theater und Nachbarschaftsfeste. Noch wird gebaut "
            "– und mitgestaltet."
        ),
        "town": "Leipzig",
        "postal_code": "04179",
        "address": "Am Ladegleis 2",
        "district": "leipzig",
        "lat": 51.3468,
        "lon": 12.3078,
        "types": ["zwischennutzung", "veranstaltungsort"],
        "submarkets": ["musikwirtschaft", "darstellende-kuenste"],
        "status": "in-the-making",
        "former_use": "Güterschuppen",
        "conversion_year": None,
        "nearest_city": "Leipzig",
        "distance_km": 0,
        "plot_size_m2": 6500,
        "building_count": 2,
        "setting": "urban",
        "operator": "Schuppenkultur Leutzsch e. V.",
        "website": "https://gueterschuppen-leutzsch.example",
        "contact_email": "kontakt@gueterschuppen-leutzsch.example",
        "visiting_info": (
            "Von Mai bis September gibt es jeden Freitag und Samstag Veranstaltungen, das Programm "
            "steht auf der Website. Zu den offenen Bautagen kann man ohne Anmeldung kommen."
        ),
        "sections": {
            "history": (
                "<p>Der Schuppen entstand um 1910 als Umschlagplatz für Stückgut: Kisten, Fässer "
                "und Säcke wurden hier zwischen Güterwagen und Pferdefuhrwerken umgeladen. Zu "
                "DDR-Zeiten nutzte ihn ein Baustoffhandel. Seit den 2000er-Jahren stand das "
                "Gebäude leer, und die Laderampe wucherte langsam zu.</p>"
            ),
            "today": (
                "<p>Seit 2022 bespielt ein Verein aus der Nachbarschaft den Schuppen im Sommer mit "
                "Konzerten, Freilichttheater und Flohmärkten. Die Bühne steht auf der alten "
                "Laderampe, das Publikum sitzt auf dem Vorplatz.</p>"
            ),
            "current_state": (
                "<p>Der Verein verhandelt mit der Eigentümerin über einen langfristigen "
                "Erbbaurechtsvertrag. Parallel laufen die Planungen für Dach, Heizung und "
                "Brandschutz, damit der Schuppen auch im Winter genutzt werden kann.</p>"
            ),
            "offers": [
                {
                    "category": "culture",
                    "title": "Programm",
                    "items": [
                        "Sommerkonzerte auf der Rampe",
                        "Freilichttheater",
                        "Nachbarschaftsflohmarkt",
                    ],
                },
                {
                    "category": "other",
                    "title": "Mitmachen",
                    "items": [
                        "Offene Bautage an jedem ersten Samstag",
                        "Mitgliedschaft im Verein",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Der Schuppen liegt an einem Radweg, der Leutzsch mit dem Auwald verbindet, und "
                "ist zum Treffpunkt eines Viertels geworden, in dem es bisher kaum Kulturangebote "
                "gab. Die meisten Ehrenamtlichen wohnen in den umliegenden Straßen.</p>"
            ),
        },
    },
    {
        "slug": "pianofabrik-gohlis",
        "title": "Pianofabrik Gohlis",
        "subtitle": "Von der Pianofortefabrik zum Klanghaus",
        "teaser": (
            "Wo früher Flügel und Klaviere für die Konzertsäle der Welt entstanden, proben heute "
            "Bands, bauen Instrumentenmacher und wohnen Musikerinnen. Hier reicht die Musik von "
            "der Werkbank bis zur Bühne."
        ),
        "town": "Leipzig",
        "postal_code": "04155",
        "address": "Mechanikweg 9",
        "district": "leipzig",
        "lat": 51.3618,
        "lon": 12.3689,
        "types": ["wohnen-und-arbeiten", "veranstaltungsort", "atelierhaus"],
        "submarkets": ["musikwirtschaft", "kunsthandwerk"],
        "status": "established",
        "former_use": "Pianofortefabrik",
        "conversion_year": 2009,
        "nearest_city": "Leipzig",
        "distance_km": 0,
        "plot_size_m2": 7800,
        "building_count": 3,
        "setting": "urban",
        "operator": "Klanghaus Gohlis eG",
        "website": "https://pianofabrik-gohlis.example",
        "contact_email": "kontakt@pianofabrik-gohlis.example",
        "visiting_info": (
            "Konzerte finden etwa zweimal im Monat statt, Karten gibt es an der Abendkasse. Die "
            "Klavierwerkstatt ist werktags von 9 bis 16 Uhr erreichbar."
        ),
        "sections": {
            "history": (
                "<p>1872 gründete ein Klavierbauer die Fabrik, die um 1900 jährlich mehrere "
                "tausend Instrumente auslieferte. Die Resonanzböden trockneten auf dem Dachboden, "
                "im Hof lagerten Fichtenstämme aus dem Erzgebirge. Nach 1990 fand sich kein Käufer "
                "für den Betrieb, 1994 schloss die Fabrik.</p>"
            ),
            "today": (
                "<p>Eine Genossenschaft hat die Fabrik zu einem Haus mit 24 Wohnungen, "
                "Proberäumen, zwei Tonstudios und einer Klavierwerkstatt umgebaut. Im ehemaligen "
                "Prüfsaal, in dem früher jedes Instrument vor der Auslieferung angespielt wurde, "
                "finden heute Kammerkonzerte statt.</p>"
            ),
            "current_state": (
                "<p>Das Haus ist voll belegt. Der Konzertsaal wird gerade akustisch nachgerüstet "
                "und steht ab Herbst wieder für externe Veranstaltungen zur Verfügung.</p>"
            ),
            "offers": [
                {
                    "category": "culture",
                    "title": "Konzerte",
                    "items": [
                        "Kammermusik im Prüfsaal",
                        "Hauskonzerte der Bewohnerinnen und Bewohner",
                    ],
                },
                {
                    "category": "workspace",
                    "title": "Räume für Musik",
                    "items": [
                        "Proberäume zur stundenweisen Miete",
                        "Tonstudio mit Konzertflügel",
                        "Klavierwerkstatt mit Reparaturservice",
                    ],
                },
                {
                    "category": "living",
                    "title": "Wohnen",
                    "items": [
                        "Genossenschaftswohnungen mit schallgedämmten Musikzimmern",
                        "Gästeapartment für Musikerinnen auf Tournee",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Die Klavierwerkstatt bildet aus und arbeitet mit Instrumentenbauern im "
                'Vogtland zusammen, etwa im <a href="page:klangwerk-markneukirchen">Klangwerk '
                "Markneukirchen</a>. Die Konzertreihe ist ein fester Bestandteil des Musiklebens "
                "im Leipziger Norden.</p>"
            ),
        },
    },
    {
        "slug": "tabakfabrik-neustadt",
        "title": "Tabakfabrik Neustadt",
        "subtitle": "Von der Zigarettenfabrik zum Wohn- und Werkhof",
        "teaser": (
            "Eine Genossenschaft hat die alte Zigarettenfabrik in der Dresdner Neustadt gekauft "
            "und zu einem Ort gemacht, an dem gewohnt, entworfen und gebaut wird. Ateliers und "
            "Wohnungen teilen sich Höfe, Werkstatt und Dachgarten."
        ),
        "town": "Dresden",
        "postal_code": "01097",
        "address": "Am Tabakspeicher 5",
        "district": "dresden",
        "lat": 51.0712,
        "lon": 13.7342,
        "types": ["wohnen-und-arbeiten", "atelierhaus"],
        "submarkets": ["designwirtschaft", "architekturmarkt"],
        "status": "established",
        "former_use": "Zigarettenfabrik",
        "conversion_year": 2001,
        "nearest_city": "Dresden",
        "distance_km": 0,
        "plot_size_m2": 9200,
        "building_count": 4,
        "setting": "urban",
        "operator": "Tabakhof Wohnen und Arbeiten eG",
        "website": "https://tabakfabrik-neustadt.example",
        "contact_email": "kontakt@tabakfabrik-neustadt.example",
        "visiting_info": (
            "Der Innenhof ist tagsüber frei zugänglich. Führungen für Initiativen und Fachgruppen "
            "bietet die Genossenschaft nach Absprache an."
        ),
        "sections": {
            "history": (
                "<p>Dresden war um 1900 eine Hochburg der Zigarettenindustrie, und auch dieser "
                "Fabrikbau stammt aus jener Zeit. Bis zu 600 Arbeiterinnen rollten und verpackten "
                "hier Zigaretten, später wurden Kartonagen hergestellt. Nach der Stilllegung 1991 "
                "sollte das Gebäude einem Parkplatz weichen.</p>"
            ),
            "today": (
                "<p>Die Genossenschaft betreibt heute 38 Wohnungen, 22 Ateliers und Büros sowie "
                "eine gemeinsame Holz- und Metallwerkstatt. Architektur- und Designbüros haben "
                "sich in den ehemaligen Packsälen eingerichtet, im Innenhof wächst ein "
                "Gemeinschaftsgarten.</p>"
            ),
            "current_state": (
                "<p>Nach über zwanzig Jahren steht die energetische Erneuerung an: Geplant sind "
                "eine Photovoltaikanlage und neue Fenster, abgestimmt mit der Denkmalpflege.</p>"
            ),
            "offers": [
                {
                    "category": "living",
                    "title": "Wohnen",
                    "items": [
                        "Genossenschaftswohnungen",
                        "Gästewohnung für Residenzen",
                    ],
                },
                {
                    "category": "workspace",
                    "title": "Arbeiten",
                    "items": [
                        "Ateliers und Büros",
                        "Gemeinschaftswerkstatt für Holz und Metall",
                    ],
                },
                {
                    "category": "culture",
                    "title": "Offene Tür",
                    "items": [
                        "Hoffest im September",
                        "Werkschau der Designbüros",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Das Modell der Genossenschaft ist gefragt: Mitglieder beraten andere "
                "Initiativen in Sachsen zu Finanzierung und Trägerschaft. Im Viertel ist der Hof "
                "ein beliebter Treffpunkt.</p>"
            ),
        },
    },
    {
        "slug": "umspannwerk-pieschen",
        "title": "Umspannwerk Pieschen",
        "subtitle": "Vom Umspannwerk zum Klanglabor",
        "teaser": (
            "Hinter der Klinkerfassade eines alten Umspannwerks nahe der Elbe entstehen heute "
            "Podcasts, Radiosendungen und Konzerte. Studios, Werkstatt und Halle machen das Haus "
            "zum Treffpunkt der Dresdner Audioszene."
        ),
        "town": "Dresden",
        "postal_code": "01127",
        "address": "Am Schaltwerk 4",
        "district": "dresden",
        "lat": 51.0768,
        "lon": 13.7245,
        "types": ["veranstaltungsort", "werkstatt-makerspace"],
        "submarkets": ["musikwirtschaft", "rundfunkwirtschaft"],
        "status": "established",
        "former_use": "Umspannwerk",
        "conversion_year": 2014,
        "nearest_city": "Dresden",
        "distance_km": 0,
        "plot_size_m2": 3100,
        "building_count": 2,
        "setting": "urban",
        "operator": "Schaltwerk Pieschen gGmbH",
        "website": "https://umspannwerk-pieschen.example",
        "contact_email": "kontakt@umspannwerk-pieschen.example",
        "visiting_info": (
            "Veranstaltungen laut Programm, Einlass meist ab 19 Uhr. Die Studios sind nach "
            "Terminvereinbarung zugänglich."
        ),
        "sections": {
            "history": (
                "<p>Das Umspannwerk wurde 1926 errichtet, um die wachsenden Industriebetriebe im "
                "Dresdner Norden mit Strom zu versorgen. Die hohe Halle für die Transformatoren "
                "und das schmale Schalthaus sind bis heute erhalten. Nach der Modernisierung des "
                "Stromnetzes ging die Anlage 2004 vom Netz.</p>"
            ),
            "today": (
                "<p>In der Transformatorenhalle finden bis zu 300 Gäste Platz, etwa bei Konzerten "
                "und Live-Hörspielen. Im Schalthaus haben sich ein freies Radio, zwei Tonstudios "
                "und eine Elektronikwerkstatt eingemietet, in der Synthesizer gebaut und repariert "
                "werden.</p>"
            ),
            "current_state": (
                "<p>Der Betrieb läuft stabil. Derzeit erhält die Halle eine neue Lüftung, damit "
                "auch im Sommer Veranstaltungen möglich sind.</p>"
            ),
            "offers": [
                {
                    "category": "culture",
                    "title": "Programm",
                    "items": [
                        "Konzerte elektronischer und improvisierter Musik",
                        "Live-Hörspielabende",
                    ],
                },
                {
                    "category": "education",
                    "title": "Werkstatt",
                    "items": [
                        "Lötkurse für Synthesizer-Bausätze",
                        "Radiowerkstatt für Jugendliche",
                    ],
                },
                {
                    "category": "workspace",
                    "title": "Studios",
                    "items": [
                        "Tonstudios zur Tagesmiete",
                        "Sprecherkabine für Podcasts",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Das Haus arbeitet mit Schulen im Stadtteil und mit dem Bürgerrundfunk der "
                "Region zusammen. Jedes Jahr im Herbst lädt es zu einem Festival für Klangkunst "
                "ein.</p>"
            ),
        },
    },
    {
        "slug": "postamt-loebtau",
        "title": "Postamt Löbtau",
        "subtitle": "Vom Postamt zum Coworking-Haus",
        "teaser": (
            "Wo früher Pakete gestempelt und Renten ausgezahlt wurden, programmieren heute "
            "Spieleentwicklerinnen und Agenturen. Der alte Schalterraum ist zum hellsten "
            "Großraumbüro in Löbtau geworden."
        ),
        "town": "Dresden",
        "postal_code": "01159",
        "address": "Schalterplatz 1",
        "district": "dresden",
        "lat": 51.0405,
        "lon": 13.7018,
        "types": ["coworking"],
        "submarkets": ["software-games-industrie", "werbemarkt"],
        "status": "established",
        "former_use": "Postamt",
        "conversion_year": 2018,
        "nearest_city": "Dresden",
        "distance_km": 0,
        "plot_size_m2": 1900,
        "building_count": 1,
        "setting": "urban",
        "operator": "Schalterhalle Coworking eG",
        "website": "https://postamt-loebtau.example",
        "contact_email": "kontakt@postamt-loebtau.example",
        "visiting_info": (
            "Probearbeiten ist werktags von 9 bis 18 Uhr möglich, bitte vorher kurz per E-Mail "
            "anmelden."
        ),
        "sections": {
            "history": (
                "<p>Das Postamt wurde 1911 im Stil der Reformarchitektur gebaut und war fast ein "
                "Jahrhundert lang Anlaufstelle für Briefe, Pakete und Telegramme. Im Obergeschoss "
                "lag die Dienstwohnung des Postmeisters, im Hof standen die Garagen der "
                "Zustellfahrzeuge. 2009 wurde die Filiale geschlossen.</p>"
            ),
            "today": (
                "<p>Heute bietet das Haus 60 Arbeitsplätze, mehrere Teambüros und einen "
                "Veranstaltungsraum. Vor allem kleine Spielestudios und Werbeagenturen schätzen "
                "die Mischung aus ruhigen Einzelplätzen und gemeinsamer Küche.</p>"
            ),
            "current_state": (
                "<p>Die Auslastung liegt bei über 90 Prozent. Die ehemaligen Garagen im Hof sollen "
                "zu Werkstätten für Hardware-Prototypen umgebaut werden.</p>"
            ),
            "offers": [
                {
                    "category": "workspace",
                    "title": "Arbeitsplätze",
                    "items": [
                        "Flexible und feste Schreibtische",
                        "Teambüros für zwei bis acht Personen",
                        "Veranstaltungsraum für 50 Personen",
                    ],
                },
                {
                    "category": "education",
                    "title": "Austausch",
                    "items": [
                        "Monatliches Treffen der Spieleentwickler",
                        "Vorträge zu Gründung und Förderung",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Das Postamt gehört zu einem Netzwerk von Coworking-Orten in Sachsen und "
                "tauscht sich regelmäßig mit Häusern in Leipzig und Chemnitz aus. Im Stadtteil ist "
                "es zugleich Treffpunkt für Nachbarschaftsinitiativen.</p>"
            ),
        },
    },
    {
        "slug": "kamerawerk-reick",
        "title": "Kamerawerk Reick",
        "subtitle": "Vom Kamerawerk zur Bildwerkstatt",
        "teaser": (
            "Dresden war einst ein Zentrum des Kamerabaus. In einem ehemaligen Werksgebäude in "
            "Reick arbeiten heute Filmschaffende, Fotografinnen und Produktdesigner an neuen "
            "Bildern und Geräten."
        ),
        "town": "Dresden",
        "postal_code": "01237",
        "address": "Blendenweg 12",
        "district": "dresden",
        "lat": 51.0232,
        "lon": 13.7892,
        "types": ["werkstatt-makerspace", "galerie-ausstellung"],
        "submarkets": ["filmwirtschaft", "designwirtschaft"],
        "status": "established",
        "former_use": "Kamerawerk",
        "conversion_year": 2007,
        "nearest_city": "Dresden",
        "distance_km": 0,
        "plot_size_m2": 12500,
        "building_count": 3,
        "setting": "urban",
        "operator": "Bildwerk Reick e. V.",
        "website": "https://kamerawerk-reick.example",
        "contact_email": "kontakt@kamerawerk-reick.example",
        "visiting_info": (
            "Der Ausstellungsraum ist donnerstags bis sonntags von 14 bis 19 Uhr geöffnet. Die "
            "Werkstatt steht Mitgliedern nach einer Einweisung offen."
        ),
        "sections": {
            "history": (
                "<p>In den 1950er-Jahren entstand hier ein Zweigwerk der Dresdner Kameraindustrie, "
                "in dem Verschlüsse, Gehäuse und Objektive gefertigt wurden. Die großen "
                "Fensterflächen lieferten das Licht, das die Feinmechanikerinnen für ihre Arbeit "
                "brauchten. Nach 1990 schrumpfte die Belegschaft rasch, 1998 schloss das Werk "
                "endgültig.</p>"
            ),
            "today": (
                "<p>Ein Verein vermietet die Etagen an Postproduktionsfirmen, Fotostudios und "
                "Designbüros. Im Erdgeschoss gibt es eine offene Werkstatt mit Drehbank, "
                "Lasercutter und Dunkelkammer sowie einen Ausstellungsraum für Fotografie.</p>"
            ),
            "current_state": (
                "<p>Das Hauptgebäude ist saniert und vermietet. Für die ehemalige Kantine sucht "
                "der Verein noch eine Nutzung, im Gespräch ist ein kleines Kino.</p>"
            ),
            "offers": [
                {
                    "category": "workspace",
                    "title": "Räume und Technik",
                    "items": [
                        "Fotostudio mit Hohlkehle",
                        "Schnitträume",
                        "Offene Werkstatt mit Lasercutter",
                    ],
                },
                {
                    "category": "culture",
                    "title": "Ausstellungen",
                    "items": [
                        "Fotografieausstellungen",
                        "Filmabende im Hof",
                    ],
                },
                {
                    "category": "education",
                    "title": "Kurse",
                    "items": [
                        "Analoge Fotografie und Dunkelkammer",
                        "Reparatur-Café für Kameras",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Im Haus treffen sich ehemalige Beschäftigte des Werks regelmäßig zum "
                "Reparatur-Café und geben ihr feinmechanisches Wissen weiter. Mit Filmhochschulen "
                "und Festivals in Sachsen bestehen enge Kontakte.</p>"
            ),
        },
    },
    {
        "slug": "eiswerk-sonnenberg",
        "title": "Eiswerk Sonnenberg",
        "subtitle": "Vom Kühlhaus zum Stadtteilzentrum",
        "teaser": (
            "Das fensterlose Kühlhaus auf dem Sonnenberg war lange ein Fremdkörper im Viertel. "
            "Heute ist es ein offenes Haus mit Bühne, Ateliers, Café und Räumen für "
            "Nachbarschaftsprojekte."
        ),
        "town": "Chemnitz",
        "postal_code": "09130",
        "address": "Am Eiskeller 3",
        "district": "chemnitz",
        "lat": 50.8362,
        "lon": 12.9462,
        "types": ["soziokulturelles-zentrum", "veranstaltungsort"],
        "submarkets": ["kunstmarkt", "darstellende-kuenste"],
        "status": "established",
        "former_use": "Kühlhaus",
        "conversion_year": 2016,
        "nearest_city": "Chemnitz",
        "distance_km": 0,
        "plot_size_m2": 5400,
        "building_count": 2,
        "setting": "urban",
        "operator": "Eiswerk Sonnenberg e. V.",
        "website": "https://eiswerk-sonnenberg.example",
        "contact_email": "kontakt@eiswerk-sonnenberg.example",
        "visiting_info": (
            "Das Café ist Montag bis Samstag von 10 bis 18 Uhr geöffnet, Veranstaltungen finden "
            "laut Programm statt."
        ),
        "sections": {
            "history": (
                "<p>Das Kühlhaus wurde 1928 für die städtische Versorgung gebaut: Hinter "
                "meterdicken, gedämmten Mauern lagerten Fleisch, Butter und Obst für die wachsende "
                "Industriestadt. Später kam eine Eisfabrik hinzu, die Stangeneis an Gaststätten "
                "lieferte. Nach der Schließung 1995 stand der Bau über zwanzig Jahre leer.</p>"
            ),
            "today": (
                "<p>Ein Verein hat die Kühlkammern zu Ateliers und Probebühnen umgebaut und "
                "Fenster in die dicken Wände geschnitten. Im Erdgeschoss gibt es ein Café mit "
                "Mittagstisch, im großen Saal Theater, Lesungen und Stadtteilversammlungen.</p>"
            ),
            "current_state": (
                "<p>Das Haus ist gut ausgelastet. Für den Ausbau des Flachdachs zu einer Terrasse "
                "mit Blick über die Stadt sucht der Verein noch Unterstützung.</p>"
            ),
            "offers": [
                {
                    "category": "culture",
                    "title": "Kultur",
                    "items": [
                        "Theater und Tanz",
                        "Lesungen",
                        "Ausstellungen im Kühlkeller",
                    ],
                },
                {
                    "category": "gastronomy",
                    "title": "Café",
                    "items": [
                        "Mittagstisch von Montag bis Freitag",
                        "Kuchen aus der Nachbarschaft",
                    ],
                },
                {
                    "category": "other",
                    "title": "Nachbarschaft",
                    "items": [
                        "Räume für Initiativen",
                        "Repair-Café",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Das Eiswerk ist ein Anker für den Sonnenberg, einen Stadtteil mit vielen "
                "Leerständen und jungen Familien. Viele Projekte entstehen gemeinsam mit den "
                "Schulen und Vereinen im Viertel.</p>"
            ),
        },
    },
    {
        "slug": "maschinenhalle-altchemnitz",
        "title": "Maschinenhalle Altchemnitz",
        "subtitle": "Von der Werkzeugmaschinenfabrik zur Produktionsbühne",
        "teaser": (
            "In einer 80 Meter langen Montagehalle in Altchemnitz wird heute Theater gebaut, "
            "geprobt und gespielt. Freie Gruppen, Bühnenbildnerinnen und Tüftler teilen sich "
            "Werkstätten, Kräne und Bühne."
        ),
        "town": "Chemnitz",
        "postal_code": "09120",
        "address": "Hallenweg 10",
        "district": "chemnitz",
        "lat": 50.8118,
        "lon": 12.9287,
        "types": ["veranstaltungsort", "werkstatt-makerspace"],
        "submarkets": ["darstellende-kuenste", "designwirtschaft"],
        "status": "established",
        "former_use": "Werkzeugmaschinenfabrik",
        "conversion_year": 2011,
        "nearest_city": "Chemnitz",
        "distance_km": 0,
        "plot_size_m2": 15000,
        "building_count": 3,
        "setting": "urban",
        "operator": "Produktionshalle Altchemnitz gGmbH",
        "website": "https://maschinenhalle-altchemnitz.example",
        "contact_email": "kontakt@maschinenhalle-altchemnitz.example",
        "visiting_info": (
            "Vorstellungen laut Spielplan, die Abendkasse öffnet eine Stunde vor Beginn. Führungen "
            "durch Halle und Werkstätten gibt es am ersten Sonntag im Monat."
        ),
        "sections": {
            "history": (
                "<p>Chemnitz gilt als Wiege des deutschen Werkzeugmaschinenbaus, und in dieser "
                "Halle wurden ab 1897 Drehbänke und Fräsmaschinen montiert. Die Laufkräne unter "
                "dem Dach hoben tonnenschwere Bauteile. Nach mehreren Eigentümerwechseln endete "
                "die Produktion im Jahr 2002.</p>"
            ),
            "today": (
                "<p>Die Halle ist Spielstätte und Produktionsort zugleich: Freie Theatergruppen "
                "bauen hier ihre Kulissen, proben über Wochen und zeigen ihre Stücke vor bis zu "
                "400 Zuschauern. Die alten Kräne kommen bei den Aufbauten noch immer zum "
                "Einsatz.</p>"
            ),
            "current_state": (
                "<p>Nach der Dachsanierung ist die Halle ganzjährig nutzbar. Für das "
                "Verwaltungsgebäude wird ein Konzept mit Büros für Kulturinitiativen "
                "erarbeitet.</p>"
            ),
            "offers": [
                {
                    "category": "culture",
                    "title": "Bühne",
                    "items": [
                        "Gastspiele und Eigenproduktionen",
                        "Festival für Tanz und Performance",
                    ],
                },
                {
                    "category": "workspace",
                    "title": "Werkstätten",
                    "items": [
                        "Kulissenbau in Holz- und Metallwerkstatt",
                        "Probebühnen zur Miete",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Die Halle ist Partnerin freier Gruppen aus ganz Südwestsachsen, darunter das "
                '<a href="page:strassenbahndepot-zwickau">Straßenbahndepot Zwickau</a>. Ehemalige '
                "Maschinenbauer helfen ehrenamtlich bei Technik und Instandhaltung.</p>"
            ),
        },
    },
    {
        "slug": "schulhaus-kassberg",
        "title": "Schulhaus Kaßberg",
        "subtitle": "Von der Schule zum Digitalcampus",
        "teaser": (
            "Ein Schulhaus aus der Gründerzeit auf dem Kaßberg beherbergt heute Coworking-Flächen, "
            "Spielestudios und Agenturen. In den hohen Klassenzimmern wird programmiert, "
            "gezeichnet und getestet."
        ),
        "town": "Chemnitz",
        "postal_code": "09112",
        "address": "Kreidestraße 6",
        "district": "chemnitz",
        "lat": 50.8345,
        "lon": 12.9035,
        "types": ["coworking"],
        "submarkets": ["software-games-industrie", "werbemarkt"],
        "status": "established",
        "former_use": "Schule",
        "conversion_year": 2020,
        "nearest_city": "Chemnitz",
        "distance_km": 0,
        "plot_size_m2": 4800,
        "building_count": 2,
        "setting": "urban",
        "operator": "Digitalcampus Kaßberg gGmbH",
        "website": "https://schulhaus-kassberg.example",
        "contact_email": "kontakt@schulhaus-kassberg.example",
        "visiting_info": (
            "Geöffnet werktags von 8 bis 18 Uhr, Tagesplätze nach Anmeldung. Am letzten Donnerstag "
            "im Monat gibt es einen offenen Abend für Interessierte."
        ),
        "sections": {
            "history": (
                "<p>Die Schule wurde 1904 für die Kinder des schnell wachsenden Kaßbergs gebaut, "
                "mit breiten Fluren, hohen Fenstern und eigener Turnhalle. Über Generationen "
                "lernten hier Chemnitzerinnen und Chemnitzer lesen und rechnen. Wegen sinkender "
                "Schülerzahlen wurde sie 2011 geschlossen.</p>"
            ),
            "today": (
                "<p>Heute arbeiten rund 120 Menschen im Haus: in Coworking-Räumen, in den Büros "
                "kleiner Spielestudios und in einer Kommunikationsagentur. Die alte Turnhalle "
                "dient als Veranstaltungsraum für Game Jams und Konferenzen.</p>"
            ),
            "current_state": (
                "<p>Alle Klassenzimmer sind vermietet. Für das Dachgeschoss wird ein Ausbau mit "
                "weiteren Teambüros geplant.</p>"
            ),
            "offers": [
                {
                    "category": "workspace",
                    "title": "Arbeiten",
                    "items": [
                        "Coworking im Klassenzimmer",
                        "Teambüros",
                        "Turnhalle für Veranstaltungen",
                    ],
                },
                {
                    "category": "education",
                    "title": "Lernen",
                    "items": [
                        "Programmierkurse für Jugendliche",
                        "Game Jam zweimal im Jahr",
                        "Gründungssprechstunde",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Das Schulhaus arbeitet mit der Technischen Universität und Schulen der Stadt "
                "zusammen, um junge Talente in der Region zu halten. Es ist Knotenpunkt eines "
                "Netzwerks von Spieleentwicklern in Südwestsachsen.</p>"
            ),
        },
    },
    {
        "slug": "faerberei-schlosschemnitz",
        "title": "Färberei Schloßchemnitz",
        "subtitle": "Von der Färberei zum Atelierhaus",
        "teaser": (
            "Am Ufer der Chemnitz entsteht in einer alten Textilfärberei ein neues Atelierhaus. "
            "Erste Räume werden schon zwischengenutzt, weitere Ateliers sind ab 2026 zu mieten."
        ),
        "town": "Chemnitz",
        "postal_code": "09113",
        "address": "Am Färbergraben 8",
        "district": "chemnitz",
        "lat": 50.8485,
        "lon": 12.9108,
        "types": ["atelierhaus", "zwischennutzung"],
        "submarkets": ["kunstmarkt", "architekturmarkt"],
        "status": "in-the-making",
        "former_use": "Textilfärberei",
        "conversion_year": None,
        "nearest_city": "Chemnitz",
        "distance_km": 0,
        "plot_size_m2": 8600,
        "building_count": 4,
        "setting": "urban",
        "operator": "Färberei Schloßchemnitz eG i. G.",
        "website": "https://faerberei-schlosschemnitz.example",
        "contact_email": "kontakt@faerberei-schlosschemnitz.example",
        "visiting_info": (
            "Besichtigungen sind nach Absprache möglich. Jeden dritten Samstag im Monat findet ein "
            "offener Bautag statt."
        ),
        "sections": {
            "history": (
                "<p>Die Färberei wurde 1880 direkt am Fluss angelegt, denn zum Färben von Garnen "
                "und Stoffen brauchte man viel Wasser. Je nach Tagesproduktion floss der Fluss "
                "rot, blau oder grün durch die Stadt. Nach 1990 wurde der Betrieb eingestellt, "
                "seitdem standen die Gebäude leer.</p>"
            ),
            "today": (
                "<p>Seit 2023 nutzt eine Gruppe von Künstlerinnen, Architekten und Handwerkern das "
                "Erdgeschoss des Hauptgebäudes für Ateliers und eine Bauhütte. Von hier aus werden "
                "die Umbauarbeiten geplant und teilweise in Eigenleistung umgesetzt.</p>"
            ),
            "current_state": (
                "<p>Eine Genossenschaft in Gründung bereitet den Kauf des Geländes vor; finanziert "
                "werden soll er über Förderprogramme und Mitgliedsanteile. <b>Ab 2026 sind rund 20 "
                "Ateliers zwischen 25 und 80 m² zu vermieten</b>, Interessierte können sich schon "
                "jetzt melden.</p>"
            ),
            "offers": [
                {
                    "category": "workspace",
                    "title": "Räume zu vermieten",
                    "items": [
                        "Ateliers von 25 bis 80 m²",
                        "Gemeinschaftliche Bauhütte",
                    ],
                },
                {
                    "category": "other",
                    "title": "Mitmachen",
                    "items": [
                        "Genossenschaftsanteile zeichnen",
                        "Bauwochenenden",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Die Initiative knüpft an die Textilgeschichte des Stadtteils an und erarbeitet "
                "mit dem Heimatverein eine kleine Ausstellung zur Färberei. Der Uferweg am Gelände "
                "soll wieder öffentlich zugänglich werden.</p>"
            ),
        },
    },
    {
        "slug": "zollhaus-goerlitz",
        "title": "Zollhaus Görlitz",
        "subtitle": "Vom Zollamt zum Grenzlabor",
        "teaser": (
            "Direkt an der Neiße arbeiten im ehemaligen Zollamt deutsche und polnische Kreative "
            "zusammen. Coworking, Filmbüros und eine zweisprachige Redaktion machen das Haus zur "
            "Werkstatt der Europastadt."
        ),
        "town": "Görlitz",
        "postal_code": "02826",
        "address": "Am Grenzsteg 2",
        "district": "landkreis-goerlitz",
        "lat": 51.1555,
        "lon": 14.9905,
        "types": ["coworking", "veranstaltungsort"],
        "submarkets": ["filmwirtschaft", "pressemarkt"],
        "status": "established",
        "former_use": "Zollamt",
        "conversion_year": 2015,
        "nearest_city": "Dresden",
        "distance_km": 105,
        "plot_size_m2": 2300,
        "building_count": 2,
        "setting": "urban",
        "operator": "Grenzlabor Görlitz-Zgorzelec e. V.",
        "website": "https://zollhaus-goerlitz.example",
        "contact_email": "kontakt@zollhaus-goerlitz.example",
        "visiting_info": (
            "Coworking von Montag bis Freitag, 8 bis 18 Uhr. Veranstaltungen meist donnerstags ab "
            "19 Uhr, der Eintritt ist frei."
        ),
        "sections": {
            "history": (
                "<p>Das Zollamt entstand in den 1950er-Jahren, als die Neiße zur Staatsgrenze "
                "geworden war. Jahrzehntelang wurden hier Pässe kontrolliert, Koffer geöffnet und "
                "Waren verzollt. Seit Polen 2007 dem Schengen-Raum beitrat, hatte das Gebäude "
                "keine Aufgabe mehr und stand leer.</p>"
            ),
            "today": (
                "<p>Heute teilen sich eine zweisprachige Online-Zeitung, mehrere "
                "Filmproduktionsbüros und Coworker aus beiden Ländern die ehemaligen "
                "Abfertigungsräume. In der alten Schalterhalle finden Diskussionen, "
                "Filmvorführungen und Sprachcafés statt.</p>"
            ),
            "current_state": (
                "<p>Das Haus ist voll vermietet. Geplant ist ein kleines Gästehaus für Filmteams, "
                "die in Görlitz drehen.</p>"
            ),
            "offers": [
                {
                    "category": "workspace",
                    "title": "Arbeiten an der Grenze",
                    "items": [
                        "Coworking-Plätze",
                        "Büros für Filmproduktionen",
                    ],
                },
                {
                    "category": "culture",
                    "title": "Begegnung",
                    "items": [
                        "Deutsch-polnisches Sprachcafé",
                        "Filmabende an der Neiße",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Görlitz ist seit Jahren ein beliebter Drehort, und das Zollhaus vermittelt "
                "Produktionsteams Räume und Kontakte vor Ort. Mit Partnern in Zgorzelec entstehen "
                "grenzüberschreitende Projekte.</p>"
            ),
        },
    },
    {
        "slug": "webhaus-zittau",
        "title": "Webhaus Zittau",
        "subtitle": "Von der Weberei zur Textilwerkstatt",
        "teaser": (
            "Das Webhaus knüpft an die lange Tradition der Oberlausitzer Weberei an. Designerinnen "
            "entwickeln hier an historischen und computergesteuerten Webstühlen neue Stoffe."
        ),
        "town": "Zittau",
        "postal_code": "02763",
        "address": "Kettbaumstraße 3",
        "district": "landkreis-goerlitz",
        "lat": 50.899,
        "lon": 14.801,
        "types": ["werkstatt-makerspace", "galerie-ausstellung"],
        "submarkets": ["kunsthandwerk", "designwirtschaft"],
        "status": "established",
        "former_use": "Weberei",
        "conversion_year": 2010,
        "nearest_city": "Dresden",
        "distance_km": 100,
        "plot_size_m2": 6800,
        "building_count": 2,
        "setting": "rural",
        "operator": "Webhaus Oberlausitz e. V.",
        "website": "https://webhaus-zittau.example",
        "contact_email": "kontakt@webhaus-zittau.example",
        "visiting_info": (
            "Galerie und Werkstatt sind Dienstag bis Samstag von 10 bis 17 Uhr geöffnet."
        ),
        "sections": {
            "history": (
                "<p>Die Oberlausitz war über Jahrhunderte ein Zentrum der Leinen- und "
                "Damastweberei. Die Fabrik am Stadtrand von Zittau wurde 1895 gebaut und "
                "beschäftigte in ihren Shedhallen zeitweise über 300 Weberinnen und Weber. 1992 "
                "standen die Webstühle still.</p>"
            ),
            "today": (
                "<p>Das Webhaus betreibt eine Textilwerkstatt mit restaurierten mechanischen "
                "Webstühlen und einem computergesteuerten Jacquard-Webstuhl. Designerinnen und "
                "Designer mieten Maschinenzeit, und in der Galerie werden Stoffe aus dem Haus "
                "gezeigt und verkauft.</p>"
            ),
            "current_state": (
                "<p>Die Werkstatt ist gut gebucht. In der zweiten Shedhalle soll ein Archiv für "
                "historische Musterbücher entstehen, die bisher in Kisten lagern.</p>"
            ),
            "offers": [
                {
                    "category": "workspace",
                    "title": "Werkstatt",
                    "items": [
                        "Webstühle zur Miete",
                        "Jacquard-Weberei nach eigenem Entwurf",
                    ],
                },
                {
                    "category": "education",
                    "title": "Kurse",
                    "items": [
                        "Webkurse für Einsteiger",
                        "Sommerakademie Textildesign",
                    ],
                },
                {
                    "category": "culture",
                    "title": "Galerie",
                    "items": [
                        "Ausstellungen zeitgenössischer Textilkunst",
                        "Verkauf von Stoffen aus der Werkstatt",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Das Webhaus arbeitet mit Textilbetrieben der Region und mit Partnern in "
                "Tschechien und Polen zusammen. Viele Kursleiterinnen haben früher selbst in der "
                "Weberei gearbeitet.</p>"
            ),
        },
    },
    {
        "slug": "schleiferei-weisswasser",
        "title": "Glasschleiferei Weißwasser",
        "subtitle": "Von der Glasschleiferei zum Mitmach-Ort",
        "teaser": (
            "Die ehemalige Glasschleiferei in Weißwasser steht leer und sucht neue Nutzerinnen und "
            "Nutzer: helle Räume, robuste Böden und viel Platz für Werkstätten, Ateliers oder eine "
            "Manufaktur."
        ),
        "town": "Weißwasser",
        "postal_code": "02943",
        "address": "Schleifergasse 5",
        "district": "landkreis-goerlitz",
        "lat": 51.5064,
        "lon": 14.6412,
        "types": ["werkstatt-makerspace", "zwischennutzung"],
        "submarkets": ["kunsthandwerk", "designwirtschaft"],
        "status": "vacant",
        "former_use": "Glasschleiferei",
        "conversion_year": None,
        "nearest_city": "Dresden",
        "distance_km": 118,
        "plot_size_m2": 3600,
        "building_count": 2,
        "setting": "rural",
        "operator": "Initiative Glasstadt Weißwasser",
        "website": "https://schleiferei-weisswasser.example",
        "contact_email": "kontakt@schleiferei-weisswasser.example",
        "visiting_info": (
            "Besichtigungen sind nach Vereinbarung per E-Mail möglich; die Initiative antwortet in "
            "der Regel innerhalb einer Woche."
        ),
        "sections": {
            "history": (
                "<p>Weißwasser war einst eine der wichtigsten Glasstädte Europas. In dieser "
                "Schleiferei wurden ab 1920 Trinkgläser und Vasen geschliffen, graviert und "
                "poliert, bevor sie in alle Welt gingen. Seit die zugehörige Hütte Mitte der "
                "1990er-Jahre schloss, ist das Gebäude ungenutzt.</p>"
            ),
            "today": (
                "<p>Der zweigeschossige Bau mit großen Sprossenfenstern ist in ordentlichem "
                "Zustand, Strom- und Wasseranschlüsse sind vorhanden. Gesucht werden Menschen, die "
                "hier arbeiten wollen: Glasgestalterinnen, Holzwerkstätten, Designbüros oder eine "
                "Gemeinschaftswerkstatt.</p>"
            ),
            "current_state": (
                "<p><b>Mitmach-Ort:</b> Die Eigentümerin ist offen für Miete, Erbbaurecht oder "
                "Verkauf. Eine lokale Initiative unterstützt Interessierte beim Nutzungskonzept "
                "und bei Förderanträgen.</p>"
            ),
            "offers": [
                {
                    "category": "workspace",
                    "title": "Was möglich ist",
                    "items": [
                        "Werkstätten im Erdgeschoss",
                        "Ateliers im Obergeschoss",
                        "Lagerflächen",
                    ],
                },
                {
                    "category": "other",
                    "title": "Wer gesucht wird",
                    "items": [
                        "Nutzerinnen und Nutzer mit eigenem Konzept",
                        "Ein Träger, etwa ein Verein oder eine Genossenschaft",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Die Glastradition ist in Weißwasser bis heute präsent, und die Initiative "
                "möchte sie mit neuen Nutzungen verbinden. Erfahrungen anderer Orte in der Region, "
                'etwa des <a href="page:zollhaus-goerlitz">Zollhauses Görlitz</a>, fließen in die '
                "Beratung ein.</p>"
            ),
        },
    },
    {
        "slug": "gerberei-bautzen",
        "title": "Gerberei Bautzen",
        "subtitle": "Von der Gerberei zum Atelierhaus",
        "teaser": (
            "Unterhalb der Bautzener Altstadt, direkt an der Spree, arbeiten in einer alten "
            "Gerberei Künstler, Illustratorinnen und ein kleiner zweisprachiger Verlag. Das Haus "
            "ist Ateliergemeinschaft und Galerie in einem."
        ),
        "town": "Bautzen",
        "postal_code": "02625",
        "address": "Am Lohgraben 11",
        "district": "landkreis-bautzen",
        "lat": 51.1788,
        "lon": 14.4198,
        "types": ["atelierhaus", "galerie-ausstellung"],
        "submarkets": ["kunstmarkt", "buchmarkt"],
        "status": "established",
        "former_use": "Gerberei",
        "conversion_year": 2006,
        "nearest_city": "Dresden",
        "distance_km": 60,
        "plot_size_m2": 2100,
        "building_count": 2,
        "setting": "urban",
        "operator": "Ateliergemeinschaft Gerberei e. V.",
        "website": "https://gerberei-bautzen.example",
        "contact_email": "kontakt@gerberei-bautzen.example",
        "visiting_info": (
            "Die Galerie ist Mittwoch bis Sonntag von 13 bis 18 Uhr geöffnet, die Ateliers am Tag "
            "des offenen Ateliers und nach Absprache."
        ),
        "sections": {
            "history": (
                "<p>Seit dem Mittelalter siedelten sich Gerber am Spreeufer unterhalb der "
                "Stadtmauer an, weil sie viel Wasser brauchten und der Geruch die Bürger nicht "
                "stören sollte. Das heutige Gebäude stammt aus dem 19. Jahrhundert. Bis in die "
                "1960er-Jahre wurde hier Leder verarbeitet, danach diente es als Lager.</p>"
            ),
            "today": (
                "<p>Acht Ateliers, eine Galerie und ein kleiner Verlag für deutsch-sorbische "
                "Kinderbücher haben hier ihren Sitz. Im Gewölbekeller finden Lesungen und "
                "Ausstellungseröffnungen statt. Befreundet ist das Haus mit der "
                '<a href="page:blaudruckerei-pulsnitz">Blaudruckerei Pulsnitz</a>, mit der es '
                "gemeinsame Kurse anbietet.</p>"
            ),
            "current_state": (
                "<p>Alle Ateliers sind vergeben, die Galerie zeigt sechs Ausstellungen im Jahr. "
                "Der Verein sucht Mittel für einen barrierefreien Zugang zum Keller.</p>"
            ),
            "offers": [
                {
                    "category": "culture",
                    "title": "Galerie und Keller",
                    "items": [
                        "Ausstellungen regionaler Kunst",
                        "Zweisprachige Lesungen",
                    ],
                },
                {
                    "category": "education",
                    "title": "Kurse",
                    "items": [
                        "Illustration für Kinderbücher",
                        "Zeichnen am Spreeufer",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Bautzen ist das kulturelle Zentrum der Sorben, und viele Projekte des Hauses "
                "sind zweisprachig. Die Ateliers sind eine feste Station der Kunstwanderungen in "
                "der Oberlausitz.</p>"
            ),
        },
    },
    {
        "slug": "kaufhalle-hoyerswerda",
        "title": "Kaufhalle Hoyerswerda",
        "subtitle": "Von der Kaufhalle zum Nachbarschaftsort",
        "teaser": (
            "Eine leer stehende DDR-Kaufhalle in der Hoyerswerdaer Neustadt wird zum Ort für "
            "Kunst, Theater und Nachbarschaft. Seit 2023 läuft die Zwischennutzung, der Umbau ist "
            "in Planung."
        ),
        "town": "Hoyerswerda",
        "postal_code": "02977",
        "address": "Am Kaufhallenplatz 4",
        "district": "landkreis-bautzen",
        "lat": 51.4352,
        "lon": 14.2428,
        "types": ["zwischennutzung", "soziokulturelles-zentrum"],
        "submarkets": ["darstellende-kuenste", "kunstmarkt"],
        "status": "in-the-making",
        "former_use": "Kaufhalle",
        "conversion_year": None,
        "nearest_city": "Dresden",
        "distance_km": 65,
        "plot_size_m2": 3900,
        "building_count": 1,
        "setting": "urban",
        "operator": "Neustadtraum Hoyerswerda e. V.",
        "website": "https://kaufhalle-hoyerswerda.example",
        "contact_email": "kontakt@kaufhalle-hoyerswerda.example",
        "visiting_info": (
            "Geöffnet donnerstags bis samstags von 15 bis 20 Uhr sowie zu den Veranstaltungen."
        ),
        "sections": {
            "history": (
                "<p>Die Kaufhalle wurde 1968 als Versorgungszentrum eines der neuen Wohnkomplexe "
                "gebaut, in denen damals Tausende Beschäftigte der Braunkohle- und "
                "Energiewirtschaft lebten. Nach 1990 folgten mehrere Discounter, bis 2015 der "
                "letzte Laden schloss. Mit dem Rückbau vieler Plattenbauten hatte das Gebäude "
                "seine Kundschaft verloren.</p>"
            ),
            "today": (
                "<p>Ein Verein nutzt die Halle seit 2023 für Ausstellungen, Theaterabende und ein "
                "offenes Wohnzimmer für die Nachbarschaft. Jugendliche haben in der ehemaligen "
                "Getränkeabteilung einen Proberaum eingerichtet.</p>"
            ),
            "current_state": (
                "<p>Gemeinsam mit der Stadt entsteht ein Umbaukonzept mit Dämmung, Heizung und "
                "einer kleinen Bühne. Finanziert werden soll es über Mittel für den Strukturwandel "
                "in der Lausitz.</p>"
            ),
            "offers": [
                {
                    "category": "culture",
                    "title": "Programm",
                    "items": [
                        "Ausstellungen",
                        "Theater und Lesungen",
                    ],
                },
                {
                    "category": "other",
                    "title": "Nachbarschaft",
                    "items": [
                        "Offenes Wohnzimmer",
                        "Proberaum für Jugendliche",
                        "Tauschregal",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Hoyerswerda hat seit der Wende mehr als die Hälfte seiner Einwohner verloren. "
                "Die Kaufhalle soll zeigen, dass Leerstand Raum für Neues bietet, und bringt "
                "Alteingesessene und Zugezogene zusammen.</p>"
            ),
        },
    },
    {
        "slug": "blaudruckerei-pulsnitz",
        "title": "Blaudruckerei Pulsnitz",
        "subtitle": "Von der Blaudruckerei zur Druckwerkstatt",
        "teaser": (
            "In einer kleinen Färberei in Pulsnitz wird der Blaudruck gepflegt – und neu gedacht. "
            "Werkstatt, Laden und Kursräume verbinden altes Handwerk mit zeitgenössischem Design."
        ),
        "town": "Pulsnitz",
        "postal_code": "01896",
        "address": "Indigoweg 2",
        "district": "landkreis-bautzen",
        "lat": 51.1846,
        "lon": 14.0188,
        "types": ["werkstatt-makerspace", "galerie-ausstellung"],
        "submarkets": ["kunsthandwerk", "designwirtschaft"],
        "status": "established",
        "former_use": "Blaudruckerei",
        "conversion_year": 1998,
        "nearest_city": "Dresden",
        "distance_km": 32,
        "plot_size_m2": 1400,
        "building_count": 2,
        "setting": "rural",
        "operator": "Blaudruck Pulsnitz gGmbH",
        "website": "https://blaudruckerei-pulsnitz.example",
        "contact_email": "kontakt@blaudruckerei-pulsnitz.example",
        "visiting_info": (
            "Der Laden ist Montag bis Freitag von 10 bis 17 Uhr und samstags von 10 bis 13 Uhr "
            "geöffnet. Kurse finden nach Anmeldung statt."
        ),
        "sections": {
            "history": (
                "<p>Die Färberei wurde Mitte des 19. Jahrhunderts gegründet und färbte Leinen mit "
                "Indigo für Schürzen, Tischdecken und Trachten. Die Muster wurden mit geschnitzten "
                "Holzmodeln aufgebracht, von denen viele bis heute erhalten sind. 1975 wurde der "
                "Betrieb als unrentabel aufgegeben.</p>"
            ),
            "today": (
                "<p>Eine gemeinnützige Gesellschaft betreibt die Werkstatt wieder mit den "
                "historischen Modeln und entwickelt zugleich mit jungen Designerinnen neue Muster. "
                "Im Laden gibt es Stoffe, Kleidung und Wohntextilien.</p>"
            ),
            "current_state": (
                "<p>Die Werkstatt ist in Betrieb und bildet zwei Lehrlinge aus. Die Sammlung der "
                "Druckmodel wird derzeit digital erfasst.</p>"
            ),
            "offers": [
                {
                    "category": "education",
                    "title": "Kurse",
                    "items": [
                        "Blaudruck-Tageskurse",
                        "Projekttage für Schulklassen",
                    ],
                },
                {
                    "category": "culture",
                    "title": "Laden und Sammlung",
                    "items": [
                        "Werkstattladen",
                        "Führung durch die Modelsammlung",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Der Blaudruck zählt zum immateriellen Kulturerbe, und Pulsnitz ist einer der "
                "wenigen Orte, an denen er noch lebendig ist. Das Haus arbeitet mit "
                "Trachtenvereinen und Designhochschulen zusammen.</p>"
            ),
        },
    },
    {
        "slug": "ofenfabrik-meissen",
        "title": "Ofenfabrik Meißen",
        "subtitle": "Von der Ofenfabrik zum Keramikhof",
        "teaser": (
            "In Meißen entstand nicht nur Porzellan, sondern auch Kachelöfen für ganz "
            "Mitteleuropa. In einer ehemaligen Ofenfabrik arbeiten heute Keramikerinnen, "
            "Restauratoren und ein Architekturbüro."
        ),
        "town": "Meißen",
        "postal_code": "01662",
        "address": "Kachelweg 15",
        "district": "landkreis-meissen",
        "lat": 51.1605,
        "lon": 13.479,
        "types": ["atelierhaus", "werkstatt-makerspace"],
        "submarkets": ["kunsthandwerk", "architekturmarkt"],
        "status": "established",
        "former_use": "Ofenfabrik",
        "conversion_year": 2004,
        "nearest_city": "Dresden",
        "distance_km": 27,
        "plot_size_m2": 5200,
        "building_count": 3,
        "setting": "urban",
        "operator": "Keramikhof Meißen eG",
        "website": "https://ofenfabrik-meissen.example",
        "contact_email": "kontakt@ofenfabrik-meissen.example",
        "visiting_info": (
            "Die Werkstätten sind samstags von 11 bis 16 Uhr für Besucher geöffnet, Kurse nach "
            "Anmeldung."
        ),
        "sections": {
            "history": (
                "<p>Die Fabrik wurde 1870 gegründet und produzierte Ofenkacheln, die per Bahn bis "
                "nach Wien und Warschau geliefert wurden. In den großen Brennöfen wurde Tag und "
                "Nacht gearbeitet. Nach 1990 lohnte sich die Produktion nicht mehr, 1996 erlosch "
                "das letzte Feuer.</p>"
            ),
            "today": (
                "<p>Heute teilen sich zwölf Keramikerinnen und Keramiker, eine Werkstatt für "
                "Ofenrestaurierung und ein Büro für Bauen im Bestand das Gelände. Ein alter "
                "Kammerofen wurde instand gesetzt und wird zu besonderen Anlässen gemeinsam "
                "befeuert.</p>"
            ),
            "current_state": (
                "<p>Die Gebäude sind saniert. Als Nächstes soll im ehemaligen Musterhaus ein "
                "Ausstellungsraum entstehen.</p>"
            ),
            "offers": [
                {
                    "category": "workspace",
                    "title": "Werkstätten",
                    "items": [
                        "Gemeinschaftsbrennöfen",
                        "Ateliers für Keramik",
                    ],
                },
                {
                    "category": "education",
                    "title": "Kurse",
                    "items": [
                        "Drehen an der Töpferscheibe",
                        "Workshop Kachelofenbau",
                    ],
                },
                {
                    "category": "culture",
                    "title": "Veranstaltungen",
                    "items": [
                        "Keramikmarkt im Mai",
                        "Nacht des Brandes",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Mit den Tonwerken und Manufakturen der Gegend teilt der Hof Rohstoffe, Wissen "
                "und Fachkräfte. Das Architekturbüro berät Eigentümer in der Region bei der "
                "Sanierung historischer Öfen und Gebäude.</p>"
            ),
        },
    },
    {
        "slug": "tuchfabrik-grossenhain",
        "title": "Tuchfabrik Großenhain",
        "subtitle": "Von der Tuchfabrik zum Wohn- und Werkhof",
        "teaser": (
            "Die denkmalgeschützte Tuchfabrik in Großenhain wird zu einem Ort für "
            "gemeinschaftliches Wohnen und Arbeiten umgebaut. Erste Ateliers und eine "
            "Werkstatthalle können schon gemietet werden."
        ),
        "town": "Großenhain",
        "postal_code": "01558",
        "address": "Walkmühlenweg 7",
        "district": "landkreis-meissen",
        "lat": 51.2921,
        "lon": 13.5262,
        "types": ["wohnen-und-arbeiten", "atelierhaus"],
        "submarkets": ["architekturmarkt", "designwirtschaft"],
        "status": "in-the-making",
        "former_use": "Tuchfabrik",
        "conversion_year": None,
        "nearest_city": "Dresden",
        "distance_km": 38,
        "plot_size_m2": 11000,
        "building_count": 5,
        "setting": "rural",
        "operator": "Tuchfabrik Großenhain eG",
        "website": "https://tuchfabrik-grossenhain.example",
        "contact_email": "kontakt@tuchfabrik-grossenhain.example",
        "visiting_info": (
            "Baustellenführungen gibt es jeden zweiten Samstag um 11 Uhr. Mietinteressierte melden "
            "sich bitte per E-Mail."
        ),
        "sections": {
            "history": (
                "<p>Großenhain war lange eine Stadt der Tuchmacher. Die Fabrik entstand 1858 und "
                "wurde mehrfach erweitert, zuletzt wurden hier Uniform- und Mantelstoffe gewebt. "
                "Nach der Schließung 1991 verfielen die Gebäude, bis eine Genossenschaft das "
                "Gelände 2021 übernahm.</p>"
            ),
            "today": (
                "<p>Im sanierten Kontorhaus arbeiten bereits ein Architekturbüro und mehrere "
                "Designerinnen. Auf der Etage des großen Websaals entstehen Wohnungen mit "
                "gemeinschaftlichen Werkstätten.</p>"
            ),
            "current_state": (
                "<p>Der erste Bauabschnitt ist abgeschlossen, der zweite beginnt in Kürze. <b>Zu "
                "vermieten sind vier Ateliers mit 30 bis 60 m² und eine Werkstatthalle mit 180 "
                "m².</b></p>"
            ),
            "offers": [
                {
                    "category": "workspace",
                    "title": "Räume zu vermieten",
                    "items": [
                        "Ateliers von 30 bis 60 m²",
                        "Werkstatthalle mit 180 m²",
                    ],
                },
                {
                    "category": "living",
                    "title": "Wohnen",
                    "items": [
                        "Genossenschaftswohnungen im zweiten Bauabschnitt",
                        "Gemeinschaftsraum und Gästezimmer",
                    ],
                },
                {
                    "category": "other",
                    "title": "Mitmachen",
                    "items": [
                        "Baustellenführungen",
                        "Mitgliedschaft in der Genossenschaft",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Die Genossenschaft will Menschen aus Dresden und der Region für das Leben in "
                "der Kleinstadt gewinnen – mit guter Bahnanbindung und bezahlbarem Raum. Am Umbau "
                "sind vor allem Handwerksbetriebe aus Großenhain beteiligt.</p>"
            ),
        },
    },
    {
        "slug": "hafenspeicher-riesa",
        "title": "Hafenspeicher Riesa",
        "subtitle": "Vom Getreidespeicher zum Mitmach-Ort",
        "teaser": (
            "Der Getreidespeicher am Riesaer Elbhafen ist ein Koloss aus Backstein mit Blick auf "
            "den Fluss. Er steht leer und sucht Menschen mit Ideen für Kultur, Arbeit oder "
            "Gastronomie."
        ),
        "town": "Riesa",
        "postal_code": "01587",
        "address": "Am Speicherkai 3",
        "district": "landkreis-meissen",
        "lat": 51.3118,
        "lon": 13.2985,
        "types": ["veranstaltungsort", "zwischennutzung"],
        "submarkets": ["musikwirtschaft", "darstellende-kuenste"],
        "status": "vacant",
        "former_use": "Getreidespeicher",
        "conversion_year": None,
        "nearest_city": "Dresden",
        "distance_km": 62,
        "plot_size_m2": 4500,
        "building_count": 1,
        "setting": "urban",
        "operator": "Speicherfreunde Riesa e. V.",
        "website": "https://hafenspeicher-riesa.example",
        "contact_email": "kontakt@hafenspeicher-riesa.example",
        "visiting_info": (
            "Besichtigungen nach Vereinbarung per E-Mail. Zum Tag des offenen Denkmals ist das "
            "Erdgeschoss für alle geöffnet."
        ),
        "sections": {
            "history": (
                "<p>Der Speicher wurde 1912 gebaut, um Getreide aus der Lommatzscher Pflege und "
                "aus Böhmen umzuschlagen. Über Förderbänder und Schütten gelangte das Korn direkt "
                "von den Elbkähnen in die sieben Geschosse. Seit der Modernisierung des Hafens "
                "wird der Bau nicht mehr gebraucht.</p>"
            ),
            "today": (
                "<p>Das Gebäude ist statisch gesund, hat aber weder Heizung noch zeitgemäße "
                "Fenster. Die Geschosse mit jeweils rund 500 m² eignen sich für Veranstaltungen, "
                "Proberäume, Büros oder Gastronomie mit Elbblick.</p>"
            ),
            "current_state": (
                "<p><b>Mitmach-Ort:</b> Der Verein sucht Partner, die einzelne Etagen entwickeln "
                "möchten, und einen Betreiber für die Gastronomie im Erdgeschoss. Eine "
                "Machbarkeitsstudie liegt vor.</p>"
            ),
            "offers": [
                {
                    "category": "other",
                    "title": "Wer gesucht wird",
                    "items": [
                        "Betreiber für die Gastronomie",
                        "Kulturinitiativen und Musikprojekte",
                        "Unternehmen mit Raumbedarf",
                    ],
                },
                {
                    "category": "workspace",
                    "title": "Räume",
                    "items": [
                        "Sieben Etagen mit je rund 500 m²",
                        "Freifläche am Kai",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Der Speicher ist ein Wahrzeichen der Hafenstadt und vielen Menschen in Riesa "
                "vertraut. Der Verein möchte ihn als Ort für Musik und Theater am Elberadweg "
                "öffnen.</p>"
            ),
        },
    },
    {
        "slug": "huthaus-freiberg",
        "title": "Huthaus Freiberg",
        "subtitle": "Vom Huthaus zum Zentrum für Baukultur",
        "teaser": (
            "In einem alten Huthaus am Rand der Freiberger Altstadt arbeiten Architektinnen, "
            "Planer und Restauratoren und beraten zum Bauen im Bestand. Bibliothek und "
            "Ausstellungsraum stehen allen offen."
        ),
        "town": "Freiberg",
        "postal_code": "09599",
        "address": "Am Treibeschacht 4",
        "district": "landkreis-mittelsachsen",
        "lat": 50.9142,
        "lon": 13.3395,
        "types": ["coworking", "galerie-ausstellung"],
        "submarkets": ["architekturmarkt", "buchmarkt"],
        "status": "established",
        "former_use": "Huthaus",
        "conversion_year": 2013,
        "nearest_city": "Chemnitz",
        "distance_km": 35,
        "plot_size_m2": 2600,
        "building_count": 2,
        "setting": "urban",
        "operator": "Huthaus Freiberg e. V.",
        "website": "https://huthaus-freiberg.example",
        "contact_email": "kontakt@huthaus-freiberg.example",
        "visiting_info": (
            "Bibliothek und Ausstellung sind Dienstag bis Freitag von 10 bis 17 Uhr geöffnet. "
            "Beratungsabende finden monatlich nach Anmeldung statt."
        ),
        "sections": {
            "history": (
                "<p>Huthäuser waren die Verwaltungs- und Versammlungsgebäude der Bergwerke: Hier "
                "wurden die Bergleute eingeteilt, das Werkzeug ausgegeben und vor der Schicht "
                "gebetet. Das Freiberger Huthaus stammt im Kern aus dem 18. Jahrhundert. Nach dem "
                "Ende des Silberbergbaus wurde es bewohnt, zuletzt stand es leer.</p>"
            ),
            "today": (
                "<p>Ein Verein hat das Haus behutsam saniert und bietet hier Arbeitsplätze für "
                "Planungsbüros, eine Fachbibliothek zu historischen Bautechniken und einen kleinen "
                "Ausstellungsraum. Regelmäßig gibt es Beratungsabende für Eigentümer alter "
                "Gebäude.</p>"
            ),
            "current_state": (
                "<p>Die Räume sind vermietet. Das Nebengebäude soll zu einer Lehrwerkstatt für "
                "Lehmbau und Holzfenster umgebaut werden.</p>"
            ),
            "offers": [
                {
                    "category": "workspace",
                    "title": "Arbeiten",
                    "items": [
                        "Coworking für Planungsbüros",
                        "Besprechungsraum",
                    ],
                },
                {
                    "category": "education",
                    "title": "Wissen",
                    "items": [
                        "Fachbibliothek zu historischen Bautechniken",
                        "Beratungsabende zu Denkmalschutz und Förderung",
                    ],
                },
                {
                    "category": "culture",
                    "title": "Ausstellung",
                    "items": [
                        "Wechselnde Architekturausstellungen",
                        "Vorträge zur Baugeschichte der Region",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Das Huthaus gehört zur Montanregion Erzgebirge, die seit 2019 Welterbe ist. "
                "Der Verein bringt Hochschule, Handwerk und Denkmalpflege an einen Tisch.</p>"
            ),
        },
    },
    {
        "slug": "kesselhaus-mittweida",
        "title": "Kesselhaus Mittweida",
        "subtitle": "Vom Kesselhaus zum Medienhof",
        "teaser": (
            "Das Kesselhaus einer stillgelegten Spinnerei in Mittweida ist heute Heimat eines "
            "Campusradios, kleiner Filmfirmen und junger Softwareteams. Viele Gründerinnen kommen "
            "direkt von der Hochschule."
        ),
        "town": "Mittweida",
        "postal_code": "09648",
        "address": "An der Esse 1",
        "district": "landkreis-mittelsachsen",
        "lat": 50.9881,
        "lon": 12.9768,
        "types": ["coworking", "veranstaltungsort"],
        "submarkets": ["rundfunkwirtschaft", "filmwirtschaft", "software-games-industrie"],
        "status": "established",
        "former_use": "Kesselhaus einer Spinnerei",
        "conversion_year": 2017,
        "nearest_city": "Chemnitz",
        "distance_km": 22,
        "plot_size_m2": 3300,
        "building_count": 2,
        "setting": "rural",
        "operator": "Medienhof Mittweida gGmbH",
        "website": "https://kesselhaus-mittweida.example",
        "contact_email": "kontakt@kesselhaus-mittweida.example",
        "visiting_info": "Geöffnet werktags von 9 bis 17 Uhr, Studioführungen nach Absprache.",
        "sections": {
            "history": (
                "<p>Das Kesselhaus versorgte ab 1908 die benachbarte Spinnerei mit Dampf und "
                "Strom, sein Schornstein war lange das höchste Bauwerk der Stadt. Nach dem Ende "
                "der Textilproduktion 1991 wurde die Spinnerei teilweise abgerissen, das "
                "Kesselhaus blieb als Denkmal stehen.</p>"
            ),
            "today": (
                "<p>In der hohen Kesselhalle ist ein Studio für Film und Livestreams entstanden, "
                "nebenan senden ein Campusradio und ein regionaler Podcast. Kleine Softwarefirmen "
                "und Filmproduktionen mieten Büros im Anbau.</p>"
            ),
            "current_state": (
                "<p>Das Haus ist ausgelastet. Eine Erweiterung um Büros im ehemaligen Kohlenlager "
                "ist beantragt.</p>"
            ),
            "offers": [
                {
                    "category": "workspace",
                    "title": "Studios und Büros",
                    "items": [
                        "Studio für Film und Livestreams",
                        "Büros für junge Unternehmen",
                    ],
                },
                {
                    "category": "education",
                    "title": "Programm",
                    "items": [
                        "Medienwerkstatt für Schülerinnen und Schüler",
                        "Gründungsberatung",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Mittweida ist als Hochschulstadt für Medien bekannt, doch viele Absolventinnen "
                "und Absolventen zogen bisher weg. Der Medienhof gibt ihnen einen Grund, in der "
                "Region zu bleiben.</p>"
            ),
        },
    },
    {
        "slug": "schlachthof-doebeln",
        "title": "Schlachthof Döbeln",
        "subtitle": "Vom Schlachthof zum Mitmach-Ort",
        "teaser": (
            "Der alte Schlachthof von Döbeln ist ein Ensemble aus Klinkerhallen an der Freiberger "
            "Mulde. Die Gebäude stehen leer und warten auf eine Gemeinschaft, die hier wohnen, "
            "arbeiten und feiern möchte."
        ),
        "town": "Döbeln",
        "postal_code": "04720",
        "address": "Am Viehhof 9",
        "district": "landkreis-mittelsachsen",
        "lat": 51.1196,
        "lon": 13.121,
        "types": ["veranstaltungsort", "wohnen-und-arbeiten"],
        "submarkets": ["darstellende-kuenste", "musikwirtschaft"],
        "status": "vacant",
        "former_use": "Schlachthof",
        "conversion_year": None,
        "nearest_city": "Chemnitz",
        "distance_km": 48,
        "plot_size_m2": 14500,
        "building_count": 6,
        "setting": "rural",
        "operator": "Initiative Viehhof Döbeln",
        "website": "https://schlachthof-doebeln.example",
        "contact_email": "kontakt@schlachthof-doebeln.example",
        "visiting_info": (
            "Besichtigungen für Interessierte finden nach Voranmeldung statt, in der Regel einmal "
            "im Monat."
        ),
        "sections": {
            "history": (
                "<p>Der Schlachthof wurde 1896 von der Stadt errichtet, um das Schlachten aus den "
                "Hinterhöfen der Altstadt zu verlagern. Zum Ensemble gehören Kühlhalle, "
                "Viehmarkthalle, Verwaltung und Maschinenhaus. Nach 1990 übernahm ein privater "
                "Betrieb, der 2008 aufgab.</p>"
            ),
            "today": (
                "<p>Die Hallen sind teils sanierungsbedürftig, die Substanz ist aber solide. Die "
                "große Viehmarkthalle mit ihrem stählernen Dachwerk eignet sich für "
                "Veranstaltungen, die kleineren Gebäude für Wohnungen, Werkstätten und "
                "Proberäume.</p>"
            ),
            "current_state": (
                "<p><b>Mitmach-Ort:</b> Gesucht werden Nutzerinnen und Nutzer sowie ein Träger, "
                "der das Gelände gemeinsam mit ihnen entwickelt. Die Stadt bereitet eine "
                "Konzeptvergabe vor.</p>"
            ),
            "offers": [
                {
                    "category": "other",
                    "title": "Wer gesucht wird",
                    "items": [
                        "Gruppen für gemeinschaftliches Wohnen",
                        "Kulturinitiativen für die Markthalle",
                        "Handwerksbetriebe",
                    ],
                },
                {
                    "category": "workspace",
                    "title": "Räume",
                    "items": [
                        "Markthalle mit rund 1.200 m²",
                        "Fünf kleinere Gebäude",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Döbeln liegt zentral zwischen Leipzig, Dresden und Chemnitz und ist gut mit "
                "der Bahn zu erreichen. Das Gelände könnte der Region einen großen "
                "Veranstaltungsort geben, den es hier bisher nicht gibt.</p>"
            ),
        },
    },
    {
        "slug": "posamentenwerk-annaberg",
        "title": "Posamentenwerk Annaberg",
        "subtitle": "Von der Posamentenfabrik zur Designwerkstatt",
        "teaser": (
            "Borten, Quasten und Spitzen aus Annaberg-Buchholz schmückten einst Kleider in aller "
            "Welt. In einer früheren Posamentenfabrik entwerfen heute Designerinnen neue Besätze "
            "und Accessoires."
        ),
        "town": "Annaberg-Buchholz",
        "postal_code": "09456",
        "address": "Bortenweg 6",
        "district": "erzgebirgskreis",
        "lat": 50.5821,
        "lon": 13.0075,
        "types": ["werkstatt-makerspace", "galerie-ausstellung"],
        "submarkets": ["kunsthandwerk", "designwirtschaft"],
        "status": "established",
        "former_use": "Posamentenfabrik",
        "conversion_year": 2008,
        "nearest_city": "Chemnitz",
        "distance_km": 32,
        "plot_size_m2": 3000,
        "building_count": 2,
        "setting": "rural",
        "operator": "Posamentenwerk e. V.",
        "website": "https://posamentenwerk-annaberg.example",
        "contact_email": "kontakt@posamentenwerk-annaberg.example",
        "visiting_info": (
            "Die Schausammlung ist Mittwoch bis Samstag von 10 bis 16 Uhr geöffnet, im Advent "
            "täglich."
        ),
        "sections": {
            "history": (
                "<p>Die Posamentenherstellung kam im 16. Jahrhundert ins Erzgebirge und wurde nach "
                "dem Niedergang des Bergbaus zur wichtigsten Erwerbsquelle in Annaberg-Buchholz. "
                "Die Fabrik entstand um 1890 und gab zahlreichen Heimarbeiterinnen im Umland "
                "Arbeit. 1995 endete die Produktion.</p>"
            ),
            "today": (
                "<p>In den Werkräumen stehen wieder Flecht- und Bandwebstühle, an denen "
                "Designerinnen, Modemacher und Kunsthandwerker arbeiten. Eine Schausammlung zeigt "
                "Musterbücher und Erzeugnisse der Fabrik.</p>"
            ),
            "current_state": (
                "<p>Sechs Mietparteien nutzen die Werkstatt, zwei Arbeitsplätze sind frei. Im "
                "Dachgeschoss entsteht eine Gästewohnung für Residenzen.</p>"
            ),
            "offers": [
                {
                    "category": "workspace",
                    "title": "Werkstatt",
                    "items": [
                        "Arbeitsplätze an Band- und Flechtstühlen",
                        "Gemeinschaftsraum",
                    ],
                },
                {
                    "category": "culture",
                    "title": "Sammlung",
                    "items": [
                        "Schausammlung Posamenten",
                        "Verkauf von Entwürfen aus dem Haus",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Das Haus kooperiert mit Modeschulen und kleinen Textilbetrieben im Erzgebirge. "
                "In der Adventszeit ist es Teil der Annaberger Handwerksmärkte.</p>"
            ),
        },
    },
    {
        "slug": "spielwarenfabrik-olbernhau",
        "title": "Spielwarenfabrik Olbernhau",
        "subtitle": "Von der Spielwarenfabrik zum Spielelabor",
        "teaser": (
            "In einer alten Holzspielwarenfabrik in Olbernhau treffen sich Drechsler und "
            "Spieleentwicklerinnen. Brettspiele, Holzspielzeug und digitale Spiele entstehen hier "
            "unter einem Dach."
        ),
        "town": "Olbernhau",
        "postal_code": "09526",
        "address": "Drechslerweg 11",
        "district": "erzgebirgskreis",
        "lat": 50.6631,
        "lon": 13.3358,
        "types": ["werkstatt-makerspace", "coworking"],
        "submarkets": ["software-games-industrie", "kunsthandwerk", "designwirtschaft"],
        "status": "established",
        "former_use": "Spielwarenfabrik",
        "conversion_year": 2019,
        "nearest_city": "Chemnitz",
        "distance_km": 48,
        "plot_size_m2": 5600,
        "building_count": 3,
        "setting": "rural",
        "operator": "Spielelabor Erzgebirge eG",
        "website": "https://spielwarenfabrik-olbernhau.example",
        "contact_email": "kontakt@spielwarenfabrik-olbernhau.example",
        "visiting_info": (
            "Der Werkstattladen ist freitags und samstags von 10 bis 16 Uhr geöffnet, offene "
            "Testabende gibt es einmal im Monat."
        ),
        "sections": {
            "history": (
                "<p>Die Fabrik wurde 1902 gegründet und fertigte Holzspielzeug, das über Händler "
                "in Nürnberg und Hamburg in alle Welt ging. Zu DDR-Zeiten gehörte sie zu einem "
                "großen Spielwarenkombinat. Nach 1990 konnte sie sich gegen Billigkonkurrenz aus "
                "Übersee nicht behaupten und schloss 2001.</p>"
            ),
            "today": (
                "<p>Eine Genossenschaft aus Handwerkern und Spieleentwicklern betreibt hier eine "
                "Holzwerkstatt mit Drechselbänken und CNC-Fräse sowie Büros für zwei kleine "
                "Spielestudios. Prototypen werden direkt im Haus gebaut und mit Familien aus der "
                "Umgebung getestet.</p>"
            ),
            "current_state": (
                "<p>Werkstatt und Büros sind in Betrieb. Im ehemaligen Packraum soll ein Testraum "
                "für Spiele eingerichtet werden.</p>"
            ),
            "offers": [
                {
                    "category": "workspace",
                    "title": "Werkstatt und Büros",
                    "items": [
                        "Holzwerkstatt mit CNC-Fräse",
                        "Büroplätze für Spieleentwicklung",
                    ],
                },
                {
                    "category": "education",
                    "title": "Spieltage",
                    "items": [
                        "Offene Testabende",
                        "Ferienwerkstatt für Kinder",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Das Erzgebirge ist weltbekannt für sein Holzspielzeug. Das Spielelabor "
                "verbindet diese Tradition mit digitaler Spieleentwicklung und arbeitet mit "
                "Studios in Chemnitz zusammen.</p>"
            ),
        },
    },
    {
        "slug": "motorenhalle-zschopau",
        "title": "Motorenhalle Zschopau",
        "subtitle": "Vom Motorradwerk zum Mitmach-Ort",
        "teaser": (
            "Eine ehemalige Montagehalle des Zschopauer Motorradbaus steht leer. Die Halle mit "
            "Kranbahn bietet Platz für Werkstätten, Manufakturen oder einen Makerspace – gesucht "
            "werden Menschen mit Ideen."
        ),
        "town": "Zschopau",
        "postal_code": "09405",
        "address": "Kolbenweg 3",
        "district": "erzgebirgskreis",
        "lat": 50.7461,
        "lon": 13.0725,
        "types": ["werkstatt-makerspace", "zwischennutzung"],
        "submarkets": ["designwirtschaft", "architekturmarkt"],
        "status": "vacant",
        "former_use": "Motorradwerk",
        "conversion_year": None,
        "nearest_city": "Chemnitz",
        "distance_km": 17,
        "plot_size_m2": 7200,
        "building_count": 1,
        "setting": "rural",
        "operator": "Initiative Werkhalle Zschopau",
        "website": "https://motorenhalle-zschopau.example",
        "contact_email": "kontakt@motorenhalle-zschopau.example",
        "visiting_info": "Besichtigungen nach Vereinbarung per E-Mail, auch für Gruppen.",
        "sections": {
            "history": (
                "<p>Zschopau war über Jahrzehnte eine der großen Motorradstädte Europas; in der "
                "Blütezeit liefen hier jedes Jahr Zehntausende Maschinen vom Band. Die Halle "
                "entstand in den 1950er-Jahren für die Montage von Rahmen und Motoren. Nach dem "
                "Ende der Produktion diente sie nur noch als Lager.</p>"
            ),
            "today": (
                "<p>Die Halle hat rund 2.000 m² Grundfläche, eine intakte Kranbahn und große Tore. "
                "Dach und Fassade müssen saniert werden, die Tragstruktur ist in gutem "
                "Zustand.</p>"
            ),
            "current_state": (
                "<p><b>Mitmach-Ort:</b> Die Eigentümerin sucht Nutzerinnen und Nutzer, etwa "
                "Produktdesigner, Metallwerkstätten oder eine offene Werkstatt. Auch eine "
                "Zwischennutzung im Sommer ist möglich.</p>"
            ),
            "offers": [
                {
                    "category": "other",
                    "title": "Wer gesucht wird",
                    "items": [
                        "Werkstätten und Manufakturen",
                        "Eine offene Werkstatt",
                        "Zwischennutzungen für Veranstaltungen",
                    ],
                },
                {
                    "category": "workspace",
                    "title": "Räume",
                    "items": [
                        "Halle mit rund 2.000 m²",
                        "Kranbahn und Lastenaufzug",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Die Motorradgeschichte ist in Zschopau bis heute lebendig, und in der Region "
                "leben viele Fachleute für Metallbau. Die Nähe zu Chemnitz macht den Standort auch "
                "für junge Unternehmen attraktiv.</p>"
            ),
        },
    },
    {
        "slug": "brauhof-pirna",
        "title": "Brauhof Pirna",
        "subtitle": "Von der Brauerei zum Kulturhof",
        "teaser": (
            "Im Brauhof am Rand der Pirnaer Altstadt wird nicht mehr gebraut, sondern gefeiert, "
            "gespielt und musiziert. Sudhaus, Gärkeller und Hof sind heute Bühne für Konzerte, "
            "Theater und Feste."
        ),
        "town": "Pirna",
        "postal_code": "01796",
        "address": "Sudhausgasse 2",
        "district": "landkreis-saechsische-schweiz-osterzgebirge",
        "lat": 50.9647,
        "lon": 13.9371,
        "types": ["veranstaltungsort", "soziokulturelles-zentrum"],
        "submarkets": ["musikwirtschaft", "darstellende-kuenste"],
        "status": "established",
        "former_use": "Brauerei",
        "conversion_year": 2005,
        "nearest_city": "Dresden",
        "distance_km": 22,
        "plot_size_m2": 6100,
        "building_count": 4,
        "setting": "urban",
        "operator": "Kulturhof Pirna e. V.",
        "website": "https://brauhof-pirna.example",
        "contact_email": "kontakt@brauhof-pirna.example",
        "visiting_info": (
            "Veranstaltungen laut Programm. Der Biergarten ist von Mai bis September mittwochs bis "
            "sonntags ab 16 Uhr geöffnet."
        ),
        "sections": {
            "history": (
                "<p>Die Brauerei wurde 1863 gegründet und versorgte Pirna und die Dörfer der "
                "Sächsischen Schweiz mit Bier. Ihre Lagerkeller reichen tief in den Sandstein. "
                "1990 wurde der Braubetrieb eingestellt, danach standen die Gebäude mehr als zehn "
                "Jahre leer.</p>"
            ),
            "today": (
                "<p>Im ehemaligen Sudhaus befindet sich ein Saal für 350 Gäste, die Gärkeller "
                "dienen als Jazzkeller und Probebühne. Der Verein organisiert Konzerte, "
                "Kindertheater und ein Sommerfestival im Hof.</p>"
            ),
            "current_state": (
                "<p>Der Kulturhof ist etabliert und gut besucht. Aktuell wird die Heizung auf "
                "Wärmepumpen umgestellt.</p>"
            ),
            "offers": [
                {
                    "category": "culture",
                    "title": "Programm",
                    "items": [
                        "Konzerte im Sudhaus",
                        "Jazz im Gärkeller",
                        "Kindertheater",
                    ],
                },
                {
                    "category": "gastronomy",
                    "title": "Hofwirtschaft",
                    "items": [
                        "Biergarten im Sommer",
                        "Imbiss bei Veranstaltungen",
                    ],
                },
                {
                    "category": "education",
                    "title": "Jugend",
                    "items": [
                        "Bandwerkstatt für Jugendliche",
                        "Theaterkurse in den Ferien",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Der Brauhof ist der wichtigste freie Veranstaltungsort zwischen Dresden und "
                "der Sächsischen Schweiz. Er arbeitet mit Musikschulen und Vereinen aus dem ganzen "
                "Landkreis zusammen.</p>"
            ),
        },
    },
    {
        "slug": "blumenfabrik-sebnitz",
        "title": "Blumenfabrik Sebnitz",
        "subtitle": "Von der Kunstblumenfabrik zum Atelierhaus",
        "teaser": (
            "Sebnitz war die Stadt der Kunstblumen. In einer ehemaligen Blumenfabrik arbeiten "
            "heute Künstlerinnen und Kunsthandwerker – und halten ein filigranes Handwerk "
            "lebendig."
        ),
        "town": "Sebnitz",
        "postal_code": "01855",
        "address": "Blütenweg 4",
        "district": "landkreis-saechsische-schweiz-osterzgebirge",
        "lat": 50.9772,
        "lon": 14.2742,
        "types": ["atelierhaus", "galerie-ausstellung"],
        "submarkets": ["kunsthandwerk", "kunstmarkt"],
        "status": "established",
        "former_use": "Kunstblumenfabrik",
        "conversion_year": 2012,
        "nearest_city": "Dresden",
        "distance_km": 50,
        "plot_size_m2": 2400,
        "building_count": 2,
        "setting": "rural",
        "operator": "Blumenfabrik Sebnitz e. V.",
        "website": "https://blumenfabrik-sebnitz.example",
        "contact_email": "kontakt@blumenfabrik-sebnitz.example",
        "visiting_info": (
            "Die Galerie ist Freitag bis Sonntag von 12 bis 17 Uhr geöffnet, die Ateliers nach "
            "Absprache."
        ),
        "sections": {
            "history": (
                "<p>Um 1900 fertigten in Sebnitz Tausende Menschen, vor allem Frauen in "
                "Heimarbeit, Blüten aus Stoff, Papier und Wachs. Diese Fabrik wurde 1908 gebaut "
                "und lieferte Kunstblumen für Hüte, Kleider und Festsäle in aller Welt. 1993 wurde "
                "der Betrieb geschlossen.</p>"
            ),
            "today": (
                "<p>Zehn Ateliers verteilen sich auf die hellen Arbeitssäle. Neben Malerei und "
                "Skulptur entstehen hier wieder Kunstblumen, oft aus neuen Materialien. Die "
                "Galerie im Erdgeschoss zeigt Kunst aus der Region und aus dem benachbarten "
                "Böhmen.</p>"
            ),
            "current_state": (
                "<p>Alle Ateliers sind belegt. Der Verein plant ein Residenzprogramm für "
                "Künstlerinnen und Künstler aus Tschechien.</p>"
            ),
            "offers": [
                {
                    "category": "culture",
                    "title": "Galerie",
                    "items": [
                        "Ausstellungen",
                        "Tag der offenen Ateliers",
                    ],
                },
                {
                    "category": "education",
                    "title": "Kurse",
                    "items": [
                        "Kunstblumen binden",
                        "Zeichenkurse für Kinder",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Das Haus pflegt enge Kontakte über die nahe Grenze nach Tschechien und zum "
                '<a href="page:posamentenwerk-annaberg">Posamentenwerk Annaberg</a>, mit dem es '
                "Ausstellungen zu textilen Handwerkstraditionen zeigt.</p>"
            ),
        },
    },
    {
        "slug": "alte-schule-reinhardtsgrimma",
        "title": "Alte Schule Reinhardtsgrimma",
        "subtitle": "Von der Dorfschule zum Landarbeitsort",
        "teaser": (
            "Eine Dorfschule im Osterzgebirge wird zum Ort für Arbeiten und Wohnen auf dem Land. "
            "Erste Coworking-Plätze sind geöffnet, Wohnungen und Gästezimmer folgen."
        ),
        "town": "Reinhardtsgrimma",
        "postal_code": "01768",
        "address": "Schulberg 3",
        "district": "landkreis-saechsische-schweiz-osterzgebirge",
        "lat": 50.8853,
        "lon": 13.7572,
        "types": ["wohnen-und-arbeiten", "coworking"],
        "submarkets": ["architekturmarkt", "buchmarkt"],
        "status": "in-the-making",
        "former_use": "Dorfschule",
        "conversion_year": 2024,
        "nearest_city": "Dresden",
        "distance_km": 27,
        "plot_size_m2": 3200,
        "building_count": 2,
        "setting": "rural",
        "operator": "Landarbeitsort Reinhardtsgrimma eG",
        "website": "https://alte-schule-reinhardtsgrimma.example",
        "contact_email": "kontakt@alte-schule-reinhardtsgrimma.example",
        "visiting_info": (
            "Coworking dienstags bis donnerstags von 8 bis 17 Uhr; Tagesgäste melden sich bitte "
            "vorher an."
        ),
        "sections": {
            "history": (
                "<p>Die Schule wurde 1911 für die Kinder des Dorfes und der umliegenden Höfe "
                "gebaut. Bis 2004 wurde hier unterrichtet, danach nutzte die Gemeinde das Haus "
                "noch einige Jahre für Vereine. Seit 2015 stand es leer.</p>"
            ),
            "today": (
                "<p>Seit 2024 bietet das ehemalige Lehrerzimmer Coworking-Plätze für Menschen aus "
                "dem Dorf und Gäste aus Dresden. Ein Architekturbüro und eine Lektorin haben "
                "bereits feste Räume bezogen.</p>"
            ),
            "current_state": (
                "<p>Im Obergeschoss entstehen bis 2026 vier Wohnungen und zwei Gästezimmer für "
                "Arbeitsaufenthalte. <b>Zwei Büroräume im Erdgeschoss sind noch zu "
                "vermieten.</b></p>"
            ),
            "offers": [
                {
                    "category": "workspace",
                    "title": "Arbeiten auf dem Land",
                    "items": [
                        "Coworking-Plätze",
                        "Büroräume zu vermieten",
                    ],
                },
                {
                    "category": "living",
                    "title": "Wohnen",
                    "items": [
                        "Wohnungen ab 2026",
                        "Gästezimmer für Arbeitsaufenthalte",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Das Projekt möchte Menschen ins Osterzgebirge holen, die ortsunabhängig "
                "arbeiten. Es arbeitet eng mit dem Dorfverein zusammen, der den Schulhof weiterhin "
                "für Feste nutzt.</p>"
            ),
        },
    },
    {
        "slug": "stickereihaus-plauen",
        "title": "Stickereihaus Plauen",
        "subtitle": "Von der Stickerei zum Designhaus",
        "teaser": (
            "Plauener Spitze ist weltberühmt. In einer alten Stickerei nahe der Innenstadt "
            "entwerfen heute Textildesignerinnen, Grafiker und eine Werbeagentur – auch "
            "Spitzenmuster für das 21. Jahrhundert."
        ),
        "town": "Plauen",
        "postal_code": "08523",
        "address": "Am Stickboden 8",
        "district": "vogtlandkreis",
        "lat": 50.4981,
        "lon": 12.1322,
        "types": ["atelierhaus", "galerie-ausstellung"],
        "submarkets": ["designwirtschaft", "kunsthandwerk", "werbemarkt"],
        "status": "established",
        "former_use": "Stickerei",
        "conversion_year": 2010,
        "nearest_city": "Chemnitz",
        "distance_km": 85,
        "plot_size_m2": 3800,
        "building_count": 2,
        "setting": "urban",
        "operator": "Stickereihaus Plauen e. V.",
        "website": "https://stickereihaus-plauen.example",
        "contact_email": "kontakt@stickereihaus-plauen.example",
        "visiting_info": (
            "Die Galerie ist Dienstag bis Samstag von 11 bis 17 Uhr geöffnet. Die Stickmaschine "
            "wird samstags um 14 Uhr vorgeführt."
        ),
        "sections": {
            "history": (
                "<p>Um 1900 war Plauen eine Weltstadt der Spitze, Stickmaschinen ratterten in "
                "Hunderten Betrieben. Das Stickereihaus wurde 1898 gebaut und überstand die Krisen "
                "der 1920er-Jahre ebenso wie die Zerstörungen des Krieges. Die Produktion endete "
                "1992.</p>"
            ),
            "today": (
                "<p>Im Haus arbeiten heute Textildesignerinnen, eine Grafikerin, ein Fotostudio "
                "und eine kleine Werbeagentur. Eine restaurierte Schiffchenstickmaschine wird bei "
                "Führungen vorgeführt, und die Galerie zeigt zeitgenössische Textilkunst.</p>"
            ),
            "current_state": (
                "<p>Das Haus ist vermietet. In einem Förderprojekt entsteht ein digitales Archiv "
                "historischer Spitzenmuster.</p>"
            ),
            "offers": [
                {
                    "category": "workspace",
                    "title": "Ateliers",
                    "items": [
                        "Ateliers und Büros",
                        "Stickmaschinen zur Mitnutzung",
                    ],
                },
                {
                    "category": "culture",
                    "title": "Galerie und Führungen",
                    "items": [
                        "Ausstellungen zur Textilkunst",
                        "Maschinenvorführungen",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Das Stickereihaus arbeitet mit den verbliebenen Spitzenmanufakturen im "
                "Vogtland zusammen und entwickelt mit ihnen neue Kollektionen. Zum Spitzenfest im "
                "Sommer ist es Anlaufpunkt für Gäste aus der ganzen Region.</p>"
            ),
        },
    },
    {
        "slug": "klangwerk-markneukirchen",
        "title": "Klangwerk Markneukirchen",
        "subtitle": "Von der Instrumentenmanufaktur zum Klangwerk",
        "teaser": (
            "Im vogtländischen Musikwinkel werden seit Jahrhunderten Instrumente gebaut. Im "
            "Klangwerk teilen sich junge Geigenbauerinnen, Blechblasinstrumentenmacher und "
            "Tontechniker eine alte Manufaktur."
        ),
        "town": "Markneukirchen",
        "postal_code": "08258",
        "address": "Am Resonanzholz 5",
        "district": "vogtlandkreis",
        "lat": 50.3139,
        "lon": 12.3241,
        "types": ["werkstatt-makerspace", "veranstaltungsort"],
        "submarkets": ["musikwirtschaft", "kunsthandwerk"],
        "status": "established",
        "former_use": "Instrumentenmanufaktur",
        "conversion_year": 2014,
        "nearest_city": "Chemnitz",
        "distance_km": 110,
        "plot_size_m2": 2900,
        "building_count": 2,
        "setting": "rural",
        "operator": "Klangwerk Musikwinkel e. V.",
        "website": "https://klangwerk-markneukirchen.example",
        "contact_email": "kontakt@klangwerk-markneukirchen.example",
        "visiting_info": (
            "Die Werkstätten können Montag bis Freitag von 9 bis 16 Uhr nach Anmeldung besucht "
            "werden. Konzerte gibt es etwa einmal im Monat."
        ),
        "sections": {
            "history": (
                "<p>Die Manufaktur wurde 1884 gegründet und stellte Blechblasinstrumente für "
                "Militärkapellen und Orchester her, die bis nach Amerika gingen. Im Erdgeschoss "
                "wurde gelötet und gebogen, unter dem Dach poliert. Nach mehreren "
                "Umstrukturierungen stand das Haus ab 2005 leer.</p>"
            ),
            "today": (
                "<p>Heute teilen sich sechs Meisterwerkstätten für Streich-, Zupf- und "
                "Blasinstrumente das Gebäude. Im früheren Versandsaal finden Konzerte statt, bei "
                "denen Instrumente aus dem Haus erklingen.</p>"
            ),
            "current_state": (
                "<p>Alle Werkstätten sind belegt. Ein Aufnahmeraum für Klangproben und "
                "Instrumentenfotos ist im Bau.</p>"
            ),
            "offers": [
                {
                    "category": "workspace",
                    "title": "Werkstätten",
                    "items": [
                        "Meisterwerkstätten",
                        "Gemeinschaftlicher Lackierraum",
                    ],
                },
                {
                    "category": "culture",
                    "title": "Konzerte",
                    "items": [
                        "Werkstattkonzerte",
                        "Instrumentenausstellung",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Der Musikwinkel um Markneukirchen und Klingenthal ist eine der "
                "traditionsreichsten Instrumentenbauregionen der Welt. Das Klangwerk hilft jungen "
                "Meisterinnen und Meistern, sich hier selbstständig zu machen.</p>"
            ),
        },
    },
    {
        "slug": "teppichhalle-oelsnitz",
        "title": "Teppichhalle Oelsnitz",
        "subtitle": "Von der Teppichfabrik zum Mitmach-Ort",
        "teaser": (
            "Eine Websaalhalle der früheren Teppichproduktion in Oelsnitz steht leer. Mit "
            "Sheddach, viel Tageslicht und großen Flächen eignet sie sich für Ateliers, Wohnen und "
            "Arbeiten oder eine Manufaktur."
        ),
        "town": "Oelsnitz/Vogtl.",
        "postal_code": "08606",
        "address": "Knüpferweg 2",
        "district": "vogtlandkreis",
        "lat": 50.4121,
        "lon": 12.1738,
        "types": ["wohnen-und-arbeiten", "zwischennutzung"],
        "submarkets": ["designwirtschaft", "kunstmarkt"],
        "status": "vacant",
        "former_use": "Teppichfabrik",
        "conversion_year": None,
        "nearest_city": "Chemnitz",
        "distance_km": 92,
        "plot_size_m2": 9800,
        "building_count": 2,
        "setting": "rural",
        "operator": "Initiative Teppichhalle Oelsnitz",
        "website": "https://teppichhalle-oelsnitz.example",
        "contact_email": "kontakt@teppichhalle-oelsnitz.example",
        "visiting_info": (
            "Besichtigungen nach Absprache per E-Mail; die Initiative stellt auch den Kontakt zur "
            "Eigentümerin her."
        ),
        "sections": {
            "history": (
                "<p>Oelsnitz im Vogtland war lange als Teppichstadt bekannt. Die Halle wurde 1925 "
                "für das Weben großer Teppiche gebaut, die in Hotels, Theatern und auf Schiffen "
                "lagen. Nach 1990 schrumpfte die Produktion, seit 2011 steht das Gebäude leer.</p>"
            ),
            "today": (
                "<p>Unter dem Sheddach liegen rund 3.000 m² Fläche, dazu kommt ein "
                "zweigeschossiges Verwaltungsgebäude. Ein Teil des Daches muss erneuert werden, "
                "die Halle ist aber trocken.</p>"
            ),
            "current_state": (
                "<p><b>Mitmach-Ort:</b> Gesucht werden Gruppen, die Wohnen und Arbeiten verbinden "
                "möchten, sowie Kreative mit großem Platzbedarf. Die Stadt hilft bei Fördermitteln "
                "und baurechtlichen Fragen.</p>"
            ),
            "offers": [
                {
                    "category": "other",
                    "title": "Wer gesucht wird",
                    "items": [
                        "Gemeinschaftliche Wohnprojekte",
                        "Ateliers und Manufakturen",
                    ],
                },
                {
                    "category": "workspace",
                    "title": "Räume",
                    "items": [
                        "Shedhalle mit rund 3.000 m²",
                        "Verwaltungsgebäude mit Büros",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Die Halle liegt nahe am Bahnhof und ist von Plauen aus in wenigen Minuten "
                "erreichbar. Die Initiative tauscht sich eng mit dem "
                '<a href="page:stickereihaus-plauen">Stickereihaus Plauen</a> aus.</p>'
            ),
        },
    },
    {
        "slug": "strassenbahndepot-zwickau",
        "title": "Straßenbahndepot Zwickau",
        "subtitle": "Vom Straßenbahndepot zur Kulturhalle",
        "teaser": (
            "Wo früher Straßenbahnen gewartet wurden, spielen heute Theater und Musik. Das Depot "
            "ist Bühne, Werkstatt und Treffpunkt der freien Szene in Westsachsen."
        ),
        "town": "Zwickau",
        "postal_code": "08056",
        "address": "Gleisbogen 1",
        "district": "landkreis-zwickau",
        "lat": 50.7215,
        "lon": 12.4962,
        "types": ["veranstaltungsort", "werkstatt-makerspace"],
        "submarkets": ["darstellende-kuenste", "musikwirtschaft"],
        "status": "established",
        "former_use": "Straßenbahndepot",
        "conversion_year": 2012,
        "nearest_city": "Chemnitz",
        "distance_km": 45,
        "plot_size_m2": 8900,
        "building_count": 3,
        "setting": "urban",
        "operator": "Depot Zwickau gGmbH",
        "website": "https://strassenbahndepot-zwickau.example",
        "contact_email": "kontakt@strassenbahndepot-zwickau.example",
        "visiting_info": (
            "Veranstaltungen laut Programm. Die Werkstatt ist dienstags und donnerstags ab 16 Uhr "
            "geöffnet."
        ),
        "sections": {
            "history": (
                "<p>Das Depot wurde 1894 für die elektrische Straßenbahn gebaut und später "
                "mehrfach erweitert. In der Wagenhalle standen bis zu 30 Triebwagen, in der "
                "Werkstatt wurden Fahrwerke und Motoren überholt. Nach dem Umzug der "
                "Verkehrsbetriebe 1999 lag das Gelände brach.</p>"
            ),
            "today": (
                "<p>Die Wagenhalle ist heute Spielstätte für Theater, Konzerte und Tanz, die alten "
                "Gleise liegen noch im Boden. In der früheren Werkstatt befinden sich eine offene "
                "Metallwerkstatt und Proberäume.</p>"
            ),
            "current_state": (
                "<p>Der Betrieb läuft ganzjährig. Geplant ist eine Photovoltaikanlage auf dem "
                "großen Hallendach.</p>"
            ),
            "offers": [
                {
                    "category": "culture",
                    "title": "Bühne",
                    "items": [
                        "Theater und Konzerte",
                        "Sommerkino auf dem Hof",
                    ],
                },
                {
                    "category": "workspace",
                    "title": "Werkstatt",
                    "items": [
                        "Offene Metallwerkstatt",
                        "Proberäume",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Das Depot ist fest in der Zwickauer Stadtgesellschaft verankert, ehemalige "
                "Straßenbahner führen Gäste über das Gelände. Es ist Partner von Schulen und "
                "Vereinen in ganz Westsachsen.</p>"
            ),
        },
    },
    {
        "slug": "schlossremise-waldenburg",
        "title": "Schlossremise Waldenburg",
        "subtitle": "Von der Kutschenremise zum Kunstraum",
        "teaser": (
            "Die Kutschenremise am Waldenburger Schlosspark wird zu Ateliers und einem "
            "Ausstellungsraum umgebaut. Im Sommer finden schon heute Ausstellungen statt."
        ),
        "town": "Waldenburg",
        "postal_code": "08396",
        "address": "Remisenhof 2",
        "district": "landkreis-zwickau",
        "lat": 50.8779,
        "lon": 12.6031,
        "types": ["galerie-ausstellung", "atelierhaus"],
        "submarkets": ["kunstmarkt", "kunsthandwerk"],
        "status": "in-the-making",
        "former_use": "Kutschenremise",
        "conversion_year": None,
        "nearest_city": "Chemnitz",
        "distance_km": 28,
        "plot_size_m2": 2000,
        "building_count": 1,
        "setting": "rural",
        "operator": "Kunstremise Waldenburg e. V.",
        "website": "https://schlossremise-waldenburg.example",
        "contact_email": "kontakt@schlossremise-waldenburg.example",
        "visiting_info": "Von Juni bis September freitags bis sonntags von 13 bis 18 Uhr geöffnet.",
        "sections": {
            "history": (
                "<p>Die Remise entstand im 19. Jahrhundert als Wagenhaus und Stall für das "
                "Schloss, mit hohen Toren für die Kutschen und einem Heuboden darüber. Nach 1945 "
                "diente sie als Garage, Lager und Werkstatt eines Gemeindebetriebs. Seit den "
                "2000er-Jahren war sie ungenutzt.</p>"
            ),
            "today": (
                "<p>Ein Verein aus Künstlerinnen und Menschen aus dem Ort nutzt das Erdgeschoss im "
                "Sommer für Ausstellungen. Dann stehen die Kutschentore offen, und Spaziergänger "
                "aus dem Schlosspark schauen herein.</p>"
            ),
            "current_state": (
                "<p>Der Umbau des Obergeschosses zu vier Ateliers ist genehmigt und soll 2026 "
                "beginnen. Der Verein sucht noch Künstlerinnen und Künstler, die sich dort "
                "einmieten möchten.</p>"
            ),
            "offers": [
                {
                    "category": "culture",
                    "title": "Sommerausstellungen",
                    "items": [
                        "Ausstellungen von Juni bis September",
                        "Kunstwerkstatt für Kinder",
                    ],
                },
                {
                    "category": "workspace",
                    "title": "Künftig zu vermieten",
                    "items": [
                        "Vier Ateliers nach dem Umbau",
                        "Lagerraum im Erdgeschoss",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Waldenburg ist für sein Töpferhandwerk bekannt, und die Remise möchte Keramik "
                "und zeitgenössische Kunst zusammenbringen. Schloss und Park ziehen viele "
                "Ausflugsgäste an.</p>"
            ),
        },
    },
    {
        "slug": "handschuhfabrik-limbach",
        "title": "Handschuhfabrik Limbach",
        "subtitle": "Von der Handschuhfabrik zum Kreativhaus",
        "teaser": (
            "In Limbach-Oberfrohna wurden einst Handschuhe für halb Europa genäht. Heute arbeiten "
            "in der alten Fabrik eine Werbeagentur, ein regionales Online-Magazin und mehrere "
            "Designbüros."
        ),
        "town": "Limbach-Oberfrohna",
        "postal_code": "09212",
        "address": "Zuschneideweg 9",
        "district": "landkreis-zwickau",
        "lat": 50.8607,
        "lon": 12.7649,
        "types": ["coworking", "atelierhaus"],
        "submarkets": ["werbemarkt", "designwirtschaft", "pressemarkt"],
        "status": "established",
        "former_use": "Handschuhfabrik",
        "conversion_year": 2016,
        "nearest_city": "Chemnitz",
        "distance_km": 13,
        "plot_size_m2": 4100,
        "building_count": 2,
        "setting": "rural",
        "operator": "Fabrikhof Limbach eG",
        "website": "https://handschuhfabrik-limbach.example",
        "contact_email": "kontakt@handschuhfabrik-limbach.example",
        "visiting_info": (
            "Geöffnet werktags von 8 bis 18 Uhr; ein kostenloser Probetag ist nach Anmeldung "
            "möglich."
        ),
        "sections": {
            "history": (
                "<p>Die Fabrik wurde 1890 gebaut und stellte Stoff- und Strickhandschuhe her, die "
                "über Hamburg in alle Welt verschifft wurden. Limbach galt damals als ein Zentrum "
                "der Handschuhindustrie. 1992 endete die Produktion, danach nutzte ein Möbelhandel "
                "die Räume.</p>"
            ),
            "today": (
                "<p>Heute bietet die Fabrik Coworking-Plätze, Büros und Ateliers für rund 40 "
                "Menschen. Eine Werbeagentur, ein Online-Magazin für die Region und mehrere "
                "Produktdesigner teilen sich Konferenzraum und Dachterrasse.</p>"
            ),
            "current_state": (
                "<p>Das Haus ist fast ausgelastet. Im Erdgeschoss soll ein Café eröffnen, das auch "
                "der Nachbarschaft offensteht.</p>"
            ),
            "offers": [
                {
                    "category": "workspace",
                    "title": "Arbeiten",
                    "items": [
                        "Coworking-Plätze",
                        "Ateliers und Büros",
                        "Konferenzraum",
                    ],
                },
                {
                    "category": "education",
                    "title": "Austausch",
                    "items": [
                        "Frühstückstreffen für Selbstständige",
                        "Workshops zu Marketing und Pressearbeit",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Dank der Nähe zu Chemnitz müssen viele Kreative nicht mehr in die Großstadt "
                "pendeln, sondern arbeiten vor Ort. Das Online-Magazin berichtet über Kultur und "
                "Wirtschaft im Landkreis Zwickau.</p>"
            ),
        },
    },
    {
        "slug": "muldenmuehle-grimma",
        "title": "Muldenmühle Grimma",
        "subtitle": "Von der Getreidemühle zum Kulturort",
        "teaser": (
            "Die alte Getreidemühle an der Mulde ist heute ein soziokulturelles Zentrum mit Saal, "
            "Literaturhaus und Café. Sie hat zwei große Hochwasser überstanden und ist für Grimma "
            "wichtiger denn je."
        ),
        "town": "Grimma",
        "postal_code": "04668",
        "address": "Mühlgraben 4",
        "district": "landkreis-leipzig",
        "lat": 51.2362,
        "lon": 12.7289,
        "types": ["soziokulturelles-zentrum", "veranstaltungsort"],
        "submarkets": ["buchmarkt", "darstellende-kuenste"],
        "status": "established",
        "former_use": "Getreidemühle",
        "conversion_year": 2003,
        "nearest_city": "Leipzig",
        "distance_km": 35,
        "plot_size_m2": 5000,
        "building_count": 3,
        "setting": "rural",
        "operator": "Muldenmühle Grimma e. V.",
        "website": "https://muldenmuehle-grimma.example",
        "contact_email": "kontakt@muldenmuehle-grimma.example",
        "visiting_info": (
            "Das Café ist Mittwoch bis Sonntag von 11 bis 18 Uhr geöffnet, Veranstaltungen laut "
            "Programm."
        ),
        "sections": {
            "history": (
                "<p>An dieser Stelle wurde schon im Mittelalter Getreide gemahlen. Das heutige "
                "Mühlengebäude stammt von 1880; das Wasserrad wich später einer Turbine, die bis "
                "1972 lief. Danach diente die Mühle als Lager der örtlichen Genossenschaft.</p>"
            ),
            "today": (
                "<p>Auf dem ehemaligen Mahlboden befindet sich ein Saal für Theater und Konzerte, "
                "darüber ein kleines Literaturhaus mit Lesungen und Schreibwerkstätten. Das Café "
                "im Erdgeschoss mit Terrasse an der Mulde ist ein beliebter Treffpunkt.</p>"
            ),
            "current_state": (
                "<p>Nach den Hochwassern 2002 und 2013 wurde das Haus umfassend saniert und "
                "hochwasserangepasst umgebaut. Derzeit wird die alte Turbine restauriert, damit "
                "sie wieder Strom erzeugt.</p>"
            ),
            "offers": [
                {
                    "category": "culture",
                    "title": "Kultur",
                    "items": [
                        "Theater und Konzerte",
                        "Lesungen und Literaturfest",
                    ],
                },
                {
                    "category": "education",
                    "title": "Schreiben",
                    "items": [
                        "Schreibwerkstätten für Jugendliche",
                        "Erzählcafé für Ältere",
                    ],
                },
                {
                    "category": "gastronomy",
                    "title": "Café",
                    "items": [
                        "Mühlencafé mit Terrasse",
                        "Kuchen aus eigener Backstube",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Die Muldenmühle ist Anlaufpunkt für das gesamte Muldental. Sie arbeitet mit "
                "Schulen, Bibliotheken und Leipziger Verlagen zusammen.</p>"
            ),
        },
    },
    {
        "slug": "lichtspielhaus-wurzen",
        "title": "Lichtspielhaus Wurzen",
        "subtitle": "Vom Kino zum Film- und Konzertsaal",
        "teaser": (
            "Das ehemalige Lichtspielhaus von Wurzen soll wieder ein Ort für Film und Musik "
            "werden. Ein Verein hat den Saal gesichert und zeigt schon die ersten Filme."
        ),
        "town": "Wurzen",
        "postal_code": "04808",
        "address": "Kinogasse 3",
        "district": "landkreis-leipzig",
        "lat": 51.3684,
        "lon": 12.7418,
        "types": ["veranstaltungsort", "zwischennutzung"],
        "submarkets": ["filmwirtschaft", "musikwirtschaft"],
        "status": "in-the-making",
        "former_use": "Kino",
        "conversion_year": None,
        "nearest_city": "Leipzig",
        "distance_km": 30,
        "plot_size_m2": 1300,
        "building_count": 1,
        "setting": "rural",
        "operator": "Lichtspielhaus Wurzen e. V.",
        "website": "https://lichtspielhaus-wurzen.example",
        "contact_email": "kontakt@lichtspielhaus-wurzen.example",
        "visiting_info": "Filmabende freitags um 20 Uhr; Baustellenführungen nach Absprache.",
        "sections": {
            "history": (
                "<p>Das Kino eröffnete 1928 mit fast 600 Plätzen und einer Bühne für Varieté. In "
                "der DDR war es das wichtigste Filmtheater der Stadt. Nach der Wende sanken die "
                "Besucherzahlen, 2003 lief der letzte Film.</p>"
            ),
            "today": (
                "<p>Seit 2023 zeigt ein Verein im Foyer und in einem Teil des Saals wieder Filme "
                "und veranstaltet kleine Konzerte. Die originale Art-déco-Decke ist erhalten und "
                "soll restauriert werden.</p>"
            ),
            "current_state": (
                "<p>Der Verein hat das Gebäude im Erbbaurecht übernommen und sammelt Geld für Dach "
                "und Haustechnik. Eine Bauvoranfrage ist gestellt.</p>"
            ),
            "offers": [
                {
                    "category": "culture",
                    "title": "Programm",
                    "items": [
                        "Filmabende im Foyer",
                        "Konzerte",
                        "Stummfilme mit Live-Musik",
                    ],
                },
                {
                    "category": "other",
                    "title": "Unterstützen",
                    "items": [
                        "Patenschaften für Kinosessel",
                        "Ehrenamt im Kinoteam",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Für viele Menschen in Wurzen ist das Lichtspielhaus ein Ort der Erinnerung. "
                'Mit dem <a href="page:zelluloidwerk-eilenburg">Zelluloidwerk Eilenburg</a> plant '
                "der Verein ein gemeinsames Filmfestival im Muldental.</p>"
            ),
        },
    },
    {
        "slug": "molkerei-borna",
        "title": "Molkerei Borna",
        "subtitle": "Von der Molkerei zum Kreativhof",
        "teaser": (
            "In der früheren Molkerei von Borna arbeiten heute Softwareentwicklerinnen, eine "
            "Agentur und eine offene Werkstatt. Der Hof ist zu einem Treffpunkt im Leipziger "
            "Südraum geworden."
        ),
        "town": "Borna",
        "postal_code": "04552",
        "address": "Milchhofweg 5",
        "district": "landkreis-leipzig",
        "lat": 51.1268,
        "lon": 12.5003,
        "types": ["coworking", "werkstatt-makerspace", "soziokulturelles-zentrum"],
        "submarkets": ["software-games-industrie", "werbemarkt"],
        "status": "established",
        "former_use": "Molkerei",
        "conversion_year": 2021,
        "nearest_city": "Leipzig",
        "distance_km": 30,
        "plot_size_m2": 6300,
        "building_count": 3,
        "setting": "rural",
        "operator": "Molkerei Borna eG",
        "website": "https://molkerei-borna.example",
        "contact_email": "kontakt@molkerei-borna.example",
        "visiting_info": (
            "Coworking werktags von 8 bis 18 Uhr, Wochenmarkt samstags von 9 bis 13 Uhr."
        ),
        "sections": {
            "history": (
                "<p>Die Molkerei verarbeitete ab 1936 die Milch der Bauernhöfe im Umland zu "
                "Butter, Quark und Käse. Zu DDR-Zeiten wurde sie erweitert und belieferte die "
                "Kantinen im Braunkohlerevier. 1997 wurde sie geschlossen.</p>"
            ),
            "today": (
                "<p>Eine Genossenschaft betreibt heute Coworking-Räume, Büros und eine offene "
                "Werkstatt mit 3D-Druckern und Holzbearbeitung. In der alten Abfüllhalle finden "
                "Veranstaltungen und ein Wochenmarkt statt.</p>"
            ),
            "current_state": (
                "<p>Das Hauptgebäude ist saniert, als Nächstes wird die Lagerhalle ausgebaut. Die "
                "Genossenschaft sucht weitere Mitglieder.</p>"
            ),
            "offers": [
                {
                    "category": "workspace",
                    "title": "Arbeiten",
                    "items": [
                        "Coworking und Büros",
                        "Offene Werkstatt",
                    ],
                },
                {
                    "category": "culture",
                    "title": "Hofleben",
                    "items": [
                        "Wochenmarkt am Samstag",
                        "Veranstaltungen in der Abfüllhalle",
                    ],
                },
                {
                    "category": "education",
                    "title": "Lernen",
                    "items": [
                        "Programmierkurse für Kinder",
                        "Einführungen in die Werkstatt",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Im Leipziger Südraum verändert der Ausstieg aus der Braunkohle die "
                "Arbeitswelt. Die Molkerei bietet neuen Unternehmen einen Ort und arbeitet mit "
                "Projekten des Strukturwandels zusammen.</p>"
            ),
        },
    },
    {
        "slug": "steingutwerk-torgau",
        "title": "Steingutwerk Torgau",
        "subtitle": "Vom Steingutwerk zur Keramikwerkstatt",
        "teaser": (
            "In einer Halle des früheren Steingutwerks in Torgau entsteht eine Werkstatt für "
            "Keramik und Produktdesign. Die ersten Brennöfen laufen bereits, weitere Werkplätze "
            "werden vermietet."
        ),
        "town": "Torgau",
        "postal_code": "04860",
        "address": "Glasurweg 8",
        "district": "landkreis-nordsachsen",
        "lat": 51.5573,
        "lon": 13.0021,
        "types": ["werkstatt-makerspace", "atelierhaus"],
        "submarkets": ["kunsthandwerk", "designwirtschaft"],
        "status": "in-the-making",
        "former_use": "Steingutfabrik",
        "conversion_year": 2023,
        "nearest_city": "Leipzig",
        "distance_km": 55,
        "plot_size_m2": 7400,
        "building_count": 2,
        "setting": "rural",
        "operator": "Keramikwerk Torgau e. V.",
        "website": "https://steingutwerk-torgau.example",
        "contact_email": "kontakt@steingutwerk-torgau.example",
        "visiting_info": (
            "Offene Werkstatt samstags von 10 bis 15 Uhr. Wer einen Werkplatz mieten möchte, "
            "meldet sich per E-Mail."
        ),
        "sections": {
            "history": (
                "<p>Torgau hat eine lange Tradition in der Herstellung von Steingut. Die Halle "
                "entstand in den 1920er-Jahren für Glasur und Brand von Geschirr, Fliesen und "
                "Waschbecken. Nach der Schließung des Werks blieb sie ungenutzt.</p>"
            ),
            "today": (
                "<p>Seit 2023 baut ein Verein die Halle zur Werkstatt um: Zwei Elektroöfen und ein "
                "Gasofen sind in Betrieb, die ersten Keramikerinnen und Designer arbeiten bereits "
                "hier.</p>"
            ),
            "current_state": (
                "<p>Der zweite Bauabschnitt mit Glasurlabor und Ausstellungsraum wird gerade "
                "geplant. <b>Sechs Werkplätze sind noch zu vermieten.</b></p>"
            ),
            "offers": [
                {
                    "category": "workspace",
                    "title": "Werkplätze zu vermieten",
                    "items": [
                        "Werkplätze mit Ofenmitnutzung",
                        "Lagerflächen",
                    ],
                },
                {
                    "category": "education",
                    "title": "Kurse",
                    "items": [
                        "Drehkurse",
                        "Glasurworkshops",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Die Werkstatt knüpft an die Industriegeschichte Torgaus an und arbeitet mit "
                "ehemaligen Beschäftigten des Werks zusammen. Sie will Handwerk und Design in "
                "Nordsachsen sichtbar machen.</p>"
            ),
        },
    },
    {
        "slug": "zelluloidwerk-eilenburg",
        "title": "Zelluloidwerk Eilenburg",
        "subtitle": "Vom Zelluloidwerk zum Filmhaus",
        "teaser": (
            "Eilenburg war über ein Jahrhundert Standort der Zelluloidproduktion. Im ehemaligen "
            "Werksgebäude dreht sich heute alles um das bewegte Bild: Programmkino, Studios und "
            "eine Ausstellung."
        ),
        "town": "Eilenburg",
        "postal_code": "04838",
        "address": "Am Werkskanal 6",
        "district": "landkreis-nordsachsen",
        "lat": 51.4612,
        "lon": 12.6291,
        "types": ["veranstaltungsort", "galerie-ausstellung"],
        "submarkets": ["filmwirtschaft", "rundfunkwirtschaft"],
        "status": "established",
        "former_use": "Zelluloidfabrik",
        "conversion_year": 2015,
        "nearest_city": "Leipzig",
        "distance_km": 27,
        "plot_size_m2": 5900,
        "building_count": 2,
        "setting": "rural",
        "operator": "Filmhaus Eilenburg gGmbH",
        "website": "https://zelluloidwerk-eilenburg.example",
        "contact_email": "kontakt@zelluloidwerk-eilenburg.example",
        "visiting_info": (
            "Das Kino spielt täglich außer montags ab 17 Uhr, die Ausstellung ist zu den "
            "Kinozeiten geöffnet."
        ),
        "sections": {
            "history": (
                "<p>Um 1890 begann in Eilenburg die Herstellung von Zelluloid, einem der ersten "
                "Kunststoffe, aus dem Kämme, Brillengestelle, Spielzeug und Filmträger gefertigt "
                "wurden. Das Werk wuchs zu einem großen Chemiebetrieb heran. Nach 1990 wurde "
                "vieles stillgelegt, dieses Verwaltungs- und Laborgebäude blieb erhalten.</p>"
            ),
            "today": (
                "<p>Im Erdgeschoss ist ein Programmkino mit 80 Plätzen entstanden, in den Laboren "
                "arbeiten eine Produktionsfirma für Dokumentarfilme und ein Lokalsender. Eine "
                "Ausstellung erzählt die Geschichte des Zelluloids, einige historische Kameras "
                'sind Leihgaben aus dem <a href="page:kamerawerk-reick">Kamerawerk Reick</a>.</p>'
            ),
            "current_state": (
                "<p>Das Haus ist gut ausgelastet. Ein zweiter Kinosaal ist in Planung.</p>"
            ),
            "offers": [
                {
                    "category": "culture",
                    "title": "Kino und Ausstellung",
                    "items": [
                        "Programmkino",
                        "Ausstellung zur Geschichte des Zelluloids",
                    ],
                },
                {
                    "category": "workspace",
                    "title": "Studios",
                    "items": [
                        "Büros für Film und Fernsehen",
                        "Tonstudio",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Das Filmhaus ist das einzige Programmkino weit und breit und Partner vieler "
                "Schulen in Nordsachsen. Filmteams aus Leipzig nutzen Stadt und Werk gern als "
                "Drehort.</p>"
            ),
        },
    },
    {
        "slug": "bahnhof-bad-dueben",
        "title": "Bahnhof Bad Düben",
        "subtitle": "Vom Bahnhof zum Mitmach-Ort",
        "teaser": (
            "Das Empfangsgebäude des Bahnhofs Bad Düben wartet seit Jahren auf neue Nutzer. "
            "Gesucht werden Ideen für Coworking, Medienarbeit oder ein Café am Rand der Dübener "
            "Heide."
        ),
        "town": "Bad Düben",
        "postal_code": "04849",
        "address": "Am Bahnsteig 1",
        "district": "landkreis-nordsachsen",
        "lat": 51.5938,
        "lon": 12.5811,
        "types": ["coworking", "zwischennutzung"],
        "submarkets": ["pressemarkt", "rundfunkwirtschaft", "buchmarkt"],
        "status": "vacant",
        "former_use": "Bahnhof",
        "conversion_year": None,
        "nearest_city": "Leipzig",
        "distance_km": 37,
        "plot_size_m2": 3400,
        "building_count": 2,
        "setting": "rural",
        "operator": "Bahnhofsinitiative Bad Düben",
        "website": "https://bahnhof-bad-dueben.example",
        "contact_email": "kontakt@bahnhof-bad-dueben.example",
        "visiting_info": (
            "Besichtigungen nach Absprache per E-Mail. Einmal im Quartal lädt die Initiative zu "
            "einem offenen Treffen vor Ort ein."
        ),
        "sections": {
            "history": (
                "<p>Der Bahnhof wurde 1895 eröffnet und brachte Kurgäste in die Stadt und Holz aus "
                "der Heide in die Städte. Im Empfangsgebäude gab es einen Fahrkartenschalter, "
                "einen Wartesaal und eine Gaststätte. Mit dem Rückgang des Bahnverkehrs wurde das "
                "Gebäude überflüssig, seit 2004 steht es leer.</p>"
            ),
            "today": (
                "<p>Zum Gebäude mit Wartesaal, Gaststätte und einer Wohnung im Obergeschoss gehört "
                "ein Güterschuppen; der Zustand ist einfach. Die Räume eignen sich für Coworking, "
                "eine Redaktion, ein Bürgerradio oder ein Café mit Buchladen.</p>"
            ),
            "current_state": (
                "<p><b>Mitmach-Ort:</b> Eine Initiative aus der Stadt sucht Nutzerinnen und Nutzer "
                "sowie einen Träger. Die Stadt prüft, ob sie das Gebäude erwerben kann.</p>"
            ),
            "offers": [
                {
                    "category": "other",
                    "title": "Wer gesucht wird",
                    "items": [
                        "Betreiber für Café und Buchladen",
                        "Redaktionen und Medienprojekte",
                        "Eine Coworking-Initiative",
                    ],
                },
                {
                    "category": "workspace",
                    "title": "Räume",
                    "items": [
                        "Wartesaal mit rund 120 m²",
                        "Büros im Obergeschoss",
                        "Güterschuppen",
                    ],
                },
            ],
            "regional_ties": (
                "<p>Bad Düben ist Kurstadt und Tor zur Dübener Heide, viele Menschen pendeln nach "
                "Leipzig. Ein belebter Bahnhof könnte Treffpunkt für Einheimische, Gäste und "
                "Pendler werden.</p>"
            ),
        },
    },
]
