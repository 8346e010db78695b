"""Kazakh and Turkish articles written for the detection tests (no sentence of a real article).

Kazakh in the Cyrillic script Kazakh outlets write (Kazinform, Egemen Qazaqstan, Akorda, the
foreign ministry), Turkish in the style of Anadolu Ajansı and TRT Haber: case endings on the
names of countries and people ("Израильге", "Израильмен", "İsrail'e", "Kazakistan'ın"), held
and planned verb forms, nominalised events ("сапары барысында", "ziyareti sırasında") and
dates in every common form ("5 наурызда", "сейсенбі күні", "5 Mart'ta", "salı günü").
"""

from __future__ import annotations

from typing import Any

CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ Kazakh
    # Published Thursday 12 March 2026: "сейсенбі" is the 10th.
    {
        "id": "kktr-kk-call-kazinform",
        "published": "2026-03-12T09:30:00Z",
        "lang": "kk",
        "title": "Қазақстан мен Израиль СІМ басшылары телефон арқылы сөйлесті",
        "text": """АСТАНА. KAZINFORM – Қазақстан Республикасының Сыртқы істер министрі Ермек Көшербаев сейсенбі күні Израиль Мемлекетінің Сыртқы істер министрі Гидеон Саармен телефон арқылы сөйлесті. Бұл туралы ҚР СІМ баспасөз қызметі хабарлады.
Әңгіме барысында тараптар қаңтар айында израильдік министрдің Астанаға сапары кезінде қол жеткізілген уағдаластықтардың орындалу барысын талқылады.
Министрлер сондай-ақ үкіметаралық комиссияның кезекті отырысына дайындық мәселелерін қарастырды.
Ермек Көшербаев Қазақстан Израильмен су ресурстары мен ауыл шаруашылығы салаларындағы ынтымақтастықты одан әрі нығайтуға мүдделі екенін атап өтті.
Айта кетейік, Қазақстан мен Израиль арасында дипломатиялық қатынастар 1992 жылы орнатылған.
Тағы оқыңыз:
Тоқаев Өзбекстан Президентімен телефон арқылы сөйлесті
Астанада үш жаңа мектеп пайдалануға берілді""",
        "relevant": True,
        "events": [("talks", "2026-03-10")],
        "may": [("statement", "2026-03-10"), ("official_visit", "2026-01")],
    },
    {
        "id": "kktr-kk-agri-minister-visit",
        "published": "2026-03-06T07:15:00Z",
        "lang": "kk",
        "title": "Израиль Ауыл шаруашылығы министрі Астанада: су үнемдеу жөнінде меморандумға қол қойылды",
        "text": """АСТАНА. KAZINFORM – Израиль Мемлекетінің Ауыл шаруашылығы министрі Ицхак Бен-Давид 5 наурызда Қазақстанға ресми сапармен келді, деп хабарлайды агенттік тілшісі.
Сапары барысында израильдік министр ҚР Ауыл шаруашылығы министрі Айдарбек Сапаровпен кездесті. Кездесу қорытындысы бойынша тараптар су үнемдейтін технологияларды енгізу саласындағы ынтымақтастық туралы өзара түсіністік меморандумына қол қойды.
«Израильдің шөлді жерді егістікке айналдырған тәжірибесі біз үшін өте құнды», – деді Айдарбек Сапаров.
Құжатқа сәйкес, израильдік мамандар Түркістан және Жамбыл облыстарындағы фермерлерге тамшылатып суару бойынша оқыту семинарларын өткізеді.
Еске сала кетейік, биыл қаңтарда Израиль Сыртқы істер министрі Гидеон Саар Астанаға сапармен келген болатын.
Фото: ҚР Ауыл шаруашылығы министрлігі
Бөлісу""",
        "relevant": True,
        "events": [("official_visit", "2026-03-05"), ("agreement_signed", "2026-03-05")],
        "may": [
            ("talks", "2026-03-05"),
            ("statement", "2026-03-05"),
            ("official_visit", "2026-01"),
            ("economic", None),
        ],
    },
    # Akorda style: the reception is the visit; no date but the day of publication.
    {
        "id": "kktr-kk-akorda-knesset-speaker",
        "published": "2026-04-08T11:00:00Z",
        "lang": "kk",
        "title": "Мемлекет басшысы Израиль Кнессетінің Төрағасын қабылдады",
        "text": """Ақордада Қасым-Жомарт Тоқаев Израиль Кнессетінің Төрағасы Амир Охананы қабылдады.
Мемлекет басшысы мәртебелі қонақты Қазақстанға алғашқы ресми сапарымен құттықтап, екі ел арасындағы парламентаралық байланыстардың маңызына тоқталды.
Кездесуде сауда-экономикалық, инвестициялық және гуманитарлық салалардағы ынтымақтастықты кеңейту мәселелері талқыланды.
Қасым-Жомарт Тоқаев Израильді Таяу Шығыстағы маңызды әріптес деп атады.
Өз кезегінде Амир Охана жылы қабылдағаны үшін алғыс айтып, Мемлекет басшысына Израиль Президенті Исаак Герцогтың сәлемін жеткізді.
Ақорда баспасөз қызметі""",
        "relevant": True,
        "events": [("official_visit", "2026-04-08")],
        "may": [("talks", "2026-04-08"), ("statement", "2026-04-08"), ("statement", "2026-04-08")],
    },
    {
        "id": "kktr-kk-netanyahu-planned",
        "published": "2026-05-20T05:00:00Z",
        "lang": "kk",
        "title": "Нетаньяху күзде Қазақстанға келмек",
        "text": """Израиль Премьер-министрі Биньямин Нетаньяху биылғы қазан айында Қазақстанға ресми сапармен келеді. Бұл туралы Израильдің Қазақстандағы Төтенше және өкілетті елшісі Ронен Шапира «Егемен Қазақстан» газетіне берген сұхбатында айтты.
«Шақыру қабылданды, қазір екі тарап сапардың нақты күндерін келісіп жатыр», – деді елші.
Дипломаттың айтуынша, сапар барысында киберқауіпсіздік және денсаулық сақтау салаларында бірқатар құжаттарға қол қою жоспарланып отыр.
Биньямин Нетаньяху Қазақстанға алғаш рет 2016 жылдың желтоқсанында келген болатын. Бұл Израиль үкімет басшысының елімізге жасаған тұңғыш сапары еді.
Тегтер: Израиль, сапар, дипломатия""",
        "relevant": True,
        "events": [("visit_planned", "2026-10")],
        "may": [("statement", "2026-05"), ("official_visit", "2016-12")],
    },
    {
        "id": "kktr-kk-trade-2025",
        "published": "2026-02-11T04:40:00Z",
        "lang": "kk",
        "title": "Қазақстан мен Израиль арасындағы тауар айналымы 14,6 пайызға өсті",
        "text": """Өткен жылы Қазақстан мен Израиль арасындағы тауар айналымы 487,3 млн АҚШ долларын құрады. Бұл 2024 жылмен салыстырғанда 14,6 пайызға көп, деп хабарлайды Ұлттық статистика бюросы.
Қазақстанның Израильге экспорты 431 млн долларға жетті, оның негізгі бөлігі шикі мұнайға тиесілі. Израильден әкелінген импорт 56,3 млн долларды құрады: негізінен суару жабдықтары, дәрі-дәрмек пен электроника.
Статистика бюросының деректеріне қарағанда, Израиль Таяу Шығыстағы Қазақстанның ірі сауда әріптестерінің бірі болып қала береді.
Тағы оқыңыз:
Қазақстан мен Қытай арасындағы тауар айналымы жаңа рекорд орнатты
Теңге бағамы нығайды""",
        "relevant": True,
        "events": [("economic", "2025")],
        "may": [],
    },
    {
        "id": "kktr-kk-visa-free-july",
        "published": "2026-06-17T08:00:00Z",
        "lang": "kk",
        "title": "1 шілдеден бастап Қазақстан мен Израиль азаматтары визасыз жүре алады",
        "text": """Қазақстан Республикасының Үкіметі мен Израиль Мемлекетінің Үкіметі арасындағы визалық талаптарды өзара жою туралы келісім 2026 жылғы 1 шілдеде күшіне енеді. Бұл туралы ҚР Сыртқы істер министрлігі хабарлады.
Келісімге сәйкес, жалпы азаматтық паспорт иелері бір-бірінің аумағында 30 күнге дейін виза алмай бола алады.
Құжатқа биылғы қаңтарда Израиль СІМ басшысы Гидеон Саардың Астанаға сапары кезінде қол қойылған болатын.
Туристік агенттіктердің мәліметінше, Израильге турларға сұраныс соңғы айларда айтарлықтай артқан.""",
        "relevant": True,
        "events": [("visa_travel", "2026-07-01")],
        "may": [
            ("agreement_signed", "2026-07-01"),
            ("agreement_signed", "2026-01"),
            ("official_visit", "2026-01"),
        ],
    },
    # Published Wednesday 22 April 2026: the statement came on Tuesday the 21st.
    {
        "id": "kktr-kk-mfa-condemn",
        "published": "2026-04-22T06:20:00Z",
        "lang": "kk",
        "title": "ҚР СІМ Газадағы гуманитарлық колоннаға жасалған соққыны айыптады",
        "text": """Қазақстан Сыртқы істер министрлігі Израильдің Газа секторындағы гуманитарлық көмек колоннасына жасаған әуе соққысын қатаң айыптады.
Ведомство сейсенбі күні таратқан мәлімдемесінде бейбіт тұрғындар мен гуманитарлық қызметкерлердің қаза болуына терең алаңдаушылық білдірді.
«Қазақстан барлық тараптарды халықаралық гуманитарлық құқық нормаларын қатаң сақтауға шақырады», – делінген құжатта.
Қазақстан 1967 жылғы шекаралар негізінде екі мемлекеттің қатар өмір сүруі қағидатын қолдайтынын бірнеше мәрте мәлімдеген.
Израильдің Астанадағы елшілігі бұл мәлімдемеге пікір білдірмеді.""",
        "relevant": True,
        "events": [("tension", "2026-04-21")],
        "may": [("statement", "2026-04-21")],
    },
    # Published Saturday 7 November 2025: "бейсенбі" is the 6th.
    {
        "id": "kktr-kk-abraham-join",
        "published": "2025-11-07T05:30:00Z",
        "lang": "kk",
        "title": "Қазақстан Авраам келісімдеріне қосылды",
        "text": """Қазақстан Израиль мен бірқатар араб және мұсылман елдері арасындағы қатынастарды қалыпқа келтіруге бағытталған Авраам келісімдеріне ресми түрде қосылды.
Бұл туралы бейсенбі күні АҚШ Президенті Дональд Трамп Мемлекет басшысы Қасым-Жомарт Тоқаевпен және Израиль Премьер-министрі Биньямин Нетаньяхумен телефон арқылы сөйлескеннен кейін жариялады.
Президенттің баспасөз хатшысы Руслан Жақсылықовтың сөзінше, бұл шешім Қазақстанның бейбітшілік пен диалогқа негізделген сыртқы саясатының заңды жалғасы болып табылады.
Қазақстан Орталық Азиядан Авраам келісімдеріне қосылған алғашқы мемлекет болды. Айта кетейік, Қазақстан мен Израиль 1992 жылдан бері толыққанды дипломатиялық қатынастар орнатқан.""",
        "relevant": True,
        "events": [("multilateral", "2025-11-06")],
        "may": [("talks", "2025-11-06"), ("statement", "2025-11-06"), ("statement", "2025-11-06")],
    },
    # Published Thursday 24 September 2026: "сәрсенбі" is the 23rd.
    {
        "id": "kktr-kk-business-forum",
        "published": "2026-09-24T10:10:00Z",
        "lang": "kk",
        "title": "Алматыда қазақ-израиль бизнес-форумы өтті",
        "text": """АЛМАТЫ. KAZINFORM – Алматыда сәрсенбі күні Қазақстан-Израиль бизнес-форумы өтті. Оған екі елдің 120-дан астам компаниясы қатысты.
Форумды ҚР Сауда және интеграция вице-министрі Асқар Жүнісов пен Израильдің Қазақстандағы елшісі Ронен Шапира ашты.
Форум аясында қазақстандық және израильдік компаниялар ауыл шаруашылығы, су тазарту және медицина салаларында жалпы сомасы 85 млн доллар болатын тоғыз коммерциялық келісімшартқа қол қойды.
«Израиль технологиялары мен қазақстандық нарықтың мүмкіндіктерін ұштастыру – екі ел үшін де тиімді», – деді Асқар Жүнісов.
Өткен жылы екі ел арасындағы тауар айналымы 487 млн долларды құраған.
Фото: KAZINFORM""",
        "relevant": True,
        "events": [("economic", "2026-09-23")],
        "may": [("economic", "2026-09-23"), ("statement", "2026-09-23"), ("economic", "2025")],
    },
    # Published Wednesday 29 April 2026.
    {
        "id": "kktr-kk-mazhilis-ratify",
        "published": "2026-04-29T09:50:00Z",
        "lang": "kk",
        "title": "Мәжіліс Израильмен визалық талаптарды өзара жою туралы келісімді ратификациялады",
        "text": """Мәжіліс депутаттары сәрсенбі күні жалпы отырыста Қазақстан Республикасының Үкіметі мен Израиль Мемлекетінің Үкіметі арасындағы визалық талаптарды өзара жою туралы келісімді ратификациялау туралы заңды қабылдады.
Құжатты таныстырған Сыртқы істер министрінің орынбасары Дархан Сәрсенбаевтың айтуынша, келісім екі елдің жалпы азаматтық паспорт иелеріне 30 күнге дейін визасыз болуға мүмкіндік береді.
Келісімге 2026 жылғы 27 қаңтарда Астанада қол қойылған.
Заң енді Сенаттың қарауына жолданды.""",
        "relevant": True,
        "events": [("agreement_signed", "2026-04-29")],
        "may": [("visa_travel", None), ("agreement_signed", "2026-01-27")],
    },
    {
        "id": "kktr-kk-ambassador-interview",
        "published": "2026-07-02T04:00:00Z",
        "lang": "kk",
        "title": "Елші: Израиль – Қазақстанның Таяу Шығыстағы сенімді серіктесі",
        "text": """Израильдегі Қазақстан елшісі Ербол Сейітқали «Егемен Қазақстан» газетіне берген сұхбатында екі ел арасындағы ынтымақтастықтың жаңа кезеңге шыққанын айтты.
«Израиль – Қазақстанның Таяу Шығыстағы сенімді серіктестерінің бірі. Соңғы екі жылда біздің саяси диалогымыз бұрын-соңды болмаған деңгейге көтерілді», – деді дипломат.
Елшінің сөзінше, 1 шілдеден бастап күшіне енген визасыз режим туристер мен кәсіпкерлердің санын еселеп арттырады.
Ербол Сейітқали сондай-ақ Қазақстанның Авраам келісімдеріне қосылуы Израильде жоғары бағаланғанын атап өтті.
Сұхбаттың толық нұсқасын газеттің келесі санынан оқи аласыздар.""",
        "relevant": True,
        "events": [("statement", "2026-07")],
        "may": [("visa_travel", "2026-07-01"), ("multilateral", None), ("statement", "2026-07")],
    },
    {
        "id": "kktr-kk-neg-judo-tel-aviv",
        "published": "2026-02-23T15:00:00Z",
        "lang": "kk",
        "title": "Тель-Авивтегі Гран-при турнирінде қазақстандық дзюдошылар екі медаль жеңіп алды",
        "text": """Тель-Авивте өткен дзюдодан Гран-при турнирінде Қазақстан құрамасы бір күміс және бір қола медальге ие болды.
66 келіге дейінгі салмақта Ерасыл Жұмабек финалда израильдік спортшыға есе жіберіп, күміс жүлдені місе тұтты. Қола медальді 90 келі салмақта Нұрдәулет Сейітов жеңіп алды.
Турнирге 40 елден 400-ге жуық спортшы қатысты. Израиль құрамасы командалық есепте бірінші орын алды.
Қазақстан құрамасының бас бапкері спортшылардың нәтижесіне көңілі толатынын айтты. Құрама келесі айда Тбилисидегі турнирге қатысады.""",
        "relevant": False,
    },
    {
        "id": "kktr-kk-neg-tokayev-egypt",
        "published": "2026-05-27T12:30:00Z",
        "lang": "kk",
        "title": "Тоқаев Мысыр Президентімен келіссөздер жүргізді",
        "text": """КАИР. KAZINFORM – Қасым-Жомарт Тоқаев Мысыр Араб Республикасына мемлекеттік сапары барысында Президент Абдел Фаттах әс-Сисимен келіссөздер жүргізді.
Тараптар сауда-экономикалық, көлік-логистика және білім беру салаларындағы ынтымақтастықты талқылады. Кездесу қорытындысы бойынша он бір құжатқа қол қойылды.
Мемлекет басшылары Таяу Шығыстағы ахуалға да тоқталып, Газа секторындағы гуманитарлық жағдайды, Израиль мен Палестина арасындағы қақтығысты реттеу жолдарын талқылады.
Қазақстан Президенті Мысырдың өңірдегі бітімгершілік күш-жігерін жоғары бағалады.
Тағы оқыңыз:
Қазақстан мен Мысыр арасындағы тауар айналымы 2025 жылы 30 пайызға өсті""",
        "relevant": False,
    },
    # Published Friday 19 June 2026.
    {
        "id": "kktr-kk-consultations-jerusalem",
        "published": "2026-06-19T07:45:00Z",
        "lang": "kk",
        "title": "Иерусалимде қазақстан-израиль саяси консультациялары өтті",
        "text": """18 маусымда Иерусалимде Қазақстан мен Израиль сыртқы істер министрліктері арасындағы кезекті саяси консультациялар өтті.
Қазақстан делегациясын Сыртқы істер министрінің орынбасары Дархан Сәрсенбаев, израильдік тарапты Израиль СІМ Бас директоры Йоси Амрани басқарды.
Консультациялар барысында тараптар екіжақты ынтымақтастықтың ағымдағы жай-күйін талқылап, жоғары деңгейдегі алдағы сапарларға дайындық мәселелерін пысықтады.
Дархан Сәрсенбаев сапары аясында Израиль Кнессетіндегі «Израиль – Қазақстан» достық тобының мүшелерімен де кездесті.
ҚР СІМ баспасөз қызметі""",
        "relevant": True,
        "events": [("talks", "2026-06-18")],
        "may": [("official_visit", "2026-06-18"), ("talks", "2026-06-18"), ("visit_planned", None)],
    },
    {
        "id": "kktr-kk-economy-minister-postponed",
        "published": "2026-06-14T13:00:00Z",
        "lang": "kk",
        "title": "Израиль Экономика министрінің Астанаға сапары кейінге шегерілді",
        "text": """Израиль Экономика министрінің Қазақстанға келесі аптада жоспарланған сапары өңірдегі қауіпсіздік жағдайына байланысты кейінге қалдырылды. Бұл туралы Израильдің Астанадағы елшілігі хабарлады.
Елшілік мәлімдемесіне сәйкес, сапардың жаңа мерзімі тараптар арасында қосымша келісіледі.
Министр Астанада үкіметаралық комиссияның отырысына төрағалық етіп, қазақстандық әріптестерімен бірқатар келісімдерге қол қоюы тиіс еді.
Еске сала кетейік, Қазақстан мен Израиль арасындағы тауар айналымы өткен жылы 487 млн долларды құрады.""",
        "relevant": True,
        "events": [("tension", "2026-06-14")],
        "may": [("visit_planned", None), ("economic", "2025")],
    },
    # Published Thursday 2 April 2026.
    {
        "id": "kktr-kk-scat-shymkent-tel-aviv",
        "published": "2026-04-02T06:00:00Z",
        "lang": "kk",
        "title": "Шымкенттен Тель-Авивке тікелей рейс ашылады",
        "text": """SCAT әуе компаниясы 15 мамырдан бастап Шымкент – Тель-Авив бағыты бойынша тікелей рейстерді іске қосады. Бұл туралы компанияның баспасөз қызметі хабарлады.
Ұшақ аптасына екі рет, сейсенбі және жұма күндері ұшады. Ұшу уақыты шамамен бес сағатты құрайды.
Қазіргі уақытта Израильге Алматы мен Астанадан Air Astana және El Al тікелей рейстерін орындайды.
Көлік министрлігінің мәліметінше, былтыр екі ел арасында 95 мыңнан астам жолаушы тасымалданған.""",
        "relevant": True,
        "events": [("visa_travel", "2026-05-15")],
        "may": [("visa_travel", "2025")],
    },
    # ------------------------------------------------------------------ Turkish
    # Published Wednesday 28 January 2026: "salı" is the 27th.
    {
        "id": "kktr-tr-saar-astana-aa",
        "published": "2026-01-28T08:20:00Z",
        "lang": "tr",
        "title": "İsrail Dışişleri Bakanı Saar, 16 yıl aradan sonra Kazakistan'da",
        "text": """ASTANA (AA) - İsrail Dışişleri Bakanı Gideon Saar, Kazakistan'a resmi ziyaret gerçekleştirdi.
Saar, salı günü başkent Astana'da Kazakistan Dışişleri Bakanı Yermek Koşerbayev ile bir araya geldi. Görüşmenin ardından iki bakan, vatandaşların karşılıklı vize muafiyetine ilişkin mutabakat zaptını imzaladı.
Ziyaret, İsrail'den dışişleri bakanı düzeyinde Kazakistan'a 16 yıl aradan sonra yapılan ilk ziyaret oldu.
Ortak basın toplantısında konuşan Saar, Kazakistan'ın İbrahim Anlaşmaları'na katılma kararını "cesur ve ahlaki bir adım" olarak nitelendirdi.
Koşerbayev ise Kazakistan'ın iki devletli çözümü desteklediğini hatırlattı.
Saar'ın ziyareti sırasında Astana'da düzenlenen Kazakistan-İsrail İş Forumu'na iki ülkeden yaklaşık 30 şirket katıldı.""",
        "relevant": True,
        "events": [("official_visit", "2026-01-27"), ("agreement_signed", "2026-01-27")],
        "may": [
            ("talks", "2026-01-27"),
            ("visa_travel", None),
            ("statement", "2026-01-27"),
            ("statement", "2026-01-27"),
            ("economic", "2026-01-27"),
            ("multilateral", None),
        ],
    },
    # Published Thursday 5 March 2026: "dün" is the 4th.
    {
        "id": "kktr-tr-tokayev-herzog-call",
        "known_miss": "a readout's attribution ('Akorda'dan yapılan açıklamaya göre ... ele alındı': the sides discussed) is read as Akorda's statement",
        "published": "2026-03-05T10:00:00Z",
        "lang": "tr",
        "title": "Tokayev ile Herzog telefonda görüştü",
        "text": """ANKARA (AA) - Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev, İsrail Cumhurbaşkanı İsaac Herzog ile telefonda görüştü.
Akorda'dan yapılan açıklamaya göre, dün gerçekleştirilen görüşmede iki ülke arasındaki ticari ve ekonomik ilişkiler ile bölgesel gelişmeler ele alındı.
Herzog, Kazakistan'ın Orta Doğu'daki gelişmelere ilişkin dengeli tutumunu takdir ettiğini belirtti.
Tokayev de İsrail ile tarım, su yönetimi ve yüksek teknoloji alanlarında işbirliğini geliştirmeye hazır olduklarını ifade etti.
İsrail Cumhurbaşkanı, Tokayev'i İsrail'i ziyaret etmeye davet etti.""",
        "relevant": True,
        "events": [("talks", "2026-03-04")],
        "may": [("statement", "2026-03-04"), ("statement", "2026-03-04"), ("visit_planned", None)],
    },
    # Published Wednesday 18 February 2026: "salı" is the 17th.
    {
        "id": "kktr-tr-kazakhstan-condemns",
        "published": "2026-02-18T09:10:00Z",
        "lang": "tr",
        "title": "Kazakistan, İsrail'in Batı Şeria'daki yeni yerleşim kararını kınadı",
        "text": """ASTANA (AA) - Kazakistan Dışişleri Bakanlığı, İsrail hükümetinin işgal altındaki Batı Şeria'da yeni yerleşim birimleri inşa edilmesine yönelik kararını kınadı.
Bakanlık Sözcüsü Aybek Smadiyarov'un salı günü yaptığı yazılı açıklamada, kararın uluslararası hukuka aykırı olduğu ve bölgedeki barış çabalarını baltaladığı vurgulandı.
Açıklamada, Kazakistan'ın 1967 sınırları temelinde iki devletli çözümü desteklemeye devam ettiği kaydedildi.
İsrail'in Astana Büyükelçiliği konuya ilişkin bir açıklama yapmadı.""",
        "relevant": True,
        "events": [("tension", "2026-02-17")],
        "may": [("statement", "2026-02-17")],
    },
    {
        "id": "kktr-tr-netanyahu-september",
        "known_miss": "'bir İsrail başbakanının Orta Asya ülkesine': capitalised words after a title in the genitive are read as its holder's name",
        "published": "2026-07-10T13:40:00Z",
        "lang": "tr",
        "title": "Netanyahu'nun Eylül'de Kazakistan'ı ziyaret etmesi bekleniyor",
        "text": """İsrail Başbakanı Binyamin Netanyahu'nun Eylül ayında Kazakistan'a resmi ziyaret gerçekleştirmesi planlanıyor.
İsrail Başbakanlık Ofisi'nden TRT Haber'e yapılan açıklamada, ziyaretin tarihlerinin iki ülkenin dışişleri bakanlıkları arasında netleştirildiği belirtildi.
Ziyaret sırasında siber güvenlik ve sağlık alanlarında anlaşmaların imzalanması bekleniyor.
Netanyahu, Kazakistan'ı daha önce Aralık 2016'da ziyaret etmişti. Bu, bir İsrail başbakanının Orta Asya ülkesine yaptığı ilk ziyaretti.
Etiketler: İsrail, Kazakistan, Netanyahu""",
        "relevant": True,
        "events": [("visit_planned", "2026-09")],
        "may": [("official_visit", "2016-12")],
    },
    {
        "id": "kktr-tr-trade-2025",
        "published": "2026-02-20T07:00:00Z",
        "lang": "tr",
        "title": "Kazakistan ile İsrail arasındaki ticaret hacmi yüzde 18 arttı",
        "text": """ASTANA (AA) - Kazakistan ile İsrail arasındaki dış ticaret hacmi 2025'te bir önceki yıla kıyasla yüzde 18 artarak 412,5 milyon dolara yükseldi.
Kazakistan Ulusal İstatistik Bürosunun verilerine göre, ülkenin İsrail'e ihracatı 361 milyon dolar olurken, İsrail'den ithalatı 51,5 milyon dolarda kaldı.
Kazakistan'ın İsrail'e ihracatında ham petrol ilk sırada yer alırken, ithalatta sulama ekipmanları ve ilaçlar öne çıktı.
İlgili Haberler
Kazakistan'ın Çin ile ticareti rekor kırdı
Brent petrolün varil fiyatı 74 dolar seviyesinde""",
        "relevant": True,
        "events": [("economic", "2025")],
        "may": [],
    },
    # Published Wednesday 15 April 2026.
    {
        "id": "kktr-tr-elal-almaty",
        "published": "2026-04-15T11:25:00Z",
        "lang": "tr",
        "title": "El Al, Tel Aviv-Almatı seferlerine 2 Haziran'da başlayacak",
        "text": """İsrail'in bayrak taşıyıcı havayolu şirketi El Al, Tel Aviv ile Kazakistan'ın en büyük kenti Almatı arasında 2 Haziran'da direkt seferlere başlayacak.
Şirketten yapılan açıklamaya göre, seferler haftada üç kez Boeing 737 tipi uçaklarla düzenlenecek.
Kazakistan'ın ulusal havayolu şirketi Air Astana da halihazırda Almatı-Tel Aviv hattında haftada iki sefer düzenliyor.
İki ülke arasında vize muafiyeti anlaşmasının bu yaz yürürlüğe girmesi bekleniyor.""",
        "relevant": True,
        "events": [("visa_travel", "2026-06-02")],
        "may": [("visa_travel", "2026"), ("agreement_signed", None)],
    },
    # Published Friday 7 November 2025: "6 Kasım'da".
    {
        "id": "kktr-tr-abraham-trt",
        "published": "2025-11-07T06:15:00Z",
        "lang": "tr",
        "title": "Kazakistan İbrahim Anlaşmaları'na katıldı",
        "text": """ABD Başkanı Donald Trump, Kazakistan'ın İsrail ile bazı Arap ve Müslüman ülkeler arasındaki normalleşme anlaşmaları olan İbrahim Anlaşmaları'na katıldığını 6 Kasım'da duyurdu.
Trump, açıklamayı Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev ve İsrail Başbakanı Binyamin Netanyahu ile yaptığı telefon görüşmesinin ardından yaptı.
Netanyahu, Kazakistan'ın kararını "tarihi bir adım" olarak nitelendirdi.
Kazakistan, İsrail ile 1992'den bu yana tam diplomatik ilişkilere sahip. Ülke, anlaşmalara katılan ilk Orta Asya devleti oldu.""",
        "relevant": True,
        "events": [("multilateral", "2025-11-06")],
        "may": [("talks", "2025-11-06"), ("statement", "2025-11-06")],
    },
    {
        "id": "kktr-tr-neg-nations-league",
        "published": "2026-10-13T21:30:00Z",
        "lang": "tr",
        "title": "Kazakistan, İsrail'e 2-1 yenildi",
        "text": """UEFA Uluslar Ligi C Ligi 2. Grup maçında Kazakistan, deplasmanda İsrail'e 2-1 mağlup oldu.
Budapeşte'de oynanan karşılaşmada ev sahibi İsrail, ilk yarıda bulduğu iki golle öne geçti. Kazakistan'ın tek golünü 78. dakikada Baktiyor Zaynutdinov attı.
Bu sonucun ardından İsrail puanını 7'ye yükseltirken, Kazakistan 4 puanda kaldı.
Kazakistan Milli Takımı teknik direktörü, maçın ardından oyuncularının mücadelesinden memnun olduğunu söyledi.""",
        "relevant": False,
    },
    {
        "id": "kktr-tr-neg-turkey-kazakhstan",
        "published": "2026-08-26T16:45:00Z",
        "lang": "tr",
        "title": "Dışişleri Bakanı Fidan, Kazak mevkidaşı Koşerbayev ile görüştü",
        "text": """ASTANA (AA) - Dışişleri Bakanı Hakan Fidan, Kazakistan'a yaptığı resmi ziyaret kapsamında Kazakistan Dışişleri Bakanı Yermek Koşerbayev ile bir araya geldi.
Görüşmede Türkiye ile Kazakistan arasındaki stratejik ortaklık, Orta Koridor ve enerji işbirliği ele alındı.
Fidan, ortak basın toplantısında İsrail'in Gazze'ye yönelik saldırılarının bölgesel istikrarı tehdit ettiğini söyledi.
Bakanlar ayrıca Türk Devletleri Teşkilatı'nın Ekim ayında yapılacak zirvesine hazırlıkları değerlendirdi.
İlgili Haberler
Türkiye ile Kazakistan arasında 5 yeni anlaşma imzalandı""",
        "relevant": False,
    },
    # Published Wednesday 13 May 2026: "pazartesi" is the 11th.
    {
        "id": "kktr-tr-senate-speaker-israel",
        "published": "2026-05-13T09:00:00Z",
        "lang": "tr",
        "title": "Kazakistan Senato Başkanı Aşimbayev İsrail'de temaslarda bulundu",
        "text": """KUDÜS (AA) - Kazakistan Senato Başkanı Maulen Aşimbayev, İsrail'e gerçekleştirdiği resmi ziyaret kapsamında pazartesi günü Kudüs'te İsrail Meclisi (Knesset) Başkanı Amir Ohana ile bir araya geldi.
Görüşmede iki ülke parlamentoları arasındaki işbirliğinin geliştirilmesi ele alındı.
Ohana, Kazakistan'ı "Orta Asya'daki en yakın dostlarımızdan biri" olarak nitelendirdi.
Aşimbayev, ziyaret kapsamında İsrail Cumhurbaşkanı İsaac Herzog tarafından da kabul edildi.""",
        "relevant": True,
        "events": [("official_visit", "2026-05-11")],
        "may": [("talks", "2026-05-11"), ("talks", "2026-05"), ("statement", "2026-05-11")],
    },
]
