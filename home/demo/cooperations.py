"""Demo content: KreativLandTransfer cooperation stories.

Each story documents a cooperation between an (invented) creative-industry firm and an
(invented) craft business or SME in rural Saxony. All firms and details are fictional.
"""

COOPERATIONS: list[dict] = [
    {
        "slug": "stubenmoebel-erzgebirge",
        "title": "Die Stube neu gedacht: Möbel aus erzgebirgischer Fichte",
        "teaser": (
            "Eine Produktdesignerin und eine Dorftischlerei entwickeln gemeinsam eine "
            "Möbelserie aus heimischem Holz – handwerklich solide, zeitgemäß gestaltet und "
            "direkt vom Erzgebirge aus vertrieben."
        ),
        "creative_partner": "Studio Maserung – Produktdesign",
        "creative_submarket": "designwirtschaft",
        "business_partner": "Tischlerei Lorenz & Söhne",
        "trade": "Tischlerei",
        "other_partners": "Ein Forstbetrieb aus dem oberen Erzgebirge als Holzlieferant",
        "district": "erzgebirgskreis",
        "region_context": (
            "<p>Im Erzgebirge hat die Arbeit mit Holz eine lange Tradition, von der "
            "Volkskunst bis zum Möbelbau. Viele kleine Tischlereien leben heute vor allem "
            "von Innenausbau und Auftragsarbeiten und spüren den Wettbewerb mit industrieller "
            "Fertigung. Gleichzeitig wächst der Wald vor der Haustür, und regionale "
            "Herkunft wird für Kundinnen und Kunden wichtiger.</p>"
        ),
        "innovation_kind": "product",
        "origin": (
            "<p>Die Designerin war nach einigen Jahren in der Großstadt in ihren Heimatort "
            "zurückgekehrt und suchte eine Werkstatt für Prototypen. Bei einem "
            "Vernetzungsabend der Handwerkskammer kam sie mit dem Juniorchef der Tischlerei "
            "ins Gespräch. Aus einem ersten Hocker als Testlauf wurde innerhalb eines Jahres "
            "eine kleine Kollektion aus Tisch, Bank, Regal und Garderobe.</p>"
        ),
        "value_for_partners": (
            "<p>Die Tischlerei hat mit der Serie ein eigenes Produkt, das sie in auftragsarmen "
            "Wintermonaten fertigen kann und das ihr neue Kundschaft bringt. Das Designstudio "
            "gewinnt eine verlässliche Fertigung in der Nähe, kann Entwürfe schnell testen und "
            "erhält für jedes verkaufte Stück eine Lizenzgebühr.</p>"
        ),
        "value_for_region": (
            "<p>Das Holz stammt aus einem Umkreis von wenigen Kilometern, die Wertschöpfung "
            "bleibt vor Ort. Die Möbel zeigen, dass erzgebirgisches Handwerk nicht nur "
            "traditionell, sondern auch modern sein kann, und machen den Beruf für "
            "Auszubildende attraktiver.</p>"
        ),
        "advice": (
            "<p>Klären Sie früh und schriftlich, wem die Entwürfe gehören und wie Lizenzen "
            "abgerechnet werden. Bauen Sie schnell einfache Prototypen, statt lange am Papier "
            "zu feilen. Und starten Sie mit einer kleinen Serie, bevor Sie in Werkzeuge und "
            "Lager investieren.</p>"
        ),
    },
    {
        "slug": "montage-mit-durchblick",
        "title": "Montage mit Durchblick: Augmented Reality in der Metallwerkstatt",
        "teaser": (
            "Ein Games-Studio überträgt sein Wissen über 3D-Welten in die Werkhalle: "
            "Digitale Montageanleitungen helfen einem Metallbaubetrieb, komplexe Treppen und "
            "Geländer fehlerfrei zu bauen und neue Kolleginnen schneller einzuarbeiten."
        ),
        "creative_partner": "Pixelhain Interactive UG",
        "creative_submarket": "software-games-industrie",
        "business_partner": "Metallbau Kretzschmar GmbH",
        "trade": "Metallbau",
        "other_partners": "Studierende einer Hochschule aus der Region begleiteten die Nutzertests",
        "district": "landkreis-mittelsachsen",
        "region_context": (
            "<p>Mittelsachsen ist geprägt von Bergbau- und Industriegeschichte und von vielen "
            "mittelständischen Zulieferern. Fachkräfte sind knapp, und erfahrene Monteure "
            "gehen in den kommenden Jahren in Rente. Kleine Digitalfirmen gibt es auch "
            "abseits der Großstädte, sie arbeiten aber selten mit dem örtlichen Handwerk "
            "zusammen.</p>"
        ),
        "innovation_kind": "process",
        "origin": (
            "<p>Das Studio entwickelte bis dahin vor allem Lernspiele und suchte nach "
            "Anwendungen jenseits der Unterhaltung. Der Geschäftsführer des Metallbaus hatte "
            "sich über wiederkehrende Fehler bei der Montage komplizierter Treppenanlagen "
            "geärgert. Ein Matching-Workshop von KreativLandTransfer brachte beide an einen "
            "Tisch.</p>"
        ),
        "value_for_partners": (
            "<p>Der Metallbau spart Nacharbeit und kann neue Mitarbeitende schneller "
            "einsetzen, weil die Tablet-Anleitung jeden Schritt räumlich zeigt. Das Studio "
            "hat ein Referenzprojekt für industrielle Anwendungen und entwickelt die Lösung "
            "nun für weitere Handwerksbetriebe weiter.</p>"
        ),
        "value_for_region": (
            "<p>Das Projekt zeigt jungen Menschen, dass Handwerk und digitale Technik "
            "zusammengehören. Es schafft anspruchsvolle Arbeitsplätze in einer Kleinstadt und "
            "stärkt die Verbindung zwischen Kreativwirtschaft und Industrie in der Region.</p>"
        ),
        "advice": (
            "<p>Beginnen Sie mit einem konkreten, gut abgegrenzten Problem statt mit einer "
            "großen Digitalisierungsvision. Beziehen Sie die Menschen in der Werkstatt von "
            "Anfang an ein, denn sie wissen, wo es hakt. Testen Sie früh unter echten "
            "Bedingungen, auch mit Handschuhen und schlechtem Licht.</p>"
        ),
    },
    {
        "slug": "stoffe-auf-bestellung",
        "title": "Stoffe auf Bestellung: Designerinnen und Weberei teilen sich ein Geschäftsmodell",
        "teaser": (
            "Eine traditionsreiche Weberei in Westsachsen produziert Entwürfe eines "
            "Designkollektivs in Kleinstserien auf Bestellung. Vertrieben wird über einen "
            "gemeinsamen Onlineshop, die Erlöse werden fair geteilt."
        ),
        "creative_partner": "Kollektiv Fadenlauf",
        "creative_submarket": "designwirtschaft",
        "business_partner": "Weberei Seidel Textil GmbH",
        "trade": "Textilmanufaktur",
        "other_partners": "Eine Näherei aus dem Nachbarort für konfektionierte Produkte",
        "district": "landkreis-zwickau",
        "region_context": (
            "<p>Westsachsen war über Generationen ein Zentrum der Textilindustrie. Nach 1990 "
            "blieben nur wenige, meist spezialisierte Betriebe übrig, die aber über wertvolles "
            "Wissen und robuste Maschinen verfügen. Junge Textildesignerinnen finden dagegen "
            "kaum Produzenten, die kleine Mengen fertigen.</p>"
        ),
        "innovation_kind": "business-model",
        "origin": (
            "<p>Das Kollektiv suchte für eine Ausstellung einen Betrieb, der einige Meter "
            "gewebten Stoff nach eigenen Mustern herstellt. Die Weberei sagte zunächst aus "
            "Neugier zu. Beim Auswerten des Projekts entstand die Idee, Kleinserien dauerhaft "
            "anzubieten und dafür einen gemeinsamen Vertrieb aufzubauen.</p>"
        ),
        "value_for_partners": (
            "<p>Die Weberei lastet ihre Maschinen besser aus und erreicht Endkundinnen direkt, "
            "ohne Zwischenhandel. Das Kollektiv kann eigene Kollektionen ohne Lager und "
            "Vorfinanzierung anbieten. Beide teilen Umsätze nach einem vorher vereinbarten "
            "Schlüssel und treffen Entscheidungen über das Sortiment gemeinsam.</p>"
        ),
        "value_for_region": (
            "<p>Textiles Wissen bleibt erhalten und wird an eine neue Generation "
            "weitergegeben. Die Region wird wieder als Ort für Textilien wahrgenommen, und "
            "durch die Näherei entsteht eine kleine regionale Wertschöpfungskette.</p>"
        ),
        "advice": (
            "<p>Rechnen Sie die Kosten für Einrichtung und Musterung ehrlich ein, denn "
            "Kleinserien haben andere Kosten als Massenware. Legen Sie Verteilschlüssel, "
            "Rechte an Mustern und Ausstiegsregeln vertraglich fest. Ein gemeinsamer Shop "
            "braucht eine klare Zuständigkeit für Kundenservice und Versand.</p>"
        ),
    },
    {
        "slug": "brot-mit-herkunft",
        "title": "Brot mit Herkunft: Eine Landbäckerei erzählt ihre Geschichte",
        "teaser": (
            "Eine kleine Werbeagentur und eine Bäckerei in der Oberlausitz entwickeln einen "
            "neuen Auftritt, der regionales Getreide, Handarbeit und Backstube sichtbar macht "
            "– mit überraschendem Erfolg im Laden und darüber hinaus."
        ),
        "creative_partner": "Agentur Umgebinde Kommunikation",
        "creative_submarket": "werbemarkt",
        "business_partner": "Landbäckerei Hentschel",
        "trade": "Bäckerei",
        "other_partners": "Drei Getreidebetriebe und eine Mühle aus dem Landkreis",
        "district": "landkreis-goerlitz",
        "region_context": (
            "<p>In vielen Dörfern der Oberlausitz haben Bäckereien in den vergangenen Jahren "
            "geschlossen, weil Nachfolger fehlten oder der Wettbewerb mit Backstationen im "
            "Supermarkt zu groß wurde. Die verbliebenen Betriebe sind wichtige Treffpunkte. "
            "Zugleich wird in der Region Getreide angebaut, das bisher kaum als regionales "
            "Produkt sichtbar war.</p>"
        ),
        "innovation_kind": "communication",
        "origin": (
            "<p>Die Agentur arbeitete bisher überwiegend für Kunden in Dresden und wollte "
            "stärker in der eigenen Region wirken. Die Bäckermeisterin hatte gerade auf Mehl "
            "aus der Nachbarschaft umgestellt, aber niemand wusste davon. Ein gemeinsamer "
            "Nachmittag in der Backstube wurde zum Startpunkt.</p>"
        ),
        "value_for_partners": (
            "<p>Die Bäckerei hat nun ein klares Erscheinungsbild, neue Verpackungen und "
            "Backstubenabende, zu denen Gäste aus der ganzen Umgebung kommen. Der Umsatz mit "
            "den Regionalbroten ist deutlich gestiegen. Die Agentur hat ein vorzeigbares "
            "Projekt, das ihr weitere Aufträge aus dem Handwerk gebracht hat.</p>"
        ),
        "value_for_region": (
            "<p>Die Geschichte verbindet Landwirtschaft, Mühle und Bäckerei und macht eine "
            "regionale Wertschöpfungskette sichtbar. Die Backstubenabende bringen Menschen "
            "zusammen und stärken die Bäckerei als Ort im Dorf.</p>"
        ),
        "advice": (
            "<p>Gute Kommunikation beginnt mit Zuhören: Die besten Geschichten lagen längst in "
            "der Backstube. Planen Sie das Budget so, dass auch die Umsetzung im Alltag – "
            "Schilder, Tüten, Social Media – finanziert ist. Und beziehen Sie das Verkaufsteam "
            "ein, denn es erzählt die Geschichte jeden Tag weiter.</p>"
        ),
    },
    {
        "slug": "kacheln-fuer-das-elbtal",
        "title": "Kacheln für das Elbtal: Keramik für Denkmal und Neubau",
        "teaser": (
            "Ein Architekturbüro und eine Keramikwerkstatt entwickeln Fliesen und Kacheln, "
            "die historische Vorbilder originalgetreu ersetzen – und daraus eine Linie für "
            "zeitgenössische Bauten."
        ),
        "creative_partner": "Atelier Elbhang Architekten",
        "creative_submarket": "architekturmarkt",
        "business_partner": "Keramikwerkstatt Wagner",
        "trade": "Keramikwerkstatt",
        "other_partners": "Die Untere Denkmalschutzbehörde beriet bei den historischen Vorbildern",
        "district": "landkreis-meissen",
        "region_context": (
            "<p>Das Elbtal rund um Meißen ist seit Jahrhunderten ein Ort der Keramik. In der "
            "Region stehen viele Villen, Gasthöfe und Industriebauten mit historischen "
            "Fliesen, Kachelöfen und Bauschmuck aus Ton. Bei Sanierungen fehlt oft Ersatz "
            "für beschädigte Stücke, und industrielle Produkte passen selten.</p>"
        ),
        "innovation_kind": "product",
        "origin": (
            "<p>Bei der Sanierung einer Gründerzeitvilla fand das Architekturbüro keine "
            "passenden Ersatzfliesen für ein Treppenhaus. Die Keramikerin aus dem Nachbarort "
            "fertigte probeweise Abformungen und Glasuren an. Aus der Einzellösung wurde ein "
            "Verfahren, das sich auf andere Gebäude übertragen lässt.</p>"
        ),
        "value_for_partners": (
            "<p>Die Keramikwerkstatt erschließt mit Bauherren und Planungsbüros einen neuen "
            "Kundenkreis und hat Aufträge, die über das Jahr verteilt sind. Das "
            "Architekturbüro kann in Denkmalprojekten Lösungen anbieten, die genehmigungsfähig "
            "sind, und nutzt die Kacheln inzwischen auch in Neubauten.</p>"
        ),
        "value_for_region": (
            "<p>Historische Bauten werden sorgfältiger saniert, und ein traditionelles "
            "Handwerk findet neue Aufgaben. Die Zusammenarbeit zeigt, wie Denkmalpflege und "
            "zeitgenössisches Bauen voneinander profitieren können.</p>"
        ),
        "advice": (
            "<p>Dokumentieren Sie jeden Versuch mit Rezeptur, Brennkurve und Fotos – dieses "
            "Wissen ist später Gold wert. Binden Sie die Denkmalpflege früh ein, dann wird "
            "aus einer Auflage eine gemeinsame Aufgabe. Kalkulieren Sie Musterstücke als "
            "eigene Leistung und verschenken Sie sie nicht.</p>"
        ),
    },
    {
        "slug": "klangprobe-musikwinkel",
        "title": "Klangprobe aus dem Musikwinkel: Instrumente online hören und erleben",
        "teaser": (
            "Ein Tonstudio und eine Meisterwerkstatt für Blechblasinstrumente im Vogtland "
            "entwickeln einen Service, mit dem Musikerinnen und Musiker weltweit "
            "handgefertigte Instrumente hören und sich beraten lassen können."
        ),
        "creative_partner": "Tonstudio Schallkammer",
        "creative_submarket": "musikwirtschaft",
        "business_partner": "Meisterwerkstatt für Blechblasinstrumente Ebert",
        "trade": "Musikinstrumentenbau",
        "other_partners": "Zwei weitere Werkstätten aus der Nachbarschaft nutzen den Service inzwischen",
        "district": "vogtlandkreis",
        "region_context": (
            "<p>Das obere Vogtland ist seit Jahrhunderten für seinen Musikinstrumentenbau "
            "bekannt. Viele kleine Meisterwerkstätten fertigen dort Instrumente für Orchester "
            "und Musiker in aller Welt. Der Vertrieb hängt jedoch stark von Messen und "
            "persönlichen Besuchen ab, die für kleine Betriebe teuer sind.</p>"
        ),
        "innovation_kind": "service",
        "origin": (
            "<p>Während einer Zeit ohne Messen suchte die Werkstatt nach Wegen, Instrumente "
            "auf Distanz zu präsentieren. Der Inhaber des Tonstudios, selbst Hornist, kannte "
            "das Problem aus eigener Erfahrung. Gemeinsam nahmen sie die ersten Instrumente "
            "in verschiedenen Räumen und mit verschiedenen Spielern auf.</p>"
        ),
        "value_for_partners": (
            "<p>Die Werkstatt erreicht Kundinnen und Kunden, die nie ins Vogtland reisen "
            "würden, und führt Beratungsgespräche per Video mit hochwertigen Klangbeispielen. "
            "Das Studio hat eine neue, wiederkehrende Dienstleistung entwickelt, die es auch "
            "anderen Werkstätten anbietet.</p>"
        ),
        "value_for_region": (
            "<p>Der Service stärkt einen traditionsreichen Wirtschaftszweig und macht die "
            "Region international sichtbar. Wer über die Klangproben auf eine Werkstatt "
            "aufmerksam wird, kommt oft später persönlich vorbei und entdeckt dabei das "
            "Vogtland.</p>"
        ),
        "advice": (
            "<p>Qualität zählt mehr als Menge: Wenige sehr gute Aufnahmen überzeugen mehr als "
            "viele mittelmäßige. Regeln Sie die Nutzungsrechte an Aufnahmen klar, auch "
            "gegenüber den Musikerinnen und Musikern. Und planen Sie Zeit für die persönliche "
            "Beratung ein, denn sie bleibt der Kern des Verkaufs.</p>"
        ),
    },
    {
        "slug": "holz-hoehe-handwerk",
        "title": "Holz, Höhe, Handwerk: Eine Filmreihe für den Zimmererberuf",
        "teaser": (
            "Eine Filmproduktion aus der Sächsischen Schweiz begleitet Lehrlinge einer "
            "Zimmerei ein Jahr lang. Die kurzen Filme laufen in Schulen, auf Social Media und "
            "im Kino – und bringen dem Betrieb neue Bewerbungen."
        ),
        "creative_partner": "Talwärts Film",
        "creative_submarket": "filmwirtschaft",
        "business_partner": "Zimmerei Grundmann & Partner",
        "trade": "Zimmerei",
        "other_partners": "Zwei Oberschulen der Region und die örtliche Kreishandwerkerschaft",
        "district": "landkreis-saechsische-schweiz-osterzgebirge",
        "region_context": (
            "<p>Die Region zwischen Elbsandsteingebirge und Osterzgebirge lebt von Tourismus, "
            "Handwerk und kleinen Unternehmen. Viele Jugendliche zieht es nach der Schule in "
            "die nahe Landeshauptstadt. Handwerksbetriebe finden deshalb nur schwer "
            "Auszubildende, obwohl die Auftragsbücher voll sind.</p>"
        ),
        "innovation_kind": "communication",
        "origin": (
            "<p>Die Filmemacher drehten für einen Tourismusverband, als sie Zimmerleute auf "
            "einem historischen Dachstuhl beobachteten. Die Bilder waren so eindrücklich, dass "
            "sie den Betrieb ansprachen. Der Meister hatte gerade zum dritten Mal vergeblich "
            "eine Lehrstelle ausgeschrieben und sagte sofort zu.</p>"
        ),
        "value_for_partners": (
            "<p>Die Zimmerei hat für das folgende Ausbildungsjahr mehr Bewerbungen erhalten "
            "als je zuvor und nutzt die Filme auch für Kundengespräche. Die Filmproduktion "
            "hat ein Format entwickelt, das sie nun weiteren Handwerksbetrieben und Verbänden "
            "anbietet.</p>"
        ),
        "value_for_region": (
            "<p>Die Filme zeigen Jugendlichen, dass es in ihrer Heimat spannende Berufe mit "
            "Perspektive gibt. Schulen setzen sie in der Berufsorientierung ein, und die "
            "Kreishandwerkerschaft plant eine Fortsetzung mit anderen Gewerken.</p>"
        ),
        "advice": (
            "<p>Lassen Sie die Lehrlinge selbst erzählen, denn Gleichaltrige überzeugen mehr "
            "als jede Werbebotschaft. Klären Sie Einwilligungen und Bildrechte vor dem ersten "
            "Drehtag, besonders bei Minderjährigen. Planen Sie von Anfang an, wo die Filme "
            "gezeigt werden sollen.</p>"
        ),
    },
]
