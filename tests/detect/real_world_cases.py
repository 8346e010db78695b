"""Invented articles in the style of real news pages, with what the detector should find.

All texts are written for these tests (no real article text): wire copy with datelines,
ministry press releases, Russian-language Kazakh outlets, Israeli outlets, news snippets, with
the boilerplate real pages carry (bylines, "Read also" blocks, tag lists, captions, prompts).

Each case: `relevant`; `events`, the (type, date) pairs that must be found (date matched at the
coarser precision, None = any date); `allowed`, further types that may appear. Any other event
type fails the case. Stricter cases give `may` instead of `allowed`: optional (type, date) pairs,
each matching at most one further event, so that every extra event counts against them.

More such articles, a file per language or group of languages, live in `written/`: each
module there holds its own `CASES`, read here (by path, as `monitor.detect.train` reads this
file) and added to these.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ English positives
    {
        "id": "wire-water-mou",
        "published": "2026-03-11T14:20:00Z",
        "title": "Kazakhstan, Israel sign water memorandum as Israeli minister visits Astana",
        "text": """By Daniyar Omarov and Maya Levin
4 min read
ASTANA, March 10 (Reuters) - Kazakhstan and Israel signed a memorandum of understanding on water management on Tuesday during a visit by Israeli Foreign Minister Gideon Sa'ar to Astana, the Kazakh foreign ministry said.
The document, signed by Sa'ar and his Kazakh counterpart Yermek Kosherbayev, covers drip irrigation, desalination research and the training of water engineers, the ministry said in a statement.
"Israel has turned a desert into farmland, and we want to learn from that experience," Kosherbayev told reporters after the ceremony.
Kazakhstan, the world's largest landlocked country, loses a large share of its irrigation water to leaking canals, according to government estimates. The government has said it wants to modernise 2,000 km of canals by 2030.
Sa'ar, on his first trip to Central Asia since taking office, was also due to meet President Kassym-Jomart Tokayev.
Israel established diplomatic relations with Kazakhstan in 1992, shortly after the Soviet Union collapsed.
(Reporting by Daniyar Omarov in Astana and Maya Levin in Jerusalem; Editing by Peter Graff)
Our Standards: The Thomson Reuters Trust Principles.
Read also:
Israel strikes Gaza targets after rocket fire
Kazakhstan wheat exports rise 12% in February
Oil prices steady as OPEC+ weighs output""",
        "relevant": True,
        "events": [("agreement_signed", "2026-03-10"), ("official_visit", "2026-03")],
        "allowed": {"statement", "visit_planned", "talks"},
    },
    {
        "id": "toi-flights",
        "published": "2026-04-16T08:05:00Z",
        "title": "Israir to launch direct flights to Almaty in June",
        "text": """Sign up for our free daily newsletter
