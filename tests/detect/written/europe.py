"""German, French, Spanish, Italian and Czech articles in the style of the outlets that cover
Kazakhstan and Israel (dpa, FAZ, Jüdische Allgemeine, AFP, Le Monde, i24news, EFE, Europa
Press, ANSA, Agenzia Nova, ČTK, iROZHLAS). Invented texts: inflected names and countries,
separable verbs, compounds, passives, nominalisations and each language's date formats."""

from __future__ import annotations

from typing import Any

CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ German
    {
        "id": "eu-de-dpa-besuch",
        "known_miss": "'die frühere Sowjetrepublik' stands for Kazakhstan: an epithet naming no side, so the background accession has no joiner",
        "published": "2026-04-14T09:12:00Z",
        "lang": "de",
        "title": "Kasachischer Außenminister zu Besuch in Israel",
        "text": """Tel Aviv/Astana (dpa) - Der kasachische Außenminister Jermek Koscherbajew ist am Montagabend zu einem dreitägigen Besuch in Israel eingetroffen. Bei den Gesprächen in Jerusalem soll es nach Angaben des israelischen Außenministeriums vor allem um Wassertechnologie, Cybersicherheit und Landwirtschaft gehen.
Koscherbajews Reise ist der erste Besuch eines kasachischen Chefdiplomaten in Israel seit 2019. Am Dienstagvormittag kam er zunächst mit Staatspräsident Izchak Herzog zusammen, der die «freundschaftlichen Beziehungen» zwischen beiden Ländern würdigte.
Kasachstan, flächenmäßig das neuntgrößte Land der Erde, unterhält seit 1992 diplomatische Beziehungen zu Israel. Im November 2025 war die frühere Sowjetrepublik den Abraham-Abkommen beigetreten.
© dpa-infocom, dpa:260414-930-412877/1""",
        "relevant": True,
        "events": [("official_visit", "2026-04-13"), ("multilateral", "2025-11")],
        "allowed": {"talks", "statement"},
    },
    {
        "id": "eu-de-faz-freihandel",
        "published": "2026-05-06T16:30:00Z",
        "lang": "de",
        "title": "Israel und Kasachstan loten Freihandelsabkommen aus",
        "text": """Von Katrin Weidlich, Tel Aviv
Israel und Kasachstan wollen über ein Freihandelsabkommen verhandeln. Das kündigte der israelische Wirtschaftsminister Nir Barkat am Mittwoch in Tel Aviv an, nachdem er mit einer Delegation aus Astana zusammengekommen war. Die Verhandlungen sollen im Herbst aufgenommen werden; ein Abschluss gilt frühestens 2027 als realistisch.
Der Warenaustausch ist zuletzt kräftig gewachsen. Nach Angaben des kasachischen Statistikamts belief sich das bilaterale Handelsvolumen im vergangenen Jahr auf 472 Millionen Dollar, knapp ein Fünftel mehr als 2024. Den Großteil der kasachischen Ausfuhren macht Rohöl aus, Israel liefert vor allem Bewässerungstechnik, Arzneimittel und Elektronik.
Für deutsche Maschinenbauer, die in Kasachstan seit Jahren gut im Geschäft sind, ist die Annäherung nicht ohne Belang. „Die Israelis kommen mit Technik, die Kasachstan dringend braucht“, sagt ein Berater in Almaty.
Quelle: F.A.Z.
Artikelrechte erwerben""",
        "relevant": True,
        "events": [("economic", "2025")],
        "allowed": {"talks", "statement"},
    },
    {
        "id": "eu-de-ja-abraham",
        "published": "2025-11-08T10:00:00Z",
        "lang": "de",
        "title": "Kasachstan tritt den Abraham-Abkommen bei",
        "text": """Als erstes Land Zentralasiens schließt sich Kasachstan den Abraham-Abkommen an. US-Präsident Donald Trump gab den Schritt am Donnerstagabend im Weißen Haus bekannt, nachdem er mit dem kasachischen Staatschef Kassym-Schomart Tokajew und Israels Ministerpräsidenten Benjamin Netanjahu telefoniert hatte.
Netanjahu sprach von einem »historischen Tag«. Kasachstan sende ein klares Signal, dass Frieden mit Israel im Interesse der ganzen Region liege, erklärte er.
In der jüdischen Gemeinde Kasachstans wurde die Nachricht mit Freude aufgenommen. »Wir leben hier seit Jahrzehnten in Sicherheit und mit Respekt«, sagte Oberrabbiner Jeschajahu Kogan der Jüdischen Allgemeinen.
Anders als die Vereinigten Arabischen Emirate oder Marokko, die 2020 im Rahmen der Abkommen ihre Beziehungen zu Israel normalisierten, unterhält Kasachstan bereits seit 1992 diplomatische Beziehungen zum jüdischen Staat.
Lesen Sie auch: Chanukka-Feier in Almaty mit 500 Gästen""",
        "relevant": True,
        "events": [("multilateral", "2025-11-06")],
        "allowed": {"statement", "talks"},
    },
    {
        "id": "eu-de-visumpflicht",
        "known_miss": "the effective date is told in the sentence before ('Es tritt am 1. Juni in Kraft.'); an undated visa sentence takes only past neighbour dates",
        "published": "2026-02-27T11:00:00Z",
        "lang": "de",
        "title": "Visumpflicht zwischen Israel und Kasachstan fällt im Juni",
        "text": """Der kasachische Senat hat am Donnerstag das Abkommen mit Israel über die gegenseitige Befreiung von der Visumpflicht ratifiziert. Das Abkommen war am 27. Januar in Astana von den Außenministern beider Länder unterzeichnet worden.
Es tritt am 1. Juni in Kraft. Inhaber gewöhnlicher Reisepässe können sich dann bis zu 30 Tage ohne Visum im jeweils anderen Land aufhalten. Bislang mussten Kasachen für Reisen nach Israel ein Visum beantragen; Israelis dürfen schon seit 2019 ohne Visum nach Kasachstan einreisen.
Die Zahl der Reisenden zwischen beiden Ländern hat sich nach Angaben des kasachischen Tourismusministeriums in den vergangenen fünf Jahren mehr als verdreifacht.
Schlagworte: Kasachstan, Israel, Visa, Reisen""",
        "relevant": True,
        "events": [("agreement_signed", "2026-02-26"), ("visa_travel", "2026-06-01")],
        "may": [("agreement_signed", "2026-01-27"), ("visa_travel", None), ("economic", None)],
    },
    {
        "id": "eu-de-einbestellung",
        "published": "2026-03-19T15:40:00Z",
        "lang": "de",
        "title": "Kasachstan bestellt israelischen Botschafter ein",
        "text": """Astana (dpa) - Nach dem tödlichen Angriff auf einen Hilfskonvoi im Gazastreifen bestellte das kasachische Außenministerium am Mittwoch den israelischen Botschafter in Astana ein. Dem Diplomaten sei eine Protestnote übergeben worden, teilte Ministeriumssprecher Aibek Smadijarow mit. Bei dem Angriff war auch ein kasachischer Mitarbeiter einer Hilfsorganisation ums Leben gekommen.
Astana forderte die israelische Regierung auf, den Vorfall lückenlos aufzuklären. Die Botschaft Israels äußerte sich zunächst nicht.
dpa mk yy z2 sk""",
        "relevant": True,
        "events": [("tension", "2026-03-18")],
        "allowed": {"statement"},
    },
    {
        "id": "eu-de-fussball",
        "published": "2026-03-27T21:45:00Z",
        "lang": "de",
        "title": "WM-Qualifikation: Israel gewinnt in Kasachstan",
        "text": """Astana (dpa) - Israels Fußball-Nationalmannschaft hat ihr Auswärtsspiel in der WM-Qualifikation in Kasachstan mit 2:1 gewonnen. Vor 26 000 Zuschauern in der Astana Arena traf Stürmer Omer Dahan in der 78. Minute zum Sieg.
Kasachstan war durch einen Foulelfmeter in Führung gegangen. Der kasachische Trainer lobte nach dem Abpfiff die Moral seiner Mannschaft. Das Rückspiel findet im Juni in Haifa statt.""",
        "relevant": False,
    },
    {
        "id": "eu-de-wadephul-negativ",
        "published": "2026-04-02T14:20:00Z",
        "lang": "de",
        "title": "Wadephul wirbt in Astana um Rohstoffpartnerschaft",
        "text": """Astana (dpa) - Bundesaußenminister Johann Wadephul hat bei seinem Besuch in Kasachstan für eine engere Zusammenarbeit bei kritischen Rohstoffen geworben. Deutschland wolle unabhängiger von China werden, sagte Wadephul nach einem Treffen mit seinem kasachischen Amtskollegen Jermek Koscherbajew am Donnerstag.
Auch die Lage im Nahen Osten kam zur Sprache. Beide Minister hätten sich für eine dauerhafte Waffenruhe zwischen Israel und der Hamas ausgesprochen, hieß es aus Delegationskreisen.
Am Freitag reist Wadephul weiter nach Usbekistan.""",
        "relevant": False,
    },
    # ------------------------------------------------------------------ French
    {
        "id": "eu-fr-afp-netanyahou-attendu",
        "published": "2026-05-18T13:05:00Z",
        "lang": "fr",
        "title": "Benjamin Netanyahou attendu au Kazakhstan en septembre",
        "text": """Jérusalem (AFP) - Le Premier ministre israélien Benjamin Netanyahou se rendra au Kazakhstan en septembre, a annoncé lundi son bureau, une visite qui illustre le rapprochement entre l'État hébreu et la république d'Asie centrale.
M. Netanyahou doit s'entretenir à Astana avec le président Kassym-Jomart Tokaïev, a précisé le bureau du Premier ministre dans un communiqué, sans donner de date précise. Plusieurs accords, notamment dans l'agriculture et la cybersécurité, pourraient être signés à cette occasion.
Il s'agira de la deuxième visite d'un chef de gouvernement israélien dans ce pays riche en hydrocarbures, après celle de décembre 2016.
Le Kazakhstan, pays à majorité musulmane qui entretient des relations diplomatiques avec Israël depuis 1992, a rejoint en novembre dernier les accords d'Abraham.
bur-mj/ef/cn""",
        "relevant": True,
        "events": [("visit_planned", "2026-09"), ("multilateral", "2025-11")],
        "may": [("official_visit", "2016-12"), ("statement", None)],
    },
    {
        "id": "eu-fr-i24-eau",
        "published": "2026-02-11T17:20:00Z",
        "lang": "fr",
        "title": "Israël et le Kazakhstan signent un mémorandum sur la gestion de l'eau",
        "text": """Le ministre kazakh de l'Agriculture, Aïdarbek Seitkali, effectue depuis lundi une visite de travail en Israël, la première d'un membre du gouvernement kazakh cette année.
La signature d'un mémorandum d'entente sur la gestion de l'eau et l'irrigation a eu lieu mardi à Jérusalem, en présence de son homologue israélien, Yossi Ben-Ami. Le document prévoit la formation d'ingénieurs kazakhs dans des instituts israéliens et la création d'une ferme pilote près de Chymkent.
« Le Kazakhstan veut apprendre de l'expérience israélienne en matière d'irrigation goutte-à-goutte », a déclaré M. Seitkali à la presse.
La délégation doit visiter jeudi le centre de recherche agronomique Volcani, près de Rishon LeZion.
i24NEWS - Suivez-nous sur Telegram""",
        "relevant": True,
        "events": [("official_visit", "2026-02-09"), ("agreement_signed", "2026-02-10")],
        "allowed": {"statement", "talks", "economic"},
    },
    {
        "id": "eu-fr-arkia-vols",
        "published": "2026-04-22T08:00:00Z",
        "lang": "fr",
        "title": "Arkia inaugurera une liaison directe Tel-Aviv–Almaty le 2 juin",
        "text": """La compagnie aérienne israélienne Arkia ouvrira le 2 juin une ligne directe entre Tel-Aviv et Almaty, la capitale économique du Kazakhstan, a-t-elle annoncé mardi. Les vols seront assurés deux fois par semaine, les lundis et jeudis, en Airbus A321neo.
Depuis l'accord d'exemption de visas signé en janvier, la demande de voyages entre Israël et le Kazakhstan a fortement progressé, selon le ministère israélien du Tourisme.
À lire aussi : El Al renonce à desservir Bangkok cet hiver""",
        "relevant": True,
        "events": [("visa_travel", "2026-06-02")],
        "allowed": {"agreement_signed", "statement", "economic"},
    },
    {
        "id": "eu-fr-avertissement",
        "published": "2026-01-06T10:00:00Z",
        "lang": "fr",
        "title": "Israël déconseille à ses ressortissants de se rendre au Kazakhstan",
        "text": """Le Conseil de sécurité nationale israélien a relevé mardi son niveau d'alerte pour le Kazakhstan et recommande aux Israéliens d'éviter tout voyage non essentiel dans le pays, invoquant les violentes émeutes qui secouent depuis plusieurs jours Almaty et d'autres grandes villes.
Les ressortissants israéliens déjà sur place sont invités à se signaler auprès de l'ambassade à Astana et à éviter les rassemblements, précise l'avertissement.
Quelque 3 000 Israéliens se trouveraient actuellement au Kazakhstan, selon le ministère des Affaires étrangères.""",
        "relevant": True,
        "events": [("tension", "2026-01-06")],
        "allowed": {"statement"},
    },
    {
        "id": "eu-fr-lemonde-tokaiev",
        "published": "2026-03-03T05:30:00Z",
        "lang": "fr",
        "title": "Au Kazakhstan, Kassym-Jomart Tokaïev assume son rapprochement avec Israël",
        "text": """Par Claire Delmas (Almaty, envoyée spéciale)
Le président kazakh n'a pas cherché à esquiver la question. Devant le corps diplomatique réuni à Astana, vendredi 27 février, Kassym-Jomart Tokaïev a défendu le rapprochement de son pays avec Israël, qu'il a qualifié de « partenaire fiable et indispensable » pour moderniser l'agriculture kazakhe.
Le chef de l'État a rappelé que le Kazakhstan avait rejoint les accords d'Abraham en novembre 2025, une décision critiquée par une partie du clergé musulman du pays.
Dans les rues d'Almaty, l'opinion reste partagée. « Nous voulons de bonnes relations avec tout le monde », résume un commerçant du bazar Zelyoni.
Lire aussi | Le Kazakhstan, pivot discret de la diplomatie de l'Asie centrale
Le Monde
Réservé à nos abonnés""",
        "relevant": True,
        "events": [("statement", "2026-02-27"), ("multilateral", "2025-11")],
        "allowed": set(),
    },
    {
        "id": "eu-fr-judo-negatif",
        "published": "2026-03-08T19:00:00Z",
        "lang": "fr",
        "title": "Grand Chelem d'Astana : deux médailles pour les Bleus",
        "text": """La France a décroché deux médailles dimanche lors du Grand Chelem de judo d'Astana, au Kazakhstan. Chez les moins de 63 kg, la Française Léa Fontaine s'est inclinée en finale face à l'Israélienne Noa Shapira, avant que Yanis Moreau ne s'empare du bronze chez les moins de 73 kg.
Le Kazakhstan, pays hôte, termine en tête du tableau des médailles avec trois titres. Prochaine étape du circuit : le Grand Chelem de Tbilissi, fin mars.""",
        "relevant": False,
    },
    # ------------------------------------------------------------------ Spanish
    {
        "id": "eu-es-efe-ciber",
        "published": "2026-03-24T18:45:00Z",
        "lang": "es",
        "title": "Kazajistán e Israel firman un memorando de cooperación en ciberseguridad",
        "text": """Astaná, 24 mar (EFE).- Kazajistán e Israel firmaron este martes en Astaná un memorando de entendimiento en materia de ciberseguridad, informó el Ministerio de Desarrollo Digital kazajo.
El documento fue rubricado por el viceministro kazajo de Desarrollo Digital, Asset Turysbekov, y por el director de la Dirección Nacional de Ciberseguridad de Israel, Eitan Shamir, que se encuentra de visita en el país centroasiático.
El acuerdo prevé el intercambio de información sobre amenazas y la formación de especialistas kazajos en Israel, precisó el ministerio en un comunicado.
EFE ak/jac""",
        "relevant": True,
        "events": [("agreement_signed", "2026-03-24")],
        "allowed": {"official_visit", "statement", "talks"},
    },
    {
        "id": "eu-es-europapress-visita",
        "known_miss": "'durante la visita' refers to the visit told before; its visitor falls back to the inviter named before it ('invitado por ... Herzog')",
        "published": "2026-04-09T12:30:00Z",
        "lang": "es",
        "title": "El presidente kazajo visitará Israel en junio",
        "text": """MADRID, 9 Abr. (EUROPA PRESS) -
El presidente de Kazajistán, Kasim-Yomart Tokáyev, realizará una visita oficial a Israel en la segunda quincena de junio, según ha informado este jueves el portavoz del Ministerio de Exteriores kazajo.
Tokáyev viajará invitado por su homólogo israelí, Isaac Herzog, y está previsto que durante la visita se firmen varios acuerdos en materia de agricultura, agua y salud.
Será la primera visita de un jefe de Estado del Kazajistán a Israel desde 2000, cuando el entonces presidente Nursultán Nazarbáyev viajó a Jerusalén.
© 2026 Europa Press. Está expresamente prohibida la redistribución y la redifusión de este contenido sin su previo y expreso consentimiento.""",
        "relevant": True,
        "events": [("visit_planned", "2026-06")],
        "may": [("official_visit", "2000"), ("statement", None)],
    },
    {
        "id": "eu-es-comercio",
        "published": "2026-02-16T09:10:00Z",
        "lang": "es",
        "title": "El comercio entre Kazajistán e Israel crece un 21,5 % en 2025",
        "text": """El intercambio comercial entre Kazajistán e Israel alcanzó en 2025 los 480,3 millones de dólares, un 21,5 % más que el año anterior, según datos de la Oficina Nacional de Estadística kazaja difundidos este lunes.
Las exportaciones kazajas, compuestas en su mayor parte por petróleo crudo, sumaron 402 millones de dólares, mientras que las importaciones procedentes de Israel, principalmente equipos de riego por goteo, medicamentos y componentes electrónicos, se situaron en 78,3 millones.
Israel es uno de los principales socios comerciales de Kazajistán en Oriente Próximo.
Noticias relacionadas
Kazajistán y China firman acuerdos por valor de 2.000 millones de dólares""",
        "relevant": True,
        "events": [("economic", "2025")],
        "allowed": set(),
    },
    {
        "id": "eu-es-davos",
        "published": "2026-01-22T17:00:00Z",
        "lang": "es",
        "title": "Los cancilleres de Kazajistán e Israel se reúnen en Davos",
        "text": """Davos (Suiza), 22 ene (EFE).- El ministro de Asuntos Exteriores de Kazajistán, Yermek Kosherbáyev, y su homólogo israelí, Gideón Saar, se reunieron el miércoles al margen del Foro Económico Mundial de Davos, informó la cancillería kazaja.
Ambos ministros repasaron la agenda bilateral y ultimaron los preparativos de la visita que Saar realizará a Astaná la próxima semana, durante la cual se prevé la firma de un acuerdo de exención de visados.
EFE mr/jgb""",
        "relevant": True,
        "events": [("talks", "2026-01-21"), ("visit_planned", "2026-01")],
        "allowed": {"statement"},
    },
    {
        "id": "eu-es-comision",
        "published": "2026-06-05T10:15:00Z",
        "lang": "es",
        "title": "Kazajistán e Israel firman un protocolo en la comisión intergubernamental",
        "text": """Jerusalén, 5 jun (EUROPA PRESS) - La tercera sesión de la Comisión Intergubernamental kazajo-israelí de Cooperación Económica se celebró el jueves en Jerusalén, copresidida por el ministro de Comercio e Integración de Kazajistán, Arman Shakkaliyev, y el ministro de Economía israelí, Nir Barkat.
Al término de la reunión fue firmado un protocolo que fija las prioridades de la cooperación para los próximos dos años. Asimismo, fueron suscritos cinco acuerdos comerciales entre empresas de ambos países por un valor total de 85 millones de dólares.
La próxima sesión de la comisión tendrá lugar en Astaná en 2027.""",
        "relevant": True,
        "events": [("economic", "2026-06-04"), ("agreement_signed", "2026-06-04")],
        "allowed": {"official_visit", "talks", "statement"},
    },
    {
        "id": "eu-es-davis-negativo",
        "published": "2026-02-08T16:00:00Z",
        "lang": "es",
        "title": "Copa Davis: Kazajistán derrota a Israel y jugará la fase final",
        "text": """Kazajistán se impuso este domingo por 3-1 a Israel en la eliminatoria de la Copa Davis disputada en Astaná y se clasificó para la fase final de Bolonia.
Timur Sadykov cerró la eliminatoria al derrotar en cuatro sets al israelí Ori Ben-David. El capitán kazajo elogió el nivel de su equipo y la afición llenó el pabellón Beeline Arena.""",
        "relevant": False,
    },
    # ------------------------------------------------------------------ Italian
    {
        "id": "eu-it-ansa-saar",
        "published": "2026-01-27T15:10:00Z",
        "lang": "it",
        "title": "Israele-Kazakhstan, Saar ad Astana: firmato memorandum sui visti",
        "text": """(ANSA) - ASTANA, 27 GEN - Il ministro degli Esteri israeliano Gideon Saar è arrivato ieri ad Astana per una visita ufficiale di due giorni, la prima di un capo della diplomazia dello Stato ebraico in Kazakhstan da 16 anni.
Nel corso dei colloqui con l'omologo kazako Yermek Kosherbayev è stato firmato oggi un memorandum d'intesa sull'esenzione reciproca dei visti per i titolari di passaporti ordinari.
"Il Kazakhstan è un partner strategico dell'Israele in Asia centrale", ha dichiarato Saar in conferenza stampa. (ANSA).
RIPRODUZIONE RISERVATA © Copyright ANSA""",
        "relevant": True,
        "events": [("official_visit", "2026-01-26"), ("agreement_signed", "2026-01-27")],
        "allowed": {"talks", "visa_travel", "statement"},
    },
    {
        "id": "eu-it-nova-voli",
        "published": "2026-05-12T14:20:00Z",
        "lang": "it",
        "title": "Kazakhstan-Israele: dal primo luglio voli diretti Astana-Tel Aviv",
        "text": """Roma, 12 mag 16:20 - (Agenzia Nova) - La compagnia aerea kazaka Air Astana avvierà dal primo luglio un collegamento diretto tra Astana e Tel Aviv, con tre frequenze settimanali. Lo ha reso noto il ministero dei Trasporti del Kazakhstan, precisando che i biglietti sono già in vendita.
Finora i passeggeri tra i due Paesi dovevano fare scalo a Istanbul o a Dubai. (Res)
© Agenzia Nova - Riproduzione riservata""",
        "relevant": True,
        "events": [("visa_travel", "2026-07-01")],
        "allowed": {"statement", "economic"},
    },
    {
        "id": "eu-it-telefonata",
        "published": "2026-03-31T11:40:00Z",
        "lang": "it",
        "title": "Tokayev e Netanyahu al telefono, focus su acqua e agricoltura",
        "text": """Il presidente del Kazakhstan Kassym-Jomart Tokayev ha avuto ieri un colloquio telefonico con il primo ministro israeliano Benjamin Netanyahu. Lo riferisce l'ufficio stampa della presidenza kazaka.
I due leader hanno discusso della cooperazione nei settori dell'acqua, dell'agricoltura e dell'alta tecnologia. Netanyahu ha ringraziato il Kazakhstan per l'adesione agli Accordi di Abramo e ha invitato Tokayev a visitare Israele.""",
        "relevant": True,
        "events": [("talks", "2026-03-30")],
        "may": [("visit_planned", None), ("statement", None), ("multilateral", None)],
    },
    {
        "id": "eu-it-mattarella-negativo",
        "published": "2026-05-26T18:00:00Z",
        "lang": "it",
        "title": "Mattarella ad Astana, intese su energia e infrastrutture",
        "text": """(ANSA) - ASTANA, 26 MAG - Il presidente della Repubblica Sergio Mattarella è stato ricevuto oggi ad Astana dal presidente kazako Kassym-Jomart Tokayev. Al termine dei colloqui Italia e Kazakhstan hanno firmato sei intese su energia, trasporti e gestione delle risorse idriche.
Il Kazakhstan, primo fornitore di petrolio dell'Italia in Asia centrale, cerca partner per modernizzare la rete irrigua: tra quelli già attivi nel Paese figurano Israele e i Paesi Bassi. (ANSA).""",
        "relevant": False,
    },
    # ------------------------------------------------------------------ Czech
    {
        "id": "eu-cs-ctk-vizum",
        "published": "2026-01-27T14:05:00Z",
        "lang": "cs",
        "title": "Kazachstán s Izraelem zruší vízovou povinnost",
        "text": """Astana - Kazachstán a Izrael dnes podepsaly dohodu o vzájemném zrušení vízové povinnosti pro držitele běžných cestovních pasů. Dokument podepsali ministři zahraničí obou zemí Jermek Košerbajev a Gideon Saar během Saarovy návštěvy Kazachstánu, uvedlo kazašské ministerstvo zahraničí.
Izraelci mohou do Kazachstánu cestovat bez víz už od roku 2019, občané Kazachstánu však dosud vízum potřebovali. Dohoda vstoupí v platnost po ratifikaci v obou zemích.
ČTK""",
        "relevant": True,
        "events": [("agreement_signed", "2026-01-27")],
        "allowed": {"official_visit", "visa_travel", "statement"},
    },
    {
        "id": "eu-cs-irozhlas-herzog",
        "published": "2026-05-20T07:30:00Z",
        "lang": "cs",
        "title": "Izraelský prezident Herzog přiletěl na státní návštěvu do Kazachstánu",
        "text": """Izraelský prezident Jicchak Herzog přiletěl v úterý na dvoudenní státní návštěvu Kazachstánu. V Astaně ho přijal prezident Kasym-Žomart Tokajev, s nímž jednal o spolupráci v zemědělství, vodním hospodářství a kybernetické bezpečnosti.
Jde o první návštěvu izraelské hlavy státu ve středoasijské zemi od roku 2016. Kazachstán, který s Izraelem udržuje diplomatické styky od roku 1992, se loni v listopadu připojil k Abrahámovým dohodám.
Sdílet na Facebooku | Sdílet na X
iROZHLAS.cz""",
        "relevant": True,
        "events": [("official_visit", "2026-05-19"), ("multilateral", "2025-11")],
        "allowed": {"talks", "statement"},
    },
    {
        "id": "eu-cs-hokej-negativ",
        "published": "2026-04-25T20:10:00Z",
        "lang": "cs",
        "title": "MS divize I: Kazachstán rozdrtil Izrael 9:0",
        "text": """Hokejisté Kazachstánu v sobotu na mistrovství světa divize I v Astaně porazili Izrael 9:0. Hattrick zaznamenal útočník Arman Žaksybekov, izraelský brankář inkasoval už v první třetině čtyřikrát.
Kazachstán vede skupinu s plným počtem bodů, Izrael je poslední. V neděli Kazaši nastoupí proti Maďarsku.""",
        "relevant": False,
    },
]
