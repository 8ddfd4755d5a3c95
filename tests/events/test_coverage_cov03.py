"""Coverage bank for CAMEO 03, express intent to cooperate (cov03).

Invented wire-style sentences that state an intention to cooperate in the ways news does: verbs of
pledge, offer, plan and readiness in every tense and voice, the future ("will", "is to", "is set
to", "is due to"), nouns ("a pledge to", "Ankara's offer of", "plans to"), adjectives ("ready",
"keen", "open to"), reported speech and quotes, headline fronting ("Japan, Philippines to hold
drills"), coordination, relative clauses and possessives. Sub-codes follow the CAMEO codebook:
031x material cooperation, 032 diplomatic, 033x aid, 034x reform, 035x yield (0356 de-escalate),
036 meet or negotiate, 037 settle, 038 accept mediation, 039 mediate.

Each case is (source country, code, target country): a two-digit code asks only for the root, longer
ones for that code, alternatives with "|"; "*" takes any target. The silent list holds near misses
(analysts, questions, hypotheticals, past acts, asks of another party, other word senses) that must
give no 03 event."""

from __future__ import annotations

import pytest
from tests.events.bank import code_fits
from tests.events.test_reactions import coded


def _fits(expected: str, got: str | None) -> bool:
    return expected == "*" or (got is not None and got in expected.split("|"))


