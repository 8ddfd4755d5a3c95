"""Coverage bank for the actors of diplomacy and trade news: acts the coder recognises but whose
doer or target the text gives only through the story. People introduced with a title whose
name the tagger takes for a place ("presidential adviser Mesut Kaya"), international bodies
taken back by the head word of their full name or an epithet ("the IMF ... the fund", "the
IAEA ... the agency", "the ICJ ... the court", "the global lender"), agent nouns that take back
the parties just named ("the two sides", "both countries", "the bloc", "the ministry",
"the two leaders", "the officials"), agentless passives and nominal acts whose parties the
sentence names elsewhere, and targets in possessives and prepositional phrases. Near-misses
(analysts, company spokespeople, hypotheticals, refusals to act) stay silent.
Written for detente; every sentence is invented, none is taken from a corpus. Expected codes
are prefixes ("04" accepts any consultation); meetings and agreements are symmetric, so either
direction of the pair is accepted for them."""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.bank import coded_triples

from detente.evaluation.sets import party

PUB = date(2025, 10, 8)  # a Wednesday
SYMMETRIC = ("04", "057", "054", "03")


def fits(triples: list[tuple[str, str, str]], codes: str, source: str, target: str | None) -> bool:
    """An event of one of the codes (prefixes joined by "|") between the two parties (countries or
    organisation codes, None for no target); a symmetric code also in the other direction."""
    pairs = {(source, target or "-")}
    if codes.startswith(SYMMETRIC):
        pairs.add((target or "-", source))
    return any(c.startswith(tuple(codes.split("|"))) and (party(s), party(t)) in pairs for s, c, t in triples)


