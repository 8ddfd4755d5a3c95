"""The coder across the CAMEO ontology: several sentences of our own for each root.

Each case lists the events expected as (source country, CAMEO code, target country);
an actor with no country is written with its code, a missing actor as None, and "*"
stands for an actor whose resolution is not what the case is about.
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 1, 16)


def dyads(events):
    def who(actor):
        return None if actor is None else (actor.get("country") or actor.get("code"))
    return [(who(e["source"]), e["cameo"], who(e["target"])) for e in events]


def agree(got, expected):
    """Triples match, with "*" in the expected triple matching any actor."""
    return len(got) == len(expected) and all(
        all(w == "*" or w == v for v, w in zip(g, e, strict=True)) for g, e in zip(got, expected, strict=True))


ROOT_CASES = [
    # 01 make public statement
    ("Canada said the Chinese economy was slowing.", [("CAN", "010", "CHN")]),
    # a bare statement about no other party says nothing of a relation: no event
    ("Canada said the weather in Beijing was cold.", []),
    ("Japan declined to comment on the report.", [("JPN", "011", None)]),
    ("Germany expressed concern about the rising debt.", [("DEU", "012", None)]),
    ("France denied that its warplanes had entered Swiss airspace.", [("FRA", "016", "CHE")]),
    ("Brazil offered condolences to Chile after the floods.", [("BRA", "018", "CHL")]),
    # 02 appeal
    ("Canada urged China to release the detained businessman.", [("CAN", "0253", "CHN")]),
    ("The European Union called on Russia to hold talks with Ukraine.", [("IGOEEC", "026", "RUS")]),
    ("Egypt appealed to Israel to allow aid convoys into the territory.", [("EGY", "0255", "ISR")]),
    ("Sudan asked Qatar for humanitarian aid.", [("SDN", "0233", "QAT")]),
    # 03 express intent to cooperate
    ("Japan pledged to cooperate with South Korea on energy security.", [("JPN", "031", "KOR")]),
    ("Iran agreed to allow inspectors into the plant.", [("IRN", "0355", None)]),
    ("Turkey offered to mediate between Russia and Ukraine.", [("TUR", "039", "RUS"), ("TUR", "039", "UKR")]),
    ("Norway is ready to send medical teams to Gaza.", [("NOR", "0333", "PSE")]),
    # 04 consult
    ("Chinese Premier Li Qiang met Canadian Prime Minister Mark Carney in Beijing.", [("CHN", "040", "CAN")]),
    ("India and Pakistan held talks in Geneva.", [("IND", "046", "PAK")]),
    ("Indian Prime Minister Narendra Modi visited Japan last month.", [("IND", "042", "JPN")]),
    ("Brazil hosted the Argentine president in Brasilia.", [("BRA", "043", "ARG")]),
    ("Germany spoke by phone with Poland about the border.", [("DEU", "041", "POL")]),
    ("Norway mediated between Colombia and Venezuela.", [("NOR", "045", "COL"), ("NOR", "045", "VEN")]),
    # 05 diplomatic cooperation
    ("Kenya praised Ethiopia for its efforts.", [("KEN", "051", "ETH")]),
    ("Japan apologized to South Korea for the remarks.", [("JPN", "055", "KOR")]),
    ("Vietnam and Laos signed a border treaty.", [("VNM", "057", "LAO")]),
    ("Sri Lanka established diplomatic ties with Cuba.", [("LKA", "054", "CUB")]),
    # 06 material cooperation
    ("France and Germany staged joint naval exercises.", [("FRA", "062", "DEU")]),
    ("Spain extradited the suspect to Italy.", [("ESP", "063", "ITA")]),
    ("Jordan shared intelligence with Iraq about the cell.", [("JOR", "064", "IRQ")]),
    # 07 provide aid
    ("Germany sent humanitarian aid to Ukraine.", [("DEU", "073", "UKR")]),
    ("Japan gave $50 million to Kenya for new roads.", [("JPN", "071", "KEN")]),
    ("The United States delivered missiles to Poland.", [("USA", "072", "POL")]),
    ("Peru granted asylum to the Bolivian opposition leader.", [("PER", "075", "BOL")]),
    # 08 yield
    ("Iran released two French citizens.", [("IRN", "0841", "FRA")]),
    ("China lifted tariffs on Australian wine.", [("CHN", "085", "AUS")]),
    ("Russian troops withdrew from the city of Kherson.", [("RUS", "0874", "UKR")]),
    ("Thailand lifted the state of emergency in Bangkok.", [("THA", "0814", "THA")]),
    ("The army declared a ceasefire with the rebels.", [("MIL", "0871", "REB")]),
    # 09 investigate
    ("Chilean prosecutors opened an investigation into the bribery scandal.", [("CHL", "090", None)]),
    ("Italy is investigating the death of an Egyptian student.", [("ITA", "090", "EGY")]),
    # 10 demand
    ("Poland demanded an apology from Russia.", [("POL", "100", "RUS")]),
    ("Ukraine demanded the withdrawal of Russian troops.", [("UKR", "106", "RUS")]),
    ("Lithuania said Belarus must release the detained activists.", [("LTU", "1053", "BLR")]),
    # 11 disapprove
    ("The United States criticized China over its trade practices.", [("USA", "111", "CHN")]),
    ("Serbia accused Kosovo of spying.", [("SRB", "1125", "XKX")]),
    ("Mexico lodged a formal protest with the United States.", [("MEX", "114", "USA")]),
    ("Guyana sued Venezuela at the World Court.", [("GUY", "115", "VEN")]),
    # 12 reject
    ("Iran rejected the peace plan proposed by France.", [("IRN", "127", "FRA")]),  # the proposer
    ("Israel refused to meet the Jordanian delegation.", [("ISR", "125", "JOR")]),
    ("Russia vetoed the resolution.", [("RUS", "129", None)]),
    ("Serbia defied the court ruling.", [("SRB", "128", None)]),
    # 13 threaten
    ("The United States threatened Canada with tariffs.", [("USA", "1312", "CAN")]),
    ("North Korea threatened to attack South Korea.", [("PRK", "138", "KOR")]),
    ("Turkey threatened to expel the Swedish ambassador.", [("TUR", "1313", "SWE")]),
    # 14 protest
    ("Protesters in Hong Kong demonstrated against the Chinese government.", [("HKG", "141", "CHN")]),
    ("Kenyan teachers went on strike over unpaid wages.", [("KEN", "143", "KEN")]),
    ("Jailed Turkish activists began a hunger strike.", [("TUR", "142", "TUR")]),
    # 15 exhibit force posture
    ("Russia massed troops near the Ukrainian border.", [("RUS", "154", "UKR")]),
    ("Taiwan put its forces on high alert.", [("TWN", "152", None)]),
    # 16 reduce relations
    ("Bolivia severed diplomatic ties with Israel.", [("BOL", "161", "ISR")]),
    ("The European Union imposed sanctions on Russia.", [("IGOEEC", "163", "RUS")]),
    ("Germany suspended military aid to Niger.", [("DEU", "1622", "NER")]),
    ("Mali expelled the French ambassador.", [("MLI", "161", "FRA")]),
    # 17 coerce
    ("Chinese police detained a Canadian businessman in Shenyang.", [("CHN", "173", "CAN")]),
    ("Hungary banned the opposition party.", [("HUN", "1722", "HUN")]),
    ("The government imposed a curfew in the capital.", [("GOV", "1723", None)]),
    ("Israeli bulldozers demolished Palestinian homes.", [("ISR", "1712", "PSE")]),
    # 18 assault
    ("Gunmen kidnapped three Nigerian students.", [("*", "181", "NGA")]),
    ("A suicide bomber killed twelve Iraqi soldiers.", [("IRQ", "1831", "IRQ")]),  # an unnamed attacker: UAF of the place
    ("Two Syrian soldiers were wounded in a car bomb attack.", [(None, "1832", "SYR")]),
    # 19 fight
    ("Russian troops attacked Ukrainian positions near Kharkiv.", [("RUS", "190", "UKR")]),
    ("Sudanese army artillery shelled the city of Omdurman.", [("SDN", "194", "SDN")]),
    ("Israeli warplanes bombed Lebanese villages.", [("ISR", "195", "LBN")]),
    ("Azerbaijani forces captured the town of Shusha.", [("AZE", "192", "*")]),
    # 20 mass violence
    ("The militia massacred Rohingya villagers.", [("*", "202", "*")]),
    ("Syrian forces used chemical weapons against the rebels.", [("SYR", "2041", "SYR")]),
]


@pytest.mark.parametrize(("text", "expected"), ROOT_CASES, ids=[c[0][:40] for c in ROOT_CASES])
def test_roots(code, text, expected):
    got = dyads(code(text, published=PUB))
    assert agree(got, expected), got


def test_every_root_is_covered():
    roots = {code[:2] for _, events in ROOT_CASES for _, code, _ in events}
    assert roots == {f"{r:02d}" for r in range(1, 21)}


def test_every_event_names_its_pattern(code):
    events = code("Canada urged China to release the detained businessman.", published=PUB)
    assert events[0]["rule"].startswith("yield.release+appeal")
    assert events[0]["trigger"] == "urged release"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trade embargo is 163, not an administrative ban at home (172)
        ("China banned imports of Canadian pork.", [("CHN", "163", "CAN")]),
        ("Russia halted gas exports to Ukraine.", [("RUS", "163", "UKR")]),
        # a decision taken is the act itself, not an intention
        ("The ministry said the duties answer Canada's decision to extend its surtax on Chinese steel.",
         [("CAN", "163", "CHN")]),
    ],
)
def test_trade_measures_as_events(code, text, expected):
    assert [t for t in dyads(code(text, published=PUB)) if t[1] != "010"] == expected
