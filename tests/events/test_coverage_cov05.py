"""Coverage bank for diplomatic cooperation (CAMEO 05) and consultation stated through nouns and
predicates (04): the ways wire copy says that one state praised, backed, defended, recognised,
apologised to or signed with another, or that two met, phoned, visited, hosted or negotiated.
Verbs in all tenses and voices, nominalisations, adjectival predicates, quotes, fronted
headline clauses, coordination, relative clauses and possessives; near-misses stay silent.
Written for detente; every sentence is invented, none is taken from a corpus. Expected codes
are prefixes ("04" accepts any consultation); meetings and agreements are symmetric, so either
direction of the pair is accepted for them."""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_paraphrase_diplomacy import party

PUB = date(2025, 10, 8)  # a Wednesday
SYMMETRIC = ("04", "057", "054")


def found(code, text: str) -> list[tuple]:
    return [(party(e["source"]), e["cameo"], party(e["target"]), e["rule"]) for e in code(text, published=PUB)]


def fits(events: list[tuple], codes: str, source: str, target: str | None) -> bool:
    """An event of the code between the pair; a symmetric code also in the other direction."""
    pairs = {(source, target)}
    if codes.startswith(SYMMETRIC):
        pairs.add((target, source))
    return any(c.startswith(codes) and (s, t) in pairs for s, c, t, _ in events)