BANK = [
    # --- people introduced with a title, whatever the tagger called the name ---------------------
    ("Nine activists were killed in the raid. Turkish presidential adviser Mesut Demirtas says ties can still be "
     "repaired. \"This is unacceptable,\" Demirtas said of the Israeli raid.", "11", "TUR", "ISR"),
    ("\"This is a violation of international law,\" the Turkish minister said of the Israeli raid.",
     "11", "TUR", "ISR"),
    ("\"It was a cowardly act,\" Egypt's foreign minister said of the Houthi attack on the ship.",
     "11", "EGY", "YEM"),
    pytest.param("Turkish presidential adviser Mesut Demirtas says ties can still be repaired. \"It is a violation of "
                 "international law,\" Demirtas said of the Israeli raid.", "11", "TUR", "ISR",
                 marks=pytest.mark.xfail(strict=True, reason="the quoted 'it' is read as the speaker's country, and "
                                                            "the self-aimed judgement is dropped")),
    ("Ghanaian deputy trade minister Kofi Mensah met Chinese officials on Monday. \"The restrictions imposed by "
     "Beijing are unfair and hurt our farmers,\" Mensah said.", "11", "GHA", "CHN"),
    ("Cameroon livestock ministry official Denise Abena says talks are under way with Brazil. "
     "\"Brazil is a reliable partner,\" Abena said.", "051", "CMR", "BRA"),
    ("Kenyan trade secretary Lee Kinyua arrived in Dar es Salaam on Monday. Kinyua criticised Tanzania's "
     "new duties on Kenyan goods.", "111", "KEN", "TZA"),
    ("Lee Kinyua, Kenya's trade secretary, rejected the new duties imposed by Tanzania.", "12", "KEN", "TZA"),
    ("\"The tariffs on our steel are unjustified and we will respond,\" said Dominic Leclerc, Canada's trade "
     "minister, referring to the U.S. duties.", "1", "CAN", None),
    ("Pakistani Finance Minister Muhammad Aslam met IMF officials in Washington. Aslam said the IMF programme "
     "would help Pakistan attract investment.", "01", "PAK", "IGOIMF"),
    # --- international bodies taken back by their full name's head word or an epithet -------------
    ("Pakistan reached a staff-level agreement with the IMF on Friday. The fund praised Islamabad's efforts to "
     "widen the tax base.", "051", "IGOIMF", "PAK"),
    ("Egypt signed a $3 billion loan deal with the International Monetary Fund. The fund urged Cairo to speed up "
     "the sale of state assets.", "02", "IGOIMF", "EGY"),
    ("Sri Lanka completed its debt talks with the IMF in June. The global lender praised Colombo's reforms on "
     "Thursday.", "051", "IGOIMF", "LKA"),
    ("Iran stopped cooperating with the IAEA in July. The agency criticised Tehran for barring its inspectors.",
     "111", "IGOIAE", "IRN"),
    ("South Africa brought the case to the ICJ in 2023. On Friday the court ordered Israel to let aid into Gaza.",
     "", "IGOICJ", "ISR"),
    ("Finland joined NATO in 2023. The alliance condemned Russia's airspace violations on Friday.",
     "111", "IGONAT", "RUS"),
    ("The European Union imposed new duties on Chinese electric cars on Friday. The bloc accused Beijing of "
     "unfair subsidies.", "112", "IGOEEC", "CHN"),
    ("Ukraine asked the United Nations for help. The world body urged Russia to withdraw its troops.",
     "02", "IGOUNO", "RUS"),
    # --- agent nouns that take back the parties just named --------------------------------------
    ("Japan and South Korea held talks in Tokyo on Monday. The two sides agreed to expand cooperation on chip "
     "exports.", "03", "JPN", "KOR"),
    ("Serbia and Kosovo resumed talks in Brussels on Thursday. The two sides accused each other of stalling.",
     "112", "SRB", "XKX"),
    ("Indian and Chinese negotiators met in New Delhi on Monday. Both countries pledged to resolve the border "
     "dispute peacefully.", "03", "IND", "CHN"),
    ("South African President Cyril Ramaphosa met Nigerian President Bola Tinubu in Abuja. The two leaders "
     "agreed to boost trade.", "03", "ZAF", "NGA"),
    ("Armenia and Azerbaijan met in Washington on Friday. The neighbours signed a peace declaration.",
     "057", "ARM", "AZE"),
    ("The United States and South Korea held talks in Seoul. The allies agreed to expand their joint drills.",
     "03", "USA", "KOR"),
    ("Germany and France pledged new aid to Ukraine. The allies said Russia must withdraw its troops.",
     "10", "DEU", "RUS"),
    ("Chile's foreign ministry summoned Bolivia's ambassador on Monday. The ministry said La Paz had violated "
     "the border agreement.", "112", "CHL", "BOL"),
    ("Chinese Vice Premier He Lifeng met U.S. Treasury Secretary Scott Bessent in Geneva. The officials agreed "
     "to cut tariffs for 90 days.", "03", "CHN", "USA"),
    ("Thai Prime Minister Anutin Charnvirakul met Cambodian leaders in Kuala Lumpur. Negotiators from both "
     "countries signed a ceasefire deal on Sunday.", "0871|057", "THA", "KHM"),
    ("Kenya and Ethiopia signed a defence pact on Tuesday. Under the deal, both countries will share "
     "intelligence.", "03", "KEN", "ETH"),
    ("The EU imposed anti-dumping duties on Chinese steel on Friday. Beijing said it would take all necessary "
     "measures to protect its firms.", "13", "CHN", "IGOEEC"),
    # --- agentless passives and nominal acts, the parties named elsewhere in the sentence ---------
    ("Talks between Ethiopia and Egypt on the dam were held in Cairo on Monday.", "04", "ETH", "EGY"),
    ("The agreement was signed by Rwanda and Congo in Washington on Friday.", "057", "RWA", "COD"),
    ("The sanctions imposed by Washington on Iranian oil exports were condemned by Tehran.", "111", "IRN", "USA"),
    ("Beijing's decision to restrict exports of rare earths drew criticism from Brussels.", "111", "IGOEEC", "CHN"),
    ("Mexico said on Monday it would negotiate with Washington. The government also rejected the tariffs.",
     "12", "MEX", "USA"),
    # --- a bare leader's title in a clause a state's official reports is that official's leader ---
    ("White House spokeswoman Karoline Leavitt said the president would meet Xi in Busan.", "036", "USA", "CHN"),
    ("Pakistani foreign office spokesperson Shafqat Khan said the prime minister would hold talks with Afghan "
     "officials in Doha.", "036", "PAK", "AFG"),
    ("Kremlin spokesman Dmitry Peskov said the president was ready to talk to Trump.", "036", "RUS", "USA"),
    # --- the two parties of a hyphenated pair before a symmetric act ---------------------------
    ("U.S.-China trade talks resumed in Geneva on Monday.", "04", "USA", "CHN"),
    ("The Ethiopia-Egypt talks on the dam ended without a deal on Tuesday.", "04", "ETH", "EGY"),
    ("The India-Pakistan ceasefire was agreed on Saturday after four days of fighting.", "0871", "IND", "PAK"),
    ("Russia-Ukraine peace talks were held in Istanbul on Friday.", "04", "RUS", "UKR"),
    ("The EU-Mercosur trade agreement was signed in Montevideo on Saturday.", "057", "IGOEEC", "IGOMCS"),
    ("The Trump-Putin summit in Alaska ended without a deal.", "04", "USA", "RUS"),
    ("The Israel-Hamas ceasefire took effect on Sunday morning.", "0871", "ISR", "PSE"),
    # --- targets in possessives and prepositional phrases --------------------------------------
    ("Vietnam's trade ministry said in a statement on Friday that it was disappointed by the U.S. decision.",
     "012", "VNM", "USA"),
    ("Officials in Seoul said they would seek talks with Washington over the tariffs.", "03", "KOR", "USA"),
    ("Egyptian officials are hosting Hamas and Israeli negotiators in Cairo.", "043", "EGY", "ISR"),
    ("Turkey condemned Israel's raid on the aid flotilla, calling it a violation of international law.",
     "111", "TUR", "ISR"),
    ("Japan lodged a protest with China after repeatedly warning Beijing about the survey ship.",
     "11", "JPN", "CHN"),
    pytest.param("Zambia secured a loan from the World Bank on Monday. The bank praised Lusaka's debt "
                 "restructuring.", "051", "IGOWBK", "ZMB",
                 marks=pytest.mark.xfail(strict=True, reason="the owner of a praised act noun is not read as the "
                                                            "target")),
    ("Japan's Foreign Ministry lodged a protest with Beijing on Friday. Officials said the Chinese survey ship "
     "had entered Japanese waters without permission.", "01", "JPN", "CHN"),
    ("Washington imposed new sanctions on Iranian oil exports. Officials in Tehran called the sanctions illegal.",
     "11", "IRN", "USA"),
]

