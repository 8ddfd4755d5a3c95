"""Coverage bank for appeals (CAMEO 02x) and demands (10x) in wire style: the ways news states that
one party asks or demands something of another. Verbs in every tense and voice ("urged", "has
called on", "was asked by", "is pressing"), headline present ("Pakistan urges India to ..."),
nouns and nominalisations ("an appeal for restraint", "renewed its call for", "a request from"),
possessives answered by another party ("welcomed Seoul's call for talks"), quotations and reported
speech ("'We call on ...,' the minister said", "X must withdraw, the president said"),
coordination, relative clauses, a target in a prepositional phrase ("in a phone call with ...")
or a speaker in the previous sentence. 'Urged/called on/asked/appealed/pressed/sought' are 02x;
'demanded/insisted that' are 10x; what is asked sets the subcode (codebook CAMEO.eventcodes.txt).

Each case gives the code (two digits: any code of that root; more: that code, "|" for
alternatives), the source country and the target country ("*": any, None: none). The silent list
holds near-misses: analysts and commentators, a party's "should" about its own side, questions,
negations, hypotheticals, forecasts and other senses ("the plan calls for", "appeal against a
conviction", "demand for gas")."""

from __future__ import annotations

import pytest
from tests.events.bank import code_fits
from tests.events.test_reactions import coded


def _fits(expected: str | None, got: str | None) -> bool:
    return expected == "*" or expected == got


def _assert_coded(code, text: str, expected: tuple[str, str | None, str | None]) -> None:
    cameo, source, target = expected
    found = coded(code, text)
    assert any(code_fits(cameo, c) and _fits(source, s) and _fits(target, t) for s, c, t, _ in found), found


# --- appeals as verbs: tenses, voices, headlines ------------------------------------------------

APPEAL_VERBS = [
    ("Germany urged Turkey on Wednesday to release a jailed German journalist.", ("0253", "DEU", "TUR")),
    ("France has called on Russia to free the French researcher held in Moscow.", ("0253", "FRA", "RUS")),
    ("Pakistan urges India to resume dialogue over Kashmir", ("026", "PAK", "IND")),
    ("Indonesia is urging China and the Philippines to exercise restraint in the South China Sea.", ("0256", "IDN", "CHN")),
    ("Iran was urged by the U.N. nuclear watchdog to give inspectors access to the Fordow site.", ("02", None, "IRN")),
    ("Serbia has been asked by the European Union to align its foreign policy with the bloc.", ("02", "*", "SRB")),
    ("Japan asked China on Friday to lift its ban on Japanese seafood imports.", ("0254", "JPN", "CHN")),
    ("Mexico pressed Washington for talks on migration and trade.", ("026", "MEX", "USA")),
    ("Ukraine implored its Western allies to speed up deliveries of air defense systems.", ("02", "UKR", "*")),
    ("Kenya requested military assistance from the United States to fight al-Shabab.", ("0232", "KEN", "USA")),
    ("Colombia asked Venezuela to hand over the rebel commanders hiding across the border.", ("0213|0253", "COL", "VEN")),
    ("Hungary sought the extradition of the former minister from Poland.", ("0213", "HUN", "POL")),
    ("Moldova appealed to Moscow not to interfere in its parliamentary elections.", ("02", "MDA", "RUS")),
    ("Erdogan called on Putin and Zelenskiy to meet in Istanbul.", ("026", "TUR", "RUS")),
    ("The African Union asked Kenya to mediate between the Ethiopian government and Tigrayan leaders.", ("028", "*", "KEN")),
    ("Beijing urged Washington to stop arms sales to Taiwan.", ("02", "CHN", "USA")),
    ("Washington urged Israel to do more to protect civilians in Gaza.", ("02", "USA", "ISR")),
    ("The European Union pressed Georgia to scrap its foreign agents law.", ("02", "*", "GEO")),
    pytest.param("Chad pleaded with donors for emergency food aid for Sudanese refugees.", ("0233", "TCD", "*"),
                 marks=pytest.mark.xfail(strict=True, reason="the parser hangs 'for ... aid' on 'donors', not on 'pleaded'")),
    ("Finland has asked NATO for closer defense cooperation in the Arctic.", ("02", "FIN", "*")),
    ("Egypt called on Israel to open the Rafah crossing to aid trucks.", ("02", "EGY", "ISR")),
    ("Spain asked Morocco to take back the migrants who crossed into Ceuta.", ("02", "ESP", "MAR")),
    pytest.param("Armenia called for international monitors to be deployed along its border with Azerbaijan.", ("0255", "ARM", "*"),
                 marks=pytest.mark.xfail(strict=True, reason="monitors 'deployed' are read as peacekeepers sent (0234)")),
    ("Ghana called for the lifting of sanctions on Mali.", ("0254", "GHA", "*")),
    ("Kuwait encouraged Iraq to settle the maritime border dispute through negotiations.", ("02", "KWT", "IRQ")),
    ("Brazil appealed to Venezuela to publish the full voting results.", ("02", "BRA", "VEN")),
    ("Australia requested consular access to its citizen detained in China.", ("02", "AUS", "CHN")),
    ("Turkey asked Sweden to extradite dozens of suspects it accuses of terrorism.", ("0213", "TUR", "SWE")),
    ("Nigeria asked Britain to return the Benin bronzes.", ("0253", "NGA", "GBR")),
    pytest.param("Nigeria asked Britain to return the Benin bronzes looted in 1897.", ("0253", "NGA", "GBR"),
                 marks=pytest.mark.xfail(strict=True, reason="the looting told in a reduced relative clause is taken as the act asked for")),
    ("Seoul urged Pyongyang to stop launching ballistic missiles.", ("02", "KOR", "PRK")),
    ("Tunisia asked the IMF for a new loan to cover its budget deficit.", ("0231", "TUN", "*")),
    ("Greece urged Turkey to withdraw its survey ship from disputed waters.", ("02", "GRC", "TUR")),
    ("Poland urged Germany to pay reparations for damage caused during World War II.", ("02", "POL", "DEU")),
]