BANK = [
    # --- 051 praise, welcome, thank, endorse -------------------------------------------------
    ("French President Emmanuel Macron praised Kenya's role in the Sudan peace talks on Tuesday.", "051", "FRA", "KEN"),
    ("Japan has welcomed India's decision to lift its export curbs on rice.", "051", "JPN", "IND"),
    ("Turkey's decision to reopen the border crossing was welcomed by Greece.", "051", "GRC", "TUR"),
    ("In a statement, the State Department commended Nigeria for holding peaceful elections.", "051", "USA", "NGA"),
    ("Canadian Prime Minister Mark Carney lauded Mexico's cooperation on border security.", "051", "CAN", "MEX"),
    ("Indonesia's foreign minister thanked Malaysia for its help in evacuating citizens from Sudan.", "051", "IDN", "MYS"),
    ("South Africa voiced support for Egypt's bid to host the 2030 summit.", "051", "ZAF", "EGY"),
    ("Germany endorsed Poland's plan to strengthen its border with Belarus.", "051", "DEU", "POL"),
    ("Washington backs Kyiv's proposal for a prisoner exchange, Secretary of State Marco Rubio said.", "051", "USA", "UKR"),
    pytest.param("Australia's trade minister called the talks with Beijing productive and constructive.", "051", "AUS", "CHN",
                 marks=pytest.mark.xfail(strict=True, reason="parse: the judgement is read as the object of 'with Beijing'")),
    ("\"We deeply appreciate Qatar's efforts to free the hostages,\" the Israeli prime minister said.", "051", "ISR", "QAT"),
    ("Vietnam expressed appreciation for Japan's assistance after the typhoon.", "051", "VNM", "JPN"),
    ("Pakistan is grateful to China for its steadfast support, Prime Minister Shehbaz Sharif said.", "051", "PAK", "CHN"),
    ("Armenia's decision to join the court drew praise from France.", "051", "FRA", "ARM"),
    ("Chile congratulated Peru's new president on his election victory.", "051", "CHL", "PER"),
    ("Beijing is supportive of Islamabad's efforts to stabilise the economy, a spokesman said.", "051", "CHN", "PAK"),
    ("Tokyo said it highly valued Manila's commitment to a rules-based maritime order.", "051", "JPN", "PHL"),
    ("Seoul hailed Washington's decision to extend the tariff exemption as a positive step.", "051", "KOR", "USA"),
    ("The Kenyan president applauded Tanzania for its role in brokering the truce.", "051", "KEN", "TZA"),
    ("Brazil's foreign ministry welcomed the release of the prisoners by Venezuela.", "051", "BRA", "VEN"),
    ("Egypt welcomed Thursday's announcement by Ethiopia that it would resume talks on the dam.", "051", "EGY", "ETH"),
    ("Norway has expressed its full support for Sri Lanka's reconciliation process.", "051", "NOR", "LKA"),
    ("Singapore was quick to welcome the agreement reached by Thailand.", "051", "SGP", "THA"),
    ("Italy's backing of Libya's unity government has been consistent, the minister said.", "051", "ITA", "LBY"),
    ("The Saudi foreign minister praised the Iraqi government's efforts to curb drug smuggling.", "051", "SAU", "IRQ"),
    ("Ghana welcomes Nigeria's move to open its land borders, the foreign ministry said on Friday.", "051", "GHA", "NGA"),
    ("Sweden thanked Turkey after Ankara approved its NATO membership bid.", "051", "SWE", "TUR"),
    ("Spain, which endorsed Morocco's autonomy plan for Western Sahara last year, sent its foreign minister to Rabat on Monday.", "051", "ESP", "MAR"),
    # --- 052 defend verbally, side with --------------------------------------------------------
    ("Moscow defended Belarus against Western criticism over the migrant crisis.", "052", "RUS", "BLR"),
    ("China's foreign ministry defended Pakistan's handling of the investigation.", "052", "CHN", "PAK"),
    ("Turkey sided with Azerbaijan in its dispute with Armenia.", "052", "TUR", "AZE"),
    ("Russia stood by Iran, saying Tehran had every right to a civilian nuclear programme.", "052", "RUS", "IRN"),
    ("The Indian foreign minister defended New Delhi's purchases of Russian oil, saying India must look after its energy security.", "052", "IND", "IND"),
    ("Beijing came to the defence of Pyongyang at the Security Council on Monday.", "052", "CHN", "PRK"),
    ("Britain remains a staunch backer of Ukraine, the defence secretary said.", "051", "GBR", "UKR"),
    ("\"Our tariffs are fair and reasonable,\" the U.S. trade representative said.", "052", "USA", None),
    ("\"The measures we have taken are fully justified,\" the Chinese foreign ministry spokesman said.", "052", "CHN", None),
    ("\"Our policy toward Taiwan is correct and consistent,\" a Chinese spokesman said.", "052", "CHN", "TWN"),
    pytest.param("Israel insisted its strikes in Lebanon were legitimate self-defence.", "052", "ISR", "LBN",
                 marks=pytest.mark.xfail(strict=True, reason="only a first-person owner makes a judged course the speaker's own")),
    # --- 053 rally support on behalf of -------------------------------------------------------
    ("France rallied support for Lebanon at a donors' conference in Paris.", "053", "FRA", "LBN"),
    # --- 054 recognise ------------------------------------------------------------------------
    ("Ireland formally recognised the State of Palestine on Wednesday.", "054", "IRL", "PSE"),
    ("Palestine was recognised as a state by Norway last year.", "054", "NOR", "PSE"),
    ("Spain's recognition of the Palestinian state took effect on Tuesday.", "054", "ESP", "PSE"),
    ("Bhutan and Saudi Arabia established diplomatic relations on Friday.", "054", "BTN", "SAU"),
    # --- 055 apologise -------------------------------------------------------------------------
    ("Japan apologised to South Korea for the wartime use of forced labour.", "055", "JPN", "KOR"),
    ("The Dutch king issued a formal apology to Indonesia for colonial-era violence.", "055", "NLD", "IDN"),
    pytest.param("Germany's apology to Namibia for the colonial-era killings was welcomed in Windhoek.", "055", "DEU", "NAM",
                 marks=pytest.mark.xfail(strict=True, reason="an apology that is the subject of a passive 'welcomed' is not coded")),
    # --- 057 sign, conclude, ink --------------------------------------------------------------
    ("India and the United Arab Emirates signed a free trade agreement in New Delhi on Friday.", "057", "IND", "ARE"),
    ("Australia inked a defence pact with Papua New Guinea.", "057", "AUS", "PNG"),
    ("A memorandum of understanding on energy cooperation was signed by Egypt and Greece.", "057", "EGY", "GRC"),
    ("The signing of the accord between Armenia and Azerbaijan took place at the White House.", "057", "ARM", "AZE"),
    ("Britain concluded a trade deal with India after three years of negotiations.", "057", "GBR", "IND"),
    ("The deal, signed by Kenya and Ethiopia last month, opens the border to cross-border trade.", "057", "KEN", "ETH"),
    ("Vietnam and Singapore sealed an agreement on undersea data cables.", "057", "VNM", "SGP"),
    ("Kazakhstan and Uzbekistan have signed a border demarcation treaty, the two governments said.", "057", "KAZ", "UZB"),
    ("Thailand and Cambodia reached a ceasefire agreement on Monday.", "057", "THA", "KHM"),
    pytest.param("Under an agreement signed with Uzbekistan, Kazakhstan will supply electricity through the winter.", "057", "KAZ", "UZB",
                 marks=pytest.mark.xfail(strict=True, reason="a signing participle with no agent gives no source; the clause subject is not taken")),
    ("Peru signed several agreements with China during President Dina Boluarte's visit to Beijing.", "057", "PER", "CHN"),
    # --- 041 phone ----------------------------------------------------------------------------
    ("Turkish President Recep Tayyip Erdogan spoke by phone with Russian President Vladimir Putin on Sunday.", "041", "TUR", "RUS"),
    ("In a phone call with his Egyptian counterpart, the Saudi foreign minister discussed the situation in Gaza.", "04", "SAU", "EGY"),
    ("Macron had a telephone conversation with Chinese President Xi Jinping on Monday.", "041", "FRA", "CHN"),
    ("Indian Prime Minister Narendra Modi called Ukrainian President Volodymyr Zelenskyy on Saturday.", "041", "IND", "UKR"),
    # --- 042 visit, 043 host ------------------------------------------------------------------
    ("Chinese Premier Li Qiang arrived in Jakarta on Saturday for a three-day official visit.", "042", "CHN", "IDN"),
    ("Indonesia's president began a state visit to Brazil on Monday.", "042", "IDN", "BRA"),
    ("During his visit to Hanoi, the South Korean president met Vietnamese leaders.", "04", "KOR", "VNM"),
    ("Japan's foreign minister visited Beijing for the first time in three years.", "042", "JPN", "CHN"),
    ("Nigeria hosted Ghanaian President John Mahama in Abuja on Thursday.", "043", "NGA", "GHA"),
    ("Saudi Crown Prince Mohammed bin Salman received the visiting Iraqi prime minister in Riyadh.", "043", "SAU", "IRQ"),
    ("The emir of Qatar welcomed Syrian President Ahmed al-Sharaa to Doha on Sunday.", "043", "QAT", "SYR"),
    # --- 040 meet, 045 mediate, 046 negotiate --------------------------------------------------
    ("The South African president met his Zimbabwean counterpart in Pretoria.", "04", "ZAF", "ZWE"),
    ("A meeting between the Greek and Turkish prime ministers took place in Athens on Wednesday.", "04", "GRC", "TUR"),
    ("Talks between Iran and the United States resumed in Muscat on Saturday.", "046", "IRN", "USA"),
    ("Armenia and Azerbaijan held talks in Brussels on Tuesday.", "046", "ARM", "AZE"),
    ("Mexico is negotiating with the United States over tariffs on steel.", "046", "MEX", "USA"),
    ("Japan and the Philippines are in talks on a reciprocal access agreement.", "046", "JPN", "PHL"),
    ("Qatar mediated between Rwanda and Congo in talks in Doha.", "045", "QAT", "RWA"),
    # --- harder forms: quotes, relative clauses, possessives, headlines, nouns ----------------
    pytest.param("Kenya, Ethiopia sign deal on cross-border electricity trade", "057", "KEN", "ETH",
                 marks=pytest.mark.xfail(strict=True, reason="parse: the headline's 'sign deal' is read as a noun compound")),
    ("Jordan's King Abdullah, who is on a two-day visit to Cairo, met Egyptian President Abdel Fattah el-Sissi on Sunday.", "04", "JOR", "EGY"),
    ("The Polish president, on his first official trip to Lithuania, laid a wreath in Vilnius.", "042", "POL", "LTU"),
    ("Mongolia's president wrapped up a four-day trip to Japan on Friday.", "042", "MNG", "JPN"),
    ("The Malaysian prime minister is in Beijing for talks with Chinese leaders.", "04", "MYS", "CHN"),
    ("Portugal's president was given a warm welcome by Angolan officials in Luanda.", "043", "AGO", "PRT"),
    ("Uzbekistan's foreign minister expressed gratitude to Kazakhstan for its humanitarian aid.", "051", "UZB", "KAZ"),
    ("Colombia extended its congratulations to Ecuador's president-elect.", "051", "COL", "ECU"),
    ("Sri Lanka reaffirmed its support for the one-China policy, the foreign ministry said.", "051", "LKA", "CHN"),
    ("Japan's prime minister described relations with Australia as excellent.", "051", "JPN", "AUS"),
    ("Tanzania is a strong supporter of Mozambique's efforts to end the insurgency, the minister said.", "051", "TZA", "MOZ"),
    ("The Philippine president's talks with his Vietnamese counterpart focused on the South China Sea.", "04", "PHL", "VNM"),
    ("Erdogan told Putin in a phone call on Friday that Turkey was ready to host peace talks.", "041", "TUR", "RUS"),
    ("Officials from Serbia and Hungary met in Belgrade to discuss a new oil pipeline.", "04", "SRB", "HUN"),
    ("The visit by Indian Prime Minister Narendra Modi to Ghana was the first in three decades.", "042", "IND", "GHA"),
    ("Singapore's prime minister received his Malaysian counterpart at the Istana on Monday.", "043", "SGP", "MYS"),
    ("The agreement between Georgia and Azerbaijan, signed in Tbilisi on Tuesday, covers gas transit.", "057", "GEO", "AZE"),
    pytest.param("New Zealand and the United Kingdom's free trade agreement, signed in 2022, came into force on Wednesday.", "057", "NZL", "GBR",
                 marks=pytest.mark.xfail(strict=True, reason="a signing participle takes no source from its noun's possessive")),
    ("Tokyo's recognition of Kosovo was welcomed by Pristina.", "054", "JPN", "XKX"),
    ("Lithuania's foreign minister spoke by telephone on Thursday with his Ukrainian counterpart.", "041", "LTU", "UKR"),
    ("Ecuador's president apologised to Mexico for the raid on its embassy in Quito.", "055", "ECU", "MEX"),
    ("Chinese President Xi Jinping held talks with visiting Brazilian President Luiz Inacio Lula da Silva in Beijing.", "04", "CHN", "BRA"),
    ("Cyprus voiced its backing for Greece in the dispute over maritime boundaries.", "051", "CYP", "GRC"),
    ("Putin received Hungarian Prime Minister Viktor Orban at the Kremlin on Friday.", "043", "RUS", "HUN"),
    ("The talks, the first since 2019, were held in Geneva between Russian and American diplomats.", "046", "RUS", "USA"),
    ("Lavrov and Rubio discussed the war in Ukraine during a 90-minute call.", "04", "RUS", "USA"),
    ("The Saudi crown prince played host to the Syrian leader in Riyadh.", "043", "SAU", "SYR"),
    ("The Emirati president was in Paris on Tuesday for talks with Macron.", "04", "ARE", "FRA"),
    ("U.S. and Chinese negotiators wrapped up two days of trade talks in London.", "046", "USA", "CHN"),
    ("Egypt's foreign ministry lauded the role played by Qatar in securing the truce.", "051", "EGY", "QAT"),
    ("After their meeting, Macron and Scholz issued a joint statement on Ukraine.", "057", "FRA", "DEU"),
    pytest.param("At their talks in Ankara, Erdogan and Aliyev pledged closer ties.", "04", "TUR", "AZE",
                 marks=pytest.mark.xfail(strict=True, reason="parse: the fronted phrase takes the subjects as conjuncts of Ankara")),
    ("In a call with Israeli Prime Minister Benjamin Netanyahu, Biden urged restraint.", "041", "USA", "ISR"),
    ("In a meeting with the Saudi crown prince, Rubio thanked Riyadh for hosting the talks.", "040", "USA", "SAU"),
    ("Macron's call with Putin lasted two hours, the Elysee said.", "041", "FRA", "RUS"),
    ("The Russian ambassador was received by the Chinese foreign minister on Thursday.", "04", "CHN", "RUS"),
    ("Qatar's mediation between Russia and Ukraine has secured the return of dozens of children.", "045", "QAT", "RUS"),
]