BANK = [
    # --- verbs of pledge, promise, vow, offer, commit: all tenses and voices ---
    ("Vietnam pledged to deepen ties with South Korea, the foreign ministry said.", ("VNM", "03", "KOR")),
    ("Turkey has offered to mediate between Armenia and Azerbaijan.", ("TUR", "039", "ARM|AZE")),
    ("Beijing promised to release the detained Canadian citizens.", ("CHN", "0353", "CAN")),
    ("Mexico vowed to extradite the cartel leader to the United States.", ("MEX", "0313|03", "USA")),
    ("France has committed to training Ukrainian fighter pilots.", ("FRA", "0312|03", "UKR")),
    ("Saudi Arabia intends to invest $5 billion in Egypt's energy sector.", ("SAU", "0311", "EGY")),
    ("Kazakhstan aims to double its trade with China by 2030.", ("KAZ", "0311", "CHN")),
    ("Ghana hopes to sign a free trade agreement with Britain this year.", ("GHA", "0311|030", "GBR")),
    ("Argentina is seeking to restore diplomatic relations with Venezuela.", ("ARG", "03", "VEN")),
    ("Tokyo is looking to boost defence ties with Manila.", ("JPN", "03", "PHL")),
    ("Xi promised Lula that China would buy more Brazilian beef.", ("CHN", "0311|03", "BRA")),
    ("Beijing vowed to work with Washington to stabilise relations.", ("CHN", "03", "USA")),
    ("Australia offered to help Papua New Guinea rebuild after the earthquake.", ("AUS", "033|030", "PNG")),
    ("South Korea agreed to share intelligence with Japan on North Korean missile launches.", ("KOR", "0314", "JPN")),
    ("Canada announced it would send emergency aid to Haiti.", ("CAN", "033|0331|0333", "HTI")),
    ("Japan will provide $500 million in loans to the Philippines.", ("JPN", "033|0331", "PHL")),
    ("Spain will send firefighting planes to Greece.", ("ESP", "0333", "GRC")),
    # --- meetings and negotiations ahead (036) ---
    ("South Korean President Lee Jae-myung plans to visit Tokyo next month.", ("KOR", "036", "JPN")),
    ("India and Pakistan agreed to hold talks next week.", ("IND", "036", "PAK")),
    ("Iran expressed willingness to resume dialogue with Saudi Arabia.", ("IRN", "036", "SAU")),
    ("Ethiopia and Egypt agreed to resume negotiations on the Nile dam.", ("ETH", "036", "EGY")),
    ("Australian Foreign Minister Penny Wong is set to travel to Beijing next week.", ("AUS", "036", "CHN")),
    ("Indian Prime Minister Narendra Modi is scheduled to visit Moscow in July.", ("IND", "036", "RUS")),
    ("The Indonesian president is due to arrive in Canberra on Sunday for a three-day visit.", ("IDN", "036", "AUS")),
    ("The Kremlin said Putin would meet Trump in Alaska on Friday.", ("RUS", "036", "USA")),
    ("Canada will resume talks with India on a trade deal.", ("CAN", "036", "IND")),
    ("Moscow signalled readiness to negotiate with Kyiv.", ("RUS", "036", "UKR")),
    ("The French president is expected to visit Algiers in the coming weeks.", ("FRA", "036", "DZA")),
    ("Seoul is open to a summit with Tokyo, a presidential spokesman said.", ("KOR", "036", "JPN")),
    ("Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung agreed to meet again next year.",
     ("JPN", "036", "KOR")),
    ("Talks between Armenia and Azerbaijan are scheduled for Monday in Abu Dhabi.", ("ARM", "036", "AZE")),
    # --- mediation, settlement, de-escalation (037-039, 0356) ---
    ("Egypt will host talks between Ethiopia and Sudan on the dam dispute.", ("EGY", "039", "ETH|SDN")),
    ("Norway stands ready to facilitate talks between Colombia and Venezuela.", ("NOR", "039", "COL|VEN")),
    ("Qatar offered its mediation in the dispute between Rwanda and Congo.", ("QAT", "039", "RWA|COD")),
    ("Thailand said it would accept Malaysian mediation in its border dispute with Cambodia.", ("THA", "038", "MYS")),
    ("Azerbaijan and Armenia vowed to settle their dispute peacefully.", ("AZE", "037", "ARM")),
    ("Guyana is willing to settle its border dispute with Venezuela at the International Court of Justice.",
     ("GUY", "037", "VEN")),
    ("Russia is prepared to pull its troops back from the border with Ukraine.", ("RUS", "0356|035", "UKR")),
    # --- material cooperation by sector (031x) ---
    ("Indonesia will hold joint naval drills with Australia next month.", ("IDN", "0312", "AUS")),
    ("The Philippines and Vietnam agreed to boost coast guard cooperation in the South China Sea.",
     ("PHL", "0312|03", "VNM")),
    ("Chile signed a mining deal with China and pledged to expand lithium exports to Beijing.", ("CHL", "0311", "CHN")),
    ("Iraq and Turkey agreed to cooperate in fighting the PKK.", ("IRQ", "03", "TUR")),
    # --- nouns and nominalisations ---
    ("Brazil's pledge to cut tariffs on Argentine goods was welcomed in Buenos Aires.", ("BRA", "03", "ARG")),
    ("Germany reaffirmed its commitment to rebuilding Ukraine's power grid.", ("DEU", "03", "UKR")),
    ("Kuwait announced plans to open an embassy in Damascus.", ("KWT", "032", "SYR")),
    ("Jordan reiterated its readiness to help Syria rebuild.", ("JOR", "03", "SYR")),
    ("Vietnam expressed interest in buying Indian BrahMos missiles.", ("VNM", "03", "IND")),
    pytest.param("Turkey's offer to host talks between Russia and Ukraine still stands, Erdogan said.",
                 ("TUR", "039", "RUS|UKR"), marks=pytest.mark.xfail(
                     strict=True, reason="parsed as 'offer to [host talks]', a compound: the talks, not their host (036)")),
    pytest.param("China's pledge of $1 billion for road building in Cambodia was signed into a loan on Friday.",
                 ("CHN", "033|0331", "KHM"), marks=pytest.mark.xfail(
                     strict=True, reason="the aided state only in a place phrase under the purpose noun")),
    ("The Iranian foreign minister reiterated his availability to travel to Riyadh.", ("IRN", "036", "SAU")),
    ("A visit by the Chinese premier to Jakarta is planned for next month.", ("CHN", "036", "IDN")),
    # --- adjectives and predicates ---
    ("China is ready to strengthen cooperation with Canada, the foreign ministry spokesman said.", ("CHN", "03", "CAN")),
    ("Singapore is keen to deepen economic ties with Saudi Arabia.", ("SGP", "03", "SAU")),
    ("Ankara is eager to improve relations with Cairo.", ("TUR", "03", "EGY")),
    ("Pakistan is determined to strengthen its strategic partnership with China.", ("PAK", "03", "CHN")),
    # --- reported speech and quotes ---
    ("Kenya and Tanzania would expand trade, the Kenyan president said.", ("KEN", "0311|03", "TZA")),
    ('"We are ready to work with Washington on a new trade deal," the Brazilian finance minister told reporters.',
     ("BRA", "03", "USA")),
    ('"India is committed to deepening its partnership with Nigeria," Modi said in Abuja.', ("IND", "03", "NGA")),
    # --- headline fronting ---
    ("Malaysia to buy Brazilian fighter jets, defence minister says", ("MYS", "03", "BRA")),
    ("Japan, Philippines to hold joint coast guard drills", ("JPN", "0312", "PHL")),
    ("Brazil to host Chinese president next week", ("BRA", "036", "CHN")),
    ("Turkey to send aid to Syria after quake", ("TUR", "033", "SYR")),
    ("The Philippines is to hold joint naval drills with Japan.", ("PHL", "0312", "JPN")),
    # --- coordination, relative clauses, prepositional phrases, previous sentence ---
    ("Greece and Turkey vowed to reduce tensions and resume talks.", ("GRC", "03", "TUR")),
    ("Qatar, which has offered to mediate between Kyiv and Moscow, sent an envoy to both capitals.",
     ("QAT", "039", "UKR|RUS")),
    pytest.param("The $2 billion credit line that India promised Bangladesh will fund rail projects.",
                 ("IND", "033|0331", "BGD"), marks=pytest.mark.xfail(
                     strict=True, reason="a pledge's object told by its relative clause's antecedent: bare 030")),
    ("In a bid to mend ties with Beijing, Canberra offered to resume ministerial dialogue.", ("AUS", "036", "CHN")),
    ("Ugandan President Yoweri Museveni hosted Kenya's president in Entebbe on Tuesday. "
     "Museveni promised to boost cross-border trade with Kenya.", ("UGA", "0311", "KEN")),
    pytest.param("Bahrain plans to name an ambassador to Qatar.", ("BHR", "032", "QAT"), marks=pytest.mark.xfail(
        strict=True, reason="naming an envoy has no pattern: routine appointments would code too")),
    # --- overtures, a part to play, commitments told by adjectives ---
    ("The Greek prime minister extended an olive branch to Ankara.", ("GRC", "032", "TUR")),
    ("Kenya made an overture to Somalia over the maritime border.", ("KEN", "032", "SOM")),
    ("Erdogan said Turkey would do its part to bring peace between Russia and Ukraine.", ("TUR", "03", "RUS|UKR")),
    ("China will do its utmost to help Pakistan, the foreign minister said.", ("CHN", "03", "PAK")),
    ("Britain said it remained committed to the defence of Estonia.", ("GBR", "03", "EST")),
    ("Washington said it was open to dialogue with Pyongyang.", ("USA", "036", "PRK")),
    ("Pakistan is prepared to return to the negotiating table with India.", ("PAK", "036", "IND")),
    ("Ottawa is weighing a visit by the prime minister to New Delhi.", ("CAN", "036", "IND")),
    ("Berlin is considering sending more Patriot systems to Kyiv.", ("DEU", "0332", "UKR")),
    ("Saudi Arabia is ready to establish diplomatic relations with Israel, the minister said.", ("SAU", "032", "ISR")),
    pytest.param("Tehran left the door open to talks with Washington.", ("IRN", "036", "USA"), marks=pytest.mark.xfail(
        strict=True, reason="'open' hangs on 'door': no pattern reads the idiom")),
    # --- kinds found in the read sets' errors, in other words ---
    ("Kazakhstan plans to double its trade with China by 2030.", ("KAZ", "0311", "CHN")),
    ("Azerbaijan is committed to working toward peace with Armenia, its foreign minister said.", ("AZE", "03", "ARM")),
    pytest.param("Moscow said it backs the Turkish ceasefire proposal in principle.", ("RUS", "0356", "TUR"),
                 marks=pytest.mark.xfail(strict=True, reason="a belligerent backing a truce plan accepts it (0356); "
                                         "a third party backing one supports it (051): not told apart")),
]

