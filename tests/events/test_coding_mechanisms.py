"""The grammar of event coding, one mechanism at a time, with sentences of our own:
negation, mood and intent, frames (refusal, appeal, demand, threat), reported speech,
passive voice, nominal events, conjunctions, several events per sentence."""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_coder import agree, dyads

PUB = date(2026, 1, 16)


def check(code, text, expected):
    got = dyads(code(text, published=PUB))
    assert agree(got, expected), got


NEGATION = [
    ("Canada did not meet China on Friday.", []),
    ("Japan never signed the treaty with Russia.", []),
    ("No agreement was reached between Serbia and Kosovo.", []),
    ("India and China held talks without reaching a deal.", [("IND", "046", "CHN")]),
    ("Iran has not released the French tourists.", []),
]

MOOD = [
    # future and intent map to the intent codes, never to the act itself
    ("Carney will meet Chinese President Xi Jinping on Friday.", [("CAN", "036", "CHN")]),
    ("Egypt is scheduled to host the Sudanese president next week.", [("EGY", "036", "SDN")]),
    ("Washington plans to impose tariffs on Mexican steel.", [("USA", "1312", "MEX")]),
    ("Germany intends to send tanks to Ukraine.", [("DEU", "0332", "UKR")]),
    ("Japan agreed to lift its ban on Chinese seafood.", [("JPN", "0354", "CHN")]),
    # hypotheticals, conditionals and questions are not events
    ("Canada could impose sanctions on Iran.", []),
    # the condition is not coded; the act promised under it is a threat (issue 13: "if ..., we will ...")
    ("If Russia attacks Finland, NATO will respond.", [("IGONAT", "130", "RUS")]),
    ("Will China invade Taiwan?", []),
    ("Analysts wonder whether Turkey would expel the envoy.", []),
]

FRAMES = [
    # refusal: its own code, not the positive one
    ("Hungary refused to extradite the suspect to Poland.", [("HUN", "121", "POL")]),
    ("Iran declined to release the detained journalists.", [("IRN", "1243", "*")]),
    ("Israel rejected Egypt's proposal for a ceasefire.", [("ISR", "1246", "EGY"), ("EGY", "0356", "ISR")]),
    # negated future is a refusal too
    ("Syria said it will not accept more refugees.", [("SYR", "122", "*")]),
    # appeal and demand carry what is asked for
    ("The United Nations urged Ethiopia to allow humanitarian access to Tigray.", [("*", "0255", "ETH")]),
    ("Ukraine called for a ceasefire.", [("UKR", "0256", None)]),
    ("Kenya demanded that Somalia withdraw its troops.", [("KEN", "106", "SOM")]),
    # threats carry the act threatened
    ("China threatened to sever ties with Lithuania.", [("CHN", "1313", "LTU")]),
    ("Iran warned that it would strike Israeli cities.", [("IRN", "138", "ISR")]),
    # blocking frames: the embedded act did not happen
    ("Pakistan denied attacking Afghan villages.", [("PAK", "016", "AFG")]),
    ("India accused Pakistan of shelling Indian villages.", [("IND", "1123", "PAK")]),
    # a reaction presupposes what it reacts to: the arrest is a second event (issue 12, item 1)
    ("Serbia condemned the arrest of its citizens in Kosovo.", [("SRB", "111", "*"), ("XKX", "173", "*")]),
]

REPORTED = [
    # "X said that Y would ..." codes Y's intent; the speaker is not the actor
    ("Officials in Tokyo said that Korea would cut aid to Myanmar.", [("KOR", "1311", "MMR")]),
    # a bare "said" with nothing codable is a statement by the speaker, to whom it was made ...
    ("Brazil told Argentine officials that its economy grew by two percent.", [("BRA", "010", "ARG")]),
    # ... and none when it was made to no one and is about no other party
    ("Brazil said the economy grew by two percent.", []),
    # "X said Y must ..." is a demand by X on Y
    ("France said Iran must free the detained aid workers.", [("FRA", "1053", "IRN")]),
    # pronouns and quotations take the speaker
    ("Switzerland said it had expelled two Russian diplomats.", [("CHE", "161", "RUS")]),
    ('"We will not negotiate with terrorists," the Nigerian government said.', [("NGA", "125", "*")]),
]

PASSIVE = [
    # an armed group's attack on no one named is aimed at its own state (implied.py)
    ("The convoy was attacked by Sudanese militiamen.", [("SDN", "180", "SDN")]),
    ("The Ukrainian army was attacked by Russian troops near Bakhmut.", [("RUS", "190", "UKR")]),
    ("Three Chinese citizens were arrested in Pakistan.", [("PAK", "173", "CHN")]),
    ("A border agreement was signed by Peru and Ecuador.", [("PER", "057", "ECU")]),
    ("Ten Ukrainian civilians were killed in a Russian missile strike.", [("RUS", "194", "UKR")]),
]

