"""English-language articles written for the detection tests: wire copy, Israeli and Kazakh
English-language outlets, ministry press releases, Jewish news sites and Central Asia analysis,
with the boilerplate such pages carry. Every text is invented; people other than the best-known
leaders and ministers are invented too. Format: see ../real_world_cases.py."""

from __future__ import annotations

from typing import Any

CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ agreements
    {
        "id": "en-wire-senate-ratification",
        "published": "2026-04-24T10:15:00Z",
        "title": "Kazakh upper house backs visa waiver with Israel",
        "text": """By Aliya Sultanova
2 min read
ASTANA, April 23 (Reuters) - Kazakhstan's Senate on Thursday approved a bill ratifying the agreement with Israel on the mutual abolition of visa requirements, clearing the last parliamentary hurdle for the deal.
The law now goes to President Kassym-Jomart Tokayev for his signature. Under the agreement, holders of ordinary passports will be able to stay in the other country for up to 30 days in any 180-day period without a visa.
Senator Bolat Kenzhebekov, who presented the bill in the chamber, said the number of trips between the two countries had roughly tripled over five years.
The document was signed in January during a visit to Astana by Israeli Foreign Minister Gideon Sa'ar. It takes effect 30 days after the two sides exchange notes confirming that domestic procedures are complete.
The lower house, the Mazhilis, passed the bill earlier this month.
(Reporting by Aliya Sultanova; Editing by Mark Potter)""",
        "relevant": True,
        "events": [("agreement_signed", "2026-04-23")],
        "allowed": {"visa_travel", "official_visit", "statement"},
    },
    {
        "id": "en-ministry-agri-mou-passive",
        "published": "2026-02-18T11:00:00Z",
        "title": "Kazakhstan and Israel strengthen cooperation in agriculture",
        "text": """Press release
Astana, 17 February 2026
A Memorandum of Understanding on cooperation in the field of agriculture was signed today between the Ministry of Agriculture of the Republic of Kazakhstan and the Ministry of Agriculture and Food Security of the State of Israel.
The document was signed by Vice Minister of Agriculture Marat Iskakov and Ambassador of Israel to Kazakhstan Oren Dahan.
The Memorandum provides for the exchange of experience in dairy farming, greenhouse vegetable production and efficient irrigation, as well as internships for Kazakh agronomists at Israeli research institutes.
Following the ceremony, the parties discussed a pilot project on drip irrigation in the Zhambyl region.
"Israel's experience in producing high yields with limited water resources is of great practical interest for our farmers," Marat Iskakov said.
Press service of the Ministry of Agriculture of the Republic of Kazakhstan
Print | Share""",
        "relevant": True,
        "events": [("agreement_signed", "2026-02-17")],
        "may": [("talks", "2026-02-17"), ("statement", "2026-02-17")],
        "known_miss": "'today' is read against the day the page appeared, not the day its "
        "dateline names (a press release dated the day before)",
    },
    {
        "id": "en-intended-mou-during-planned-visit",
        "published": "2026-10-28T07:30:00Z",
        "title": "Herzog to visit Kazakhstan in November; cyber pact on the table",
        "text": """JERUSALEM (Times of Israel) - President Isaac Herzog will travel to Kazakhstan on November 10-11 for a state visit, his office announced on Tuesday, in what would be the first trip by an Israeli head of state to the Central Asian country in over a decade.
Officials on both sides are finalizing a memorandum on cyber security cooperation that is expected to be signed during the visit, along with an agreement on cooperation in health care.
Herzog is set to hold talks with President Kassym-Jomart Tokayev in Astana and to address a gathering of Israeli and Kazakh businesspeople.
The visit has been in the works since Tokayev extended an invitation during a phone call between the two leaders in the spring.
Sign up for the Times of Israel Daily Edition by email and never miss our top stories""",
        "relevant": True,
        "events": [("visit_planned", "2026-11-10")],
        "may": [("talks", "2026"), ("statement", None)],
    },
    # ------------------------------------------------------------------ visits
    {
        "id": "en-toi-deputy-pm-touched-down",
        "published": "2026-06-15T09:20:00Z",
        "title": "Kazakh deputy premier in Israel to push grain and water deals",
        "text": """Kazakhstan's Deputy Prime Minister Kanat Baimukhanov touched down at Ben Gurion Airport on Sunday evening at the head of a 30-strong government and business delegation, the first visit by a Kazakh deputy premier since 2017.
On Monday, Baimukhanov met Agriculture Minister Avi Dichter in Tel Aviv. The two discussed Kazakh wheat exports and Israeli investment in irrigation projects in southern Kazakhstan, according to a statement from Dichter's office.
"Kazakhstan can become a reliable source of grain for Israel, and Israel a source of technology for Kazakhstan," Baimukhanov said.
The delegation is also due to tour the Volcani Institute and a desalination plant in Hadera before returning to Astana on Wednesday.
Related: Israir adds second weekly flight to Almaty | Kazakhstan's wheat harvest seen at 17 million tonnes""",
        "relevant": True,
        "events": [("official_visit", "2026-06-14")],
        "allowed": {"talks", "statement", "economic"},
    },
    {
        "id": "en-knesset-delegation-wrapped-up",
        "published": "2026-05-23T08:00:00Z",
        "title": "Knesset delegation wraps up Kazakhstan trip",
        "text": """A delegation of the Knesset's Israel-Kazakhstan parliamentary friendship group wrapped up a four-day visit to Kazakhstan on Friday, having held meetings with members of the Mazhilis and the Senate in Astana.
The delegation, headed by MK Yael Ronen, was received by Mazhilis Speaker Yerlan Koshanov on Wednesday. The two sides discussed inter-parliamentary cooperation and the ratification of recent bilateral agreements.
The lawmakers also travelled to Almaty, where they laid a wreath at the memorial to the victims of political repression and met representatives of the Jewish community.
"We found genuine friendship and a shared interest in deepening ties," Ronen said at the end of the trip.
Photo: Knesset members with Mazhilis deputies in Astana. Mazhilis press service""",
        "relevant": True,
        "events": [("official_visit", "2026-05")],
        "allowed": {"talks", "statement"},
    },
    {
        "id": "en-akorda-reception-no-date",
        "published": "2026-09-24T12:40:00Z",
        "title": "Head of State receives Israel's Minister of Innovation, Science and Technology",
        "text": """President Kassym-Jomart Tokayev received Israel's Minister of Innovation, Science and Technology Moshe Alon, Akorda's press service reports.
The Head of State noted that Kazakhstan attaches great importance to cooperation with Israel in science and high technology, and expressed interest in joint projects in artificial intelligence, biotechnology and space research.
Moshe Alon briefed the President on the outcomes of his talks with the Ministry of Science and Higher Education and the Astana Hub technology park, with which Israeli partners plan to set up a joint accelerator.
The Israeli minister conveyed to Kassym-Jomart Tokayev warm greetings from President Isaac Herzog.
Tags: Akorda, Israel, innovation""",
        "relevant": True,
        "events": [("official_visit", "2026-09")],
        "allowed": {"talks", "statement", "economic"},
    },
    {
        "id": "en-headline-only-arrival",
        "published": "2026-10-05T09:00:00Z",
        "title": "Israel's agriculture minister arrives in Astana",
        "text": """The visit is expected to produce a memorandum on dairy cattle breeding, sources in the Kazakh government told Kazinform. Further details will follow.
Subscribe to our Telegram channel""",
        "relevant": True,
        "events": [("official_visit", "2026-10")],
        "may": [],
    },
    {
        "id": "en-trend-planned-state-visit",
        "published": "2026-06-02T13:05:00Z",
        "title": "Israeli President expected in Kazakhstan in September - ambassador",
        "text": """BAKU, Azerbaijan, June 2. Israeli President Isaac Herzog is expected to pay a state visit to Kazakhstan in September, Kazakhstan's Ambassador to Israel Askar Zhumabayev told Trend.
"The dates are being agreed through diplomatic channels. We expect the visit to give a new impetus to our political dialogue and economic ties," the ambassador said.
According to him, a number of intergovernmental documents are being prepared for signing during the visit, including in water management and health care.
Zhumabayev noted that trade between the two countries grew by more than 10 percent last year.
Follow Trend on Telegram""",
        "relevant": True,
        "events": [("visit_planned", "2026-09")],
        "allowed": {"statement", "economic"},
    },
    # ------------------------------------------------------------------ talks
    {
        "id": "en-kazinform-leaders-call-day-month",
        "published": "2026-08-04T08:45:00Z",
        "title": "Tokayev, Herzog discuss bilateral agenda by phone",
        "text": """ASTANA. KAZINFORM - President of Kazakhstan Kassym-Jomart Tokayev held a telephone conversation with President of the State of Israel Isaac Herzog on 3 August, Kazinform cites the Akorda press service.
The leaders exchanged views on the current state and prospects of Kazakh-Israeli cooperation in trade, agriculture, water resources and digitalisation.
Tokayev reiterated his invitation to Herzog to visit Kazakhstan at a convenient time. The Israeli President gratefully accepted the invitation.
The parties also touched upon the situation in the Middle East.
Read also:
Kazakhstan, Uzbekistan agree on joint water management plan
Almaty hosts international tourism fair""",
        "relevant": True,
        "events": [("talks", "2026-08-03")],
        "allowed": {"statement", "visit_planned"},
    },
    {
        "id": "en-consular-consultations-took-place",
        "published": "2026-03-26T10:00:00Z",
        "title": "Kazakhstan and Israel hold consular consultations",
        "text": """On March 25, 2026, consular consultations between the Ministry of Foreign Affairs of the Republic of Kazakhstan and the Ministry of Foreign Affairs of the State of Israel took place in Astana.
The Kazakh delegation was headed by Director of the Consular Service Department Nurlan Seitimov, and the Israeli delegation by Deputy Director General for Consular Affairs Ilan Ben-David.
The sides discussed the implementation of the agreement on the mutual abolition of visa requirements, the protection of the rights of citizens, and readmission.
Following the consultations, the parties agreed to hold the next round in Jerusalem in 2027.
MFA RK press service""",
        "relevant": True,
        "events": [("talks", "2026-03-25")],
        "allowed": {"official_visit", "visit_planned"},
    },
    {
        "id": "en-sidelines-cop-nominalised",
        "published": "2026-11-13T16:20:00Z",
        "title": "Kazakh, Israeli environment ministers meet at COP31",
        "text": """ANTALYA (Kazinform) - A meeting between Kazakhstan's Minister of Ecology and Natural Resources Yerlan Nysanbayev and Israel's Minister of Environmental Protection Idit Silman took place on the margins of the COP31 climate conference on Thursday.
The ministers focused on water conservation, the restoration of the Aral Sea basin and the reuse of treated wastewater in agriculture, an area in which Israel is a world leader.
Nysanbayev invited Israeli companies to take part in the modernisation of Kazakhstan's irrigation canals.
Earlier in the day the Kazakh minister held talks with his counterparts from Turkey, Brazil and Azerbaijan.
Tags: COP31, ecology, Israel""",
        "relevant": True,
        "events": [("talks", "2026-11-12")],
        "allowed": {"statement", "economic"},
    },
    # ------------------------------------------------------------------ economic
    {
        "id": "en-jpost-business-forum-inked",
        "published": "2026-11-19T06:00:00Z",
        "title": "Israeli, Kazakh firms ink $42m in deals at Tel Aviv forum",
        "text": """More than 70 Israeli and Kazakh companies took part in the Israel-Kazakhstan Business Forum in Tel Aviv on Wednesday, organized by the Federation of Israeli Chambers of Commerce together with the national investment agency Kazakh Invest.
Deals worth some $42 million were inked on the sidelines, mostly in agritech, medical devices and cyber security, organizers said.
"Kazakhstan is no longer an exotic market for Israeli exporters," said Uri Shalev, the federation's vice president for international affairs. "Our members see a country that wants technology and can pay for it."
Kazakhstan's ambassador to Israel, Askar Zhumabayev, told participants that bilateral trade could pass $600 million this year.
Trade between the two countries is dominated by Kazakh crude oil, which is shipped to Israel through the Caspian and the Black Sea.
The Jerusalem Post | Business & Innovation""",
        "relevant": True,
        "events": [("economic", "2026-11-18")],
        "allowed": {"statement"},
    },
    {
        "id": "en-astanatimes-commission-roadmap",
        "published": "2026-11-14T05:30:00Z",
        "title": "Kazakhstan, Israel hold sixth intergovernmental commission session, adopt roadmap",
        "text": """ASTANA - The sixth session of the Kazakh-Israeli Intergovernmental Commission on Trade and Economic Cooperation was held in Astana on Nov. 12, co-chaired by Kazakhstan's Minister of Trade and Integration Arman Shakkaliyev and Israel's Minister of Economy and Industry Nir Barkat.
The session resulted in the signing of a roadmap for trade and economic cooperation for 2027-2029, which sets the goal of bringing bilateral trade to $1 billion.
The parties reviewed 18 joint projects worth a total of $350 million in agriculture, water management, pharmaceuticals and information technology.
Shakkaliyev noted that Kazakhstan is ready to increase supplies of grain, meat and non-ferrous metals to the Israeli market.
Following the commission, Barkat visited the Astana International Financial Centre.
The Astana Times
Subscribe to our newsletter""",
        "relevant": True,
        "events": [("economic", "2026-11-12"), ("agreement_signed", "2026-11-12")],
        "allowed": {"official_visit", "statement", "talks"},
    },
    {
        "id": "en-greenhouse-investment-akimat",
        "published": "2026-04-15T04:00:00Z",
        "title": "Israeli agritech firm to build $30m greenhouse complex in Turkestan region",
        "text": """TURKESTAN - Israel's GreenRow Technologies will build a greenhouse complex worth $30 million in the Turkestan region, the regional administration said.
An investment agreement was signed on Tuesday between the akimat of Turkestan region and the company, with the support of the national company Kazakh Invest.
The complex, covering 25 hectares, will grow tomatoes and cucumbers year-round using Israeli climate-control and drip irrigation systems, and is expected to employ 300 people.
"We chose Kazakhstan because of its land, sunshine and the government's support for investors," GreenRow chief executive Noam Eilat said.
Construction is to begin in June and the first harvest is planned for 2028.
Israeli companies have already implemented more than 20 agricultural projects in Kazakhstan.""",
        "relevant": True,
        "events": [("economic", "2026-04-14")],
        "may": [("statement", "2026-04-14")],
    },
    {
        "id": "en-analysis-half-year-trade-background",
        "published": "2026-07-20T14:00:00Z",
        "title": "What Kazakhstan gains from its embrace of Israel",
        "text": """Analysis
By Timur Abdrakhmanov
When Kazakhstan announced in November 2025 that it would join the Abraham Accords, many observers in the region dismissed the move as a gesture aimed at Washington rather than Jerusalem. Eight months on, the numbers tell a more complicated story.
According to data released last week by the Bureau of National Statistics, trade between Kazakhstan and Israel reached $265 million in the first half of 2026, up from $198 million a year earlier. Oil still makes up the bulk of Kazakh exports, but shipments of wheat and barley have resumed after a long pause.
The diplomatic calendar has also filled up. In January, Israeli Foreign Minister Gideon Sa'ar visited Astana, the first such visit in 16 years, and the two governments signed a memorandum on visa exemption. Benjamin Netanyahu's trip to Astana in December 2016 had until then been the high point of the relationship.
"For Astana, Israel is a source of technology and a channel to the American establishment," said Dina Karimova, a senior fellow at an Almaty think tank. "For Israel, Kazakhstan is proof that a large Muslim-majority country can be a friend."
Not everyone is convinced. Critics point to the limited role of Israeli investment, which remains small compared with that of China, Russia or Turkey.
Timur Abdrakhmanov is a Central Asia analyst based in Bishkek.
The views expressed are the author's own.""",
        "relevant": True,
        "events": [("economic", "2026")],
        "may": [
            ("multilateral", "2025-11"),
            ("official_visit", "2026-01"),
            ("agreement_signed", "2026-01"),
            ("official_visit", "2016-12"),
        ],
    },
    # ------------------------------------------------------------------ travel and visas
    {
        "id": "en-caspianpost-flights-resume",
        "published": "2026-03-20T07:10:00Z",
        "title": "Air Astana to restart Almaty-Tel Aviv service from 2 May",
        "text": """Caspian Post
Kazakh flag carrier Air Astana will resume flights between Almaty and Tel Aviv from 2 May, the airline announced on Thursday.
The route will be served three times a week by Airbus A321LR aircraft, with departures from Almaty on Tuesdays, Thursdays and Saturdays.
Air Astana halted the service in June last year after Israeli airspace was closed during the war with Iran.
"Demand from both leisure and business travellers has recovered strongly," the airline's commercial director Dmitry Novikov said.
Israeli carrier Israir also operates flights to Almaty.
Read more: Azerbaijan Airlines adds flights to Tashkent""",
        "relevant": True,
        "events": [("visa_travel", "2026-05-02")],
        "may": [("visa_travel", "2025-06"), ("statement", None)],
    },
    {
        "id": "en-decree-visa-free-stay-extended",
        "published": "2026-06-10T09:30:00Z",
        "title": "Israelis to get 90-day visa-free stay in Kazakhstan",
        "text": """Israeli nationals will be allowed to remain in Kazakhstan for up to 90 days without a visa under a government resolution published on Tuesday, up from 30 days at present.
The extended visa-free period applies from July 1 and covers tourist, business and private trips, the Kazakh Foreign Ministry said in a comment to Kazinform.
Kazakhstan granted Israeli citizens visa-free entry in 2019 as part of a drive to attract tourists from developed economies.
The decision comes as Kazakhstan expects a record number of visitors from Israel this summer.
Tags: visa, tourism, Israel""",
        "relevant": True,
        "events": [("visa_travel", "2026-07-01")],
        "may": [("visa_travel", "2019")],
    },
    # ------------------------------------------------------------------ multilateral
    {
        "id": "en-mfa-accords-accession-informs",
        "published": "2025-11-07T10:00:00Z",
        "title": "On Kazakhstan's accession to the Abraham Accords",
        "text": """Statement of the Ministry of Foreign Affairs of the Republic of Kazakhstan
The Ministry of Foreign Affairs of the Republic of Kazakhstan informs that on 6 November 2025 the decision of Kazakhstan to accede to the Abraham Accords was announced.
The accession is a natural continuation of Kazakhstan's foreign policy based on dialogue, mutual respect and peaceful coexistence. Kazakhstan has maintained full diplomatic relations with the State of Israel since 1992.
Kazakhstan supports all efforts aimed at achieving lasting peace in the Middle East, including a two-state solution.
Astana, 7 November 2025""",
        "relevant": True,
        "events": [("multilateral", "2025-11-06")],
        "allowed": {"statement"},
    },
    # ------------------------------------------------------------------ statements
    {
        "id": "en-ambassador-interview-gateway",
        "published": "2026-05-28T05:00:00Z",
        "title": "Israeli Ambassador: Kazakhstan is our gateway to Central Asia",
        "text": """Interview
The Astana Times sat down with Israel's Ambassador to Kazakhstan Oren Dahan to talk about the relationship after the visa waiver agreement and Kazakhstan's accession to the Abraham Accords.
- How would you describe relations between Israel and Kazakhstan today?
- Our relations have never been as close as they are now. Kazakhstan is Israel's gateway to Central Asia, and we admire the leadership of President Tokayev. The decision to join the Abraham Accords last November was a courageous one.
- Which areas hold the most promise?
- Water, agriculture, health and cyber. Israeli companies have much to offer, and Kazakh partners are eager to learn.
- What about tourism?
- Since direct flights were launched, the number of Israeli tourists visiting Kazakhstan has grown every year. Charyn Canyon and Almaty's mountains are becoming very popular.
Interview by Madina Alimova
Photo credit: Israeli Embassy in Kazakhstan""",
        "relevant": True,
        "events": [("statement", "2026-05")],
        "may": [("multilateral", "2025-11"), ("visa_travel", None), ("agreement_signed", None)],
    },
    {
        "id": "en-jns-gratitude-on-x",
        "published": "2026-11-06T15:00:00Z",
        "title": "Sa'ar thanks Kazakhstan for opposing anti-Israel UNESCO motion",
        "text": """(JNS) Israeli Foreign Minister Gideon Sa'ar expressed gratitude to Kazakhstan on Thursday for voting against a UNESCO executive board resolution that Jerusalem says denies Jewish ties to the Temple Mount.
"Thank you to my friend, Foreign Minister Yermek Kosherbayev, and to Kazakhstan for standing with truth," Sa'ar wrote on X.
Kazakhstan was among nine countries that opposed the text, which passed with 31 votes in favor.
Kazakhstan joined the Abraham Accords in November 2025.
JNS is a 501(c)(3) nonprofit. Support independent journalism.""",
        "relevant": True,
        "events": [("statement", "2026-11-05")],
        "may": [("multilateral", "2025-11"), ("multilateral", "2026-11-05")],
    },
    # ------------------------------------------------------------------ tension
    {
        "id": "en-summons-passive-flotilla",
        "published": "2026-09-08T11:45:00Z",
        "title": "Israeli envoy summoned over detained Kazakh flotilla activists",
        "text": """Israel's Ambassador to Kazakhstan was summoned to the Foreign Ministry in Astana on Monday and handed a note of protest over the detention of two Kazakh citizens who were aboard a Gaza-bound aid flotilla intercepted by the Israeli navy.
Ministry spokesman Aibek Smadiyarov said Kazakhstan demanded the immediate release of its nationals and consular access to them.
The Israeli embassy said the two would be deported "in the coming days" in line with standard procedure.
The flotilla, carrying activists from more than 20 countries, was stopped about 70 nautical miles off the coast of Gaza over the weekend.""",
        "relevant": True,
        "events": [("tension", "2026-09-07")],
        "allowed": {"statement"},
    },
    {
        "id": "en-jta-picket-embassy",
        "published": "2026-10-11T18:30:00Z",
        "title": "Police detain pro-Palestinian activists at Israeli embassy in Astana",
        "text": """(JTA) - Police in Kazakhstan's capital detained three people on Saturday after a small group of activists staged an unsanctioned picket outside the Israeli embassy, holding placards that called for an end to the war in Gaza.
Public demonstrations require official permission in Kazakhstan and are rare. Local media said about 15 people took part in the protest, which lasted less than half an hour.
The embassy did not comment. Kazakhstan's Jewish community, estimated at several thousand people, is centered in Almaty and Astana.
Kazakhstan, a Muslim-majority country of 20 million, has had diplomatic relations with Israel since 1992.""",
        "relevant": True,
        "events": [("tension", "2026-10-10")],
        "may": [],
    },
    {
        "id": "en-pm-trip-put-off",
        "published": "2026-12-03T12:00:00Z",
        "title": "Kazakh PM puts off Israel trip",
        "text": """Prime Minister Olzhas Bektenov has put off a visit to Israel that had been planned for next week, the government's press office confirmed on Wednesday, without giving a reason.
Israeli media linked the decision to a renewed escalation in Gaza. A Kazakh official said new dates would be agreed "through diplomatic channels".
Bektenov had been expected to open a Kazakh-Israeli business forum in Tel Aviv and to meet Prime Minister Benjamin Netanyahu.
Read also: Kazakhstan's GDP growth slows to 4.8% in November""",
        "relevant": True,
        "events": [("tension", "2026-12-02")],
        "may": [("statement", None), ("economic", None)],
    },
    {
        "id": "en-refrain-from-trips-advisory",
        "published": "2026-06-16T06:20:00Z",
        "title": "Kazakhstan urges citizens to refrain from trips to Israel",
        "text": """ASTANA - Kazakhstan's Foreign Ministry on Monday recommended that citizens refrain from trips to Israel until the security situation stabilises, following a new wave of missile attacks on Israeli cities.
Kazakh nationals currently in Israel were advised to follow the instructions of the Home Front Command and to register with the Kazakh embassy in Tel Aviv, the ministry said.
About 1,200 Kazakh citizens are believed to be in Israel, most of them students and pilgrims. No Kazakh casualties have been reported.
The embassy's hotline numbers are +972 3 000 0000 and +972 50 000 0000.""",
        "relevant": True,
        "events": [("tension", "2026-06-15")],
        "allowed": {"statement"},
    },
    # ------------------------------------------------------------------ hard negatives
    {
        "id": "en-neg-nations-league",
        "published": "2026-10-14T21:50:00Z",
        "title": "Israel beat Kazakhstan 2-0 in Nations League",
        "text": """DEBRECEN, Hungary - Israel beat Kazakhstan 2-0 in a UEFA Nations League League C match played in Hungary on Tuesday, with both goals coming in the second half.
Israel, who play their home games abroad for security reasons, moved to the top of Group 3 with seven points. Kazakhstan coach Stanislav Cherchesov said his side had paid for missed chances before the break.
Kazakhstan host Armenia in Astana on Saturday.
Most read
1. Israel strikes Hezbollah targets in Lebanon
2. Kazakhstan raises key rate to 16.5%""",
        "relevant": False,
    },
    {
        "id": "en-neg-hanukkah-almaty",
        "published": "2026-12-07T10:00:00Z",
        "title": "Almaty's Jewish community lights giant menorah",
        "text": """Hundreds of people gathered in central Almaty on Sunday evening to light a five-metre menorah on the first night of Hanukkah, organised by the city's Chabad centre.
Chief Rabbi of Kazakhstan Yeshaya Cohen thanked the city authorities for their support and spoke of the tolerance that allows different faiths to live side by side in the country.
Many members of the community, which numbers several thousand people, have relatives in Israel, and some families came from Tel Aviv and Haifa for the holiday.
Children received doughnuts and spinning tops, and a klezmer band played late into the evening.""",
        "relevant": False,
    },
    {
        "id": "en-neg-uzbek-deal-regional-mention",
        "published": "2026-04-22T08:00:00Z",
        "title": "Uzbekistan, Israel sign agricultural cooperation agreement in Tashkent",
        "text": """TASHKENT - Uzbekistan and Israel signed an agreement on agricultural cooperation on Tuesday during a visit by Israel's Agriculture Minister Avi Dichter to Tashkent.
The agreement covers drip irrigation, seed breeding and the training of farmers. Uzbekistan, the most populous country in Central Asia, uses about 90 percent of its water for agriculture.
Dichter also met Uzbek Prime Minister Abdulla Aripov and visited a cotton cluster in the Syrdarya region.
Regional ministers from Kazakhstan, Kyrgyzstan and Tajikistan are due in Tashkent next month for a conference on the Aral Sea basin.
Tags: Uzbekistan, Israel, agriculture""",
        "relevant": False,
    },
    {
        "id": "en-neg-rankings-list",
        "published": "2026-09-30T12:00:00Z",
        "title": "Switzerland tops Global Innovation Index again",
        "text": """GENEVA - Switzerland topped the Global Innovation Index for the 16th year running, followed by Sweden, the United States, Singapore and the United Kingdom, the World Intellectual Property Organization said on Tuesday.
Israel ranked 14th, unchanged from last year, while South Korea rose to fifth place among high-income economies in some sub-indices.
In Central Asia, Kazakhstan climbed three places to 75th and Uzbekistan rose to 81st.
The index ranks 133 economies on 78 indicators, from research spending to venture capital deals.""",
        "relevant": False,
    },
    {
        "id": "en-neg-hikers-rescued",
        "published": "2026-08-17T07:40:00Z",
        "title": "Rescuers find Israeli hikers missing near Almaty",
        "text": """ALMATY - Kazakh rescuers on Sunday found two Israeli hikers who had gone missing in the mountains south of Almaty after losing their way in fog, the emergency situations ministry said.
The two men, aged 24 and 26, were found in good condition near the Big Almaty Lake and were taken down to the city by helicopter.
Tourism to the Trans-Ili Alatau has grown sharply in recent years, and rescuers say many visitors underestimate the weather at altitude.
Photo: Emergency Situations Ministry""",
        "relevant": False,
    },
]
