"""A target read from outside the act's words (events/targets.py) when the act's own sentence names
a party of its own: the sentence's party comes before one of the sentences earlier; a possessive
on an act credited or blamed ("thanked Japan for its assistance") is the credited party's; a bloc
with a name no table knows is no bloc named before; "pushed back against" is opposition, not a
demand. Mini-articles written for these tests, in wire style; the earlier sentences name other
parties on purpose."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 6, 1)


def triples(events, sentence):
    def who(actor):
        return None if actor is None else (actor["code"] or actor["country"])
    return [(who(e["source"]), e["cameo"][:2], who(e["target"])) for e in events if e["sentence_index"] == sentence]


def code_article(code, *sentences):
    """One paragraph a sentence, as a wire story prints them."""
    return code("\n\n".join(sentences), published=PUB)


def country(value):
    return None if value is None else value[:3] if not value.startswith("IGO") else value


def has(found, expected):
    source, root, target = expected
    return any(country(s) == source and r == root and country(t) == target for s, r, t in found)


def aims_at(found, source, target):
    return any(country(s) == source and country(t) == target for s, _, t in found)


@pytest.mark.parametrize(("sentences", "expected", "not_at"), [
    # a visit, a call, talks: the partner the sentence names, not the host of the sentence before
    (("The Kremlin hosted Indian officials on Monday.",
      "Indian Prime Minister Narendra Modi spoke highly of the partnership with Japan during the visit."),
     ("IND", "04", "JPN"), "RUS"),
    (("Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing.",
      "Modi spoke with Japan's prime minister by phone during the visit."), ("IND", "04", "JPN"), "RUS"),
    (("North Korea fired two ballistic missiles into the sea on Sunday.",
      "Japan and South Korea condemned the launches.",
      "Seoul also discussed the matter with Washington during a phone call."), ("KOR", "04", "USA"), "PRK"),
    # a statement beside a rebuke: at whom the rebuke is aimed, not the accuser of the sentence before
    (("China accused Iran of supplying drones to Russia.",
      "Tehran hit back at Washington, saying the accusations were baseless."), ("IRN", "11", "USA"), "CHN"),
    (("The United States and Britain imposed new sanctions on Iranian oil exports on Monday.",
      "Tehran lashed out at Brussels, saying the European measures were illegal."), ("IRN", "11", "IGOEEC"), "USA"),
    (("Turkey and Greece traded accusations over airspace violations on Monday.",
      "Egypt pushed back against the Turkish claims, calling them baseless."), ("EGY", "11", "TUR"), "GRC"),
    # thanks and blame "for its ...": the thanked or blamed party's act
    (("France pledged 200 million euros to rebuild schools in Lebanon.",
      "Jordan expressed appreciation to Germany for its humanitarian assistance."), ("JOR", "05", "DEU"), "FRA"),
    (("Ukraine received a new batch of air defence systems from Germany.",
      "Kyiv expressed gratitude to Berlin for its help."), ("UKR", "05", "DEU"), None),
    (("Germany announced new military aid for Kyiv on Thursday.",
      "Poland criticised Hungary for its refusal to allow arms shipments through its territory."),
     ("POL", "11", "HUN"), "UKR"),
    (("Brazil hosted the BRICS summit in Rio de Janeiro.",
      "Argentina thanked Spain for its backing of its debt talks."), ("ARG", "05", "ESP"), "BRA"),
    (("Vietnam and China signed 14 cooperation deals in Hanoi.",
      "Laos praised Thailand for its role in the Mekong talks."), ("LAO", "05", "THA"), "VNM"),
    (("China's coast guard blocked a Philippine supply mission on Monday.",
      "The United States said it stood with its ally.",
      "Manila thanked Tokyo for its offer of patrol boats."), ("PHL", "05", "JPN"), "USA"),
    (("Russia cut gas supplies to Moldova in January.",
      "Romania stepped in with emergency deliveries.",
      "Chisinau expressed gratitude to Bucharest for its solidarity."), ("MDA", "05", "ROU"), "RUS"),
    # a bloc named by its own name, known or not
    (("The European Union extended its sanctions against Belarus on Friday.",
      "Indonesia plans to join the BRICS bloc next year."), ("IDN", "03", "IGOBRC"), "IGOEEC"),
    # "pushed back against": opposition (111), at whose measure it is
    (("The United States imposed 25 percent tariffs on Canadian steel.",
      "Canada pushed back against the new U.S. levies, calling them unjustified."), ("CAN", "11", "USA"), None),
    # the same kind of act by another party: at the same party
    (("The United States pledged 50 million dollars in aid to Sudan.",
      "Egypt also sent aid, its foreign ministry said."), ("EGY", "07", "SDN"), "USA"),
    (("Russia and Iran held talks in Tehran on Sunday.",
      "Turkey's foreign minister discussed the Gaza ceasefire with his Egyptian counterpart on the sidelines of "
      "the meeting."), ("TUR", "04", "EGY"), "RUS"),
    (("Russia accused Moldova of provoking unrest.",
      "Chisinau pushed back against the Kremlin claims, calling them absurd."), ("MDA", "11", "RUS"), None),
    (("The African Union welcomed the peace deal on Friday.", "Rwanda thanked Qatar for its mediation."),
     ("QAT", "04", "RWA"), "IGOOAU"),
    # a deed taken back ("the move", "the measures") is the story's, though the sentence names another
    (("Britain announced new sanctions on Russian banks.",
      "Canada's support for the measures came after a call with Kyiv."), ("CAN", "05", "GBR"), "UKR"),
    # a sentence that names no other party still takes the party of the sentence before
    (("China imposed duties on Australian barley in May.", "Canberra condemned the move on Tuesday."),
     ("AUS", "11", "CHN"), None),
    (("Israeli troops raided a refugee camp in the West Bank on Monday.", "Jordan condemned the raid."),
     ("JOR", "11", "ISR"), None),
    (("China sent a coast guard vessel near the disputed shoal.", "Manila lodged a diplomatic protest."),
     ("PHL", "11", "CHN"), None),
    (("The U.S. Treasury froze the assets of a Venezuelan oil firm.", "Caracas denounced the decision as piracy."),
     ("VEN", "11", "USA"), None),
])
def test_the_sentences_own_party_comes_first(code, sentences, expected, not_at):
    last = len(sentences) - 1
    found = triples(code_article(code, *sentences), last)
    assert has(found, expected), found
    if not_at is not None:  # the act of the expected kind; "after a call with Kyiv" is a call with Kyiv
        assert not aims_at([f for f in found if f[1] == expected[1]], expected[0], not_at), found


def test_thanked_partys_assistance_is_its_aid_to_the_thanker(code):
    events = code_article(code, "The European Union pledged new funds for Southeast Asia on Monday.",
                          "Vietnam expressed gratitude to Japan for its assistance.")
    found = triples(events, 1)
    assert has(found, ("VNM", "05", "JPN")), found
    assert has(found, ("JPN", "07", "VNM")), found
    assert not aims_at(found, "VNM", "IGOEEC"), found
    aid = [e for e in events if e["sentence_index"] == 1 and e["cameo"].startswith("07")]
    assert aid[0]["rule"].endswith("+implied:target_sentence") and aid[0]["trigger"] == "assistance"


@pytest.mark.parametrize("sentences", [
    ("The European Union signed a trade pact with Chile.", "Colombia wants to join the Pacific Alliance bloc."),
    ("The European Union signed a trade deal with Indonesia last year.", "Indonesia plans to join the BRICS bloc next year."),
])
def test_a_bloc_with_its_own_name_is_not_the_bloc_named_before(code, sentences):
    found = triples(code_article(code, *sentences), 1)
    assert not any(t == "IGOEEC" for _, _, t in found), found


def test_push_back_is_no_demand(code):
    found = triples(code_article(code, "Mexico raised tariffs on Chinese steel on Monday.",
                                 "Canada pushed back against the new U.S. levies, calling them unjustified."), 1)
    assert has(found, ("CAN", "11", "USA")), found
    assert not any(r == "10" for _, r, _ in found), found


@pytest.mark.parametrize(("sentences", "source", "not_at"), [
    # a place where it happens, a people, or the party of another act is not the act's target
    (("The Kremlin welcomed the outcome of the summit with China.",
      "Hungary's prime minister said in Budapest that his government would veto new sanctions against Moscow."),
     "HUN", "CHN"),
    (("Russia launched a barrage of drones at Kyiv overnight.", "Poland scrambled fighter jets, its military said."),
     "POL", "UKR"),
    (("Pakistan and India exchanged fire across the Line of Control.",
      "China urged restraint, saying it was ready to help ease tensions."), "CHN", "CHN"),
    (("Finland closed its border with Russia last year.", "Estonia voiced support for Helsinki's decision."),
     "EST", "RUS"),
    # the subject of another clause ("after the WHO declared ...") did something else
    (("Brazil reported new dengue cases on Monday.",
      "Kenya went on high alert after the World Health Organization declared a global emergency."), "KEN", "IGOWHO"),
])
def test_no_target_from_the_wrong_party(code, sentences, source, not_at):
    found = triples(code_article(code, *sentences), len(sentences) - 1)
    assert not aims_at(found, source, not_at), found


def test_the_visit_partner_of_an_adjunct_is_not_the_target_of_the_main_act(code):
    """ "During his state visit to Vietnam, the emperor laid a wreath": the wreath has no target."""
    found = triples(code_article(code, "Crowds lined the streets of the capital on Monday.",
                                 "During his state visit to Vietnam, the Japanese emperor laid a wreath."), 1)
    assert has(found, ("JPN", "04", "VNM")), found
    assert all(t is None or r == "04" for _, r, t in found), found


def test_a_hyphened_place_is_no_party_but_the_body_it_describes_is(code):
    found = triples(code_article(code, "Russia and India signed an arms deal on Monday.",
                                 "The trade dispute went before the Geneva-based World Trade Organization, though "
                                 "Indonesia refused to attend the hearing."), 1)
    assert has(found, ("IDN", "12", "IGOWTO")), found


def test_the_first_of_two_coordinated_acts_keeps_its_own_party(code):
    found = triples(code_article(code, "Japan summoned the Chinese ambassador on Tuesday.",
                                 "South Korea opposes Pyongyang's missile programme and gives military support to "
                                 "American allies in Asia."), 1)
    assert has(found, ("KOR", "12", "PRK")), found
    assert not has(found, ("KOR", "07", "PRK")), found


def test_a_statement_beside_a_rebuke_is_the_same_rebuke(code):
    """ "hit back at Washington, saying the accusations were baseless": one 111 at the US, not a second
    one with its target read from outside its words."""
    events = code_article(code, "China accused Iran of supplying drones to Russia.",
                          "Tehran hit back at Washington, saying the accusations were baseless.")
    rebukes = [e for e in events if e["sentence_index"] == 1 and e["cameo"] == "111"]
    assert len(rebukes) == 1 and (rebukes[0]["target"]["country"] or "") == "USA", rebukes