SILENT = [
    "Analysts say China may seek closer ties with Canada.",
    "Will Japan pledge more aid to Ukraine?",
    "It is unclear whether Turkey is ready to mediate between Russia and Ukraine.",
    "Experts expect Seoul to seek a trade deal with Canberra.",
    "If Marine Le Pen wins, France would seek closer ties with Russia, some commentators say.",
    "Brazil and Argentina held talks in Brasilia last week.",
    "A Chinese trade delegation visited Nairobi last week.",
    "Hurricane Melissa is expected in Jamaica on Tuesday.",
    "China's exports to Canada are set to grow this year, economists said.",
    "Pakistan wants India to hold talks on Kashmir.",
    "India hopes Pakistan will act against the militants.",
    "The coach vowed to beat Argentina in the final.",
    pytest.param("Few expect Moscow to accept the ceasefire proposal.", marks=pytest.mark.xfail(
        strict=True, reason="'few' as a doubting subject is not read")),
    pytest.param("The summit in Jakarta is expected to draw leaders from across Asia.", marks=pytest.mark.xfail(
        strict=True, reason="the host city's state is taken as the meeting's party")),
    "Russia to blame for the strike on Kharkiv, Kyiv says",
    "Turkey did its part to bring peace between Russia and Ukraine, Erdogan said.",
    "China has done its utmost to help Pakistan.",
    "The coach said he was committed to the team.",
    "China remains committed to building its own chip industry, an economist at the university said.",
    "Burglars left the door open.",
    "The striker made an overture to the fans after the match.",
    "A plan for Japan to host the summit was dropped in March.",
    "Bolivia's lithium output is expected to double by 2030.",
    "Kenya's central bank is ready to cut interest rates, its governor said.",
    "Observers doubt that Beijing is ready to ease tensions with Taipei.",
    "Russia denied it plans to invade Lithuania.",
    pytest.param("The striker promised to return to Brazil after the season.", marks=pytest.mark.xfail(
        strict=True, reason="a pledge by no party still takes the place it names as target")),
]


@pytest.mark.parametrize(("text", "expected"), BANK)
def test_intent_to_cooperate_is_coded(code, text, expected):
    source, codes, target = expected
    found = coded(code, text)
    assert any(s == source and code_fits(codes, c) and _fits(target, t) for s, c, t, _ in found), found


@pytest.mark.parametrize("text", SILENT)
def test_near_misses_give_no_intent(code, text):
    found = coded(code, text)
    assert not [f for f in found if f[1].startswith("03")], found