NOMINAL = [
    # asserted nominal events: light verbs, eventive predicates, "during/after" phrases
    ("Canada's duties on Chinese electric vehicles took effect on Friday.", [("CAN", "163", "CHN")]),
    ("Talks between Armenia and Azerbaijan began in Geneva.", [("ARM", "046", "AZE")]),
    ("During his state visit to Vietnam, the Japanese emperor laid a wreath.", [("JPN", "042", "VNM"), ("JPN", "017", None)]),
    ("An Israeli airstrike killed five Lebanese soldiers.", [("ISR", "195", "LBN")]),
    ("The detention of two Canadians by China began in December.", [("CHN", "173", "CAN")]),
    # background mentions of nominal events are not events
    ("Canada would review its surtax on Chinese vehicles.", []),
    ("Economists criticized the tariffs on Chinese steel.", []),
    ("The sanctions against Russia hurt European exporters.", []),
]

CONJUNCTION = [
    ("Hungarian and Romanian officials agreed to reopen the border crossing.", [("HUN", "0356", "ROU")]),
    ("Argentine President Javier Milei met Chile and Peru.", [("ARG", "040", "CHL"), ("ARG", "040", "PER")]),
    ("Morocco and Spain signed an agreement and held talks.", [("MAR", "057", "ESP"), ("MAR", "046", "ESP")]),
]

SEVERAL = [
    # several events in one sentence, each coded once
    ("Poland expelled Russian diplomats and closed the Russian consulate in Gdansk.",
     [("POL", "161", "RUS")]),
    ("Greek police arrested ten protesters after the demonstrators blocked roads in Athens.",
     [("GRC", "173", "GRC"), ("GRC", "144", "*")]),
    ("Sudanese rebels shelled the town of El Fasher, killing twenty civilians.", [("SDN", "194", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), NEGATION)
def test_negation(code, text, expected):
    check(code, text, expected)


@pytest.mark.parametrize(("text", "expected"), MOOD)
def test_mood_and_intent(code, text, expected):
    check(code, text, expected)


@pytest.mark.parametrize(("text", "expected"), FRAMES)
def test_frames(code, text, expected):
    check(code, text, expected)


@pytest.mark.parametrize(("text", "expected"), REPORTED)
def test_reported_speech(code, text, expected):
    check(code, text, expected)


@pytest.mark.parametrize(("text", "expected"), PASSIVE)
def test_passive(code, text, expected):
    check(code, text, expected)


@pytest.mark.parametrize(("text", "expected"), NOMINAL)
def test_nominal_events(code, text, expected):
    check(code, text, expected)


@pytest.mark.parametrize(("text", "expected"), CONJUNCTION)
def test_conjunctions(code, text, expected):
    check(code, text, expected)


@pytest.mark.parametrize(("text", "expected"), SEVERAL)
def test_several_events(code, text, expected):
    check(code, text, expected)


def test_lemmatizer_slips_are_caught(code):
    # spaCy's small model lemmatizes "staged" as "stag"; the pattern book knows the forms
    assert dyads(code("Kenyan students staged a protest in Nairobi.", published=PUB))[0][1] == "141"


# --- the dictionary is data ------------------------------------------------------------------

def test_every_root_has_patterns():
    from detente.events.patterns import PatternBook

    per_root = PatternBook.load().per_root()
    assert set(per_root) == {f"{r:02d}" for r in range(1, 21)}
    assert all(count >= 5 for count in per_root.values())


def test_user_pattern_file_adds_a_wording(tmp_path):
    from detente.pipeline import CodingOptions, Pipeline

    extra = tmp_path / "mine.yaml"
    extra.write_text('- {id: mine.snub, code: "125", lemma: snub, target: [obj], note: "snubbed a summit"}\n')
    pipeline = Pipeline(CodingOptions(pattern_files=[extra]))
    events = [e.to_dict() for e in pipeline.code_text("Brazil snubbed Argentina.", published=PUB)]
    assert [(e["cameo"], e["rule"]) for e in events] == [("125", "mine.snub")]


@pytest.mark.parametrize(("entry", "message"), [
    ('- {id: x.bad, code: "999", lemma: meet}', "unknown CAMEO code"),
    ('- {id: x.bad, code: "040", lemma: meet, colour: red}', "unknown fields"),
    ('- {id: x.bad, code: "040", lemma: meet, frame: maybe}', "frame must be one of"),
    ('- {code: "040", lemma: meet}', "'id' is required"),
    ('- {id: consult.meet, code: "040", lemma: meet}', "duplicate pattern id"),
])
def test_pattern_files_are_checked(tmp_path, entry, message):
    from detente.errors import ConfigError
    from detente.events.patterns import PatternBook

    bad = tmp_path / "bad.yaml"
    bad.write_text(entry + "\n")
    with pytest.raises(ConfigError, match=message):
        PatternBook.load([bad])


def test_inflections_back_up_the_lemmatizer():
    from detente.events.patterns import inflections

    assert {"staged", "staging", "stages"} <= inflections("stage", "verb")
    assert "rallies" in inflections("rally", "noun")