# --- appeals as nouns, possessives and fixed phrases -------------------------------------------

APPEAL_NOUNS = [
    ("Qatar renewed its appeal for a ceasefire in Gaza on Sunday.", ("0256", "QAT", "*")),
    ("Indonesia issued a call for restraint to both China and the Philippines.", ("0256", "IDN", "*")),
    pytest.param("The Arab League made an urgent appeal to Israel to allow aid into Gaza.", ("02", "*", "ISR"),
                 marks=pytest.mark.xfail(strict=True, reason="'allow aid' needs a party allowed; under an appeal noun nothing is coded")),
    ("Washington welcomed Seoul's call for dialogue with Pyongyang.", ("026", "KOR", "*")),
    ("Berlin rejected Warsaw's request for war reparations.", ("02", "POL", "DEU")),
    ("Egypt repeated its call on Ethiopia to stop filling the dam until a deal is reached.", ("02", "EGY", "ETH")),
    ("The United Nations launched an appeal for $2 billion in humanitarian aid for Sudan.", ("023|0233", "*", "*")),
    ("Lebanon filed a request with the Security Council to condemn the Israeli strikes.", ("02", "LBN", "*")),
    ("Kyiv made a fresh plea to its allies for more artillery shells.", ("02", "UKR", "*")),
    ("Armenia's call for international observers was backed by France.", ("02|05", "*", "*")),
]


# --- quotations, reported speech, 'should'/'must' aimed at another party -------------------------

APPEAL_QUOTES = [
    ("'We call on the Iranian authorities to free our citizens immediately,' the French foreign minister said.", ("0253", "FRA", "IRN")),
    ("'We urge both sides to return to the negotiating table,' the Chinese foreign ministry spokesman said.", ("026", "CHN", "*")),
    ("The Chinese foreign ministry said it had urged Washington to stop interfering in Hong Kong.", ("02", "CHN", "USA")),
    ("Moscow should return to the negotiating table, the German chancellor said on Tuesday.", ("02", "DEU", "RUS")),
    ("Britain's foreign secretary said she had asked Beijing to release the activist on humanitarian grounds.", ("0253", "GBR", "CHN")),
    ("In a statement, the Saudi foreign ministry called on all parties in Sudan to stop the fighting.", ("0256", "SAU", "SDN")),
]


# --- coordination, relative clauses, target in a phrase, speaker in the previous sentence ------

APPEAL_STRUCTURE = [
    ("Britain and France urged Iran to release the detained tanker crew.", ("0253", "GBR", "IRN")),
    ("Britain and France urged Iran to release the detained tanker crew.", ("0253", "FRA", "IRN")),
    ("Norway condemned the attack and called on both sides to return to talks.", ("026", "NOR", "*")),
    ("Poland, which has asked Germany to pay reparations, raised the issue again on Monday.", ("02", "POL", "DEU")),
    ("In a phone call with Israeli Prime Minister Benjamin Netanyahu, the German chancellor urged restraint.", ("0256", "DEU", "ISR")),
    ("During talks with his Chinese counterpart, the Vietnamese foreign minister asked Beijing to respect Vietnam's sovereignty.", ("02", "VNM", "CHN")),
    ("Pakistan's foreign minister met Taliban officials in Kabul on Sunday. He urged them to act against militants sheltering in Afghanistan.", ("02", "PAK", "AFG")),
]


# --- demands -----------------------------------------------------------------------------------

