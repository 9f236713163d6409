"""Demo content: knowledge-transfer guides ("Wissen") for Kreativorte Sachsen.

Each guide is a dict with slug, title, teaser, topics, audience and a body made of
(block_type, value) tuples. All texts are written for this demo; they give general
orientation and do not replace individual legal, tax or funding advice.
"""

GUIDES: list[dict] = [
    {
        "slug": "nutzungsaenderung-genehmigen",
        "title": "Nutzungsänderung: Vom Leerstand zur genehmigten Nutzung",
        "teaser": (
            "Aus der Lagerhalle wird ein Atelierhaus, aus dem Bahnhof ein Kulturort. "
            "Dieser Leitfaden zeigt, wann eine Nutzungsänderung genehmigt werden muss, "
            "was die Bauaufsicht prüft und wie eine Bauvoranfrage Planungssicherheit schafft."
        ),
        "topics": ["baurecht", "nutzungskonzept"],
        "audience": "founders",
        "body": [
            ("heading", "Warum die neue Nutzung fast immer ein Genehmigungsthema ist"),
            (
                "paragraph",
                "<p>Wer eine alte Fabrikhalle, ein Kühlhaus oder einen Bahnhof in Ateliers, "
                "Werkstätten oder einen Veranstaltungsort verwandelt, ändert in aller Regel die "
                "baurechtliche Nutzung des Gebäudes. Die Genehmigung von damals deckt das "
                "Lager oder die Produktion – nicht aber Arbeitsplätze für zwanzig Kreative, "
                "ein Café oder Konzerte mit Publikum.</p>"
                "<p>Nach der Sächsischen Bauordnung ist eine Nutzungsänderung grundsätzlich "
                "genehmigungspflichtig, wenn für die neue Nutzung andere öffentlich-rechtliche "
                "Anforderungen gelten als für die bisherige. Das betrifft vor allem den "
                "Brandschutz, die Rettungswege, den Stellplatznachweis, den Schallschutz und "
                "die planungsrechtliche Zulässigkeit. Nur wenn sich an diesen Anforderungen "
                "nichts ändert, kann die Änderung verfahrensfrei sein. Hat ein Gebäude sehr "
                "lange leer gestanden, sollte außerdem früh geklärt werden, ob man sich noch "
                "auf die frühere Genehmigung berufen kann.</p>",
            ),
            ("heading", "Planungsrecht: Passt die Nutzung an diesen Ort?"),
            (
                "paragraph",
                "<p>Bevor es um Treppenhäuser und Brandwände geht, steht eine grundsätzlichere "
                "Frage: Ist die neue Nutzung an diesem Standort überhaupt zulässig? Maßgeblich "
                "ist das Baugesetzbuch. Gibt es einen Bebauungsplan, entscheiden dessen "
                "Festsetzungen, etwa Gewerbegebiet oder Mischgebiet. Im unbeplanten "
                "Innenbereich muss sich das Vorhaben in die Eigenart der näheren Umgebung "
                "einfügen, und im Außenbereich sind die Hürden besonders hoch.</p>"
                "<p>Typische Konflikte sind gut bekannt: Wohnateliers in einem Gewerbegebiet, "
                "eine Konzerthalle direkt neben Wohnhäusern oder ein Café mit Außenbereich in "
                "einer ruhigen Seitenstraße. Je klarer Sie beschreiben, was im Haus passieren "
                "soll, desto besser lässt sich das einschätzen. Unser Leitfaden "
                '<a href="page:nutzungskonzept-entwickeln">Ein tragfähiges Nutzungskonzept '
                "entwickeln</a> hilft dabei.</p>",
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Offene Fragen mit einer Bauvoranfrage klären",
                    "text": "<p>Mit einer Bauvoranfrage lassen sich einzelne Fragen verbindlich "
                    "klären, bevor teure Planungen entstehen – zum Beispiel, ob eine Nutzung "
                    "als Atelierhaus mit Veranstaltungsraum planungsrechtlich zulässig ist. Der "
                    "Vorbescheid ist befristet gültig, nach der Sächsischen Bauordnung in der "
                    "Regel drei Jahre.</p>",
                },
            ),
            ("heading", "Was die Bauaufsicht sehen möchte"),
            (
                "paragraph",
                "<p>Für den Bauantrag zur Nutzungsänderung verlangt die untere "
                "Bauaufsichtsbehörde eine Reihe von Bauvorlagen. Üblich sind:</p>"
                "<ul><li>eine genaue <b>Nutzungsbeschreibung</b> mit Angaben zu Personenzahlen, "
                "Öffnungszeiten und Veranstaltungen,</li>"
                "<li>Lageplan, Grundrisse, Schnitte und Ansichten des Bestands und der Planung,</li>"
                "<li>ein <b>Brandschutznachweis</b>, bei größeren Vorhaben ein "
                "Brandschutzkonzept von Fachleuten,</li>"
                "<li>der <b>Stellplatznachweis</b> nach den örtlichen Regeln,</li>"
                "<li>bei Eingriffen in das Tragwerk ein Standsicherheitsnachweis.</li></ul>"
                "<p>Die Bauvorlagen müssen in der Regel von einer bauvorlageberechtigten "
                "Person erstellt werden, also etwa von Architektinnen und Architekten oder "
                "entsprechend berechtigten Ingenieuren. Viele Gemeinden haben eigene "
                "Stellplatzsatzungen; ob statt neuer Parkplätze eine Ablöse möglich ist, "
                "regelt die Kommune. Ein durchdachtes Mobilitätskonzept mit Fahrradstellplätzen "
                "und guter ÖPNV-Anbindung kann im Gespräch helfen.</p>",
            ),
            (
                "steps",
                {
                    "title": "Der Weg zur Genehmigung",
                    "steps": [
                        {
                            "title": "Bestand und Akten klären",
                            "text": "<p>Fragen Sie bei der Bauaufsicht nach der Bauakte: Welche "
                            "Nutzung ist genehmigt, welche Pläne liegen vor?</p>",
                        },
                        {
                            "title": "Nutzung skizzieren",
                            "text": "<p>Beschreiben Sie Räume, Nutzergruppen, Besucherzahlen und "
                            "Zeiten – lieber ehrlich als zu bescheiden.</p>",
                        },
                        {
                            "title": "Vorgespräch führen",
                            "text": "<p>Bitten Sie Bauaufsicht und Stadtplanung um ein frühes "
                            "Gespräch. Bringen Sie Fotos und eine Skizze mit.</p>",
                        },
                        {
                            "title": "Bauvoranfrage stellen",
                            "text": "<p>Lassen Sie die kritischen Punkte, etwa die "
                            "planungsrechtliche Zulässigkeit, verbindlich klären.</p>",
                        },
                        {
                            "title": "Bauantrag einreichen",
                            "text": "<p>Mit Architektin oder Architekt und Fachplanung für "
                            "Brandschutz und Tragwerk den vollständigen Antrag erarbeiten.</p>",
                        },
                        {
                            "title": "Auflagen umsetzen",
                            "text": "<p>Erst nach der Genehmigung und der Umsetzung der "
                            "Auflagen wird die neue Nutzung aufgenommen.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Zeit und Kosten einplanen"),
            (
                "paragraph",
                "<p>Rechnen Sie vom ersten Gespräch bis zur Genehmigung eher in Monaten als in "
                "Wochen. Neben den Gebühren der Behörde fallen Honorare für Planung und "
                "Gutachten an; hinzu kommen oft Umbauten, die sich erst aus dem "
                "Brandschutzkonzept ergeben. Wie Sie diese Posten realistisch schätzen, "
                'beschreibt der Leitfaden <a href="page:baukosten-planen">Baukosten im Bestand '
                "realistisch planen</a>.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Mitbringen zum Vorgespräch mit der Bauaufsicht",
                    "items": [
                        "Adresse, Flurstück und Eigentumsverhältnisse",
                        "Vorhandene Pläne oder Auszüge aus der Bauakte",
                        "Fotos der Räume, Treppen und Ausgänge",
                        "Kurze Beschreibung der geplanten Nutzung mit Personenzahlen",
                        "Angaben zu Veranstaltungen, Öffnungszeiten und Lärmquellen",
                        "Erste Überlegungen zu Stellplätzen und Anlieferung",
                        "Liste der offenen Fragen",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Häufige Fragen",
                    "items": [
                        {
                            "question": "Brauche ich auch für ruhige Ateliers ohne Publikum eine Genehmigung?",
                            "answer": "<p>Das hängt von der bisher genehmigten Nutzung ab. Aus "
                            "einer Lagerhalle Arbeitsräume zu machen, ändert meist die "
                            "Anforderungen an Rettungswege und Brandschutz. Klären Sie das im "
                            "Vorgespräch, statt es selbst zu entscheiden.</p>",
                        },
                        {
                            "question": "Darf das Haus schon genutzt werden, während der Antrag läuft?",
                            "answer": "<p>Grundsätzlich nein. Die neue Nutzung darf erst "
                            "aufgenommen werden, wenn sie genehmigt ist. Für einzelne "
                            "Veranstaltungen kann es im Einzelfall andere Wege geben; das "
                            "entscheidet die Behörde.</p>",
                        },
                        {
                            "question": "Wer unterschreibt den Bauantrag?",
                            "answer": "<p>Den Antrag stellt die Bauherrschaft, also zum Beispiel "
                            "der Verein oder die Eigentümerin. Die Bauvorlagen unterschreibt "
                            "zusätzlich die bauvorlageberechtigte Entwurfsverfasserin oder der "
                            "Entwurfsverfasser.</p>",
                        },
                    ],
                },
            ),
            (
                "download",
                {
                    "title": "Checkliste Nutzungsänderung (PDF)",
                    "description": "Zweiseitige Checkliste zum Ausdrucken: Unterlagen, "
                    "Ansprechpartner und Fragen für das Vorgespräch mit der Bauaufsicht.",
                },
            ),
            ("contact", "bauberatung"),
            (
                "related",
                {
                    "title": "Weiterlesen",
                    "pages": ["brandschutz-veranstaltungen", "nutzungskonzept-entwickeln"],
                },
            ),
        ],
    },
    {
        "slug": "brandschutz-veranstaltungen",
        "title": "Brandschutz und Veranstaltungen im Bestandsgebäude",
        "teaser": (
            "Konzerte, Lesungen, offene Ateliers: Sobald Publikum ins Haus kommt, wird "
            "Brandschutz zur Kernfrage. Was ein Brandschutzkonzept leistet, wann Regeln für "
            "Versammlungsstätten gelten und wie der sichere Betrieb gelingt."
        ),
        "topics": ["baurecht", "betrieb"],
        "audience": "operators",
        "body": [
            ("heading", "Publikum verändert alles"),
            (
                "paragraph",
                "<p>Solange in einem Gebäude nur wenige Menschen arbeiten, die sich auskennen, "
                "sind die Anforderungen an den Brandschutz überschaubar. Kommen Gäste hinzu, "
                "die das Haus nicht kennen, womöglich abends und in großer Zahl, ändert sich "
                "die Lage grundlegend. Rettungswege müssen dann nicht nur vorhanden, sondern "
                "auch für Ortsfremde auffindbar, ausreichend breit und jederzeit frei sein.</p>"
                "<p>In der Regel braucht jede Nutzungseinheit zwei voneinander unabhängige "
                "Rettungswege. In alten Industriebauten ist der zweite Rettungsweg häufig die "
                "größte bauliche Hürde – etwa wenn die einzige Treppe im Inneren liegt oder "
                "die Fenster im Obergeschoss zu hoch für Leitern der Feuerwehr sind.</p>",
            ),
            ("heading", "Wann Regeln für Versammlungsstätten greifen"),
            (
                "paragraph",
                "<p>Räume für größere Veranstaltungen zählen baurechtlich zu den Sonderbauten. "
                "Ab einer bestimmten Größe – in der Regel bei Versammlungsräumen für mehr als "
                "200 Besucherinnen und Besucher – gelten zusätzlich die Vorgaben der "
                "Sächsischen Versammlungsstättenverordnung. Sie regelt unter anderem "
                "Bestuhlungspläne, Breite der Ausgänge, Sicherheitsbeleuchtung und die "
                "Anwesenheit verantwortlicher Personen während des Betriebs.</p>"
                "<p>Für viele Kreativorte lohnt es sich, die eigene Planung bewusst zu "
                "begrenzen: Ein Saal für 180 statt 250 Personen kann die Anforderungen "
                "deutlich vereinfachen. Diese Entscheidung gehört an den Anfang, ins "
                '<a href="page:nutzungskonzept-entwickeln">Nutzungskonzept</a>, nicht ans '
                "Ende der Planung.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Keine Veranstaltung ohne Klärung",
                    "text": "<p>Auch einmalige Feste in ungenehmigten Räumen sind riskant. "
                    "Kommt es zu einem Unfall, stehen Veranstalter und Eigentümer in der "
                    "Haftung. Sprechen Sie die Bauaufsicht früh an – für einzelne "
                    "Veranstaltungen gibt es je nach Fall Lösungen.</p>",
                },
            ),
            ("heading", "Das Brandschutzkonzept als Werkzeug"),
            (
                "paragraph",
                "<p>Ein Brandschutzkonzept beschreibt, wie ein Gebäude im Brandfall funktioniert: "
                "Brandabschnitte, Rettungswege, Rauchableitung, Alarmierung und Zugänge für "
                "die Feuerwehr. Gerade im Bestand ist es mehr als eine Pflichtübung. Gute "
                "Fachplanerinnen und Fachplaner suchen nach Lösungen, die den Charakter des "
                "Hauses erhalten – zum Beispiel eine Brandmeldeanlage als Ausgleich dafür, "
                "dass eine historische Holztreppe nicht ersetzt werden soll.</p>"
                "<p>Binden Sie die Brandschutzdienststelle beziehungsweise die örtliche "
                "Feuerwehr früh ein. Ein gemeinsamer Rundgang klärt oft mehr als mehrere "
                "Schreiben.</p>",
            ),
            (
                "steps",
                {
                    "title": "So kommen Sie zu einem sicheren Veranstaltungsbetrieb",
                    "steps": [
                        {
                            "title": "Nutzung festlegen",
                            "text": "<p>Welche Formate, wie viele Gäste, welche Räume?</p>",
                        },
                        {
                            "title": "Fachplanung beauftragen",
                            "text": "<p>Brandschutzkonzept durch erfahrene Fachleute erstellen "
                            "lassen, möglichst mit Erfahrung im Bestand.</p>",
                        },
                        {
                            "title": "Mit Behörde und Feuerwehr abstimmen",
                            "text": "<p>Konzept vorstellen, Ausgleichsmaßnahmen besprechen.</p>",
                        },
                        {
                            "title": "Bauliche Maßnahmen umsetzen",
                            "text": "<p>Türen, Sicherheitsbeleuchtung, Meldeanlagen, "
                            "Beschilderung.</p>",
                        },
                        {
                            "title": "Betrieb organisieren",
                            "text": "<p>Brandschutzordnung, Flucht- und Rettungspläne, "
                            "Einweisung des Teams, regelmäßige Prüfungen.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Im laufenden Betrieb"),
            (
                "paragraph",
                "<p>Brandschutz endet nicht mit der Genehmigung. Für jede Veranstaltung sollte "
                "klar sein, wer verantwortlich ist, wie viele Gäste zugelassen sind und wo der "
                "Bestuhlungsplan hängt. Feuerlöscher, Sicherheitsbeleuchtung und "
                "Brandmeldeanlagen müssen regelmäßig geprüft werden. Wer Getränke ausschenkt "
                "oder Speisen anbietet, sollte zusätzlich beim Ordnungs- oder Gewerbeamt "
                "klären, was anzuzeigen ist. Mehr zur Alltagsorganisation finden Sie im "
                'Leitfaden <a href="page:betrieb-organisieren">Den Alltag im Kreativort '
                "organisieren</a>.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Vor jeder Veranstaltung",
                    "items": [
                        "Rettungswege und Notausgänge frei und nicht verschlossen",
                        "Zulässige Personenzahl bekannt, Einlass wird gezählt",
                        "Verantwortliche Person für die Veranstaltung benannt",
                        "Sicherheitsbeleuchtung und Beschilderung funktionieren",
                        "Feuerlöscher zugänglich, Prüfdatum aktuell",
                        "Dekoration schwer entflammbar, keine offenen Flammen ohne Freigabe",
                        "Zufahrt für Feuerwehr und Rettungsdienst frei",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Häufige Fragen",
                    "items": [
                        {
                            "question": "Gilt die Versammlungsstättenverordnung auch für Open-Air-Veranstaltungen?",
                            "answer": "<p>Für Veranstaltungen im Freien gibt es eigene "
                            "Schwellenwerte, die vor allem große Flächen mit Bühnen betreffen. "
                            "Kleinere Hoffeste fallen meist nicht darunter, brauchen aber oft "
                            "andere Genehmigungen, etwa für Lärm oder die Nutzung öffentlicher "
                            "Flächen.</p>",
                        },
                        {
                            "question": "Muss ein historischer Dielenboden ersetzt werden?",
                            "answer": "<p>Nicht zwingend. Häufig lassen sich mit "
                            "Ausgleichsmaßnahmen an anderer Stelle Lösungen finden. Das ist "
                            "genau die Aufgabe eines guten Brandschutzkonzepts.</p>",
                        },
                    ],
                },
            ),
            (
                "download",
                {
                    "title": "Checkliste Veranstaltungssicherheit (PDF)",
                    "description": "Eine Seite zum Aushängen: Kontrollpunkte vor Einlass, "
                    "Zuständigkeiten und Notfallnummern zum Ausfüllen.",
                },
            ),
            ("contact", "bauberatung"),
        ],
    },
    {
        "slug": "denkmalschutz-grundlagen",
        "title": "Arbeiten im Baudenkmal: Was Eigentümer wissen sollten",
        "teaser": (
            "Viele Kreativorte stehen unter Denkmalschutz. Wer früh mit der Unteren "
            "Denkmalschutzbehörde spricht, spart Zeit und Geld. Ein Überblick über "
            "Genehmigungen, Pflichten und gute Zusammenarbeit."
        ),
        "topics": ["denkmalschutz"],
        "audience": "owners",
        "body": [
            ("heading", "Ist mein Gebäude ein Denkmal?"),
            (
                "paragraph",
                "<p>Alte Textilfabriken, Bahnhöfe, Mühlen oder Kesselhäuser sind in Sachsen "
                "häufig Kulturdenkmale. Nach dem Sächsischen Denkmalschutzgesetz kommt es "
                "darauf an, ob ein Gebäude die gesetzlichen Kriterien erfüllt – etwa wegen "
                "seiner geschichtlichen, künstlerischen, städtebaulichen oder "
                "technikgeschichtlichen Bedeutung. Die Eintragung in die Denkmalliste hat in "
                "Sachsen nachrichtlichen Charakter: Der Schutz besteht auch dann, wenn ein "
                "Eintrag fehlt oder unvollständig ist.</p>"
                "<p>Verlässliche Auskunft gibt die Untere Denkmalschutzbehörde, die in der "
                "Regel beim Landkreis oder bei der kreisfreien Stadt angesiedelt ist. Fachlich "
                "wird sie vom Landesamt für Denkmalpflege unterstützt. Fragen Sie nach, bevor "
                "Sie ein Gebäude kaufen oder Verträge unterschreiben.</p>",
            ),
            ("heading", "Was genehmigt werden muss"),
            (
                "paragraph",
                "<p>Veränderungen an einem Kulturdenkmal brauchen eine denkmalschutzrechtliche "
                "Genehmigung. Das gilt nicht nur für große Umbauten, sondern auch für neue "
                "Fenster, eine andere Dachdeckung, Innendämmung, einen neuen Anstrich der "
                "Fassade oder das Entfernen alter Ausstattung. Auch Maßnahmen in der Umgebung "
                "eines Denkmals können genehmigungspflichtig sein.</p>"
                "<p>Ist für das Vorhaben ohnehin eine Baugenehmigung nötig, etwa wegen einer "
                '<a href="page:nutzungsaenderung-genehmigen">Nutzungsänderung</a>, wird die '
                "Denkmalschutzbehörde im Baugenehmigungsverfahren beteiligt. Ansonsten "
                "beantragen Sie die Genehmigung direkt bei ihr. Beginnen Sie keine Arbeiten, "
                "bevor die Genehmigung vorliegt.</p>",
            ),
            (
                "quote",
                {
                    "text": "Die Denkmalpflegerin hat uns gezeigt, wo der Bestand Spielraum "
                    "lässt. Am Ende war die alte Kranbahn nicht das Problem, sondern das "
                    "Markenzeichen unserer Halle.",
                    "attribution": "Vorstand eines Atelierhausvereins im Landkreis Zwickau",
                },
            ),
            ("heading", "Gute Zusammenarbeit mit der Denkmalpflege"),
            (
                "paragraph",
                "<p>Denkmalpflege ist kein Gegner einer neuen Nutzung – im Gegenteil: Ein "
                "Denkmal, das genutzt wird, bleibt erhalten. Die Behörde fragt jedoch, welche "
                "Teile des Gebäudes den Denkmalwert ausmachen, und wie man diese möglichst "
                "schonend in die neue Nutzung einbindet. Wer dieses Interesse ernst nimmt, "
                "findet meist Kompromisse.</p>"
                "<ul><li>Lassen Sie eine <b>Bestandsaufnahme</b> anfertigen, bei größeren "
                "Vorhaben auch eine restauratorische Untersuchung.</li>"
                "<li>Planen Sie <b>reversibel</b>: Einbauten, die sich später wieder entfernen "
                "lassen, sind leichter genehmigungsfähig.</li>"
                "<li>Dokumentieren Sie Befunde und Entscheidungen – das hilft auch bei "
                "späteren Förderanträgen.</li></ul>",
            ),
            (
                "steps",
                {
                    "title": "Vom ersten Kontakt zur Genehmigung",
                    "steps": [
                        {
                            "title": "Denkmaleigenschaft klären",
                            "text": "<p>Bei der Unteren Denkmalschutzbehörde nachfragen, was "
                            "geschützt ist und warum.</p>",
                        },
                        {
                            "title": "Vor-Ort-Termin vereinbaren",
                            "text": "<p>Gemeinsam mit Denkmalpflege und Planung durch das Haus "
                            "gehen und Ziele erklären.</p>",
                        },
                        {
                            "title": "Bestand untersuchen",
                            "text": "<p>Bauaufnahme, Schadenskartierung und bei Bedarf "
                            "restauratorische Befunde.</p>",
                        },
                        {
                            "title": "Maßnahmen abstimmen",
                            "text": "<p>Planung im Entwurf vorstellen und Rückmeldungen "
                            "einarbeiten.</p>",
                        },
                        {
                            "title": "Genehmigung beantragen",
                            "text": "<p>Vollständige Unterlagen einreichen und die Genehmigung "
                            "abwarten, bevor Arbeiten beginnen.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Pflichten und Chancen"),
            (
                "paragraph",
                "<p>Eigentümerinnen und Eigentümer sind verpflichtet, ein Kulturdenkmal im "
                "Rahmen des Zumutbaren zu erhalten und pfleglich zu behandeln. Zugleich "
                "eröffnet der Denkmalstatus Möglichkeiten: steuerliche Vorteile für "
                "abgestimmte Maßnahmen und spezielle Zuschüsse. Wie das funktioniert, erklärt "
                '<a href="page:denkmal-finanzieren">Denkmal und Geld</a>.</p>',
            ),
            (
                "checklist",
                {
                    "title": "Bevor Sie im Denkmal loslegen",
                    "items": [
                        "Denkmaleigenschaft und Schutzumfang schriftlich bestätigt",
                        "Ansprechperson bei der Unteren Denkmalschutzbehörde bekannt",
                        "Bestandsaufnahme mit Fotos und Plänen vorhanden",
                        "Planerin oder Planer mit Denkmalerfahrung beauftragt",
                        "Maßnahmen vor Beginn abgestimmt und genehmigt",
                        "Mehrkosten und längere Bauzeit im Finanzplan berücksichtigt",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Häufige Fragen",
                    "items": [
                        {
                            "question": "Darf ich im Denkmal Photovoltaik installieren?",
                            "answer": "<p>Das ist nicht ausgeschlossen, aber immer "
                            "genehmigungspflichtig. Die Behörde wägt den Klimaschutz mit dem "
                            "Erscheinungsbild ab; oft sind Lösungen auf Nebengebäuden oder "
                            "weniger sichtbaren Dachflächen möglich.</p>",
                        },
                        {
                            "question": "Was passiert, wenn ohne Genehmigung gebaut wurde?",
                            "answer": "<p>Die Behörde kann Arbeiten stoppen und verlangen, dass "
                            "der frühere Zustand wiederhergestellt wird. Außerdem drohen "
                            "Bußgelder, und steuerliche Vorteile können entfallen.</p>",
                        },
                        {
                            "question": "Gilt der Schutz auch für das Innere des Gebäudes?",
                            "answer": "<p>In der Regel ja. Geschützt ist das Denkmal als "
                            "Ganzes, einschließlich wertvoller Ausstattung wie Treppen, Türen, "
                            "Fliesen oder technischer Anlagen.</p>",
                        },
                    ],
                },
            ),
            (
                "download",
                {
                    "title": "Gesprächsleitfaden Denkmalbehörde (PDF)",
                    "description": "Fragen und Unterlagen für den ersten Termin mit der "
                    "Unteren Denkmalschutzbehörde, mit Platz für Notizen.",
                },
            ),
            ("contact", "denkmalberatung"),
        ],
    },
    {
        "slug": "denkmal-finanzieren",
        "title": "Denkmal und Geld: Abschreibung, Zuschüsse, Mehrkosten",
        "teaser": (
            "Ein Denkmal zu sanieren kostet mehr als ein gewöhnlicher Umbau – es gibt aber "
            "auch besondere Hilfen. Wie steuerliche Abschreibung, Zuschüsse und eine "
            "realistische Kalkulation zusammenspielen."
        ),
        "topics": ["denkmalschutz", "finanzierung", "foerderung"],
        "audience": "owners",
        "body": [
            ("heading", "Mit welchen Mehrkosten zu rechnen ist"),
            (
                "paragraph",
                "<p>Wer ein Baudenkmal saniert, zahlt oft mehr als bei einem vergleichbaren "
                "Umbau ohne Denkmalstatus. Handwerkliche Reparatur statt Austausch, "
                "historische Materialien, restauratorische Untersuchungen und längere "
                "Abstimmungen schlagen zu Buche. Gleichzeitig ist nicht jede Maßnahme "
                "teurer: Eine sorgfältig reparierte Holzkonstruktion kann günstiger sein als "
                "ein kompletter Neubau des Dachstuhls.</p>"
                "<p>Wichtig ist, Mehrkosten früh zu benennen und zu trennen: Was kostet die "
                "Nutzung ohnehin, was entsteht zusätzlich durch den Denkmalschutz? Diese "
                "Unterscheidung brauchen Sie für Förderanträge und Gespräche mit Banken.</p>",
            ),
            ("heading", "Steuerliche Vorteile für Eigentümer"),
            (
                "paragraph",
                "<p>Das Einkommensteuerrecht erlaubt für Baudenkmale erhöhte Abschreibungen "
                "auf Herstellungs- und Erhaltungskosten, die für den Erhalt und eine sinnvolle "
                "Nutzung erforderlich sind. Voraussetzung ist eine Bescheinigung der "
                "zuständigen Denkmalbehörde. Entscheidend: Die Maßnahmen müssen "
                "<b>vor Beginn</b> mit der Behörde abgestimmt sein.</p>"
                "<p>Ob und in welchem Umfang sich das lohnt, hängt von der Rechtsform und der "
                "Steuersituation des Eigentümers ab. Ein gemeinnütziger Verein profitiert "
                "davon kaum, eine Privatperson oder eine Gesellschaft mit Mieteinnahmen "
                "dagegen erheblich. Lassen Sie sich steuerlich beraten, bevor Sie eine "
                "Eigentümerstruktur festlegen – mehr dazu im Leitfaden "
                '<a href="page:genossenschaft-gruenden">Gemeinsam besitzen</a>.</p>',
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Nicht vorzeitig beginnen",
                    "text": "<p>Sowohl für die Steuerbescheinigung als auch für die meisten "
                    "Zuschüsse gilt: Was vor der Abstimmung oder Bewilligung begonnen wurde, "
                    "wird in der Regel nicht berücksichtigt. Schon ein unterschriebener "
                    "Bauauftrag kann als Beginn gelten.</p>",
                },
            ),
            ("heading", "Zuschüsse kombinieren"),
            (
                "paragraph",
                "<p>Für Denkmale gibt es Zuschüsse aus unterschiedlichen Quellen: Mittel der "
                "Denkmalpflege von Land und Kommunen, Programme der Städtebauförderung in "
                "festgelegten Gebieten, in ländlichen Räumen auch LEADER, dazu private "
                "Stiftungen. Die Programme unterscheiden sich stark in Förderquote, "
                "Antragsfristen und darin, ob sie miteinander kombiniert werden dürfen.</p>"
                "<p>Legen Sie einen Finanzierungsplan an, der für jede Kostengruppe zeigt, "
                "woher das Geld kommt. So sehen Sie schnell, wo Eigenmittel fehlen und wo "
                "Doppelförderung droht. Eine Übersicht über die Fördersuche bietet der "
                'Leitfaden <a href="page:foerdermittel-finden">Fördermittel finden, '
                "kombinieren, abrechnen</a>.</p>",
            ),
            ("funding", "denkmal-impuls"),
            ("heading", "Überzeugend gegenüber Bank und Förderstellen auftreten"),
            (
                "paragraph",
                "<p>Banken tun sich mit Denkmalen und ungewöhnlichen Nutzungen manchmal schwer, "
                "weil Vergleichswerte fehlen. Umso wichtiger ist ein nachvollziehbares Paket: "
                "eine belastbare Kostenschätzung, ein Nutzungskonzept mit ersten "
                "Absichtserklärungen künftiger Mieterinnen und Mieter, ein Zeitplan und eine "
                "Darstellung der Fördermittel mit ihrem jeweiligen Stand – beantragt, "
                "bewilligt oder in Aussicht gestellt.</p>"
                "<p>Planen Sie außerdem die Zwischenfinanzierung ein. Zuschüsse werden häufig "
                "erst nach Vorlage von Rechnungen ausgezahlt, die steuerlichen Vorteile wirken "
                "erst in den Folgejahren. Dazwischen muss die Liquidität gesichert sein, sonst "
                "gerät ein gut gefördertes Projekt trotzdem in Schwierigkeiten.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Finanzierung im Denkmal",
                    "items": [
                        "Kostenschätzung mit ausgewiesenen denkmalbedingten Mehrkosten",
                        "Abstimmung der Maßnahmen mit der Denkmalbehörde vor Beginn",
                        "Steuerliche Beratung zur Abschreibung eingeholt",
                        "Förderprogramme auf Kombinierbarkeit geprüft",
                        "Rechnungen und Nachweise sauber nach Maßnahmen sortiert",
                        "Puffer für unerwartete Befunde eingeplant",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Häufige Fragen",
                    "items": [
                        {
                            "question": "Können auch Mieter von den Vorteilen profitieren?",
                            "answer": "<p>Die steuerlichen Vorteile stehen grundsätzlich dem "
                            "zu, der die Kosten trägt und das Gebäude wirtschaftlich nutzt. "
                            "Bei langfristigen Nutzungsverträgen oder Erbbaurechten lohnt "
                            "eine genaue Prüfung.</p>",
                        },
                        {
                            "question": "Werden denkmalbedingte Mehrkosten gefördert?",
                            "answer": "<p>Viele Programme der Denkmalpflege zielen genau auf "
                            "diese Mehraufwendungen. Deshalb lohnt es sich, sie in der "
                            "Kostenschätzung gesondert auszuweisen und zu begründen.</p>",
                        },
                        {
                            "question": "Ist der Kaufpreis eines Denkmals begünstigt?",
                            "answer": "<p>Nein, begünstigt sind die Sanierungskosten, nicht "
                            "der Erwerb von Grund und Gebäude.</p>",
                        },
                    ],
                },
            ),
            (
                "download",
                {
                    "title": "Vorlage Finanzierungsplan Denkmal (Tabelle)",
                    "description": "Tabellenvorlage mit Kostengruppen, Spalten für "
                    "denkmalbedingte Mehrkosten und Finanzierungsquellen.",
                },
            ),
            ("contact", "denkmalberatung"),
            (
                "related",
                {
                    "title": "Passend dazu",
                    "pages": [
                        "denkmalschutz-grundlagen",
                        "baukosten-planen",
                        "finanzierungsmix",
                        "tuchfabrik-grossenhain",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "foerdermittel-finden",
        "title": "Fördermittel finden, kombinieren, abrechnen",
        "teaser": (
            "Zuschüsse können ein Projekt möglich machen – wenn man die Spielregeln kennt. "
            "Wie Sie passende Programme finden, Eigenanteile planen, Anträge schreiben und "
            "die Abrechnung von Anfang an mitdenken."
        ),
        "topics": ["foerderung"],
        "audience": "founders",
        "body": [
            ("heading", "Erst das Projekt, dann das Programm"),
            (
                "paragraph",
                "<p>Der häufigste Fehler bei der Fördersuche ist, das eigene Vorhaben so lange "
                "zu verbiegen, bis es in ein Programm passt. Besser ist der umgekehrte Weg: "
                "Beschreiben Sie zunächst klar, was Sie vorhaben, für wen, mit welchem Budget "
                "und in welchem Zeitraum. Erst dann suchen Sie Programme, deren Ziele sich mit "
                "Ihren decken.</p>"
                "<p>Für Kreativorte kommen sehr unterschiedliche Töpfe infrage: investive "
                "Mittel für Umbau und Sanierung, etwa aus der Städtebauförderung oder in "
                "ländlichen Räumen über LEADER; Kulturförderung für Programm und "
                "Veranstaltungen, etwa über die Kulturräume und Stiftungen; Wirtschafts- und "
                "Gründungsförderung für Unternehmen im Haus; dazu Preise und Wettbewerbe. "
                "Häufig ist es sinnvoll, Bau, Betrieb und Programm getrennt zu finanzieren.</p>",
            ),
            ("heading", "Die wichtigsten Spielregeln"),
            (
                "paragraph",
                "<p>Öffentliche Zuschüsse folgen ähnlichen Grundsätzen, auch wenn die Details "
                "je nach Programm variieren:</p>"
                "<ul><li><b>Kein vorzeitiger Maßnahmebeginn:</b> Vor der Bewilligung dürfen Sie "
                "in der Regel keine Aufträge vergeben. Ausnahmen müssen ausdrücklich "
                "genehmigt werden.</li>"
                "<li><b>Eigenanteil:</b> Fast jedes Programm verlangt, dass Sie einen Teil "
                "selbst tragen – aus Eigenmitteln, Spenden oder anderen Quellen.</li>"
                "<li><b>Keine Doppelförderung:</b> Dieselben Kosten dürfen nicht zweimal "
                "gefördert werden. Kombinationen sind oft möglich, müssen aber offengelegt "
                "werden.</li>"
                "<li><b>Vergaberegeln:</b> Wer öffentliche Mittel erhält, muss bei Aufträgen "
                "häufig mehrere Angebote einholen oder formale Vergabeverfahren durchführen.</li>"
                "<li><b>Verwendungsnachweis:</b> Am Ende belegen Sie, wofür das Geld ausgegeben "
                "wurde und was erreicht wurde.</li></ul>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Beratung lohnt sich",
                    "text": "<p>Förderstellen, regionale LEADER-Managements und Wirtschaftsförderungen "
                    "beraten in der Regel kostenlos. Ein Anruf vor dem Antrag klärt, ob Ihr "
                    "Vorhaben überhaupt in Frage kommt – und spart Wochen.</p>",
                },
            ),
            (
                "steps",
                {
                    "title": "Vom Projekt zum Bewilligungsbescheid",
                    "steps": [
                        {
                            "title": "Projektskizze schreiben",
                            "text": "<p>Eine Seite: Ziel, Zielgruppe, Maßnahmen, Kosten, "
                            "Zeitraum, Partner.</p>",
                        },
                        {
                            "title": "Programme recherchieren",
                            "text": "<p>Förderdatenbanken, regionale Ansprechpartner und das "
                            "Netzwerk nutzen; Fristen notieren.</p>",
                        },
                        {
                            "title": "Beratungsgespräch führen",
                            "text": "<p>Skizze vorstellen, Förderfähigkeit und Quote klären.</p>",
                        },
                        {
                            "title": "Finanzierungsplan aufstellen",
                            "text": "<p>Alle Kosten und alle Quellen gegenüberstellen, "
                            "Eigenanteil sichern.</p>",
                        },
                        {
                            "title": "Antrag einreichen",
                            "text": "<p>Vollständig, fristgerecht und mit allen Anlagen.</p>",
                        },
                        {
                            "title": "Bewilligung abwarten",
                            "text": "<p>Erst danach Aufträge vergeben – außer ein vorzeitiger "
                            "Beginn wurde genehmigt.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Abrechnung von Anfang an mitdenken"),
            (
                "paragraph",
                "<p>Viele Projekte geraten nicht beim Antrag, sondern bei der Abrechnung in "
                "Not. Legen Sie vom ersten Tag an eine Belegliste an, ordnen Sie jede Rechnung "
                "einer Position im Finanzplan zu und dokumentieren Sie Vergaben mit "
                "Angeboten und Vergabevermerk. Fotos vom Baufortschritt, Teilnehmerlisten und "
                "Presseberichte helfen beim Sachbericht.</p>"
                "<p>Bedenken Sie auch die Liquidität: Zuschüsse fließen oft erst nach "
                "Mittelabruf und Prüfung. Wie Sie Lücken mit Krediten, Direktkrediten oder "
                'Spenden überbrücken, zeigt <a href="page:finanzierungsmix">Den '
                "Finanzierungsmix aufstellen</a>.</p>",
            ),
            ("heading", "Private Geldgeber nicht vergessen"),
            (
                "paragraph",
                "<p>Stiftungen, Unternehmen aus der Region und Bürgerinnen und Bürger sind "
                "wichtige Partner – besonders für Eigenanteile und Dinge, die öffentliche "
                "Programme nicht abdecken. Sie erwarten weniger Formulare, aber eine gute "
                "Geschichte und regelmäßige Rückmeldung. Tipps dafür finden Sie in "
                '<a href="page:oeffentlichkeitsarbeit-kreativorte">Öffentlichkeitsarbeit: Den '
                "Ort sichtbar machen</a>.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Vor dem Förderantrag",
                    "items": [
                        "Projektskizze auf einer Seite vorhanden",
                        "Passende Programme mit Fristen und Förderquoten notiert",
                        "Beratungsgespräch mit der Förderstelle geführt",
                        "Eigenanteil und Zwischenfinanzierung gesichert",
                        "Angebote oder Kostenschätzungen für alle Positionen",
                        "Regeln zu Vergabe und vorzeitigem Beginn geklärt",
                        "Belegliste und Ablage für die Abrechnung eingerichtet",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Häufige Fragen",
                    "items": [
                        {
                            "question": "Können Eigenleistungen als Eigenanteil zählen?",
                            "answer": "<p>Manche Programme erkennen unbezahlte Arbeit, etwa "
                            "von Vereinsmitgliedern, mit einem festen Stundensatz an, andere "
                            "nicht. Das steht in der jeweiligen Förderrichtlinie.</p>",
                        },
                        {
                            "question": "Was passiert, wenn das Projekt teurer wird?",
                            "answer": "<p>Die Förderung ist meist auf den bewilligten Betrag "
                            "begrenzt. Mehrkosten müssen Sie selbst tragen oder rechtzeitig "
                            "einen Änderungsantrag stellen.</p>",
                        },
                        {
                            "question": "Dürfen Unternehmen im Haus mitgefördert werden?",
                            "answer": "<p>Das hängt vom Programm ab. Bei Förderung von "
                            "Unternehmen spielen beihilferechtliche Regeln eine Rolle, die die "
                            "Förderstelle erklärt.</p>",
                        },
                    ],
                },
            ),
            (
                "download",
                {
                    "title": "Vorlage Projektskizze und Finanzierungsplan",
                    "description": "Ausfüllbare Vorlage für eine einseitige Projektskizze "
                    "und einen einfachen Kosten- und Finanzierungsplan.",
                },
            ),
            ("contact", "foerderberatung"),
        ],
    },
    {
        "slug": "finanzierungsmix",
        "title": "Den Finanzierungsmix aufstellen",
        "teaser": (
            "Eigenkapital, Bankkredit, Direktkredite, Crowdfunding und Zuschüsse: Kaum ein "
            "Kreativort lässt sich aus einer Quelle finanzieren. Wie ein tragfähiger Mix "
            "entsteht und worauf Banken und Unterstützer achten."
        ),
        "topics": ["finanzierung"],
        "audience": "founders",
        "body": [
            ("heading", "Investition und Betrieb getrennt betrachten"),
            (
                "paragraph",
                "<p>Ein Kreativort braucht zweierlei Geld: einmal für den Kauf und Umbau des "
                "Gebäudes, dauerhaft für den laufenden Betrieb. Die Investition lässt sich "
                "über Eigenkapital, Kredite und Zuschüsse finanzieren. Der Betrieb dagegen muss "
                "sich auf Dauer aus Mieten, Veranstaltungen, Mitgliedsbeiträgen und "
                "gegebenenfalls Projektmitteln tragen – und dazu gehören auch Zins und "
                "Tilgung.</p>"
                "<p>Die zentrale Frage lautet deshalb: Wie viel Schuldendienst kann der Ort "
                "monatlich erwirtschaften, ohne dass die Mieten für Kreative unerschwinglich "
                "werden? Daraus ergibt sich, wie groß der Kredit sein darf und wie viel über "
                "Eigenkapital und Zuschüsse kommen muss.</p>",
            ),
            ("heading", "Die Bausteine im Überblick"),
            (
                "paragraph",
                "<ul><li><b>Eigenkapital:</b> Einlagen der Gründerinnen und Gründer, "
                "Genossenschaftsanteile oder Spenden. Es ist die Grundlage für jede "
                "Bankfinanzierung.</li>"
                "<li><b>Bankkredit:</b> Regionale Banken und nachhaltig ausgerichtete "
                "Institute kennen gemeinschaftliche Projekte oft besser. Prüfen Sie auch "
                "Förderkredite, etwa über die KfW oder die Sächsische Aufbaubank, die Ihre "
                "Hausbank beantragt.</li>"
                "<li><b>Direktkredite und Nachrangdarlehen:</b> Unterstützerinnen und "
                "Unterstützer leihen dem Projekt Geld, häufig zu niedrigen Zinsen. Hier gelten "
                "aufsichtsrechtliche Regeln; lassen Sie das Modell vorab rechtlich prüfen.</li>"
                "<li><b>Crowdfunding:</b> Eignet sich weniger für große Summen, aber sehr gut "
                "für sichtbare Teilprojekte wie eine Bühne oder eine Werkstattausstattung.</li>"
                "<li><b>Zuschüsse:</b> Senken den Finanzierungsbedarf, sind aber an Regeln und "
                'Fristen gebunden – siehe <a href="page:foerdermittel-finden">Fördermittel '
                "finden</a>.</li></ul>",
            ),
            (
                "quote",
                {
                    "text": "Die Bank hat unser Projekt erst ernst genommen, als über sechzig "
                    "Menschen aus der Stadt Direktkredite gegeben hatten. Das war unser "
                    "bestes Argument.",
                    "attribution": "Mitglied einer Hausgenossenschaft in Mittelsachsen",
                },
            ),
            ("heading", "Was Banken sehen wollen"),
            (
                "paragraph",
                "<p>Ein Kreditgespräch läuft besser, wenn Sie vorbereitet sind. Banken fragen "
                "nach einem Wirtschaftsplan über mehrere Jahre, einer belastbaren "
                "Kostenschätzung, Sicherheiten und nach den Menschen hinter dem Projekt. Bei "
                "Gemeinschaftsprojekten interessiert außerdem, wer haftet und wie "
                "Entscheidungen getroffen werden.</p>"
                "<p>Zeigen Sie, dass die Einnahmen realistisch sind: Absichtserklärungen von "
                "Mieterinnen und Mietern, eine Warteliste für Ateliers oder Vergleichszahlen "
                "aus ähnlichen Orten sind überzeugender als optimistische Annahmen. Rechnen Sie "
                "Leerstand, Instandhaltung und Rücklagen ehrlich ein. Wie Sie die Baukosten "
                'belastbar ermitteln, steht in <a href="page:baukosten-planen">Baukosten im '
                "Bestand realistisch planen</a>.</p>",
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Szenarien rechnen",
                    "text": "<p>Rechnen Sie neben dem Normalfall mindestens ein schlechtes "
                    "Szenario: zehn Prozent höhere Baukosten, drei Monate Verzögerung, ein "
                    "Viertel der Flächen im ersten Jahr unvermietet. Hält der Plan das aus?</p>",
                },
            ),
            ("heading", "Reihenfolge und Timing"),
            (
                "paragraph",
                "<p>Die Bausteine hängen voneinander ab: Die Bank will Eigenkapital und "
                "Förderzusagen sehen, die Förderstelle einen gesicherten Eigenanteil, und "
                "Unterstützer warten auf ein klares Signal, dass das Projekt kommt. Planen Sie "
                "daher eine Reihenfolge mit Meilensteinen und sprechen Sie früh mit allen "
                "Beteiligten – oft reichen Absichtserklärungen, um den Kreis zu schließen. "
                "Halten Sie außerdem eine Liquiditätsreserve vor, denn Zuschüsse und "
                "Kreditauszahlungen kommen selten genau dann, wenn Rechnungen fällig werden.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Finanzierungsplan prüfen",
                    "items": [
                        "Investitions- und Betriebskosten getrennt aufgestellt",
                        "Tragbarer Schuldendienst aus dem Betrieb berechnet",
                        "Eigenkapitalquote für das Bankgespräch geklärt",
                        "Förderkredite und Zuschüsse geprüft",
                        "Direktkredit-Modell rechtlich geprüft",
                        "Liquiditätsplan für die Bauphase erstellt",
                        "Schlechtes Szenario durchgerechnet",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Häufige Fragen",
                    "items": [
                        {
                            "question": "Wie viel Eigenkapital brauchen wir?",
                            "answer": "<p>Eine feste Quote gibt es nicht. Viele Banken "
                            "erwarten einen spürbaren Anteil der Gesamtkosten; Zuschüsse und "
                            "Nachrangkapital können die Lücke teilweise schließen.</p>",
                        },
                        {
                            "question": "Ist Crowdfunding nicht zu aufwendig?",
                            "answer": "<p>Eine Kampagne kostet Zeit, schafft aber Sichtbarkeit "
                            "und bindet Menschen an den Ort. Für konkrete, anschauliche Ziele "
                            "lohnt sie sich oft auch dann, wenn die Summe klein ist.</p>",
                        },
                    ],
                },
            ),
            (
                "download",
                {
                    "title": "Vorlage Wirtschafts- und Liquiditätsplan (Tabelle)",
                    "description": "Tabellenvorlage für zehn Jahre Betrieb mit Einnahmen, "
                    "Kosten, Schuldendienst und Szenarien.",
                },
            ),
        ],
    },
    {
        "slug": "baukosten-planen",
        "title": "Baukosten im Bestand realistisch planen",
        "teaser": (
            "Alte Gebäude stecken voller Überraschungen. Wie Sie Kosten gliedern, Risiken "
            "benennen, Eigenleistung richtig einschätzen und mit Puffern arbeiten, damit "
            "das Budget auch am Ende noch stimmt."
        ),
        "topics": ["baukosten"],
        "audience": "operators",
        "body": [
            ("heading", "Warum Bestand teurer wird als gedacht"),
            (
                "paragraph",
                "<p>Im Neubau ist vieles planbar, im Bestand erst nach dem Öffnen von Wänden "
                "und Böden. Feuchte Keller, marode Balkenköpfe, fehlende Fundamente oder "
                "Schadstoffe in Altanstrichen und Dämmungen tauchen oft erst während der "
                "Arbeiten auf. Hinzu kommen Anforderungen, die mit der neuen Nutzung entstehen: "
                "Brandschutz, Barrierefreiheit, Haustechnik, Schallschutz.</p>"
                "<p>Die gute Nachricht: Viele Risiken lassen sich vorher eingrenzen. Je "
                "gründlicher die Untersuchung des Bestands, desto kleiner der Puffer, den Sie "
                "für Unbekanntes brauchen.</p>",
            ),
            ("heading", "Kosten gliedern und Stufen unterscheiden"),
            (
                "paragraph",
                "<p>In der Praxis werden Baukosten nach der DIN 276 gegliedert, etwa in "
                "Grundstück, Baukonstruktion, technische Anlagen, Außenanlagen, Ausstattung und "
                "Baunebenkosten wie Honorare und Gebühren. Diese Gliederung erleichtert den "
                "Vergleich von Angeboten und wird von vielen Förderstellen erwartet.</p>"
                "<p>Mit dem Planungsfortschritt wird die Schätzung genauer: Auf eine grobe "
                "Kostenschätzung im Vorentwurf folgt eine Kostenberechnung im Entwurf, später "
                "der Kostenanschlag auf Basis von Angeboten. Beantragen Sie Fördermittel nicht "
                "auf Grundlage einer Zahl, die jemand einmal über den Daumen gepeilt hat.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Schadstoffe früh prüfen",
                    "text": "<p>In Gebäuden aus dem 20. Jahrhundert finden sich häufig "
                    "asbesthaltige Baustoffe, belastete Holzschutzmittel oder teerhaltige "
                    "Anstriche. Eine Schadstoffuntersuchung vor Planungsbeginn schützt Ihre "
                    "Gesundheit und Ihr Budget.</p>",
                },
            ),
            (
                "steps",
                {
                    "title": "In fünf Schritten zu einem belastbaren Budget",
                    "steps": [
                        {
                            "title": "Bestand aufnehmen",
                            "text": "<p>Aufmaß, Fotos, Zustand von Dach, Tragwerk, Fassade und "
                            "Haustechnik dokumentieren.</p>",
                        },
                        {
                            "title": "Gutachten einholen",
                            "text": "<p>Tragwerk, Feuchte und Schadstoffe von Fachleuten prüfen "
                            "lassen.</p>",
                        },
                        {
                            "title": "Bauabschnitte bilden",
                            "text": "<p>Was muss sofort sein, was kann warten? Ein Haus muss "
                            "nicht auf einmal fertig werden.</p>",
                        },
                        {
                            "title": "Kosten nach Gruppen schätzen",
                            "text": "<p>Mit Fachplanung und Vergleichswerten aus ähnlichen "
                            "Projekten.</p>",
                        },
                        {
                            "title": "Puffer festlegen",
                            "text": "<p>Für Unvorhergesehenes im Bestand sind Reserven von "
                            "15 bis 20 Prozent keine Seltenheit.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Eigenleistung: wertvoll, aber nicht gratis"),
            (
                "paragraph",
                "<p>Viele Kreativorte entstehen mit viel eigener Arbeit – Entrümpeln, "
                "Abbrucharbeiten, Malerarbeiten, Möbelbau. Das spart Geld und stiftet "
                "Gemeinschaft. Rechnen Sie aber ehrlich: Eigenleistung braucht Anleitung, "
                "Werkzeug, Versicherungsschutz und vor allem Zeit, die neben Beruf und Familie "
                "oft knapp ist. Sicherheitsrelevante Gewerke wie Elektrik, Statik oder "
                "Brandschutz gehören in Fachhände.</p>",
            ),
            ("heading", "Kosten im Blick behalten"),
            (
                "paragraph",
                "<p>Führen Sie während der Bauzeit eine einfache Kostenverfolgung: Budget, "
                "beauftragte Summen, Nachträge und bezahlte Rechnungen je Kostengruppe. So sehen "
                "Sie früh, wenn ein Gewerk aus dem Ruder läuft, und können umsteuern. "
                "Besprechen Sie Nachträge, bevor sie ausgeführt werden, und halten Sie "
                "Entscheidungen schriftlich fest. Ein kurzer wöchentlicher Baustellentermin "
                "mit Planung und Bauherrschaft verhindert viele teure Missverständnisse. Wie sich "
                'die Kosten finanzieren lassen, zeigt <a href="page:finanzierungsmix">Den '
                "Finanzierungsmix aufstellen</a>.</p>",
            ),
            ("funding", "kreativraum-invest"),
            (
                "checklist",
                {
                    "title": "Kostenplanung im Bestand",
                    "items": [
                        "Bauaufnahme und Fotodokumentation vorhanden",
                        "Gutachten zu Tragwerk, Feuchte und Schadstoffen eingeholt",
                        "Kosten nach Kostengruppen gegliedert",
                        "Baunebenkosten für Planung, Gutachten und Gebühren enthalten",
                        "Puffer für Unvorhergesehenes eingeplant",
                        "Eigenleistungen realistisch bewertet und versichert",
                        "Kostenverfolgung für die Bauzeit eingerichtet",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Häufige Fragen",
                    "items": [
                        {
                            "question": "Gibt es Richtwerte pro Quadratmeter?",
                            "answer": "<p>Es gibt Vergleichswerte, im Bestand schwanken die "
                            "Kosten aber stark – je nach Zustand, Nutzung und Ausbaustandard. "
                            "Ein Gespräch mit Betreibern ähnlicher Orte ist oft aufschlussreicher "
                            "als jede Tabelle.</p>",
                        },
                        {
                            "question": "Lohnt sich ein einfacher Ausbaustandard?",
                            "answer": "<p>Oft ja. Sichtbare Installationen, robuste Oberflächen "
                            "und belassene Spuren der Geschichte sparen Geld und passen gut zu "
                            "Kreativorten. Sicherheit und Energieeffizienz sollten aber nicht "
                            "darunter leiden.</p>",
                        },
                    ],
                },
            ),
            (
                "download",
                {
                    "title": "Vorlage Kostenverfolgung (Tabelle)",
                    "description": "Tabelle zur Kostenkontrolle mit Kostengruppen, Budget, "
                    "Aufträgen, Nachträgen und Zahlungen.",
                },
            ),
        ],
    },
    {
        "slug": "nutzungskonzept-entwickeln",
        "title": "Ein tragfähiges Nutzungskonzept entwickeln",
        "teaser": (
            "Wer soll ins Haus, was passiert dort, und wer bezahlt das? Ein gutes "
            "Nutzungskonzept verbindet Raumprogramm, Zielgruppen und Wirtschaftlichkeit – "
            "und ist die Grundlage für Genehmigung, Förderung und Finanzierung."
        ),
        "topics": ["nutzungskonzept"],
        "audience": "founders",
        "body": [
            ("heading", "Wozu ein Nutzungskonzept dient"),
            (
                "paragraph",
                "<p>Ein Nutzungskonzept beschreibt, was in einem Gebäude künftig geschehen "
                "soll: welche Räume wofür genutzt werden, wer dort arbeitet, wer zu Besuch "
                "kommt und wie sich der Ort trägt. Es ist kein Papier für die Schublade, "
                "sondern ein Arbeitsinstrument. Die Bauaufsicht braucht es für die "
                '<a href="page:nutzungsaenderung-genehmigen">Nutzungsänderung</a>, die '
                "Förderstelle für den Antrag, die Bank für den Kredit und das Team, um sich "
                "über Ziele einig zu werden.</p>"
                "<p>Gute Konzepte entstehen nicht am Schreibtisch allein. Sie beruhen auf "
                "Gesprächen mit künftigen Nutzerinnen und Nutzern, mit der Nachbarschaft, der "
                "Kommune und Betreibern ähnlicher Orte.</p>",
            ),
            ("heading", "Bedarf ermitteln statt vermuten"),
            (
                "paragraph",
                "<p>Fragen Sie, bevor Sie planen: Wie viele Ateliers werden in der Region "
                "tatsächlich gesucht, zu welchen Preisen und in welcher Größe? Gibt es Bedarf "
                "an Werkstätten mit Maschinen, an Proberäumen oder an einem Saal für Vereine? "
                "Eine einfache Umfrage, eine Interessentenliste und einige offene Abende im "
                "Gebäude liefern oft erstaunlich klare Antworten.</p>"
                "<p>Besonders wertvoll sind <b>Ankernutzer</b>: eine Werkstatt, ein Büro oder "
                "eine Bildungseinrichtung, die einen größeren Teil der Fläche langfristig "
                "mietet. Sie geben wirtschaftliche Sicherheit und ziehen weitere Nutzer an.</p>",
            ),
            ("heading", "Die richtige Mischung finden"),
            (
                "paragraph",
                "<p>Viele erfolgreiche Kreativorte mischen Nutzungen mit unterschiedlicher "
                "Wirtschaftskraft: Büros und Werkstätten zahlen marktnahe Mieten und "
                "ermöglichen dadurch günstige Ateliers, Projekträume oder einen offenen Treff. "
                "Öffentliche Bereiche wie Café, Galerie oder Veranstaltungsraum machen den Ort "
                "sichtbar, verursachen aber höhere Anforderungen an Brandschutz und Personal.</p>"
                "<ul><li>Trennen Sie ruhige und laute Nutzungen räumlich.</li>"
                "<li>Planen Sie Flächen, die sich später umnutzen lassen.</li>"
                "<li>Denken Sie an Nebenflächen: Lager, Anlieferung, Toiletten, "
                "Fahrradabstellplätze.</li></ul>",
            ),
            (
                "steps",
                {
                    "title": "In sechs Schritten zum Konzept",
                    "steps": [
                        {
                            "title": "Ziele klären",
                            "text": "<p>Was soll der Ort für wen leisten? Eine Seite genügt.</p>",
                        },
                        {
                            "title": "Gebäude verstehen",
                            "text": "<p>Flächen, Zustand, Belichtung, Erschließung und "
                            "Denkmalschutz erfassen.</p>",
                        },
                        {
                            "title": "Bedarf erheben",
                            "text": "<p>Umfrage, Interessentenliste, Gespräche mit möglichen "
                            "Ankernutzern.</p>",
                        },
                        {
                            "title": "Raumprogramm entwerfen",
                            "text": "<p>Nutzungen den Räumen zuordnen, Konflikte prüfen.</p>",
                        },
                        {
                            "title": "Wirtschaftlichkeit rechnen",
                            "text": "<p>Mieten, Veranstaltungseinnahmen, Betriebskosten und "
                            "Schuldendienst gegenüberstellen.</p>",
                        },
                        {
                            "title": "Abstimmen und anpassen",
                            "text": "<p>Mit Kommune, Bauaufsicht und Partnern besprechen und "
                            "das Konzept überarbeiten.</p>",
                        },
                    ],
                },
            ),
            ("heading", "In Phasen denken"),
            (
                "paragraph",
                "<p>Kaum ein Haus wird auf einen Schlag fertig. Beginnen Sie mit den Flächen, "
                "die sich mit wenig Aufwand nutzen lassen, und entwickeln Sie das Gebäude "
                "schrittweise weiter. Eine "
                '<a href="page:zwischennutzung-vertraege">Zwischennutzung</a> kann dabei '
                "helfen, Ideen auszuprobieren, bevor viel Geld fließt. Halten Sie fest, welche "
                "Nutzung in welcher Phase kommen soll und was sie voraussetzt. So wird auch "
                "für Förderstellen und Banken sichtbar, dass das Projekt realistisch geplant "
                "ist und nicht alles auf einmal finanziert werden muss.</p>",
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Die Nachbarschaft einbeziehen",
                    "text": "<p>Ein Kaffee mit den Nachbarn vor dem ersten Konzert verhindert "
                    "manchen Konflikt. Wer früh informiert und zuhört, gewinnt Verbündete.</p>",
                },
            ),
            (
                "checklist",
                {
                    "title": "Bestandteile eines Nutzungskonzepts",
                    "items": [
                        "Ziele und Leitbild des Ortes",
                        "Beschreibung des Gebäudes mit Flächenaufstellung",
                        "Zielgruppen und erhobener Bedarf",
                        "Raumprogramm mit Nutzungen je Geschoss",
                        "Öffnungszeiten, Besucherzahlen und Veranstaltungsformate",
                        "Betreibermodell und Verantwortlichkeiten",
                        "Wirtschaftlichkeitsrechnung und Phasenplan",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Häufige Fragen",
                    "items": [
                        {
                            "question": "Wie ausführlich muss das Konzept sein?",
                            "answer": "<p>Für das erste Gespräch reichen wenige Seiten. Für "
                            "Förderanträge und Bankgespräche wird es detaillierter, vor allem bei "
                            "den Zahlen.</p>",
                        },
                        {
                            "question": "Dürfen sich Nutzungen später noch ändern?",
                            "answer": "<p>Ja, aber größere Änderungen können eine neue "
                            "Genehmigung erfordern. Planen Sie Flexibilität deshalb von Anfang "
                            "an mit ein und sprechen Sie sie im Verfahren an.</p>",
                        },
                    ],
                },
            ),
            (
                "download",
                {
                    "title": "Gliederungsvorlage Nutzungskonzept (DOCX)",
                    "description": "Gliederung mit Leitfragen für jedes Kapitel eines "
                    "Nutzungskonzepts, zum direkten Ausfüllen.",
                },
            ),
            (
                "related",
                {
                    "title": "Weiterlesen",
                    "pages": [
                        "nutzungsaenderung-genehmigen",
                        "finanzierungsmix",
                        "organisation-entwickeln",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "genossenschaft-gruenden",
        "title": "Gemeinsam besitzen: Genossenschaft, Verein oder gGmbH?",
        "teaser": (
            "Wem gehört der Kreativort? Die Rechtsform entscheidet über Haftung, "
            "Mitbestimmung, Finanzierung und Gemeinnützigkeit. Ein Vergleich der gängigen "
            "Trägermodelle – mit besonderem Blick auf die Genossenschaft."
        ),
        "topics": ["organisation-traegermodelle", "finanzierung"],
        "audience": "founders",
        "body": [
            ("heading", "Warum die Trägerfrage so wichtig ist"),
            (
                "paragraph",
                "<p>Viele Kreativorte beginnen als Mietprojekt. Doch wer langfristig bleiben "
                "will, denkt früher oder später über Eigentum nach – oder über ein "
                "Erbbaurecht, bei dem das Grundstück beim Eigentümer bleibt und das Projekt "
                "das Gebäude für viele Jahrzehnte nutzt. Dann stellt sich die Frage nach dem "
                "passenden Träger: Wer kauft, wer haftet, wer entscheidet?</p>"
                "<p>Die Rechtsform prägt den Alltag stärker, als viele denken. Sie bestimmt, "
                "wie neue Mitglieder aufgenommen werden, wie Geld eingesammelt werden kann und "
                "ob Spenden steuerlich begünstigt sind.</p>",
            ),
            ("heading", "Die gängigen Modelle im Vergleich"),
            (
                "paragraph",
                "<ul><li><b>Eingetragener Verein:</b> Einfach zu gründen, günstig, demokratisch. "
                "Mit anerkannter Gemeinnützigkeit kann er Spendenbescheinigungen ausstellen. "
                "Für größere wirtschaftliche Tätigkeit, etwa umfangreiche Vermietung, ist er "
                "nur bedingt geeignet.</li>"
                "<li><b>Genossenschaft (eG):</b> Mitglieder zeichnen Anteile, jedes Mitglied hat "
                "grundsätzlich eine Stimme. Die Genossenschaft fördert ihre Mitglieder, etwa "
                "durch bezahlbare Räume, und eignet sich gut für Gebäudeeigentum.</li>"
                "<li><b>GmbH oder gGmbH:</b> Klare Haftungsbegrenzung und professionelle "
                "Strukturen; als gGmbH auch gemeinnützig. Mitbestimmung muss über den "
                "Gesellschaftsvertrag gestaltet werden.</li>"
                "<li><b>Kombinationen:</b> Häufig trägt ein Verein das Programm, während eine "
                "Genossenschaft oder GmbH das Gebäude hält.</li></ul>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Genossenschaften werden geprüft",
                    "text": "<p>Jede Genossenschaft muss Mitglied eines genossenschaftlichen "
                    "Prüfungsverbands sein. Der Verband prüft schon bei der Gründung, ob das "
                    "Vorhaben wirtschaftlich tragfähig ist, und berät auch später. Das kostet "
                    "Geld, schafft aber Vertrauen bei Banken und Mitgliedern.</p>",
                },
            ),
            ("heading", "Eine Genossenschaft gründen"),
            (
                "paragraph",
                "<p>Für die Gründung einer Genossenschaft braucht es mindestens drei "
                "Mitglieder, eine Satzung und einen Geschäftsplan. Nach der Gründungsprüfung "
                "durch den Prüfungsverband wird die Genossenschaft ins Genossenschaftsregister "
                "eingetragen. Die Anteile der Mitglieder bilden Eigenkapital, das für den Kauf "
                "und die Sanierung eines Gebäudes eingesetzt werden kann.</p>"
                "<p>Überlegen Sie früh, wie hoch ein Anteil sein soll und ob Nutzerinnen und "
                "Nutzer mehr Anteile zeichnen müssen als Unterstützer. Wie sich "
                "Genossenschaftsanteile mit Krediten und Zuschüssen kombinieren lassen, "
                'erklärt <a href="page:finanzierungsmix">Den Finanzierungsmix '
                "aufstellen</a>.</p>",
            ),
            (
                "steps",
                {
                    "title": "Der Weg zur eigenen Trägerstruktur",
                    "steps": [
                        {
                            "title": "Ziele festhalten",
                            "text": "<p>Soll das Haus dauerhaft dem Markt entzogen werden? Wer "
                            "soll mitentscheiden?</p>",
                        },
                        {
                            "title": "Modelle vergleichen",
                            "text": "<p>Mit Steuerberatung und Rechtsberatung die Optionen "
                            "durchspielen.</p>",
                        },
                        {
                            "title": "Satzung entwerfen",
                            "text": "<p>Mitgliedschaft, Stimmrechte, Gewinnverwendung und "
                            "Verkaufsschutz regeln.</p>",
                        },
                        {
                            "title": "Gründen und eintragen",
                            "text": "<p>Gründungsversammlung, Prüfung beziehungsweise "
                            "Anerkennung der Gemeinnützigkeit, Registereintrag.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Das Haus dauerhaft sichern"),
            (
                "paragraph",
                "<p>Wer ein Gebäude gemeinschaftlich erwirbt, will oft verhindern, dass es "
                "später wieder verkauft wird. Dafür gibt es Instrumente: Satzungsklauseln, die "
                "einen Verkauf erschweren, Vetorechte eines Dachverbands oder ein Erbbaurecht "
                "mit einer Kommune oder Stiftung als Grundstückseigentümerin. Für Kommunen ist "
                "das Erbbaurecht ein Weg, Einfluss auf die Nutzung zu behalten, ohne selbst "
                "betreiben zu müssen.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Fragen für die Wahl der Rechtsform",
                    "items": [
                        "Wer soll Eigentümer sein und wer mitentscheiden?",
                        "Ist Gemeinnützigkeit wichtig, etwa für Spenden und Förderungen?",
                        "Wie viel Eigenkapital kann über Mitglieder eingesammelt werden?",
                        "Wie wird die Haftung begrenzt?",
                        "Wie wird ein späterer Verkauf verhindert?",
                        "Welcher Verwaltungsaufwand ist leistbar?",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Häufige Fragen",
                    "items": [
                        {
                            "question": "Kann eine Genossenschaft gemeinnützig sein?",
                            "answer": "<p>Das ist möglich, aber an enge Voraussetzungen "
                            "gebunden. Viele Projekte lassen den gemeinnützigen Teil deshalb "
                            "von einem Verein tragen.</p>",
                        },
                        {
                            "question": "Bekommen Mitglieder ihre Anteile zurück?",
                            "answer": "<p>Bei Austritt werden Anteile in der Regel zum Nennwert "
                            "und nach einer in der Satzung geregelten Frist zurückgezahlt. Das "
                            "muss in der Liquiditätsplanung berücksichtigt werden.</p>",
                        },
                        {
                            "question": "Wie viele Personen braucht ein Verein?",
                            "answer": "<p>Für die Eintragung ins Vereinsregister sollen "
                            "mindestens sieben Mitglieder die Gründung tragen.</p>",
                        },
                    ],
                },
            ),
            (
                "download",
                {
                    "title": "Vergleichstabelle Trägermodelle (PDF)",
                    "description": "Verein, Genossenschaft, GmbH und gGmbH im Vergleich: "
                    "Gründung, Haftung, Mitbestimmung, Steuern und Finanzierung.",
                },
            ),
        ],
    },
    {
        "slug": "organisation-entwickeln",
        "title": "Vom Freundeskreis zum Betreiberteam",
        "teaser": (
            "Am Anfang machen alle alles. Mit wachsendem Haus braucht es klare Rollen, "
            "verlässliche Entscheidungswege und irgendwann bezahlte Stellen. Wie Kreativorte "
            "ihre Organisation weiterentwickeln, ohne ihren Geist zu verlieren."
        ),
        "topics": ["organisation-traegermodelle", "betrieb"],
        "audience": "operators",
        "body": [
            ("heading", "Typische Wachstumsschmerzen"),
            (
                "paragraph",
                "<p>Die ersten Jahre eines Kreativortes sind oft von großer Energie getragen. "
                "Eine Handvoll Menschen räumt, baut, organisiert Feste und schreibt Anträge – "
                "meist ehrenamtlich und nebenbei. Mit dem Erfolg wachsen die Aufgaben: mehr "
                "Mietverträge, mehr Veranstaltungen, mehr Anfragen, mehr Verantwortung. "
                "Irgendwann reicht die Begeisterung nicht mehr, um alles zu stemmen.</p>"
                "<p>Warnzeichen sind vertraut: Entscheidungen ziehen sich, Wissen liegt bei "
                "einzelnen Personen, E-Mails bleiben liegen, und die Aktivsten sind erschöpft. "
                "Das ist kein Scheitern, sondern ein normaler Übergang, der gestaltet werden "
                "will.</p>",
            ),
            ("heading", "Rollen und Entscheidungswege klären"),
            (
                "paragraph",
                "<p>Schreiben Sie auf, welche Aufgaben es gibt und wer sie übernimmt: "
                "Vermietung, Haustechnik, Finanzen, Programm, Öffentlichkeitsarbeit, Kontakt zu "
                "Behörden. Legen Sie fest, was eine Person allein entscheiden darf, was ein "
                "Arbeitskreis entscheidet und was ins Plenum oder in die Mitgliederversammlung "
                "gehört. Viele Projekte arbeiten gut mit Konsent-Verfahren, bei denen eine "
                "Entscheidung gilt, solange niemand einen begründeten schwerwiegenden Einwand "
                "hat.</p>"
                "<p>Die formale Rechtsform und die gelebte Organisation sollten zusammenpassen. "
                "Wer Vorstand ist und haftet, muss auch informiert sein. Grundlagen dazu stehen "
                'in <a href="page:genossenschaft-gruenden">Gemeinsam besitzen</a>.</p>',
            ),
            (
                "quote",
                {
                    "text": "Unser wichtigstes Werkzeug ist eine Tabelle: Wer macht was, bis "
                    "wann, und wer vertritt wen. Seitdem streiten wir weniger und schaffen mehr.",
                    "attribution": "Koordinatorin eines soziokulturellen Zentrums in der Oberlausitz",
                },
            ),
            ("heading", "Vom Ehrenamt zur bezahlten Stelle"),
            (
                "paragraph",
                "<p>Eine erste bezahlte Stelle – etwa für Hausverwaltung oder Koordination – "
                "entlastet enorm, muss aber dauerhaft finanziert werden. Prüfen Sie, welche "
                "Aufgaben regelmäßig anfallen und sich über Mieten oder Nebenkosten finanzieren "
                "lassen. Projektförderungen eignen sich eher für befristete Aufgaben.</p>"
                "<p>Klären Sie die Rolle der neuen Stelle gegenüber Vorstand und Ehrenamtlichen "
                "genau: Wer ist Vorgesetzter, wer setzt Prioritäten, was bleibt Aufgabe der "
                "Gemeinschaft? Ohne diese Klärung entstehen schnell Enttäuschungen auf beiden "
                "Seiten.</p>",
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Wissen sichern",
                    "text": "<p>Ein gemeinsames Ablagesystem, ein Hausbuch mit Zählernummern, "
                    "Wartungsterminen und Ansprechpartnern sowie regelmäßige Übergaben "
                    "verhindern, dass der Ort von einzelnen Personen abhängt.</p>",
                },
            ),
            ("heading", "Gemeinschaft pflegen"),
            (
                "paragraph",
                "<p>Professionalisierung darf die Gemeinschaft nicht ersetzen. Regelmäßige "
                "Hausversammlungen, gemeinsame Arbeitseinsätze und kleine Rituale halten den "
                "Ort lebendig. Planen Sie Zeiten für Konflikte ein und holen Sie sich bei "
                "festgefahrenen Situationen Unterstützung von außen, etwa durch Moderation oder "
                "Mediation. Und denken Sie an die Nachfolge: Wer übernimmt, wenn Gründerinnen "
                "und Gründer sich zurückziehen? Praktische Hinweise zum Alltag bietet "
                '<a href="page:betrieb-organisieren">Den Alltag im Kreativort '
                "organisieren</a>.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Organisationscheck",
                    "items": [
                        "Aufgabenliste mit Zuständigkeiten und Vertretungen",
                        "Entscheidungsregeln schriftlich festgehalten",
                        "Rechtsform und gelebte Organisation passen zusammen",
                        "Gemeinsame Ablage und Hausbuch vorhanden",
                        "Finanzierung bezahlter Stellen über mehrere Jahre geprüft",
                        "Regelmäßige Hausversammlungen vereinbart",
                        "Ansprechperson für Konflikte benannt",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Häufige Fragen",
                    "items": [
                        {
                            "question": "Ab wann lohnt sich eine bezahlte Stelle?",
                            "answer": "<p>Wenn wiederkehrende Aufgaben liegen bleiben und die "
                            "Finanzierung über mehrere Jahre absehbar ist. Eine kleine "
                            "Teilzeitstelle ist oft ein guter Anfang.</p>",
                        },
                        {
                            "question": "Was tun, wenn ein Konflikt das Team lähmt?",
                            "answer": "<p>Benennen Sie den Konflikt offen und vereinbaren Sie "
                            "einen eigenen Termin dafür, statt ihn in jede Sitzung mitzunehmen. "
                            "Eine neutrale Moderation von außen hilft, wenn das Gespräch allein "
                            "nicht weiterführt. Viele Netzwerke und Beratungsstellen vermitteln "
                            "dafür Ansprechpersonen.</p>",
                        },
                        {
                            "question": "Wie gewinnen wir neue Aktive?",
                            "answer": "<p>Mit klar umrissenen, zeitlich begrenzten Aufgaben. "
                            "Menschen engagieren sich lieber für ein konkretes Projekt als für "
                            "eine unbestimmte Mitarbeit.</p>",
                        },
                    ],
                },
            ),
            (
                "download",
                {
                    "title": "Vorlage Aufgaben- und Rollenmatrix (Tabelle)",
                    "description": "Matrix für Aufgaben, Zuständigkeiten, Vertretungen und "
                    "Entscheidungsbefugnisse im Betreiberteam.",
                },
            ),
        ],
    },
    {
        "slug": "zwischennutzung-vertraege",
        "title": "Zwischennutzung vertraglich absichern",
        "teaser": (
            "Eine befristete Nutzung kann Leerstand beleben und Ideen testen. Damit sie für "
            "Eigentümer und Nutzer gut ausgeht, braucht es klare Verträge zu Laufzeit, "
            "Kosten, Haftung und Rückgabe – und einen Blick ins Baurecht."
        ),
        "topics": ["zwischennutzung", "baurecht"],
        "audience": "owners",
        "body": [
            ("heading", "Was Zwischennutzung leisten kann"),
            (
                "paragraph",
                "<p>Ein leerstehendes Gebäude verliert mit jedem Winter an Substanz. Eine "
                "Zwischennutzung sorgt dafür, dass jemand lüftet, heizt, Schäden bemerkt und "
                "den Ort im Blick hat. Für Eigentümerinnen und Eigentümer sinken Risiken wie "
                "Vandalismus, und das Haus bekommt ein neues Image. Für Kreative entstehen "
                "bezahlbare Räume, in denen sich Ideen ausprobieren lassen.</p>"
                "<p>Zwischennutzung ist dabei kein rechtsfreier Raum. Auch eine befristete "
                "Nutzung muss baurechtlich zulässig sein, und die Beteiligten brauchen einen "
                "Vertrag, der ihre Interessen fair ausgleicht.</p>",
            ),
            ("heading", "Die Vertragsform wählen"),
            (
                "paragraph",
                "<p>Je nach Situation kommen unterschiedliche Verträge in Frage. Wird ein Entgelt "
                "gezahlt, handelt es sich meist um einen befristeten Gewerbemietvertrag. Wird "
                "der Raum unentgeltlich überlassen und tragen die Nutzer nur die Nebenkosten, "
                "kann ein Leihvertrag oder ein individueller Nutzungsvertrag passen. Wichtig ist "
                "weniger der Name als der Inhalt:</p>"
                "<ul><li><b>Laufzeit und Kündigung:</b> Wie lange, mit welcher Frist, was "
                "passiert bei Verkauf?</li>"
                "<li><b>Kosten:</b> Miete oder Nutzungsentgelt, Nebenkosten, Pauschale oder "
                "Abrechnung nach Verbrauch.</li>"
                "<li><b>Verkehrssicherung und Haftung:</b> Wer kümmert sich um Winterdienst, "
                "Beleuchtung, Zugänge? Wer haftet wofür?</li>"
                "<li><b>Versicherungen:</b> Gebäudeversicherung beim Eigentümer, "
                "Haftpflichtversicherung bei den Nutzern.</li>"
                "<li><b>Einbauten und Rückgabe:</b> Was darf verändert werden, was wird "
                "zurückgebaut, wer trägt die Kosten?</li>"
                "<li><b>Untervermietung:</b> Darf der Träger Räume an Einzelne weitergeben?</li></ul>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Auch befristet braucht es eine zulässige Nutzung",
                    "text": "<p>Wer in eine ehemalige Lagerhalle ein Atelier oder eine Galerie "
                    "bringt, ändert die Nutzung – auch wenn es nur für zwei Jahre ist. Klären Sie "
                    "mit der Bauaufsicht, ob eine Genehmigung nötig ist. Für befristete Nutzungen "
                    "kann unter Umständen eine befristete Genehmigung in Betracht kommen.</p>",
                },
            ),
            ("heading", "Baurecht pragmatisch klären"),
            (
                "paragraph",
                "<p>Zwischennutzungen scheitern selten am guten Willen, häufig aber an "
                "Rettungswegen und Brandschutz. Konzentrieren Sie sich deshalb auf Flächen, die "
                "sich mit wenig Aufwand sicher nutzen lassen: das Erdgeschoss mit direkten "
                "Ausgängen, gut belichtete Räume, ein Hof. Verzichten Sie in der ersten Phase "
                "lieber auf große Veranstaltungen. Was bei Publikum zu beachten ist, erklärt "
                '<a href="page:brandschutz-veranstaltungen">Brandschutz und Veranstaltungen im '
                "Bestandsgebäude</a>.</p>",
            ),
            (
                "steps",
                {
                    "title": "So entsteht eine Zwischennutzung",
                    "steps": [
                        {
                            "title": "Gebäude begehen",
                            "text": "<p>Gemeinsam Zustand, Sicherheit, Medien und nutzbare "
                            "Flächen prüfen.</p>",
                        },
                        {
                            "title": "Ziele abgleichen",
                            "text": "<p>Was erwartet die Eigentümerseite, was brauchen die "
                            "Nutzer? Offen über Laufzeit und Perspektive sprechen.</p>",
                        },
                        {
                            "title": "Baurecht klären",
                            "text": "<p>Mit der Bauaufsicht besprechen, ob und welche "
                            "Genehmigung nötig ist.</p>",
                        },
                        {
                            "title": "Vertrag schließen",
                            "text": "<p>Laufzeit, Kosten, Haftung, Versicherung und Rückgabe "
                            "schriftlich regeln.</p>",
                        },
                        {
                            "title": "Übergabe dokumentieren",
                            "text": "<p>Übergabeprotokoll mit Fotos, Zählerständen und "
                            "Schlüsselliste anfertigen.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Aus dem Provisorium kann mehr werden"),
            (
                "paragraph",
                "<p>Viele dauerhafte Kreativorte haben als Zwischennutzung begonnen. Wer diese "
                "Perspektive offenhalten will, sollte sie im Vertrag ansprechen, etwa mit "
                "einer Verlängerungsoption oder einem Vorrang bei einer späteren Vermietung. "
                "Halten Sie fest, was während der Zwischennutzung gelernt wurde – es ist die "
                'beste Grundlage für ein <a href="page:nutzungskonzept-entwickeln">'
                "Nutzungskonzept</a>.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Inhalte eines Zwischennutzungsvertrags",
                    "items": [
                        "Vertragsparteien und genaue Beschreibung der Flächen",
                        "Nutzungszweck und zulässige Aktivitäten",
                        "Laufzeit, Kündigungsfristen, Verlängerungsoption",
                        "Entgelt, Nebenkosten und Abrechnung",
                        "Verkehrssicherungspflichten und Haftung",
                        "Versicherungen beider Seiten",
                        "Regeln für Einbauten, Rückbau und Rückgabe",
                        "Übergabeprotokoll mit Zählerständen",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Häufige Fragen",
                    "items": [
                        {
                            "question": "Muss ich als Eigentümer für Unfälle haften?",
                            "answer": "<p>Als Eigentümer tragen Sie grundsätzlich "
                            "Verkehrssicherungspflichten. Ein Teil davon kann vertraglich auf "
                            "die Nutzer übertragen werden; eine eigene Haftpflichtversicherung "
                            "bleibt trotzdem wichtig.</p>",
                        },
                        {
                            "question": "Was passiert, wenn das Gebäude verkauft wird?",
                            "answer": "<p>Bei Mietverträgen tritt der Käufer in der Regel in "
                            "den Vertrag ein. Kurze Kündigungsfristen und klare Regeln im Vertrag "
                            "schaffen für beide Seiten Planbarkeit.</p>",
                        },
                    ],
                },
            ),
            (
                "download",
                {
                    "title": "Mustergliederung Zwischennutzungsvertrag (DOCX)",
                    "description": "Gliederung mit Erläuterungen zu allen wichtigen "
                    "Vertragspunkten. Ersetzt keine Rechtsberatung.",
                },
            ),
            (
                "related",
                {
                    "title": "Passend dazu",
                    "pages": [
                        "leerstand-aktivieren-kommunen",
                        "brandschutz-veranstaltungen",
                        "hafenspeicher-riesa",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "leerstand-aktivieren-kommunen",
        "title": "Leerstand aktivieren: Zwischennutzung als kommunale Strategie",
        "teaser": (
            "Leere Läden, verlassene Bahnhöfe, stillgelegte Fabriken: Kommunen können viel "
            "tun, damit daraus Kreativorte werden. Ein Leitfaden für Verwaltung und "
            "Stadtrat – vom Leerstandskataster bis zur Konzeptvergabe."
        ),
        "topics": ["zwischennutzung", "nutzungskonzept", "foerderung"],
        "audience": "municipalities",
        "body": [
            ("heading", "Kreativorte als Chance für Ortskerne"),
            (
                "paragraph",
                "<p>In vielen sächsischen Klein- und Mittelstädten prägen leerstehende Gebäude "
                "das Bild der Innenstadt. Kreative Nutzerinnen und Nutzer sehen darin oft "
                "Möglichkeiten, wo andere nur Sanierungsbedarf erkennen: Ateliers im alten "
                "Kaufhaus, ein Coworking-Space im Bahnhof, eine offene Werkstatt in der "
                "Industriehalle. Solche Orte bringen Menschen in die Zentren, stärken das "
                "Vereinsleben und machen Städte für junge Familien und Rückkehrer "
                "attraktiver.</p>"
                "<p>Kommunen müssen diese Orte nicht selbst betreiben. Sie können aber "
                "entscheidend dazu beitragen, dass Eigentümer und Nutzer zueinanderfinden und "
                "Hürden kleiner werden.</p>",
            ),
            ("heading", "Was die Verwaltung tun kann"),
            (
                "paragraph",
                "<ul><li><b>Überblick schaffen:</b> Ein Leerstandskataster zeigt, welche "
                "Gebäude verfügbar sind, in welchem Zustand und wem sie gehören.</li>"
                "<li><b>Ansprechperson benennen:</b> Eine feste Person im Rathaus, die "
                "Anfragen lotst, ist für Initiativen Gold wert.</li>"
                "<li><b>Eigentümer ansprechen:</b> Viele Eigentümer wissen nicht, dass es "
                "Interessenten gibt, oder scheuen Aufwand und Risiko.</li>"
                "<li><b>Verfahren begleiten:</b> Frühe gemeinsame Termine mit Bauaufsicht, "
                "Brandschutz und Denkmalpflege beschleunigen Genehmigungen.</li>"
                "<li><b>Eigene Gebäude öffnen:</b> Kommunale Liegenschaften können "
                "über Konzeptverfahren oder im Erbbaurecht an Initiativen vergeben werden, "
                "wobei die Qualität des Konzepts zählt und nicht nur der Preis.</li></ul>",
            ),
            (
                "quote",
                {
                    "text": "Wir haben nicht viel Geld in die Hand genommen. Aber wir haben "
                    "Türen geöffnet, Eigentümer angerufen und Termine mit dem Landratsamt "
                    "organisiert. Heute sind drei Läden am Markt wieder belebt.",
                    "attribution": "Bürgermeisterin einer Kleinstadt im Landkreis Meißen",
                },
            ),
            ("heading", "Zwischennutzung als Türöffner"),
            (
                "paragraph",
                "<p>Eine befristete Nutzung senkt für alle das Risiko. Die Kommune kann dabei "
                "als Vermittlerin auftreten, Musterverträge bereitstellen oder "
                "Versicherungsfragen klären. Manche Städte schließen Rahmenverträge mit "
                "Eigentümern und geben Räume dann an Nutzer weiter. Wichtig ist ein "
                "realistischer Zeithorizont: Unter einem Jahr lohnt sich der Aufwand für "
                "Nutzer kaum. Sinnvoll sind auch kleine Starthilfen, etwa die Übernahme der "
                "Nebenkosten im ersten Jahr oder die Vermittlung von Handwerkern für "
                "notwendige Reparaturen. Die Vertragsseite beschreibt "
                '<a href="page:zwischennutzung-vertraege">Zwischennutzung vertraglich '
                "absichern</a>.</p>",
            ),
            (
                "steps",
                {
                    "title": "Eine kommunale Leerstandsstrategie in fünf Schritten",
                    "steps": [
                        {
                            "title": "Bestand erfassen",
                            "text": "<p>Leerstände kartieren, Eigentümer und Zustand notieren.</p>",
                        },
                        {
                            "title": "Ziele beschließen",
                            "text": "<p>Im Stadtrat festhalten, welche Nutzungen gewünscht "
                            "sind und wie die Kommune unterstützt.</p>",
                        },
                        {
                            "title": "Akteure vernetzen",
                            "text": "<p>Kreative, Vereine, Eigentümer, Wirtschaftsförderung "
                            "und Verwaltung an einen Tisch bringen.</p>",
                        },
                        {
                            "title": "Pilotprojekte starten",
                            "text": "<p>Mit ein bis zwei Gebäuden beginnen und Erfahrungen "
                            "sammeln.</p>",
                        },
                        {
                            "title": "Verstetigen",
                            "text": "<p>Erfolgreiche Zwischennutzungen in dauerhafte Modelle "
                            "überführen.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Förderung klug einsetzen"),
            (
                "paragraph",
                "<p>Kommunen haben Zugang zu Programmen, die Initiativen allein kaum erreichen. "
                "In Gebieten der Städtebauförderung können zum Beispiel Verfügungsfonds "
                "kleine Projekte vor Ort unterstützen; im ländlichen Raum bieten die "
                "LEADER-Regionen Beratung und Mittel für Vorhaben, die zur regionalen "
                "Entwicklungsstrategie passen. Entscheidend ist, Kreativorte in die "
                "Entwicklungskonzepte der Gemeinde aufzunehmen. Mehr zur Fördersuche bietet "
                '<a href="page:foerdermittel-finden">Fördermittel finden, kombinieren, '
                "abrechnen</a>.</p>",
            ),
            ("funding", "leerstand-aktiv"),
            (
                "checklist",
                {
                    "title": "Kommunale Werkzeugkiste",
                    "items": [
                        "Leerstandskataster angelegt und aktuell",
                        "Ansprechperson für Kreativorte in der Verwaltung benannt",
                        "Musterverträge für Zwischennutzung verfügbar",
                        "Gemeinsame Beratungstermine mit Bauaufsicht und Denkmalpflege",
                        "Kreativorte im Stadtentwicklungskonzept verankert",
                        "Konzeptvergabe oder Erbbaurecht für eigene Gebäude geprüft",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Häufige Fragen",
                    "items": [
                        {
                            "question": "Muss die Kommune für Zwischennutzer haften?",
                            "answer": "<p>Nur wenn sie selbst Vertragspartei oder Eigentümerin "
                            "ist. Als Vermittlerin trägt sie in der Regel keine Haftung, sollte "
                            "ihre Rolle aber klar beschreiben.</p>",
                        },
                        {
                            "question": "Wie finden wir Nutzerinnen und Nutzer?",
                            "answer": "<p>Über Aufrufe in lokalen Medien, Hochschulen und "
                            "Kreativnetzwerke, über offene Besichtigungstage und über Plattformen "
                            "wie diese, auf denen leere Gebäude als Mitmach-Orte erscheinen.</p>",
                        },
                    ],
                },
            ),
            (
                "download",
                {
                    "title": "Vorlage Leerstandserfassung (Tabelle)",
                    "description": "Erfassungsbogen für Gebäude mit Lage, Eigentum, "
                    "Zustand, Flächen und möglichen Nutzungen.",
                },
            ),
            ("contact", "netzwerk"),
        ],
    },
    {
        "slug": "betrieb-organisieren",
        "title": "Den Alltag im Kreativort organisieren",
        "teaser": (
            "Mietverträge, Nebenkosten, Hausordnung, Wartung und Versicherungen: Wenn der "
            "Umbau geschafft ist, beginnt der Betrieb. Praktische Hinweise, damit der Alltag "
            "im Haus verlässlich funktioniert."
        ),
        "topics": ["betrieb"],
        "audience": "operators",
        "body": [
            ("heading", "Vermietung mit klaren Regeln"),
            (
                "paragraph",
                "<p>Die meisten Kreativorte finanzieren sich über die Vermietung von Ateliers, "
                "Werkstätten und Büros. Schriftliche Gewerbemietverträge schaffen Klarheit "
                "über Fläche, Miete, Nebenkosten, Laufzeit und Nutzung. Legen Sie transparente "
                "Kriterien fest, nach denen Räume vergeben werden – etwa Bezug zur "
                "Kreativwirtschaft, Bereitschaft zur Mitarbeit im Haus oder eine ausgewogene "
                "Mischung von Branchen.</p>"
                "<p>Eine Warteliste und ein kurzer Steckbrief je Mietpartei helfen, bei "
                "Auszügen schnell nachzubesetzen. Planen Sie trotzdem einen gewissen Leerstand "
                "in der Kalkulation ein.</p>",
            ),
            ("heading", "Nebenkosten und Energie im Griff"),
            (
                "paragraph",
                "<p>In alten Gebäuden mit großen Hallen sind Heizkosten oft der größte "
                "Unsicherheitsfaktor. Zwischenzähler für Strom und Wärme machen Verbräuche "
                "sichtbar und schaffen Fairness. Rechnen Sie Nebenkosten jährlich ab oder "
                "vereinbaren Sie Pauschalen, die regelmäßig überprüft werden.</p>"
                "<ul><li>Zonen bilden: Nicht jeder Raum muss gleich warm sein.</li>"
                "<li>Verbräuche monatlich ablesen und vergleichen.</li>"
                "<li>Gemeinsam Regeln für Lüften, Heizen und Licht vereinbaren.</li></ul>",
            ),
            ("heading", "Sicherheit, Wartung und Versicherungen"),
            (
                "paragraph",
                "<p>Als Betreiber tragen Sie Verantwortung für die Sicherheit im Haus. Dazu "
                "gehören regelmäßige Prüfungen von elektrischen Anlagen, Feuerlöschern, "
                "Sicherheitsbeleuchtung und gegebenenfalls Aufzügen sowie der Winterdienst. "
                "Ein Wartungskalender verhindert, dass Fristen verstreichen.</p>"
                "<p>Prüfen Sie Ihren Versicherungsschutz: Gebäude- und Inhaltsversicherung, "
                "Betriebshaftpflicht, für Veranstaltungen gegebenenfalls eine erweiterte "
                "Deckung. Für Vereine kommt eine Absicherung der Vorstände in Betracht. Was "
                "speziell bei Veranstaltungen gilt, steht in "
                '<a href="page:brandschutz-veranstaltungen">Brandschutz und Veranstaltungen im '
                "Bestandsgebäude</a>.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Veranstaltungen und Abgaben",
                    "text": "<p>Wer öffentlich Musik spielt, muss die Nutzung in der Regel bei "
                    "der zuständigen Verwertungsgesellschaft anmelden. Wer regelmäßig "
                    "Künstlerinnen und Künstler beauftragt, kann zur Künstlersozialabgabe "
                    "verpflichtet sein. Klären Sie beides, bevor das Programm startet.</p>",
                },
            ),
            ("heading", "Finanzen und Rücklagen"),
            (
                "paragraph",
                "<p>Behalten Sie Einnahmen und Ausgaben monatlich im Blick und vergleichen Sie "
                "sie mit dem Wirtschaftsplan. Bilden Sie von Anfang an Rücklagen für die "
                "Instandhaltung: Dach, Heizung und Fenster werden nicht planbar, aber sicher "
                "irgendwann Geld kosten. Ob Mieteinnahmen umsatzsteuerpflichtig sind und wie "
                "sich Vermietung und gemeinnützige Tätigkeit steuerlich zueinander verhalten, "
                "hängt von der Gestaltung ab. Eine steuerliche Beratung zu Beginn ist gut "
                "investiertes Geld und verhindert teure Korrekturen.</p>",
            ),
            ("heading", "Zusammenleben im Haus"),
            (
                "paragraph",
                "<p>Eine Hausordnung regelt das Miteinander: Ruhezeiten, Nutzung von "
                "Gemeinschaftsflächen und Werkstätten, Müll, Schlüssel, Haustiere. Sie "
                "funktioniert am besten, wenn sie gemeinsam erarbeitet und gelegentlich "
                "überarbeitet wird. Regelmäßige Hausversammlungen bieten Raum für Anliegen, "
                "bevor sie zu Konflikten werden. Wie die Organisation dahinter wachsen kann, "
                'beschreibt <a href="page:organisation-entwickeln">Vom Freundeskreis zum '
                "Betreiberteam</a>.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Betriebsroutine",
                    "items": [
                        "Schriftliche Mietverträge mit allen Nutzerinnen und Nutzern",
                        "Zwischenzähler abgelesen und dokumentiert",
                        "Wartungskalender für alle prüfpflichtigen Anlagen",
                        "Versicherungen jährlich überprüft",
                        "Hausordnung aktuell und ausgehängt",
                        "Notfallkontakte und Schlüsselliste gepflegt",
                        "Hausversammlung mindestens vierteljährlich",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Häufige Fragen",
                    "items": [
                        {
                            "question": "Dürfen wir in Ateliers übernachten lassen?",
                            "answer": "<p>Nur wenn Wohnen baurechtlich genehmigt ist. "
                            "Gelegentliches Übernachten wird oft geduldet, dauerhaftes Wohnen "
                            "in Gewerberäumen ist aber unzulässig und kann Brandschutzprobleme "
                            "verursachen.</p>",
                        },
                        {
                            "question": "Wie gehen wir mit Mietrückständen um?",
                            "answer": "<p>Früh das Gespräch suchen, Ratenzahlung schriftlich "
                            "vereinbaren und die Regeln für alle gleich anwenden. So bleibt die "
                            "Gemeinschaft fair und die Kalkulation stabil.</p>",
                        },
                        {
                            "question": "Brauchen wir einen Hausmeister?",
                            "answer": "<p>Ab einer gewissen Größe fast immer. Eine "
                            "Teilzeitkraft oder ein Dienstleister entlastet das Team und "
                            "sorgt für verlässliche Wartung.</p>",
                        },
                    ],
                },
            ),
            (
                "download",
                {
                    "title": "Vorlage Wartungskalender und Hausbuch",
                    "description": "Tabelle für Prüffristen, Zählerstände, Schlüssel und "
                    "Notfallkontakte sowie eine anpassbare Musterhausordnung.",
                },
            ),
            (
                "related",
                {
                    "title": "Weiterlesen",
                    "pages": [
                        "organisation-entwickeln",
                        "oeffentlichkeitsarbeit-kreativorte",
                        "pianofabrik-gohlis",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "oeffentlichkeitsarbeit-kreativorte",
        "title": "Öffentlichkeitsarbeit: Den Ort sichtbar machen",
        "teaser": (
            "Ein Kreativort lebt davon, dass Menschen ihn kennen. Wie Sie die Geschichte "
            "Ihres Hauses erzählen, mit Lokalpresse und Social Media arbeiten, Bildrechte "
            "beachten und mit wenig Budget viel erreichen."
        ),
        "topics": ["oeffentlichkeitsarbeit"],
        "audience": "operators",
        "body": [
            ("heading", "Die Geschichte des Hauses erzählen"),
            (
                "paragraph",
                "<p>Jeder Kreativort hat eine Geschichte, die Menschen berührt: die "
                "Textilfabrik, in der die Großeltern gearbeitet haben, der Bahnhof, an dem man "
                "früher abgefahren ist, das Kühlhaus, das jahrzehntelang leer stand. Diese "
                "Verbindung von Gestern und Heute ist Ihr stärkstes Kommunikationsmittel. "
                "Sammeln Sie alte Fotos, Erinnerungen und Geschichten – oft melden sich "
                "frühere Beschäftigte gern, wenn man sie fragt.</p>"
                "<p>Formulieren Sie in zwei, drei Sätzen, was Ihr Ort ist und für wen er da "
                "ist. Diese Kurzbeschreibung brauchen Sie für Presse, Förderanträge, Social "
                "Media und Gespräche im Rathaus.</p>",
            ),
            ("heading", "Kanäle bewusst wählen"),
            (
                "paragraph",
                "<p>Niemand muss auf allen Kanälen aktiv sein. Wählen Sie wenige, die Sie "
                "regelmäßig bespielen können:</p>"
                "<ul><li><b>Website:</b> Die verlässliche Basis mit Adresse, Angeboten, "
                "Terminen und Impressum.</li>"
                "<li><b>Newsletter:</b> Erreicht Unterstützer direkt; Anmeldungen nur mit "
                "bestätigter Einwilligung.</li>"
                "<li><b>Lokalpresse und Amtsblatt:</b> In ländlichen Regionen oft "
                "wirkungsvoller als jede Anzeige.</li>"
                "<li><b>Social Media:</b> Gut für Einblicke hinter die Kulissen und kurzfristige "
                "Ankündigungen.</li>"
                "<li><b>Plattformen und Netzwerke:</b> Ein gepflegtes Profil auf dieser "
                "Plattform macht Ihren Ort in ganz Sachsen sichtbar.</li></ul>",
            ),
            (
                "quote",
                {
                    "text": "Der beste Artikel über uns entstand, weil wir die Redakteurin "
                    "einfach zum Arbeitseinsatz eingeladen haben. Sie hat selbst mit "
                    "angepackt und dann geschrieben.",
                    "attribution": "Sprecher eines Kulturbahnhofs in Mittelsachsen",
                },
            ),
            ("heading", "Anlässe schaffen"),
            (
                "paragraph",
                "<p>Presse und Publikum reagieren auf Anlässe: eine Eröffnung, ein offenes "
                "Atelierwochenende, das Richtfest, die erste Ausstellung, eine Förderzusage. "
                "Auch bundesweite Aktionstage wie der Tag des offenen Denkmals im September "
                "bieten eine gute Gelegenheit. Planen Sie Anlässe über das Jahr und kündigen "
                "Sie sie rechtzeitig an, für die Lokalpresse mindestens zwei Wochen vorher.</p>"
                "<p>Öffentlichkeitsarbeit hilft auch bei der Finanzierung: Wer sichtbar ist, "
                "findet leichter Spender, Mitglieder und Partner. Mehr dazu steht in "
                '<a href="page:foerdermittel-finden">Fördermittel finden, kombinieren, '
                "abrechnen</a>.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Bildrechte beachten",
                    "text": "<p>Verwenden Sie nur Fotos, für die Sie die Nutzungsrechte haben, "
                    "und nennen Sie die Urheberinnen und Urheber. Wer erkennbare Personen "
                    "zeigt, braucht in der Regel deren Einwilligung – besonders bei Kindern. "
                    "Auf Veranstaltungen helfen Hinweise am Eingang und fotofreie Bereiche.</p>",
                },
            ),
            ("heading", "Mit wenig Aufwand dranbleiben"),
            (
                "paragraph",
                "<p>Kontinuität schlägt Perfektion. Ein Redaktionsplan mit einem Beitrag pro "
                "Woche und einem Newsletter pro Monat ist für viele Teams realistisch. "
                "Verteilen Sie die Aufgabe auf mehrere Schultern, etwa indem Mieterinnen und "
                "Mieter reihum aus ihrer Werkstatt berichten. Ein Ordner mit guten, "
                "freigegebenen Fotos, Logo und Kurzbeschreibung spart bei jeder Presseanfrage "
                "Zeit.</p>",
            ),
            ("funding", "sichtbar-vor-ort"),
            (
                "checklist",
                {
                    "title": "Pressemappe und Grundausstattung",
                    "items": [
                        "Kurzbeschreibung des Ortes in drei Sätzen",
                        "Geschichte des Gebäudes mit historischen Fotos",
                        "Aktuelle Fotos mit geklärten Rechten und Bildnachweis",
                        "Logo in verschiedenen Formaten",
                        "Ansprechperson für Presseanfragen",
                        "Jahresplan mit Anlässen",
                        "Gepflegtes Profil auf Kreativorte Sachsen",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Häufige Fragen",
                    "items": [
                        {
                            "question": "Brauchen wir eine Agentur?",
                            "answer": "<p>Für den Alltag meist nicht. Für ein Erscheinungsbild "
                            "oder eine Kampagne kann sich die Zusammenarbeit mit Kreativen aus "
                            "dem eigenen Haus oder der Region lohnen.</p>",
                        },
                        {
                            "question": "Was gehört ins Impressum unserer Website?",
                            "answer": "<p>Name und Anschrift des Trägers, Vertretungsberechtigte, "
                            "Kontaktmöglichkeiten und gegebenenfalls Registereintrag. Für "
                            "redaktionelle Inhalte wird außerdem eine verantwortliche Person "
                            "genannt. Nutzen Sie im Zweifel einen geprüften Generator oder "
                            "fragen Sie Ihren Dachverband.</p>",
                        },
                        {
                            "question": "Wie schreiben wir eine Pressemitteilung?",
                            "answer": "<p>Das Wichtigste zuerst: Wer, was, wann, wo, warum – in "
                            "den ersten zwei Sätzen. Dazu ein Zitat, ein gutes Foto und eine "
                            "Ansprechperson mit Telefonnummer. Eine Seite genügt.</p>",
                        },
                    ],
                },
            ),
            (
                "download",
                {
                    "title": "Vorlage Redaktionsplan und Pressemitteilung",
                    "description": "Jahresplaner für Anlässe und Beiträge sowie eine "
                    "kommentierte Mustervorlage für Pressemitteilungen.",
                },
            ),
        ],
    },
]