SILENT = [
    ("Pakistan reached a deal with the IMF. Analysts said the fund's conditions would hurt the poor.", "051"),
    ("Pakistan reached a deal with the IMF. The fund manager said the deal would hurt the poor.", "01"),
    ("Chinese company spokesperson Li Wei said the firm would appeal the EU duties.", "1"),
    ("The European Union imposed duties on Chinese cars. A bloc of car makers said the duties would hurt sales.",
     "01"),
    ("Kenya and Uganda held talks on Monday. The two sides could sign a trade deal next year, analysts said.",
     "057"),
    ("The fund manager praised China's decision to cut interest rates.", "051"),
    ("Ghanaian trade minister Kofi Mensah declined to criticise China's export restrictions.", "111"),
    ("If the two sides agree, the tariffs could be lifted next month, a trade analyst said.", "08"),
    ("Tran Minh, an economist at a Hanoi bank, said the U.S. tariffs were unfair.", "11"),
    ("The court in Nairobi jailed a Chinese national for smuggling ivory.", "16"),
    ("The U.S.-China trade war has hurt soybean farmers in Iowa.", "04"),
    ("U.S.-China tariffs have hurt farmers, analysts said.", "16"),
    ("Kenya-based traders complained about delays at the border.", "04"),
    ("Voters in the town said the neighbours had helped them after the floods.", "0"),
    ("The Kenyan president thanked his Ugandan counterpart. The neighbours have long argued over an island.", "11"),
    ("Analyst Tom Lee said the president would meet Xi in Busan.", "03"),
    ("A spokesperson for Toyota said the company welcomed the trade deal between Japan and the United States.",
     "051"),
]


@pytest.mark.parametrize(("text", "codes", "source", "target"), BANK)
def test_actors_of_diplomacy_are_found(code, text, codes, source, target):
    triples = coded_triples(code, text, PUB)
    assert fits(triples, codes, source, target), triples


@pytest.mark.parametrize(("text", "unwanted"), SILENT)
def test_near_misses_stay_silent(code, text, unwanted):
    assert not [t for t in coded_triples(code, text, PUB) if t[1].startswith(unwanted)]