DEMANDS = [
    ("Beijing demands that Manila withdraw its coast guard vessels from Scarborough Shoal", ("106|1056", "CHN", "PHL")),
    ("Kyiv has demanded the return of Ukrainian children deported to Russia.", ("1053", "UKR", "*")),
    ("Algeria insisted that France apologise for its colonial crimes.", ("10", "DZA", "FRA")),
    ("Ankara demanded that Washington extradite the cleric.", ("1013", "TUR", "USA")),
    ("The Security Council demanded that the Houthis release the detained U.N. staff.", ("1053", "*", "YEM")),
    ("North Korea demanded an end to joint military drills by the United States and South Korea.", ("10", "PRK", "*")),
    ("'Russia must withdraw all its forces from Ukraine,' the Polish president said.", ("106|1056", "POL", "RUS")),
    ("Tehran is demanding compensation from Washington for the damage.", ("10", "IRN", "USA")),
    ("Sudan's army repeated its demand that the RSF withdraw from the cities it holds.", ("10", "SDN", "SDN")),
    ("Baku demanded that Yerevan amend its constitution before a peace treaty is signed.", ("10", "AZE", "ARM")),
    ("China demanded an apology from Lithuania over the Taiwanese office.", ("10", "CHN", "LTU")),
    ("Israel demanded the immediate release of all hostages.", ("1053", "ISR", "*")),
    pytest.param("Israel demanded the immediate release of all hostages held by Hamas.", ("1053", "ISR", "PSE"),
                 marks=pytest.mark.xfail(strict=True, reason="the hostages' own state is taken as target, not their holder named by 'held by'")),
    ("Venezuela demanded that Guyana halt oil exploration in the disputed Essequibo region.", ("10", "VEN", "GUY")),
    ("Moscow demanded explanations from Helsinki over the closure of the border.", ("101|10", "RUS", "FIN")),
]


# --- kinds the read sets showed: agencies' funding appeals, organisations' appeals, gerunds ------

READ_SET_KINDS = [
    ("UNHCR appealed for $1.2 billion to help Rohingya refugees in Bangladesh.", ("023", None, "*")),
    ("UNICEF is seeking $900 million for its emergency operations in Gaza.", ("023", None, "*")),
    ("The World Food Programme said it needs $500 million to feed 3 million people in Sudan.", ("023", None, "*")),
    ("Kyiv asked for billions of dollars in reconstruction aid.", ("023", "UKR", None)),
    ("The International Committee of the Red Cross appealed for calm in Tripoli.", ("0256", None, "*")),
    ("The World Health Organization appealed for medical supplies for Gaza's hospitals.", ("023|0233", None, "*")),
    ("After repeatedly urging Hanoi to free the blogger, Washington imposed visa restrictions.", ("0253", "USA", "VNM")),
    ("Taiwan's defense minister said Beijing must stop its military drills near the island.", ("10", "TWN", "CHN")),
    ("Human Rights Watch suggested that Washington should impose sanctions on the officials responsible.", ("02", None, "USA")),
    ("Amnesty International called on the Egyptian authorities to release all detained protesters.", ("0253", None, "EGY")),
]


@pytest.mark.parametrize(("text", "expected"),
                         APPEAL_VERBS + APPEAL_NOUNS + APPEAL_QUOTES + APPEAL_STRUCTURE + DEMANDS + READ_SET_KINDS)
def test_appeals_and_demands_are_coded(code, text, expected):
    _assert_coded(code, text, expected)


SILENT = [
    "Analysts urged caution ahead of the presidential vote.",
    "Investors called for clarity on the central bank's plans.",
    "Beijing should show restraint, an analyst at the Lowy Institute said.",
    "We should strengthen our own air defenses, the Polish defense minister said.",
    "Will Washington ask Kyiv to give up territory?",
    "Seoul did not ask Tokyo for an apology, officials said.",
    "The former minister filed an appeal against his conviction.",
    "The plan calls for the construction of 50,000 homes by 2030.",
    "The situation demands urgent action, the newspaper's editorial said.",
    "Demand for Russian gas in Europe has fallen sharply.",
    "If Tehran asks for talks, Washington will listen.",
    "Kyiv may ask its allies for more weapons next year, a researcher said.",
    "Asked about the sanctions, the spokesman declined to comment.",
    "Moscow is expected to urge Beijing to buy more Russian oil, analysts say.",
    "The appeals court in Paris upheld the sentence on Tuesday.",
    "Fans called on the club's owner to sack the coach.",
    "The company requested a delay in the product launch.",
    "The job demands patience and long hours.",
    "Economists called for lower interest rates to revive growth.",
    "The recipe calls for two cups of flour.",
    "The coach asked his players to stay calm during the final.",
    "Experts have long urged Europe to invest more in its own defense.",
    "Tickets are in high demand ahead of the final.",
    "The airline asked passengers to arrive three hours early.",
    "Whether Tokyo will demand compensation remains unclear.",
    "The company needs $5 million to expand its factory.",
    "The striker called for a million fans to fill the stadium.",
    "The museum appealed for donations to restore its roof.",
    "The football club appealed for $2 million to rebuild its stadium.",
]


@pytest.mark.parametrize("text", SILENT)
def test_near_misses_stay_silent(code, text):
    found = [row for row in coded(code, text) if row[1][:2] in ("02", "10")]
    assert not found, found