SILENT = [
    ("The coach praised his players after the win over Brazil.", "05"),
    ("Analysts welcomed the central bank's decision to cut interest rates.", "05"),
    ("Saudi Arabia could sign a defence pact with the United States next year, analysts said.", "057"),
    ("Japan did not welcome China's decision to extend the ban.", "051"),
    ("Kenya refused to sign the deal with Uganda.", "057"),
    ("The two countries have yet to sign a peace treaty.", "057"),
    ("Iran rejected talks with the United States.", "046"),
    ("Washington has no plans to host Venezuelan President Nicolas Maduro.", "043"),
    ("The company recognised a loss of $2 billion on its Chinese operations.", "054"),
    ("The museum welcomed two million visitors from China last year.", "05"),
    ("Tourists from China visited Thailand in record numbers this summer.", "042"),
    ("The striker signed a contract with Real Madrid on Friday.", "057"),
    ("The planned phone call between the French and Algerian presidents was cancelled.", "041"),
    ("Will Paris back Berlin's plan to borrow jointly?", "051"),
    ("Vietnam will play host to the ASEAN summit next year.", "043"),
    ("In talks with Iran, the United States should seek a broader deal, the senator said.", "046"),
    ("During a call with investors, the company said its profits rose.", "041"),
    ("Israel accused Hamas of stalling in the negotiations with Egypt.", "046"),
    ("Cuba came to the aid of Venezuela with shipments of fuel.", "042"),
    ("\"Our talks with China were very productive,\" the Australian minister said.", "052"),
    ("\"Their tariffs are fair,\" the Canadian minister said of the new U.S. duties.", "052"),
    ("The minister said the talks with Beijing could be productive if both sides showed goodwill.", "051"),
    ("Critics praised the film's portrayal of the Chinese leader.", "05"),
    ("The deal signed by the football club with a Saudi sponsor drew criticism.", "057"),
    ("Turkey has never recognised the government in Nicosia.", "054"),
    ("Japan has refused to apologise to South Korea for the remarks.", "055"),
    ("No meeting between the Indian and Pakistani foreign ministers is planned.", "04"),
]


@pytest.mark.parametrize(("text", "codes", "source", "target"), BANK)
def test_diplomatic_cooperation_and_consultation_are_coded(code, text, codes, source, target):
    events = found(code, text)
    assert fits(events, codes, source, target), events


@pytest.mark.parametrize(("text", "unwanted"), SILENT)
def test_near_misses_stay_silent(code, text, unwanted):
    events = found(code, text)
    assert not [e for e in events if e[1].startswith(unwanted)], events
