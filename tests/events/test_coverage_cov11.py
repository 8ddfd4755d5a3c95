"""Coverage bank for CAMEO 11 (disapprove) and 12 (reject): the ways wire copy states that one
party criticised, accused, complained of or sued another (111, 112 and its subcodes, 113, 114,
115), or rejected, refused, spurned or vetoed what another proposed, demanded or offered (120 to
129). Verbs in all tenses and voices, nouns and nominalisations, predicates ("X's actions are
unacceptable"), reported speech and quotes, headline fronting, coordination, relative clauses,
possessives, a target named only in a prepositional phrase or in the sentence before; and the
near misses that must stay silent (analysts, hypotheticals, questions, negations, word senses
outside politics). All sentences written for this bank in wire style."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 6, 1)


def coded(code, text):
    return [((e["source"] or {}).get("code") or "", e["cameo"], (e["target"] or {}).get("code") or "", e["rule"])
            for e in code(text, published=PUB)]


def hits(found, expected):
    source, cameo, target = expected
    return [e for e in found if (e[0].startswith(source) or e[0].startswith("IGO" + source))
            and e[1].startswith(cameo) and (e[2].startswith(target) or e[2].startswith("IGO" + target))]


# --- 11: verbs of criticism, every tense and voice -------------------------------------------------------

CRITICISE = [
    ("France criticised Italy's migration policy on Tuesday.", ("FRA", "111", "ITA")),
    ("Germany has repeatedly criticized Hungary over its veto of EU aid to Ukraine.", ("DEU", "111", "HUN")),
    ("Japan is criticizing China for the coast guard incursions near the Senkaku Islands.", ("JPN", "111", "CHN")),
    ("Israel was condemned by Turkey for the raid on the aid convoy.", ("TUR", "111", "ISR")),
    ("Poland slammed Belarus over the crisis on their shared border.", ("POL", "111", "BLR")),
    ("The Chinese foreign ministry lambasted Washington's decision to sell more arms to Taiwan.",
     ("CHN", "111", "USA")),
    ("Brazil's president lashed out at the United States over the new steel tariffs.", ("BRA", "111", "USA")),
    ("Canada rebuked India over the killing of a Sikh activist in British Columbia.", ("CAN", "111", "IND")),
    ("South Korea deplored Japan's decision to list the mine as a heritage site.", ("KOR", "111", "JPN")),
    ("Ukraine decried Russia's use of glide bombs against residential areas of Kharkiv.", ("UKR", "111", "RUS")),
    ("Pakistan blasted India's suspension of the Indus Waters Treaty.", ("PAK", "111", "IND")),
    ("South Africa took aim at Israel in a speech to the U.N. General Assembly.", ("ZAF", "111", "ISR")),
    ("The Philippines faulted China for the collision near Second Thomas Shoal.", ("PHL", "11", "CHN")),
    ("Greece strongly denounced Turkey's plan to convert the former church into a mosque.", ("GRC", "111", "TUR")),
    ("Mexico's president hit out at Washington over its plan to deport migrants.", ("MEX", "111", "USA")),
    ("Sweden has been sharply criticised by Turkey for allowing the protests.", ("TUR", "111", "SWE")),
    ("Iran castigated Britain over the seizure of the tanker off Gibraltar.", ("IRN", "111", "GBR")),
    ("Egypt condemned Israel's strike on the Rafah crossing.", ("EGY", "111", "ISR")),
    ("The Kremlin has denounced the new U.S. sanctions as economic aggression.", ("RUS", "111", "USA")),
    ("Vietnam protested China's deployment of a survey vessel to its exclusive economic zone.", ("VNM", "11", "CHN")),
]

# --- 11: accusations ---------------------------------------------------------------------------------

ACCUSE = [
    ("Beijing blamed Washington for the rise in tensions across the Taiwan Strait.", ("CHN", "112", "USA")),
    ("Tehran accused Israel of carrying out the sabotage at the Natanz site.", ("IRN", "112", "ISR")),
    ("Kyiv charged that Moscow had violated the Easter truce dozens of times.", ("UKR", "112", "RUS")),
    ("Armenia alleged that Azerbaijani troops had opened fire on its positions.", ("ARM", "112", "AZE")),
    ("Serbia has been accused by Kosovo of stoking unrest in the north.", ("XKX", "112", "SRB")),
    ("Ethiopia blamed Egypt for the collapse of the talks on the Nile dam.", ("ETH", "112", "EGY")),
    ("Venezuela accused Guyana of handing out illegal oil concessions.", ("VEN", "112", "GUY")),
    ("Russia accused Britain of spying on its military facilities.", ("RUS", "1125", "GBR")),
    ("Rwanda accused Congo of war crimes against Tutsi civilians.", ("RWA", "1124", "COD")),
    ("Lithuania accused Belarus of orchestrating the migrant influx at the border.", ("LTU", "112", "BLR")),
    ("Sudan's army accused the United Arab Emirates of arming the Rapid Support Forces.", ("SDN", "112", "ARE")),
    ("Germany pointed the finger at Russia for the cyberattack on its parliament.", ("DEU", "112", "RUS")),
    ("Kyiv held Moscow responsible for the strike on the children's hospital.", ("UKR", "112", "RUS")),
]

# --- 11: official complaints and lawsuits ------------------------------------------------------------

COMPLAIN = [
    ("Lithuania lodged a protest note with Russia over the airspace violation.", ("LTU", "114", "RUS")),
    ("China lodged solemn representations with Japan over the prime minister's remarks.", ("CHN", "114", "JPN")),
    ("Mexico summoned the U.S. ambassador on Thursday.", ("MEX", "114", "USA")),
    ("Poland summoned Russia's charge d'affaires after the drone incursion.", ("POL", "114", "RUS")),
    ("Japan filed a formal protest with China over the buoy placed in its waters.", ("JPN", "114", "CHN")),
    ("Iran complained to the Security Council about Israel's threats against its nuclear sites.",
     ("IRN", "114", "ISR")),
    ("Ukraine filed a case against Russia at the International Court of Justice.", ("UKR", "115", "RUS")),
    ("The European Union sued China at the World Trade Organization over its export curbs.",
     ("EEC", "115", "CHN")),
    ("Australia took China to the WTO over tariffs on its barley.", ("AUS", "115", "CHN")),
    ("Canada launched a WTO challenge against U.S. duties on softwood lumber.", ("CAN", "115", "USA")),
    ("Poland handed a protest note to the Russian ambassador on Friday.", ("POL", "114", "RUS")),
    ("Slovenia initiated arbitration proceedings against Croatia over the border.", ("SVN", "115", "HRV")),
    ("Qatar has taken legal action against the United Arab Emirates at the WTO.", ("QAT", "115", "ARE")),
    ("South Africa's genocide case against Israel at the ICJ continues this week.", ("ZAF", "115", "ISR")),
    ("Beijing reacted angrily on Tuesday to the U.S. decision to blacklist Chinese firms.", ("CHN", "11", "USA")),
    ("Washington is trying to build an international coalition against Iran.", ("USA", "113", "IRN")),
]

# --- 11: nouns, possessives, predicates and evaluations --------------------------------------------------

NOMINAL = [
    ("Turkey's condemnation of Sweden came after a copy of the Koran was burned in Stockholm.",
     ("TUR", "111", "SWE")),
    ("The Philippines issued a sharp rebuke to China on Monday.", ("PHL", "111", "CHN")),
    ("India's criticism of Pakistan drew a sharp response from Islamabad.", ("IND", "111", "PAK")),
    ("The move drew swift condemnation from Seoul.", ("KOR", "111", "")),
    ("Israel's raid drew condemnation from Jordan and Egypt.", ("JOR", "111", "ISR")),
    ("The German chancellor called China's move irresponsible.", ("DEU", "111", "CHN")),
    ("Beijing was sharply critical of Canberra's new defense pact.", ("CHN", "111", "AUS")),
    ("France said Russia's actions were unacceptable.", ("FRA", "11", "RUS")),
    ("Japan said China's conduct in the East China Sea was illegal.", ("JPN", "11", "CHN")),
    ("Russia's annexation of the four regions is illegal, the German foreign minister said.",
     ("DEU", "11", "RUS")),
    ("The Israeli strike was a flagrant violation of international law, Iran's foreign ministry said.",
     ("IRN", "11", "ISR")),
    ("Spain voiced strong criticism of Israel's military campaign in Gaza.", ("ESP", "111", "ISR")),
    ("Beijing expressed strong dissatisfaction with Washington's new chip restrictions.", ("CHN", "110", "USA")),
]

# --- 11: headline fronting, coordination, relative clauses -----------------------------------------------

SHAPES = [
    ("China slams U.S. over Taiwan arms sale", ("CHN", "111", "USA")),
    ("Iran condemns Israeli strike on consulate in Damascus", ("IRN", "111", "ISR")),
    ("Ukraine accuses Russia of shelling nuclear plant", ("UKR", "112", "RUS")),
    ("France and Germany condemned Russia's attack on Ukraine's power grid.", ("FRA", "111", "RUS")),
    ("France and Germany condemned Russia's attack on Ukraine's power grid.", ("DEU", "111", "RUS")),
    ("Egypt criticized Israel and called for an immediate ceasefire.", ("EGY", "111", "ISR")),
    ("Japan condemned North Korea's launch and said it violated U.N. resolutions.", ("JPN", "111", "PRK")),
    ("Turkey, which has criticized Sweden for harboring Kurdish militants, held up its bid to join NATO.",
     ("TUR", "111", "SWE")),
    ("The Netherlands, which blamed Russia for downing the airliner, recalled its ambassador.",
     ("NLD", "112", "RUS")),
]

# --- 11: the target named in the sentence before ----------------------------------------------------------

CONTEXT = [
    ("North Korea fired a ballistic missile into the sea on Sunday. Seoul called the launch a grave provocation.",
     ("KOR", "111", "PRK")),
    ("Israel struck targets in southern Lebanon on Tuesday. Lebanon's foreign ministry condemned the attack.",
     ("LBN", "111", "ISR")),
    ("North Korea fired a ballistic missile into the sea on Monday. Japan strongly protested the launch.",
     ("JPN", "11", "PRK")),
    ("Azerbaijan closed the road to Karabakh last week. Armenia denounced the blockade as a crime.",
     ("ARM", "11", "AZE")),
    ("China imposed new export controls on rare earths. The European Union criticized the decision.",
     ("EEC", "111", "CHN")),
]

# --- 12: rejections ----------------------------------------------------------------------------------

REJECT = [
    ("Russia rejected a U.S. proposal for a 30-day ceasefire.", ("RUS", "12", "USA")),
    ("Ukraine dismissed Moscow's offer of talks as a stunt.", ("UKR", "125", "RUS")),
    ("Hamas turned down Israel's latest proposal.", ("PSE", "12", "ISR")),
    ("Israel spurned calls from France for a ceasefire.", ("ISR", "12", "FRA")),
    ("North Korea has rebuffed Seoul's offer of humanitarian aid.", ("PRK", "12", "KOR")),
    ("Pyongyang flatly rejected the U.S. demand for denuclearization.", ("PRK", "12", "USA")),
    ("Russia vetoed a U.N. Security Council resolution drafted by the United States.", ("RUS", "129", "")),
    ("Hungary blocked the European Union's latest sanctions package.", ("HUN", "129", "EEC")),
    ("Moscow's rejection of the Turkish mediation offer dimmed hopes of a deal.", ("RUS", "12", "TUR")),
    ("The U.S. proposal was rejected by Russia on Friday.", ("RUS", "12", "USA")),
    ("Kyiv said no to Washington's plan to freeze the front line.", ("UKR", "12", "USA")),
    ("Taiwan brushed aside China's offer of reunification talks.", ("TWN", "12", "CHN")),
    ("Beijing said it will not accept Manila's proposal.", ("CHN", "12", "PHL")),
    ("Iran refused a request from the IAEA to inspect the site.", ("IRN", "12", "IAE")),
    ("Serbia refused Kosovo's demand to recognize its independence.", ("SRB", "12", "XKX")),
    ("Venezuela refused to recognize the court's jurisdiction over the dispute with Guyana.", ("VEN", "12", "")),
    ("Tehran rejected the European plan to revive the nuclear deal.", ("IRN", "127", "")),
    ("Russia rejects U.S. proposal for prisoner swap", ("RUS", "12", "USA")),
    ("Israel rejected a French request to allow journalists into Gaza.", ("ISR", "12", "FRA")),
    ("The proposal, which Beijing rejected on Monday, was drafted by Japan.", ("CHN", "12", "")),
    ("Ankara snubbed an invitation from Athens to attend the summit.", ("TUR", "12", "GRC")),
    ("Germany refused Ukraine's request for Taurus missiles.", ("DEU", "122", "UKR")),
    ("Poland will not accept the EU's migration pact, its prime minister said.", ("POL", "12", "EEC")),
    ("Niger's junta ignored ECOWAS's demand to restore the ousted president.", ("NER", "12", "IGO")),
    ("Iran continued to defy U.N. Security Council resolutions on its nuclear program.", ("IRN", "128", "")),
]

# --- kinds found in the read sets' misses (written anew) ---------------------------------------------------

FOUND = [
    ("Moscow jailed the American reporter for 16 years, in a move that Washington called \"outrageous.\"",
     ("USA", "111", "RUS")),
    ("The G7 ministers strongly opposed any unilateral attempts by China to alter the status quo in the Taiwan Strait.",
     ("IGOGOS", "110", "CHN")),
    ("\"Canada has been ripping off the United States for decades,\" the White House said.", ("USA", "112", "CAN")),
    ("Iran's foreign ministry spokesman said the United States bore full responsibility for the escalation.",
     ("IRN", "112", "USA")),
    ("Poland said it would not accept the EU's migration pact.", ("POL", "12", "EEC")),
    ("Iran has no intention of negotiating with Washington, its foreign minister said.", ("IRN", "125", "USA")),
    ("Israeli police raided the mosque compound in Jerusalem on Friday. \"This is unacceptable,\" a Jordanian "
     "foreign ministry spokesman said.", ("JOR", "111", "ISR")),
    ("The U.S. ambassador said China's detention of the journalist sent a chilling message.", ("USA", "111", "CHN")),
    ("Ethiopia said Egypt's statements on the dam were \"irresponsible and provocative.\"", ("ETH", "111", "EGY")),
    ("North Korea rejected as \"absurd\" the U.S. allegation that it had supplied missiles to Russia.",
     ("PRK", "11", "USA")),
    ("Belgrade dismissed the EU's demands as unacceptable interference.", ("SRB", "111", "EEC")),
    ("Washington's decision to raise tariffs drew sharp criticism from Beijing and Brussels.", ("CHN", "111", "USA")),
    ("Pyongyang ignored repeated calls from Seoul to resume dialogue.", ("PRK", "125", "KOR")),
    ("The Kremlin rejected any talks with Kyiv as long as Zelenskyy remains in power.", ("RUS", "125", "UKR")),
    ("Taiwan's president said the island would never bow to pressure from Beijing.", ("TWN", "124", "CHN")),
    ("Belarus refused to extradite the opposition activist to Lithuania.", ("BLR", "12", "LTU")),
    ("The United States vetoed a draft resolution demanding a ceasefire in Gaza.", ("USA", "129", "")),
]

ADDED = [
    ("Beijing suspended imports of Japanese seafood, in a move that Tokyo condemned as unjustified.",
     ("JPN", "111", "CHN")),
    ("The EU raised tariffs on Chinese cars in a decision that Beijing slammed.", ("CHN", "111", "EEC")),
    ("Iran seized a British-flagged tanker in the Gulf, an act which London denounced as piracy.",
     ("GBR", "111", "IRN")),
    ("Moscow said Kyiv had deceived its Western backers about the strike on the market.", ("RUS", "112", "UKR")),
    ("Russia said the West was responsible for the tensions in the Baltic.", ("RUS", "112", "")),
    ("Tehran said it would never accept the European proposal.", ("IRN", "12", "")),
    ("Iran said it has no intention of negotiating with Washington.", ("IRN", "125", "USA")),
    ("The foreign ministry in Ankara charged that Athens was arming the islands in breach of treaties.",
     ("TUR", "112", "GRC")),
    ("The U.S. Senate's criticism of Saudi Arabia over the journalist's killing angered Riyadh.", ("USA", "111", "SAU")),
]

# --- second round, from kinds the read sets' misses showed (written anew) ----------------------------------

SECOND = [
    ("Israel has come under fierce criticism from France over the deaths of aid workers.", ("FRA", "111", "ISR")),
    ("Israeli troops raided the Jenin refugee camp. Jordan's foreign ministry called the raid a flagrant "
     "violation of international law.", ("JOR", "111", "ISR")),
    ("Turkey's foreign ministry spokesman said the Israeli raid on the mosque was \"unacceptable.\"",
     ("TUR", "111", "ISR")),
    ("Ukraine on Tuesday denounced as \"cynical\" Russia's offer of a short truce.", ("UKR", "111", "RUS")),
    ("Venezuela's government said the U.S. naval deployment in the Caribbean was a threat to regional peace.",
     ("VEN", "111", "USA")),
    ("China's foreign ministry said the Philippine moves were provocative and dangerous.", ("CHN", "111", "PHL")),
    ("\"Washington is playing a dangerous game,\" the Chinese defense ministry said of the arms sale to Taiwan.",
     ("CHN", "111", "USA")),
    ("Tehran said Washington was playing a destabilizing role in the region.", ("IRN", "111", "USA")),
    ("Israel balked at the U.S. demand for a pause in the fighting.", ("ISR", "12", "USA")),
    ("Iran has ignored repeated calls from the IAEA to restore camera monitoring.", ("IRN", "12", "IAE")),
    ("Serbia refused to recognize Kosovo's independence.", ("SRB", "12", "XKX")),
    ("India has consistently rejected third-party mediation on Kashmir.", ("IND", "126", "")),
    ("The EU said it would not recognise the results of the Belarusian election.", ("EEC", "12", "BLR")),
]

POSITIVE = SECOND + ADDED + FOUND + CRITICISE + ACCUSE + COMPLAIN + NOMINAL + SHAPES + CONTEXT + REJECT


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_coded(code, text, expected):
    found = coded(code, text)
    assert hits(found, expected), found


# --- near misses: no 11x or 12x event ------------------------------------------------------------------

SILENT = [
    "Analysts criticized the government's handling of the economy.",
    "Critics have long accused the company of dodging taxes.",
    "France could condemn the move if the talks fail.",
    "Will Germany criticize Poland over the judicial reform?",
    "Japan did not criticize China's launch.",
    "The referee rejected the Brazilian team's appeal.",
    "Exports to China declined sharply in March.",
    "The film was criticised by reviewers at Cannes.",
    "The ministry declined to comment on the report.",
    "The coach blasted his team's defending after the defeat.",
    "A winter storm blasted the coast of Maine with heavy snow.",
    "Shares slammed lower after the central bank's decision.",
    "The patient's body rejected the transplanted kidney.",
    "The senator said critics may condemn the bill, but it will pass.",
    "The car slammed into a wall in central Lisbon.",
    "He complained of chest pains before he died.",
    "The police charged the protesters with batons.",
    "The suspect was charged with murder on Friday.",
    "Officials blamed the heat wave for the power cuts.",
    "Fans booed and criticized the decision by the referee.",
    "France would reject any deal that hurts its farmers if one were proposed, a diplomat speculated.",
    "It is unclear whether Beijing will condemn the test.",
    "The hotel turned down bookings during the festival.",
    "The bank refused the loan application of the small company.",
    "The minister blamed the heat wave for the power cuts.",
    "The teacher pointed at the map of Europe.",
    "The company has no intention of raising prices this year.",
    "Analysts said Washington bore some responsibility for the crisis.",
    "The court held the insurer liable for the damage.",
    "Troops drew fire from insurgents in the valley.",
    "Analysts said Iran was playing a dangerous game.",
    "The minister made a case for higher spending.",
    "The case against the former president was dropped.",
    "The coach said his team played a dangerous game against Brazil.",
    "The minister said Qatar played a key role in the negotiations.",
    "The minister said the problem lies in the budget.",
    "Norway approved a new aid package for Sudan.",
]


@pytest.mark.parametrize("text", SILENT)
def test_silent(code, text):
    found = coded(code, text)
    assert not [e for e in found if e[1][:2] in ("11", "12")], found
