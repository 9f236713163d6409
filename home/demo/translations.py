"""Demo content: English versions of selected pages.

English matters for exchanges with rural regions elsewhere in Europe. Only a few
pages are translated; keys and slugs refer to the German data modules.
"""

EN = {
    "home": {
        "title": "Creative Places Saxony",
        "mission": (
            "<p>Creative Places Saxony puts the spotlight on places where empty factories, "
            "railway stations and warehouses become studios, workshops and meeting points. The "
            "platform connects the people who build and run these places with municipalities, "
            "property owners and businesses. And it shares know-how on building law, monument "
            "protection, funding and everything else a creative place needs to succeed.</p>"
        ),
        "intro": (
            "<p>Creative places are emerging all over Saxony: in the big cities, but just as "
            "much in small towns and in the countryside. A boiler house becomes an exhibition "
            "hall, a spinning mill becomes a studio building, a railway station becomes a "
            "cultural venue. These places preserve valuable buildings, bring life back to town "
            "centres and give creative people affordable space.</p>"
            "<p>Explore selected places on the map, find vacant buildings waiting for new users "
            "and read our guides on how an idea turns into a lively place. Stories from the "
            "KreativLandTransfer programme show what happens when the creative industries and "
            "traditional crafts work together.</p>"
        ),
    },
    "indexes": {
        "places": {
            "title": "Places",
            "slug": "places",
            "intro": (
                "<p>From cold store to cultural venue, from weaving mill to studio building: "
                "here you will find creative places from every region of Saxony. Filter by "
                "district, type of place or sector, and discover buildings that are still "
                "looking for people to get involved.</p>"
            ),
        },
        "guides": {
            "title": "Knowledge",
            "slug": "knowledge",
            "intro": (
                "<p>Anyone bringing an old building back to life faces many questions: Does the "
                "new use need a permit? What does the monument protection authority say? Which "
                "funding fits, and how do you organise day-to-day operations? Our guides offer "
                "practical orientation with checklists, templates and contacts. Most guides are "
                "available in German only; a selection has been translated.</p>"
            ),
        },
        "cooperations": {
            "title": "Cooperations",
            "slug": "cooperations",
            "intro": (
                "<p>In the KreativLandTransfer programme, creative-industry firms team up with "
                "craft businesses and small and medium-sized companies in rural Saxony. "
                "Together they develop new products, better processes and surprising ways of "
                "making a business visible. The stories show how the partners met, what the "
                "cooperation achieved and what others can learn from it.</p>"
            ),
        },
        "events": {
            "title": "Events",
            "slug": "events",
            "intro": (
                "<p>Conferences, workshops, expert round tables and open studios: here you will "
                "find events on creative places in Saxony, on site and online. Download single "
                "dates or subscribe to the calendar feed.</p>"
            ),
        },
    },
    "places": {
        "garnhof-lindenau": {
            "title": "Garnhof Lindenau",
            "subtitle": "From cotton mill to art quarter",
            "teaser": (
                "Where yarn was once spun for half of Central Europe, painters, sculptors and "
                "gallerists now work side by side. The Garnhof is one of the liveliest studio "
                "complexes in Leipzig's west end."
            ),
        },
        "zollhaus-goerlitz": {
            "title": "Zollhaus Görlitz",
            "subtitle": "From customs office to border lab",
            "teaser": (
                "Right on the Neisse river, German and Polish creatives work together in the "
                "former customs office. Coworking, film offices and a bilingual newsroom make "
                "the building a workshop of the European twin city."
            ),
        },
        "schleiferei-weisswasser": {
            "title": "Glass-cutting works Weißwasser",
            "subtitle": "From glass-cutting works to a place to get involved",
            "teaser": (
                "The former glass-cutting works in Weißwasser stands empty and is looking for "
                "new users: bright rooms, robust floors and plenty of space for workshops, "
                "studios or a small manufacture."
            ),
        },
        "klangwerk-markneukirchen": {
            "title": "Klangwerk Markneukirchen",
            "subtitle": "From instrument manufactory to sound works",
            "teaser": (
                "Instruments have been built in the Vogtland's 'Musikwinkel' for centuries. At "
                "the Klangwerk, young violin makers, brass instrument makers and sound "
                "engineers share an old manufactory."
            ),
        },
    },
    "guides": {
        "nutzungsaenderung-genehmigen": {
            "title": "Change of use: from vacant building to approved use",
            "teaser": (
                "A warehouse becomes a studio building, a station becomes a cultural venue. "
                "This guide explains when a change of use needs a permit under Saxon building "
                "law, what the authorities check and how a preliminary enquiry gives you "
                "certainty early on."
            ),
            "body": [
                ("heading", "Why a new use almost always needs approval"),
                (
                    "paragraph",
                    "<p>Turning an old factory hall, cold store or railway station into studios, "
                    "workshops or a venue almost always changes the use of the building in legal "
                    "terms. The original permit covered storage or production, not workspaces "
                    "for twenty creative people, a café or concerts with an audience.</p>"
                    "<p>Under the Saxon Building Code (Sächsische Bauordnung), a change of use "
                    "generally requires a permit whenever the new use is subject to different "
                    "public-law requirements than the old one. This mainly concerns fire "
                    "safety, escape routes, parking provision, noise protection and whether the "
                    "use is permissible under planning law. If a building has stood empty for a "
                    "very long time, it is also worth clarifying early whether the old permit "
                    "still applies.</p>",
                ),
                ("heading", "Planning law: does the use fit the location?"),
                (
                    "paragraph",
                    "<p>Before looking at staircases and fire walls, ask a more basic question: "
                    "is the new use allowed at this site at all? The Federal Building Code "
                    "(Baugesetzbuch) sets the rules. Where a local development plan exists, its "
                    "designations apply, for example a commercial or mixed-use area. In "
                    "built-up areas without a plan, the project must fit in with its "
                    "surroundings; outside built-up areas, the hurdles are particularly "
                    "high.</p>"
                    "<p>A preliminary building enquiry (Bauvoranfrage) lets you settle "
                    "individual questions bindingly before spending money on detailed plans. "
                    "The resulting decision is valid for a limited period, as a rule three "
                    "years under the Saxon Building Code.</p>",
                ),
                ("heading", "What the building authority wants to see"),
                (
                    "paragraph",
                    "<p>An application for a change of use is submitted to the lower building "
                    "control authority and usually includes:</p>"
                    "<ul><li>a detailed <b>description of the use</b>, including numbers of "
                    "people, opening hours and events,</li>"
                    "<li>site plan, floor plans, sections and elevations,</li>"
                    "<li>proof of <b>fire safety</b>, for larger projects a fire safety concept "
                    "(Brandschutzkonzept) by specialists,</li>"
                    "<li>proof of <b>parking provision</b> (Stellplatznachweis) according to "
                    "local rules,</li>"
                    "<li>structural calculations if load-bearing elements are altered.</li></ul>"
                    "<p>As a rule, the documents must be prepared by a person entitled to submit "
                    "building plans, such as a registered architect or qualified engineer. Many "
                    "municipalities have their own parking bylaws; whether a payment can replace "
                    "new parking spaces is up to the municipality.</p>",
                ),
                ("heading", "Allow for time and cost"),
                (
                    "paragraph",
                    "<p>From the first meeting to the permit, think in months rather than weeks. "
                    "Besides the authority's fees, you will pay for planning and expert reports, "
                    "and often for alterations that only emerge from the fire safety concept. "
                    "Start early, talk to the authorities and keep a realistic budget.</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "Bring to the first meeting with the building authority",
                        "items": [
                            "Address, plot number and ownership",
                            "Existing plans or extracts from the building file",
                            "Photos of rooms, stairs and exits",
                            "Short description of the planned use with numbers of people",
                            "Information on events, opening hours and sources of noise",
                            "First thoughts on parking and deliveries",
                            "List of open questions",
                        ],
                    },
                ),
                (
                    "faq",
                    {
                        "title": "Frequently asked questions",
                        "items": [
                            {
                                "question": "Do quiet studios without visitors need a permit too?",
                                "answer": "<p>That depends on the use approved so far. Turning a "
                                "warehouse into workspaces usually changes the requirements for "
                                "escape routes and fire safety. Clarify this with the authority "
                                "rather than deciding it yourself.</p>",
                            },
                            {
                                "question": "Can we use the building while the application is pending?",
                                "answer": "<p>In principle, no. The new use may only begin once it "
                                "has been approved. For individual events there may be other "
                                "routes in specific cases; the authority decides.</p>",
                            },
                        ],
                    },
                ),
                (
                    "download",
                    {
                        "title": "Change of use checklist (PDF, German)",
                        "description": "Two-page printable checklist: documents, contacts and "
                        "questions for the first meeting with the building authority.",
                    },
                ),
                ("contact", "bauberatung"),
            ],
        },
        "leerstand-aktivieren-kommunen": {
            "title": "Activating vacant buildings: temporary use as a municipal strategy",
            "teaser": (
                "Empty shops, abandoned stations, disused factories: municipalities can do a lot "
                "to turn them into creative places. A guide for local administrations and "
                "councils, from a vacancy register to concept-based allocation."
            ),
            "body": [
                ("heading", "Creative places as an opportunity for town centres"),
                (
                    "paragraph",
                    "<p>In many small and medium-sized towns in Saxony, vacant buildings shape "
                    "the image of the centre. Creative people often see potential where others "
                    "only see renovation costs: studios in the old department store, a "
                    "coworking space in the station, an open workshop in a former factory hall. "
                    "Such places bring people into town centres, strengthen local associations "
                    "and make towns more attractive for young families and returnees.</p>"
                    "<p>Municipalities do not have to run these places themselves. But they can "
                    "play a decisive role in bringing owners and users together and lowering "
                    "the hurdles.</p>",
                ),
                ("heading", "What the administration can do"),
                (
                    "paragraph",
                    "<ul><li><b>Create an overview:</b> a vacancy register shows which "
                    "buildings are available, in what condition and who owns them.</li>"
                    "<li><b>Appoint a contact person:</b> one person at the town hall who "
                    "guides enquiries is invaluable for local initiatives.</li>"
                    "<li><b>Approach owners:</b> many owners do not know there is interest, or "
                    "shy away from effort and risk.</li>"
                    "<li><b>Support procedures:</b> early joint meetings with building control, "
                    "fire safety and monument protection speed up approvals.</li>"
                    "<li><b>Open up municipal buildings:</b> public properties can be allocated "
                    "to initiatives through concept-based procedures or long-term leaseholds, "
                    "where the quality of the concept counts, not just the price.</li></ul>",
                ),
                ("heading", "Temporary use as a door opener"),
                (
                    "paragraph",
                    "<p>Temporary use lowers the risk for everyone. The municipality can act as "
                    "a broker, provide model contracts or help with insurance questions. Some "
                    "towns sign framework agreements with owners and pass the spaces on to "
                    "users. A realistic time frame matters: for less than a year, the effort is "
                    "rarely worthwhile for users. Small start-up help, such as covering "
                    "utility costs in the first year, can make a big difference.</p>",
                ),
                ("heading", "Using funding wisely"),
                (
                    "paragraph",
                    "<p>Municipalities have access to programmes that initiatives can hardly "
                    "reach on their own. In urban development funding areas, local funds can "
                    "support small projects; in rural areas, LEADER regions offer advice and "
                    "funding for projects that fit their local development strategy. The key "
                    "is to include creative places in the municipality's development "
                    "concepts.</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "Municipal toolbox",
                        "items": [
                            "Vacancy register set up and kept up to date",
                            "Contact person for creative places named in the administration",
                            "Model contracts for temporary use available",
                            "Joint advisory meetings with building control and monument protection",
                            "Creative places anchored in the urban development concept",
                            "Concept-based allocation or leasehold checked for municipal buildings",
                        ],
                    },
                ),
                (
                    "faq",
                    {
                        "title": "Frequently asked questions",
                        "items": [
                            {
                                "question": "Is the municipality liable for temporary users?",
                                "answer": "<p>Only if it is itself a party to the contract or "
                                "the owner. As a broker it is generally not liable, but it "
                                "should describe its role clearly.</p>",
                            },
                            {
                                "question": "How do we find users?",
                                "answer": "<p>Through calls in local media, universities and "
                                "creative networks, through open viewing days and through "
                                "platforms like this one, where vacant buildings are listed as "
                                "places looking for people to get involved.</p>",
                            },
                        ],
                    },
                ),
                (
                    "download",
                    {
                        "title": "Vacancy survey template (spreadsheet, German)",
                        "description": "Survey sheet for buildings with location, ownership, "
                        "condition, floor space and possible uses.",
                    },
                ),
                ("contact", "netzwerk"),
            ],
        },
    },
    "events": {
        "konferenz-hallen-hoefe-horizonte": {
            "title": "Halls, Yards, Horizons – Conference on Creative Places in Saxony",
            "teaser": (
                "Two days for everyone who brings old buildings back to life: talks and good "
                "practice from cities and rural areas on day one, hands-on workshops on building "
                "law, monument protection, funding and operations on day two. Talks on day one "
                "are streamed live; most sessions are in German."
            ),
        },
        "kreativlandtransfer-europa-austausch": {
            "title": "KreativLandTransfer Europe: online exchange between rural regions",
            "teaser": (
                "Creative firms and craft businesses from Saxony meet partners from rural "
                "regions across Europe: how do cross-sector cooperations succeed, and what can "
                "we learn from each other? The event is held in English."
            ),
        },
    },
}