Israeli carrier Israir will launch direct flights between Tel Aviv and Almaty on June 1, the airline said on Wednesday, the first scheduled link between Israel and Kazakhstan's largest city.
The route will operate twice a week on Airbus A320 aircraft, with flights on Mondays and Thursdays, and tickets went on sale Wednesday starting at $299 each way.
"Kazakhstan is a new destination for Israeli travelers, and we expect strong demand from both tourists and business people," Israir CEO said in a statement.
The announcement follows the visa waiver agreement the two countries signed in January. Israeli tourists have been able to visit Kazakhstan without a visa for up to 30 days since 2019.
Photo caption: An Israir plane at Ben Gurion Airport. (Flash90)
Tags: Israir, Kazakhstan, Aviation, Israel-Central Asia ties
You're subscribed""",
        "relevant": True,
        "events": [("visa_travel", "2026-06-01")],
        "allowed": {"agreement_signed", "economic", "statement"},
    },
    {
        "id": "mfa-consultations",
        "published": "2026-03-05T10:00:00Z",
        "title": "Kazakh Deputy Foreign Minister holds political consultations in Jerusalem",
        "text": """Press release
JERUSALEM, March 4, 2026 - Deputy Minister of Foreign Affairs of the Republic of Kazakhstan Alibek Bakayev held political consultations with Director General of the Israeli Ministry of Foreign Affairs on March 4.
The sides reviewed the current state and prospects of bilateral cooperation in trade, agriculture, water resources and high technology, and discussed preparations for the next meeting of the intergovernmental commission.
The Kazakh diplomat noted that Kazakhstan values the dynamic development of its relations with Israel and invited Israeli businesses to take part in the Astana International Forum.
During his visit to Jerusalem, Bakayev also met with members of the Knesset Israel-Kazakhstan friendship group.
Share this: Facebook | X | Telegram
Print version""",
        "relevant": True,
        "events": [("talks", "2026-03-04")],
        "allowed": {"official_visit", "statement"},
    },
    {
        "id": "trade-figures",
        "published": "2026-02-20T06:30:00Z",
        "title": "Kazakhstan-Israel trade up 18% in 2025",
        "text": """Trade turnover between Kazakhstan and Israel reached $412.5 million in 2025, up 18 percent from a year earlier, according to the Bureau of National Statistics.
Kazakh exports to Israel, dominated by crude oil, grew to $361 million, while imports from Israel, mainly irrigation equipment, pharmaceuticals and electronics, amounted to $51.5 million.
Israel is one of Kazakhstan's main trading partners in the Middle East. About 2,000 tonnes of Kazakh grain were shipped to Israel last year for the first time in 16 years.
More than 30 companies with Israeli capital are registered in Kazakhstan.
Related stories:
Kazakhstan, UAE agree on $5 billion investment package
Israel's economy grew 3.2% in 2025""",
        "relevant": True,
        "events": [("economic", "2025")],
        "allowed": set(),
    },
    {
        "id": "sidelines-unga",
        "published": "2025-09-25T16:00:00Z",
        "title": "Tokayev meets Herzog in New York",
        "text": """NEW YORK, Sept. 25 - President Kassym-Jomart Tokayev met Israeli President Isaac Herzog on the sidelines of the UN General Assembly on Tuesday, the Akorda press service said.
The two leaders discussed trade, investment and cooperation in water management and agriculture. Tokayev said Kazakhstan was interested in Israeli technologies for drip irrigation.
Herzog thanked Kazakhstan for its balanced position and invited Tokayev to visit Israel.
The Kazakh leader also held meetings with the heads of state of Turkey, Brazil and Finland during the session.
Read more: Tokayev addresses UN General Assembly, calls for reform of Security Council""",
        "relevant": True,
        "events": [("talks", "2025-09-23")],
        "allowed": {"statement", "visit_planned"},
    },
    {
        "id": "abraham-join",
        "published": "2025-11-08T09:00:00Z",
        "title": "Kazakhstan joins Abraham Accords",
        "text": """WASHINGTON, Nov 7 (AP) - Kazakhstan will join the Abraham Accords, the set of normalization agreements between Israel and Arab and Muslim-majority states, President Donald Trump announced on Thursday after a phone call with President Kassym-Jomart Tokayev and Israeli Prime Minister Benjamin Netanyahu.
Kazakhstan already has full diplomatic relations with Israel, which it established in 1992, so the move is largely symbolic.
"Kazakhstan's accession is an important step," Netanyahu said in a statement, praising Tokayev for what he called a bold decision.
Kazakhstan becomes the first Central Asian country to join the accords.
Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.""",
        "relevant": True,
        "events": [("multilateral", "2025-11")],
        "allowed": {"statement", "talks"},
    },
    {
        "id": "planned-netanyahu",
        "published": "2026-05-14T11:00:00Z",
        "title": "Netanyahu expected to visit Kazakhstan next year, envoy says",
        "text": """Israeli Prime Minister Benjamin Netanyahu is expected to visit Kazakhstan next year, Israel's ambassador to Astana said in an interview published on Thursday.
"The invitation has been accepted and the two offices are working on dates," the ambassador said, adding that several agreements could be signed during the trip, including on cyber security and health care.
Netanyahu last visited Kazakhstan in December 2016, the first visit by an Israeli prime minister to the country.
Advertisement
The ambassador also said that direct flights between the two countries had carried more than 40,000 passengers since they were launched.
Most read
1. Almaty metro extension opens three new stations
2. Israel's Knesset passes budget""",
        "relevant": True,
        "events": [("visit_planned", "2027")],
        "allowed": {"statement", "visa_travel"},
    },
    {
        "id": "condemn",
        "published": "2026-01-15T12:00:00Z",
        "title": "Kazakhstan condemns Israeli strike on aid convoy",
        "text": """Kazakhstan's Foreign Ministry on Wednesday condemned an Israeli air strike on a humanitarian convoy in Gaza that killed several aid workers, and called on Israel to respect international humanitarian law.
"We are deeply concerned by the continued loss of civilian lives," ministry spokesman Aibek Smadiyarov told a briefing in Astana.
Kazakhstan supports a two-state solution based on the 1967 borders, he said.
Israel's embassy in Astana did not respond to a request for comment.
Follow us on Telegram""",
        "relevant": True,
        "events": [("tension", "2026-01-14")],
        "allowed": {"statement"},
    },
    {
        "id": "snippet-visa",
        "published": "2026-01-28T07:00:00Z",
        "title": "Kazakhstan, Israel agree on visa-free travel - The Astana Times",
        "text": "Kazakhstan and Israel signed an agreement on mutual visa exemption for holders of ordinary passports on Tuesday in Astana, allowing citizens to stay up to 30 days without a visa.",
        "relevant": True,
        "events": [("agreement_signed", "2026-01-27"), ("visa_travel", None)],
        "allowed": set(),
    },
    {
        "id": "long-visit-quotes",
        "published": "2026-03-12T18:00:00Z",
        "title": "Israeli economy minister arrives in Astana with business delegation",
        "text": """Israel's Economy Minister Nir Barkat arrived in Astana on Wednesday at the head of a delegation of 40 Israeli companies, the first visit by an Israeli economy minister to Kazakhstan in eight years.
Barkat was received by Prime Minister Olzhas Bektenov, who said Kazakhstan saw Israel as a key partner in technology and agriculture.
"Our countries complement each other. Kazakhstan has land, resources and ambition, Israel has innovation," Bektenov said, according to a government readout.
A Kazakh-Israeli business forum held the same day brought together more than 200 entrepreneurs. Companies from the two countries signed 12 commercial agreements worth $150 million in agritech, water and cyber security.
Barkat told the forum that Israeli investors were watching Kazakhstan's reforms closely. "We see real opportunities here," he said.
The two sides agreed to hold the next session of the intergovernmental commission in Jerusalem in autumn.
In 2023, Israel and Kazakhstan marked 30 years of diplomatic relations. Over the past decade, bilateral trade has more than tripled.
Photo: Israeli Economy Minister Nir Barkat and Kazakh Prime Minister Olzhas Bektenov in Astana. Government press service
Read also:
Kazakhstan and China sign 15 agreements worth $3 billion
Israel strikes Hezbollah targets in southern Lebanon""",
        "relevant": True,
        "events": [("official_visit", "2026-03-11"), ("economic", "2026-03-11")],
        "allowed": {"statement", "talks", "agreement_signed"},
    },
    # ------------------------------------------------------------------ Russian positives
    {
        "id": "kazinform-call",
        "published": "2026-03-12T09:40:00Z",
        "lang": "ru",
        "title": "Главы МИД Казахстана и Израиля провели телефонный разговор",
        "text": """АСТАНА. КАЗИНФОРМ – Министр иностранных дел Казахстана Ермек Кошербаев в минувший вторник провел телефонный разговор с министром иностранных дел Израиля Гидеоном Сааром, передает корреспондент агентства со ссылкой на пресс-службу МИД РК.
Стороны обсудили ход реализации договоренностей, достигнутых в ходе визита израильского министра в Астану в январе, а также подготовку очередного заседания межправительственной комиссии.
Кошербаев подчеркнул, что Казахстан заинтересован в дальнейшем укреплении сотрудничества с Израилем в сфере водных ресурсов и сельского хозяйства.
Читайте также:
Казахстан и Узбекистан подписали соглашение о демаркации границы
Израиль нанес удары по целям в секторе Газа
Подписывайтесь на наш Telegram-канал""",
        "relevant": True,
        "events": [("talks", "2026-03-10")],
        "allowed": {"statement", "official_visit"},
    },
    {
        "id": "tengri-ratify",
        "published": "2026-02-26T13:15:00Z",
        "lang": "ru",
        "title": "Сенат ратифицировал соглашение с Израилем о безвизовом режиме",
        "text": """Сенат Парламента Казахстана на пленарном заседании в четверг ратифицировал соглашение между правительствами Казахстана и Израиля о взаимной отмене визовых требований, сообщает корреспондент Tengrinews.kz.
Документ был подписан в Астане 27 января 2026 года в ходе визита министра иностранных дел Израиля Гидеона Саара.
Согласно соглашению, граждане двух стран смогут находиться на территории другого государства без визы до 30 дней. Соглашение вступает в силу через 30 дней после получения последнего письменного уведомления.
По данным МИД, за последние 10 лет число поездок граждан Казахстана в Израиль выросло в пять раз.
Фото: пресс-служба Сената
Теги: Сенат, Израиль, визы""",
        "relevant": True,
        "events": [("agreement_signed", "2026-02-26")],
        "allowed": {"visa_travel", "official_visit"},
    },
    {
        "id": "ru-visa-in-force",
        "published": "2026-02-25T05:00:00Z",
        "lang": "ru",
        "title": "Безвизовый режим между Казахстаном и Израилем заработает с 1 марта",
        "text": """С 1 марта граждане Казахстана и Израиля смогут посещать страны друг друга без виз на срок до 30 дней. Соглашение о взаимной отмене визовых требований вступает в силу 1 марта, сообщили в МИД Казахстана.
Напомним, документ подписали в январе в Астане министры иностранных дел двух стран.
Ранее израильские туристы могли въезжать в Казахстан без виз в одностороннем порядке.""",
        "relevant": True,
        "events": [("visa_travel", "2026-03-01")],
        "allowed": {"agreement_signed"},
    },
    {
        "id": "ru-akorda-reception",
        "published": "2026-01-28T12:00:00Z",
        "lang": "ru",
        "title": "Токаев принял министра иностранных дел Израиля",
        "text": """Глава государства Касым-Жомарт Токаев принял в Акорде министра иностранных дел Израиля Гидеона Саара, который находится с визитом в Казахстане, сообщает пресс-служба Акорды.
В ходе встречи были обсуждены вопросы торгово-экономического сотрудничества, взаимодействия в сферах водных ресурсов, сельского хозяйства и цифровизации.
Президент высоко оценил динамичное развитие казахстанско-израильских отношений и передал приглашение премьер-министру Израиля Биньямину Нетаньяху посетить Казахстан в удобное для него время.
Гидеон Саар поблагодарил Президента за теплый прием.""",
        "relevant": True,
        "events": [("official_visit", "2026-01")],
        "allowed": {"statement", "talks", "visit_planned"},
    },
    {
        "id": "ru-trade-forum",
        "published": "2026-04-09T08:00:00Z",
        "lang": "ru",
        "title": "Казахстан и Израиль провели бизнес-форум в Алматы",
        "text": """В Алматы прошел казахстанско-израильский бизнес-форум, в котором приняли участие более 100 компаний двух стран, передает Tengrinews.kz.
По итогам форума подписаны коммерческие соглашения на сумму 85 млн долларов в сфере агротехнологий и водосбережения.
Как отметил вице-министр торговли и интеграции Казахстана, товарооборот между Казахстаном и Израилем в прошлом году составил 412 млн долларов.
Реклама
Новости партнеров""",
        "relevant": True,
        "events": [("economic", "2026-04")],
        "allowed": {"statement"},
    },
    # ------------------------------------------------------------------ hard negatives
    {
        "id": "neg-gaza-with-related",
        "published": "2026-03-12T07:00:00Z",
        "title": "Israeli strikes kill 20 in Gaza as ceasefire talks stall",
        "text": """JERUSALEM, March 12 (Reuters) - Israeli air strikes killed at least 20 people across the Gaza Strip overnight, health officials said, as talks in Cairo on extending the ceasefire stalled.
Israel's military said it had targeted militants who were preparing attacks on its troops. Hamas said the strikes violated the truce.
Prime Minister Benjamin Netanyahu told his cabinet on Sunday that Israel would not agree to end the war until all hostages were returned.
Mediators from Egypt, Qatar and the United States have been trying for weeks to bridge the gaps.
Read also:
Kazakhstan and Israel sign memorandum on water cooperation
Kazakhstan wheat exports rise 12% in February
Tokayev meets Herzog in New York
Our Standards: The Thomson Reuters Trust Principles.""",
        "relevant": False,
    },
    {
        "id": "neg-wheat-with-related",
        "published": "2026-03-12T07:00:00Z",
        "title": "Kazakhstan wheat exports rise 12% in February",
        "text": """ASTANA, March 12 - Kazakhstan's wheat exports rose 12% in February from a year earlier to 1.1 million tonnes, the agriculture ministry said on Thursday, helped by strong demand from China, Iran and Afghanistan.
Exports to Uzbekistan, the largest buyer of Kazakh grain, were stable.
The ministry expects the 2025/26 export total to reach 11 million tonnes.
Related:
Israel, Kazakhstan agree to launch direct flights between Tel Aviv and Almaty
Israel's central bank holds rates
Kazakhstan and Israel sign memorandum on water cooperation""",
        "relevant": False,
    },
    {
        "id": "neg-uae-deal-with-related",
        "published": "2026-03-12T07:00:00Z",
        "title": "Kazakhstan, UAE sign $5 billion investment package",
        "text": """Kazakhstan and the United Arab Emirates signed 18 agreements worth $5 billion on Wednesday during a visit by President Kassym-Jomart Tokayev to Abu Dhabi, the Akorda said.
The deals cover renewable energy, logistics and food security. Sheikh Mohamed bin Zayed welcomed the Kazakh president at Qasr Al Watan.
The UAE is one of the largest Arab investors in Kazakhstan.
You may also like
Kazakhstan and Israel sign memorandum of understanding on water management
Israeli foreign minister arrives in Astana for talks
Kazakhstan joins Abraham Accords""",
        "relevant": False,
    },
    {
        "id": "neg-football",
        "published": "2025-10-14T21:30:00Z",
        "title": "Israel edge Kazakhstan in World Cup qualifier",
        "text": """Israel beat Kazakhstan 2-1 in Budapest on Monday to keep alive their hopes of finishing second in Group I of the European qualifiers for the 2026 World Cup.
Israel took the lead through a header just before the break, and although Kazakhstan equalised early in the second half, a late penalty settled it.
"We showed character tonight," Israel's coach said. Kazakhstan's coach complained about the refereeing.
Kazakhstan have now lost four of their six qualifiers. Israel host Norway on Thursday.""",
        "relevant": False,
    },
    {
        "id": "neg-hockey-ru",
        "published": "2026-04-30T19:00:00Z",
        "lang": "ru",
        "title": "Казахстан разгромил Израиль на чемпионате мира по хоккею",
        "text": """Сборная Казахстана по хоккею обыграла команду Израиля со счетом 7:1 в матче чемпионата мира в первом дивизионе.
Шайбы у казахстанцев забросили пять разных игроков. Израильтяне отличились лишь в третьем периоде.
Следующий матч наша команда проведет в субботу против сборной Польши.""",
        "relevant": False,
    },
    {
        "id": "neg-summit-list",
        "published": "2026-03-12T07:00:00Z",
        "title": "Foreign ministers gather in Antalya for diplomacy forum",
        "text": """Foreign ministers and senior officials from more than 40 countries gathered in Antalya on Friday for the annual Antalya Diplomacy Forum.
Among the participants were the foreign ministers of Kazakhstan, Uzbekistan, Azerbaijan, Hungary and Pakistan, as well as delegations from Israel, Egypt and Jordan.
Turkish Foreign Minister Hakan Fidan opened the forum with a call for a ceasefire in Gaza.
Kazakhstan's minister Yermek Kosherbayev spoke on a panel on connectivity in Eurasia and the Middle Corridor.
Israel's delegation, led by a deputy minister, attended a session on regional security.""",
        "relevant": False,
    },
    {
        "id": "neg-tourists-almaty",
        "published": "2026-02-10T07:00:00Z",
        "title": "Why Israeli skiers are discovering Almaty",
        "text": """Shymbulak resort above Almaty has become an unlikely favourite with Israeli skiers this winter.
Tour operators in Tel Aviv say bookings for Kazakhstan packages doubled this season, with Israeli families drawn by cheap lift passes and deep snow.
"It's cheaper than the Alps and the snow is incredible," said Noa, a 34-year-old engineer from Haifa, as she waited for the gondola.
Local guides have started learning a few words of Hebrew. One restaurant on Dostyk Avenue now offers a kosher menu.
The season runs until April.""",
        "relevant": False,
    },
    {
        "id": "neg-vietnam-visa",
        "published": "2026-03-12T07:00:00Z",
        "title": "Kazakhstan and Vietnam agree on visa-free travel",
        "text": """Kazakhstan and Vietnam signed an agreement on Tuesday abolishing visa requirements for stays of up to 30 days, the Kazakh foreign ministry said.
The agreement will enter into force after both countries complete domestic procedures.
Kazakhstan has in recent years introduced visa-free regimes with dozens of countries, including Israel, the UAE, Malaysia and Brazil.
Direct flights between Almaty and Ho Chi Minh City are expected to start in the summer.""",
        "relevant": False,
    },
    {
        "id": "neg-azerbaijan-accords",
        "published": "2026-03-12T07:00:00Z",
        "title": "Azerbaijan weighs joining Abraham Accords",
        "text": """Azerbaijan is considering joining the Abraham Accords, officials in Baku said, months after Kazakhstan became the first Central Asian state to sign up.
Azerbaijan supplies much of Israel's oil and buys Israeli weapons, and Baku has long been one of Israel's closest partners in the Muslim world.
President Ilham Aliyev discussed the issue with US envoys in Baku on Monday, according to Azerbaijani media.
Analysts in Baku say Azerbaijan wants to secure US support in its peace process with Armenia.
An Azerbaijani official said the decision would be taken "in the national interest of Azerbaijan".""",
        "relevant": False,
    },
    {
        "id": "neg-uzbek-israel-talks",
        "published": "2026-03-12T07:00:00Z",
        "title": "Uzbekistan, Israel discuss direct investment",
        "text": """Uzbek Foreign Minister Bakhtiyor Saidov held talks with Israeli Foreign Minister Gideon Sa'ar in Tashkent on Tuesday, focusing on investment in agriculture and water.
The ministers signed a memorandum on cooperation in innovation and agreed to hold a business forum in Tashkent in the autumn.
Uzbekistan and Israel established diplomatic relations in 1992. Bilateral trade reached $180 million last year.
Sa'ar arrived in Tashkent from Astana, where he met Kazakh officials earlier this week.
The Uzbek side praised Israel's experience in drip irrigation.""",
        "relevant": False,
    },
    {
        "id": "neg-ru-israel-only-with-related",
        "published": "2026-03-12T07:00:00Z",
        "lang": "ru",
        "title": "В Израиле прошли массовые протесты против судебной реформы",
        "text": """В Тель-Авиве и Иерусалиме в субботу прошли многотысячные акции протеста против судебной реформы, сообщают израильские СМИ.
Участники митингов требовали отставки правительства. Полиция задержала несколько человек.
Читайте также:
Казахстан и Израиль подписали меморандум о сотрудничестве в сфере водных ресурсов
Курс тенге укрепился на торгах KASE
Токаев провел телефонный разговор с Нетаньяху""",
        "relevant": False,
    },
    # ------------------------------------------------------------------ other languages
    {
        "id": "kk-relevant",
        "published": "2026-01-28T07:00:00Z",
        "lang": "kk",
        "title": "Қазақстан мен Израиль визасыз режим туралы меморандумға қол қойды",
        "text": "Астанада Қазақстан мен Израильдің сыртқы істер министрлері екі ел азаматтары үшін визасыз режим туралы меморандумға қол қойды. Израиль сыртқы істер министрі Гидеон Саар Астанаға ресми сапармен келді.",
        "relevant": True,
    },
    {
        "id": "kk-negative",
        "published": "2026-01-28T07:00:00Z",
        "lang": "kk",
        "title": "Қазақстан құрамасы Израиль құрамасымен тең түсті",
        "text": "Футболдан Қазақстан құрамасы Израиль құрамасымен 1:1 есебімен тең ойнады. Ойын Астанада өтті, жанкүйерлер стадионды толтырды.",
        "relevant": False,
    },
    {
        "id": "he-relevant",
        "published": "2026-01-28T07:00:00Z",
        "lang": "he",
        "title": "ישראל וקזחסטן חתמו על הסכם לביטול אשרות",
        "text": "שר החוץ גדעון סער ביקר באסטנה ונפגש עם שר החוץ של קזחסטן. שתי המדינות חתמו על מזכר הבנות לפטור מאשרות כניסה לאזרחים.",
        "relevant": True,
    },
    {
        "id": "he-negative",
        "published": "2026-01-28T07:00:00Z",
        "lang": "he",
        "title": "נבחרת ישראל ניצחה את קזחסטן",
        "text": "נבחרת ישראל בכדורגל ניצחה את קזחסטן 2:0 במשחק מוקדמות. המאמן שיבח את השחקנים והאוהדים מילאו את האצטדיון.",
        "relevant": False,
    },
    {
        "id": "ar-relevant",
        "published": "2026-01-28T07:00:00Z",
        "lang": "ar",
        "title": "كازاخستان وإسرائيل توقعان اتفاقية للإعفاء من التأشيرات",
        "text": "وقعت كازاخستان وإسرائيل في أستانا اتفاقية للإعفاء من التأشيرات خلال زيارة وزير الخارجية الإسرائيلي. وقال الوزير إن العلاقات بين البلدين تشهد تطورا كبيرا.",
        "relevant": True,
    },
    {
        "id": "ar-negative",
        "published": "2026-01-28T07:00:00Z",
        "lang": "ar",
        "title": "قمة إقليمية في الدوحة",
        "text": "شارك وزراء خارجية قطر والسعودية ومصر والأردن وتركيا وكازاخستان في اجتماع الدوحة. وناقش الوزراء الوضع في غزة والضربات الإسرائيلية على لبنان وسوريا.",
        "relevant": False,
    },
    {
        "id": "tr-relevant",
        "published": "2026-01-28T07:00:00Z",
        "lang": "tr",
        "title": "Kazakistan ve İsrail vize muafiyeti anlaşması imzaladı",
        "text": "Kazakistan ve İsrail dışişleri bakanları Astana'da vize muafiyeti anlaşması imzaladı. İsrail Dışişleri Bakanı Gideon Saar, iki ülke arasındaki ilişkilerin güçlendiğini söyledi.",
        "relevant": True,
    },
    {
        "id": "tr-negative",
        "published": "2026-01-28T07:00:00Z",
        "lang": "tr",
        "title": "Türk Devletleri Teşkilatı zirvesi Astana'da yapıldı",
        "text": "Türk Devletleri Teşkilatı zirvesi Astana'da yapıldı. Kazakistan Cumhurbaşkanı Tokayev, zirvede Gazze'deki durumu ve İsrail'in saldırılarını da değerlendirdi. Zirveye Azerbaycan, Özbekistan ve Kırgızistan liderleri katıldı.",
        "relevant": False,
    },
    {
        "id": "fr-relevant",
        "published": "2026-01-28T07:00:00Z",
        "lang": "fr",
        "title": "Le Kazakhstan et Israël suppriment les visas",
        "text": "Le ministre israélien des Affaires étrangères Gideon Saar s'est rendu à Astana, où il a signé avec son homologue kazakh un accord d'exemption de visa. Les deux pays veulent renforcer leur coopération dans l'agriculture et l'eau.",
        "relevant": True,
    },
    {
        "id": "fr-negative",
        "published": "2026-01-28T07:00:00Z",
        "lang": "fr",
        "title": "Le Kazakhstan mise sur l'uranium",
        "text": "Le Kazakhstan, premier producteur mondial d'uranium, veut augmenter sa production de 10 % cette année. Kazatomprom vend surtout à la Chine et à la France. À lire aussi : Israël frappe le Liban.",
        "relevant": False,
    },
    {
        "id": "de-relevant",
        "published": "2026-01-28T07:00:00Z",
        "lang": "de",
        "title": "Israel und Kasachstan vereinbaren Visafreiheit",
        "text": "Israels Außenminister Gideon Saar hat bei seinem Besuch in Astana mit seinem kasachischen Amtskollegen ein Abkommen über visafreies Reisen unterzeichnet. Beide Länder wollen die Zusammenarbeit in Landwirtschaft und Wassertechnik ausbauen.",
        "relevant": True,
    },
    {
        "id": "de-negative",
        "published": "2026-01-28T07:00:00Z",
        "lang": "de",
        "title": "Kasachstan setzt auf den Mittleren Korridor",
        "text": "Kasachstan will mehr Güter über das Kaspische Meer nach Europa schicken. Der Handel mit China wächst. Lesen Sie auch: Israel greift Ziele im Libanon an. Mehr zum Thema: Kasachstan und Israel unterzeichnen Wasserabkommen.",
        "relevant": False,
    },
    # ------------------------------------------------------------------ more wording, more negatives
    {
        "id": "en-held-talks-jerusalem",
        "published": "2026-03-12T10:00:00Z",
        "title": "Kazakh FM in Jerusalem for talks on water, tech",
        "text": """JERUSALEM (JNS) - Kazakhstan's Foreign Minister Yermek Kosherbayev arrived in Jerusalem on Monday for a three-day visit, the first by a Kazakh foreign minister since 2019.
Kosherbayev held talks with Foreign Minister Gideon Sa'ar on Tuesday, focusing on water technology, cyber defense and the expansion of direct flights.
"Israel sees Kazakhstan as a strategic partner in Central Asia," Sa'ar said at a joint press conference.
Kosherbayev is also scheduled to meet President Isaac Herzog on Wednesday and to visit the Yad Vashem Holocaust memorial.
The visit comes two months after Sa'ar's trip to Astana, during which the two countries signed a visa waiver agreement.
JNS is a 501(c)(3) nonprofit. Support independent journalism.""",
        "relevant": True,
        "events": [("official_visit", "2026-03-09")],
        "allowed": {"talks", "statement", "visit_planned"},
    },
    {
        "id": "ru-peregovory-mou",
        "published": "2026-03-12T10:00:00Z",
        "lang": "ru",
        "title": "Казахстан и Израиль подписали меморандум о взаимопонимании в сфере здравоохранения",
        "text": """Министр здравоохранения Казахстана Акмарал Альназарова встретилась с послом Израиля в Казахстане, сообщает пресс-служба ведомства.
В ходе встречи стороны провели переговоры о сотрудничестве в области цифровой медицины и реабилитации. По итогам встречи подписан меморандум о взаимопонимании между Министерством здравоохранения Казахстана и израильским медицинским центром Шиба.
Альназарова отметила, что израильский опыт в области телемедицины очень важен для Казахстана.
Напомним, в 2023 году Казахстан и Израиль подписали соглашение о сотрудничестве в сфере здравоохранения.""",
        "relevant": True,
        "events": [("agreement_signed", "2026-03")],
        "allowed": {"talks", "statement"},
    },
    {
        "id": "ru-ratify-mazhilis",
        "published": "2026-02-05T10:00:00Z",
        "lang": "ru",
        "title": "Мажилис ратифицировал соглашение с Израилем",
        "text": """Депутаты Мажилиса в среду ратифицировали соглашение между Правительством Республики Казахстан и Правительством Государства Израиль о взаимном освобождении от визовых требований.
Как пояснил вице-министр иностранных дел, соглашение позволит гражданам двух стран находиться на территории друг друга без виз до 30 дней в течение 180 дней.
Документ был подписан в Астане 27 января.
Теперь закон направят в Сенат.""",
        "relevant": True,
        "events": [("agreement_signed", "2026-02-04")],
        "allowed": {"visa_travel"},
    },
    {
        "id": "ru-flights-pryamye",
        "published": "2026-05-20T10:00:00Z",
        "lang": "ru",
        "title": "Air Astana запускает прямые рейсы в Тель-Авив",
        "text": """Авиакомпания Air Astana с 15 июня запускает прямые рейсы из Алматы в Тель-Авив, сообщили в пресс-службе перевозчика.
Рейсы будут выполняться три раза в неделю на самолетах Airbus A321LR. Стоимость билетов начинается от 180 000 тенге.
Ранее между Казахстаном и Израилем не было регулярного прямого авиасообщения.
Фото: пресс-служба Air Astana""",
        "relevant": True,
        "events": [("visa_travel", "2026-06-15")],
        "allowed": set(),
    },
    {
        "id": "ru-osudil",
        "published": "2026-01-15T10:00:00Z",
        "lang": "ru",
        "title": "МИД Казахстана осудил удар Израиля по гуманитарному конвою",
        "text": """Министерство иностранных дел Казахстана осудило удар израильских ВВС по гуманитарному конвою в секторе Газа, в результате которого погибли сотрудники гуманитарных организаций.
Казахстан выражает глубокую обеспокоенность продолжающейся эскалацией и призывает Израиль соблюдать нормы международного гуманитарного права, говорится в заявлении ведомства.
Читайте также: Токаев провел телефонный разговор с президентом Египта""",
        "relevant": True,
        "events": [("tension", None)],
        "allowed": {"statement"},
    },
    {
        "id": "en-phone-conversation",
        "published": "2026-04-02T10:00:00Z",
        "title": "Tokayev, Netanyahu discuss cooperation by phone",
        "text": """President Kassym-Jomart Tokayev had a phone conversation with Israeli Prime Minister Benjamin Netanyahu on April 1, Akorda press secretary Ruslan Zheldibay said on his Telegram channel.
The two leaders discussed the implementation of agreements reached during the Israeli foreign minister's visit to Astana in January, and prospects for cooperation in agriculture, water and high technology.
Netanyahu thanked Tokayev for Kazakhstan's decision to join the Abraham Accords last year.
Tokayev reaffirmed the invitation to Netanyahu to pay an official visit to Kazakhstan.""",
        "relevant": True,
        "events": [("talks", "2026-04-01")],
        "allowed": {"statement", "visit_planned", "multilateral"},
    },
    {
        "id": "en-trade-commission",
        "published": "2026-06-10T10:00:00Z",
        "title": "Kazakhstan and Israel agree to double trade at joint commission",
        "text": """The Kazakh-Israeli intergovernmental commission on trade and economic cooperation held its eleventh meeting in Jerusalem on Tuesday, co-chaired by Kazakhstan's Trade Minister Arman Shakkaliyev and Israel's Economy Minister Nir Barkat.
The two sides agreed to aim for $1 billion in annual trade by 2030, compared with $412 million in 2025.
A protocol of the meeting was signed at the end of the session.
Shakkaliyev said Kazakh companies were ready to supply grain, meat and fertilizers to the Israeli market.""",
        "relevant": True,
        "events": [("economic", "2026-06-09")],
        "allowed": {"agreement_signed", "official_visit", "statement"},
    },
    {
        "id": "en-first-in-years-visit",
        "published": "2026-07-03T10:00:00Z",
        "title": "Herzog lands in Astana on first visit by Israeli president in 16 years",
        "text": """Israeli President Isaac Herzog landed in Astana on Thursday for a two-day state visit, the first by an Israeli head of state in 16 years.
Herzog was welcomed at the airport by Kazakh Foreign Minister Yermek Kosherbayev and is due to hold talks with President Kassym-Jomart Tokayev on Friday.
The visit includes a trip to the Karaganda region, where the Israeli president will meet members of the local Jewish community.
More than 30 days of preparations went into the visit, an Israeli official said. The last Israeli president to visit was Shimon Peres in 2009.""",
        "relevant": True,
        "events": [("official_visit", "2026-07-02")],
        "allowed": {"visit_planned", "talks"},
    },
    {
        "id": "en-sidelines-davos",
        "published": "2026-01-23T10:00:00Z",
        "title": "Kazakh PM meets Israeli minister in Davos",
        "text": """Prime Minister Olzhas Bektenov met Israeli Economy Minister Nir Barkat on the sidelines of the World Economic Forum in Davos on Wednesday.
The sides discussed joint projects in agritech and water management, the government said.
Bektenov also met the heads of Nestlé, Siemens and Mastercard during the forum.""",
        "relevant": True,
        "events": [("talks", "2026-01-21")],
        "allowed": {"economic"},
    },
    {
        "id": "en-concern-statement",
        "published": "2026-06-20T10:00:00Z",
        "title": "Kazakhstan expresses concern over Israel-Iran escalation",
        "text": """Kazakhstan expressed serious concern on Friday over the escalation between Israel and Iran and called on both sides to exercise restraint.
"We call on the parties to resolve differences exclusively by diplomatic means," the Kazakh Foreign Ministry said in a statement.
The ministry said that Kazakh embassies in Tel Aviv and Tehran were monitoring the situation.""",
        "relevant": True,
        "events": [("statement", "2026-06-19")],
        "allowed": set(),
    },
    {
        "id": "en-visa-free-from",
        "published": "2026-02-25T10:00:00Z",
        "title": "Visa-free travel between Israel and Kazakhstan takes effect March 1",
        "text": """Israelis will be able to travel to Kazakhstan without a visa for up to 30 days starting March 1, when the visa waiver agreement between the two countries enters into force, Israel's Foreign Ministry said on Tuesday.
The agreement was signed in Astana in January during Foreign Minister Gideon Sa'ar's visit.
Kazakh citizens will likewise be able to enter Israel visa-free.
Related topics: Kazakhstan, Visas, Tourism""",
        "relevant": True,
        "events": [("visa_travel", "2026-03-01")],
        "allowed": {"agreement_signed"},
    },
    {
        "id": "neg-long-gaza-background",
        "published": "2026-03-12T10:00:00Z",
        "title": "Ceasefire talks resume in Cairo",
        "text": """Negotiators from Israel and Hamas resumed indirect talks in Cairo on Wednesday, Egyptian officials said.
The talks focus on a second phase of the ceasefire and the reconstruction of Gaza.
Several countries, including Kazakhstan, Indonesia and Azerbaijan, have offered to send troops to an international stabilization force.
Israel has said it will not accept forces from countries that do not have diplomatic relations with it.
The United States is pressing both sides to reach a deal before the end of the month.""",
        "relevant": False,
    },
    {
        "id": "neg-kz-china-visit",
        "published": "2026-03-12T10:00:00Z",
        "title": "Tokayev visits Beijing, signs deals worth $10 billion",
        "text": """President Kassym-Jomart Tokayev arrived in Beijing on Tuesday for a state visit and held talks with Chinese President Xi Jinping.
The two sides signed more than 20 agreements on energy, transport and agriculture.
Tokayev also addressed a business forum attended by 300 Chinese and Kazakh companies.
Photo: Tokayev and Xi in Beijing. Akorda
Read also:
Israel's foreign minister visits Astana, signs visa deal
Kazakhstan joins Abraham Accords""",
        "relevant": False,
    },
    {
        "id": "neg-ru-israel-iran",
        "published": "2026-06-20T10:00:00Z",
        "lang": "ru",
        "title": "Израиль нанес новые удары по Ирану",
        "text": """Израиль в ночь на пятницу нанес новые удары по военным объектам в Иране, сообщает армия обороны Израиля.
Иран в ответ выпустил несколько ракет по Тель-Авиву и Хайфе.
Авиакомпании Казахстана, Узбекистана и Азербайджана приостановили рейсы, проходящие через воздушное пространство Ирана и Ирака.
Теги: Израиль, Иран, Ближний Восток""",
        "relevant": False,
    },
    # ------------------------------------------------------------------ precision: quotes, background
    # Cases with "may" are counted like the scorer: every event found must be one of `events`
    # or one of `may` (each used once), so an extra statement or a restated event fails.
    {
        "id": "wire-fm-jerusalem-quotes",
        "published": "2026-05-07T15:40:00Z",
        "title": "Kazakh foreign minister in Israel as two sides eye water, cyber deals",
        "text": """By Tamar Golan
JERUSALEM, May 6 (Reuters) - Kazakhstan's Foreign Minister Yermek Kosherbayev held talks with his Israeli counterpart Gideon Sa'ar in Jerusalem on Wednesday, on the first day of a three-day visit that both sides said would deepen cooperation in water management and cyber security.
"Kazakhstan is a reliable partner and a friend of Israel, and the relations between our countries have never been stronger," Sa'ar told reporters after the meeting.
Sa'ar said Israel was ready to share its experience in desalination and drip irrigation. "We have learned to make every drop count," he said. "Our companies are ready to work in Kazakhstan."
Kosherbayev said Kazakhstan valued Israeli know-how in agriculture and wanted to expand trade beyond oil. "We are interested in Israeli technologies, and we want our trade to be more diverse," he said.
He also said Kazakhstan's position on the Middle East was unchanged and that Astana supported a two-state solution.
Asked about regional tensions, Sa'ar said Israel would continue to act against threats from Iran. "We will do whatever is necessary to defend our citizens," he said.
Oil accounts for the bulk of Kazakhstan's exports to Israel. Israeli firms have supplied irrigation systems to farms in southern Kazakhstan for more than two decades.
"There is a lot of interest on the Israeli side, but the distances and the logistics remain a challenge," said Yael Cohen, an analyst at a Tel Aviv think tank who follows Central Asia.
A Kazakh diplomat, speaking on condition of anonymity, said the two sides hoped to sign a memorandum on cyber security before the end of the year.
Kosherbayev is due to meet President Isaac Herzog on Thursday and to visit the Weizmann Institute of Science in Rehovot.
Israel and Kazakhstan established diplomatic relations in 1992.
(Reporting by Tamar Golan; Editing by Andrew Heavens)""",
        "relevant": True,
        "events": [
            ("official_visit", "2026-05-06"),
            ("statement", "2026-05-06"),
            ("statement", "2026-05-06"),
        ],
        "may": [("talks", "2026-05-06"), ("visit_planned", None)],
    },
    {
        "id": "ru-ambassador-interview",
        "published": "2026-04-20T06:10:00Z",
        "lang": "ru",
        "title": "Посол Израиля: отношения с Казахстаном выходят на новый уровень",
        "text": """АСТАНА. КАЗИНФОРМ – Отношения между Израилем и Казахстаном переживают период подъема, заявил в интервью корреспонденту агентства Чрезвычайный и Полномочный Посол Израиля в Казахстане.
«Мы видим огромный интерес израильского бизнеса к Казахстану. За последние месяцы к нам обратились десятки компаний», – сказал посол.
По словам дипломата, присоединение Казахстана к Авраамовым соглашениям стало важным сигналом для всего региона.
«Это смелое решение, и в Израиле его высоко оценили», – отметил он.
Посол также рассказал о подготовке к запуску безвизового режима. Соглашение о взаимной отмене визовых требований было подписано в январе в ходе визита министра иностранных дел Израиля Гидеона Саара в Астану.
«Мы ожидаем, что после вступления соглашения в силу поток туристов вырастет в несколько раз», – подчеркнул дипломат.
Говоря о сельском хозяйстве, посол отметил, что израильские технологии капельного орошения уже применяются в Туркестанской и Жамбылской областях.
«Казахстан – большая страна с огромным потенциалом. Мы готовы делиться опытом», – сказал он.
Отвечая на вопрос о ситуации на Ближнем Востоке, посол заявил, что Израиль ценит взвешенную позицию Казахстана.
Напомним, Казахстан присоединился к Авраамовым соглашениям в ноябре прошлого года.
Подписывайтесь на наш Telegram-канал""",
        "relevant": True,
        "events": [("statement", "2026-04")],
        "may": [
            ("multilateral", "2025-11"),
            ("agreement_signed", "2026-01"),
            ("official_visit", "2026-01"),
        ],
    },
    {
        "id": "en-visa-background-accords",
        "published": "2026-09-02T09:00:00Z",
        "title": "Kazakhs and Israelis can now travel visa-free",
        "text": """ASTANA (The Astana Times) - Citizens of Kazakhstan and Israel can travel between the two countries without visas for up to 30 days from Tuesday, after the visa waiver agreement signed in January entered into force.
The agreement covers holders of ordinary passports. Diplomatic and service passport holders have been exempt since 2019.
"This is a practical result of our growing partnership," the Kazakh Foreign Ministry said in a statement on Tuesday.
Kazakhstan joined the Abraham Accords, becoming the first Central Asian country to do so, and Israeli Foreign Minister Gideon Sa'ar visited Astana, the first such visit in 16 years.
Travel agencies in Almaty said demand for tours to Israel had risen sharply. Air Astana operates three weekly flights between Almaty and Tel Aviv.
Israel is one of the few countries whose citizens do not need a visa for Kazakhstan, along with the UAE, Malaysia, South Korea and others.
Tags: visa, Israel, tourism""",
        "relevant": True,
        "events": [("visa_travel", "2026-09-01")],
        "may": [
            ("agreement_signed", "2026-09-01"),
            ("statement", "2026-09-01"),
            ("multilateral", "2025-11"),
            ("official_visit", "2026-01"),
        ],
    },
    {
        "id": "en-two-months-after-autumn",
        "published": "2026-03-10T12:00:00Z",
        "title": "Israeli agriculture delegation in Almaty weeks after visa deal",
        "text": """ALMATY - A delegation of Israel's Ministry of Agriculture led by Deputy Minister arrived in Almaty on Monday for talks on irrigation and dairy farming, the Kazakh agriculture ministry said.
The visit comes two months after Kazakhstan and Israel signed a memorandum on visa exemption in Astana.
The Israeli delegation met Kazakh Vice-Minister of Agriculture and visited a dairy farm in the Almaty region.
The two sides agreed to hold a joint agribusiness forum in the autumn, the ministry said.
Last Tuesday, the Kazakh government approved a programme to subsidise drip irrigation equipment, much of which is imported from Israel.
Israel's embassy in Astana said the visit would help "translate political goodwill into concrete projects".""",
        "relevant": True,
        "events": [("official_visit", "2026-03-09")],
        "may": [
            ("statement", None),
            ("talks", "2026-03"),
            ("agreement_signed", "2026-01"),
            ("economic", "2026"),
        ],
    },
    {
        "id": "en-trade-inline-headlines",
        "published": "2026-06-03T08:00:00Z",
        "title": "Kazakhstan's exports to Israel jump on oil, grain shipments",
        "text": """Kazakhstan's exports to Israel rose 24% in the first four months of 2026 to $148 million, driven by crude oil and a revival of grain shipments, the Bureau of National Statistics said on Tuesday.
Imports from Israel, mostly irrigation equipment, medical devices and electronics, were little changed at $19 million.
Kazakhstan, Israel sign memorandum on cyber security cooperation
Traders in Almaty said wheat cargoes to Israel's Ashdod port, routed through Georgia and Turkey, had become competitive after freight rates fell.
"Israeli buyers are looking for alternatives to Black Sea grain," said a grain trader who asked not to be named.
Netanyahu to visit Astana in July, Akorda says
The statistics bureau will publish half-year data in August.""",
        "relevant": True,
        "events": [("economic", "2026")],
        "may": [],
    },
    {
        "id": "ru-visit-many-quotes",
        "published": "2026-05-15T11:30:00Z",
        "lang": "ru",
        "title": "Министр экономики Израиля посетил Алматы",
        "text": """АЛМАТЫ. КАЗИНФОРМ – Министр экономики и промышленности Израиля Нир Баркат в четверг прибыл в Алматы во главе делегации из 35 компаний, передает корреспондент агентства.
В аэропорту министра встретил аким города Алматы.
В тот же день Нир Баркат провел переговоры с премьер-министром Казахстана Олжасом Бектеновым. Стороны обсудили сотрудничество в сфере водных технологий, сельского хозяйства и кибербезопасности.
«Казахстан – один из наших ключевых партнеров в Центральной Азии. Мы хотим, чтобы товарооборот между нашими странами вырос в разы», – заявил Баркат журналистам.
«У израильских компаний есть технологии, у Казахстана – земля и ресурсы», – добавил он.
По словам Бектенова, правительство Казахстана готово предоставить израильским инвесторам преференции в рамках специальных экономических зон.
«Мы ценим опыт Израиля в водосбережении», – подчеркнул премьер-министр.
Эксперты отмечают, что отношения двух стран заметно активизировались после присоединения Казахстана к Авраамовым соглашениям.
«Это прагматичное сотрудничество, выгодное обеим сторонам», – сказал политолог Данияр Ашимбаев.
Напомним, в январе министр иностранных дел Израиля Гидеон Саар посетил Астану, где был подписан меморандум об отмене виз.
Фото: пресс-служба акимата Алматы""",
        "relevant": True,
        "events": [
            ("official_visit", "2026-05-14"),
            ("statement", "2026-05-14"),
            ("statement", "2026-05-14"),
        ],
        "may": [
            ("talks", "2026-05-14"),
            ("multilateral", "2025-11"),
            ("official_visit", "2026-01"),
            ("agreement_signed", "2026-01"),
        ],
    },
    {
        "id": "en-ministry-readout-background",
        "published": "2026-10-21T10:00:00Z",
        "title": "Kazakh, Israeli foreign ministers speak by phone",
        "text": """ASTANA - Kazakh Foreign Minister Yermek Kosherbayev held a telephone conversation with Israeli Foreign Minister Gideon Sa'ar on Tuesday, the Ministry of Foreign Affairs of Kazakhstan reported.
The ministers reviewed preparations for the state visit of Israeli President Isaac Herzog to Kazakhstan, scheduled for next month, and the implementation of agreements reached during Sa'ar's visit to Astana.
The visa waiver agreement between the two countries came into force on September 1. Kazakhstan joined the Abraham Accords and the two countries signed a memorandum on water management.
Kosherbayev noted the positive dynamics of Kazakh-Israeli cooperation and said Kazakhstan was interested in Israeli expertise in cyber security.
Sa'ar said Israel appreciated Kazakhstan's balanced approach to the situation in the Middle East.
The sides also discussed the regional situation, including developments in Gaza and Lebanon.
The Ministry of Foreign Affairs of the Republic of Kazakhstan
Press service""",
        "relevant": True,
        "events": [
            ("talks", "2026-10-20"),
            ("visit_planned", "2026-11"),
            ("statement", "2026-10-20"),
            ("statement", "2026-10-20"),
        ],
        "may": [
            ("multilateral", "2025-11"),
            ("agreement_signed", None),
            ("visa_travel", "2026-09-01"),
        ],
    },
    # ------------------------------------------------------------------ Polish and Ukrainian
    # Published on Thursday 12 March 2026: Monday is the 9th, Tuesday the 10th, Wednesday the 11th.
    {
        "id": "pl-sign",
        "published": "2026-03-12T09:00:00Z",
        "lang": "pl",
        "title": "Kazachstan i Izrael podpisały memorandum o współpracy wodnej",
        "text": "Ministrowie spraw zagranicznych Kazachstanu i Izraela podpisali we wtorek w Astanie memorandum o współpracy w dziedzinie gospodarki wodnej. Dokument przewiduje wymianę ekspertów i wspólne projekty nawadniania, poinformowało kazachskie MSZ.",
        "relevant": True,
        "events": [("agreement_signed", "2026-03-10")],
        "allowed": {"official_visit", "statement"},
    },
    {
        "id": "pl-visit",
        "published": "2026-03-12T09:00:00Z",
        "lang": "pl",
        "title": "Szef izraelskiej dyplomacji z wizytą w Astanie",
        "text": "Minister spraw zagranicznych Izraela Gideon Saar przybył w środę z oficjalną wizytą do Kazachstanu. W Astanie spotkał się z prezydentem Kasymem-Żomartem Tokajewem i omówił rozwój stosunków dwustronnych.",
        "relevant": True,
        "events": [("official_visit", "2026-03-11")],
        "allowed": {"statement", "talks"},
    },
    {
        "id": "pl-planned",
        "published": "2026-03-12T09:00:00Z",
        "lang": "pl",
        "title": "Netanjahu odwiedzi Kazachstan",
        "text": "Premier Izraela Binjamin Netanjahu złoży wizytę w Kazachstanie w maju, poinformowało biuro prasowe szefa rządu. Będzie to pierwsza wizyta izraelskiego premiera w Astanie od 2016 roku.",
        "relevant": True,
        "events": [("visit_planned", "2026-05")],
        "allowed": {"statement"},
    },
    {
        "id": "pl-call",
        "published": "2026-03-12T09:00:00Z",
        "lang": "pl",
        "title": "Tokajew rozmawiał telefonicznie z Herzogiem",
        "text": "Prezydent Kazachstanu Kasym-Żomart Tokajew przeprowadził w poniedziałek rozmowę telefoniczną z prezydentem Izraela Icchakiem Herzogiem. Przywódcy omówili współpracę gospodarczą i sytuację na Bliskim Wschodzie.",
        "relevant": True,
        "events": [("talks", "2026-03-09")],
        "allowed": {"statement"},
    },
    {
        "id": "pl-praise",
        "published": "2026-03-12T09:00:00Z",
        "lang": "pl",
        "title": "Saar: Kazachstan to wiarygodny partner",
        "text": "Minister spraw zagranicznych Izraela Gideon Saar oświadczył w czwartek, że Kazachstan jest wiarygodnym i ważnym partnerem Izraela w Azji Centralnej. Podkreślił, że stosunki między oboma krajami nigdy nie były tak dobre.",
        "relevant": True,
        "events": [("statement", "2026-03-12")],
        "allowed": set(),
    },
    {
        "id": "pl-condemn",
        "published": "2026-03-12T09:00:00Z",
        "lang": "pl",
        "title": "Kazachstan potępia izraelskie naloty",
        "text": "Ministerstwo Spraw Zagranicznych Kazachstanu potępiło w środę izraelskie naloty w Strefie Gazy. Resort wezwał Izrael do natychmiastowego wstrzymania działań zbrojnych i ochrony ludności cywilnej.",
        "relevant": True,
        "events": [("tension", "2026-03-11")],
        "allowed": {"statement"},
    },
    {
        "id": "pl-accords",
        "published": "2026-03-12T09:00:00Z",
        "lang": "pl",
        "title": "Kazachstan przystąpił do Porozumień Abrahamowych",
        "text": "Kazachstan oficjalnie przystąpił we wtorek do Porozumień Abrahamowych, poinformowało MSZ w Astanie. Prezydent Tokajew nazwał tę decyzję naturalnym krokiem w stosunkach z Izraelem.",
        "relevant": True,
        "events": [("multilateral", "2026-03-10")],
        "allowed": {"statement"},
    },
    {
        "id": "pl-visa",
        "published": "2026-03-12T09:00:00Z",
        "lang": "pl",
        "title": "Ruch bezwizowy między Kazachstanem a Izraelem",
        "text": "Rząd Kazachstanu zatwierdził w środę umowę o zniesieniu obowiązku wizowego z Izraelem. Od 1 czerwca obywatele obu krajów będą mogli podróżować bez wiz do 30 dni.",
        "relevant": True,
        "events": [("visa_travel", "2026-06-01")],
        "allowed": {"agreement_signed", "statement"},
    },
    {
        "id": "pl-football",
        "published": "2026-03-12T09:00:00Z",
        "lang": "pl",
        "title": "Kazachstan zremisował z Izraelem",
        "text": "Piłkarska reprezentacja Kazachstanu zremisowała w Astanie z Izraelem 1:1 w spotkaniu eliminacji mistrzostw świata. Bramkę dla gospodarzy zdobył napastnik w drugiej połowie, a trener pochwalił zawodników za ambicję.",
        "relevant": False,
    },
    {
        "id": "uk-sign",
        "published": "2026-03-12T09:00:00Z",
        "lang": "uk",
        "title": "Казахстан та Ізраїль підписали меморандум про співпрацю у водній сфері",
        "text": "Міністри закордонних справ Казахстану та Ізраїлю у вівторок в Астані підписали меморандум про співпрацю у сфері водного господарства. Документ передбачає обмін експертами та спільні проєкти зрошення, повідомило МЗС Казахстану.",
        "relevant": True,
        "events": [("agreement_signed", "2026-03-10")],
        "allowed": {"official_visit", "statement"},
    },
    {
        "id": "uk-visit",
        "published": "2026-03-12T09:00:00Z",
        "lang": "uk",
        "title": "Очільник МЗС Ізраїлю прибув до Астани",
        "text": "Міністр закордонних справ Ізраїлю Гідеон Саар у середу прибув з офіційним візитом до Казахстану. В Астані він зустрівся з президентом Касимом-Жомартом Токаєвим і обговорив розвиток двосторонніх відносин.",
        "relevant": True,
        "events": [("official_visit", "2026-03-11")],
        "allowed": {"statement", "talks"},
    },
    {
        "id": "uk-planned",
        "published": "2026-03-12T09:00:00Z",
        "lang": "uk",
        "title": "Нетаньягу відвідає Казахстан",
        "text": "Прем'єр-міністр Ізраїлю Біньямін Нетаньягу відвідає Казахстан у травні, повідомила пресслужба уряду. Це буде перший візит ізраїльського прем'єра до Астани з 2016 року.",
        "relevant": True,
        "events": [("visit_planned", "2026-05")],
        "allowed": {"statement"},
    },
    {
        "id": "uk-call",
        "published": "2026-03-12T09:00:00Z",
        "lang": "uk",
        "title": "Токаєв провів телефонну розмову з Герцогом",
        "text": "Президент Казахстану Касим-Жомарт Токаєв у понеділок провів телефонну розмову з президентом Ізраїлю Іцхаком Герцогом. Сторони обговорили економічну співпрацю та ситуацію на Близькому Сході.",
        "relevant": True,
        "events": [("talks", "2026-03-09")],
        "allowed": {"statement"},
    },
    {
        "id": "uk-praise",
        "published": "2026-03-12T09:00:00Z",
        "lang": "uk",
        "title": "Саар: Казахстан є надійним партнером",
        "text": "Міністр закордонних справ Ізраїлю Гідеон Саар у четвер заявив, що Казахстан є надійним і важливим партнером Ізраїлю в Центральній Азії. Він наголосив, що відносини між двома країнами ще ніколи не були такими добрими.",
        "relevant": True,
        "events": [("statement", "2026-03-12")],
        "allowed": set(),
    },
    {
        "id": "uk-condemn",
        "published": "2026-03-12T09:00:00Z",
        "lang": "uk",
        "title": "Казахстан засудив ізраїльські авіаудари",
        "text": "Міністерство закордонних справ Казахстану в середу засудило ізраїльські авіаудари по сектору Газа. У відомстві закликали Ізраїль негайно припинити бойові дії та захистити мирне населення.",
        "relevant": True,
        "events": [("tension", "2026-03-11")],
        "allowed": {"statement"},
    },
    {
        "id": "uk-accords",
        "published": "2026-03-12T09:00:00Z",
        "lang": "uk",
        "title": "Казахстан приєднався до Авраамових угод",
        "text": "Казахстан у вівторок офіційно приєднався до Авраамових угод, повідомило МЗС в Астані. Президент Токаєв назвав це рішення природним кроком у відносинах з Ізраїлем.",
        "relevant": True,
        "events": [("multilateral", "2026-03-10")],
        "allowed": {"statement"},
    },
    {
        "id": "uk-visa",
        "published": "2026-03-12T09:00:00Z",
        "lang": "uk",
        "title": "Безвіз між Казахстаном та Ізраїлем",
        "text": "Уряд Казахстану в середу схвалив угоду про скасування візового режиму з Ізраїлем. З 1 червня громадяни обох країн зможуть подорожувати без віз до 30 днів.",
        "relevant": True,
        "events": [("visa_travel", "2026-06-01")],
        "allowed": {"agreement_signed", "statement"},
    },
    {
        "id": "uk-football",
        "published": "2026-03-12T09:00:00Z",
        "lang": "uk",
        "title": "Казахстан зіграв унічию з Ізраїлем",
        "text": "Збірна Казахстану з футболу зіграла в Астані внічию з Ізраїлем 1:1 у зустрічі відбіркового турніру чемпіонату світу. Гол за господарів забив нападник у другому таймі, а тренер похвалив гравців за самовіддачу.",
        "relevant": False,
    },
]


def _written_cases() -> list[dict[str, Any]]:
    out = []
    for path in sorted(Path(__file__).with_name("written").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"written_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        out += module.CASES
    return out


CASES += _written_cases()
