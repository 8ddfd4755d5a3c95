"""What an official statement does, read from what it says (the evaluation lexicon,
data/patterns/evaluations.yaml): a state speaker who judges another party's act, in a verb of
naming ("called the move a grave mistake") or in the reported clause of a plain "said" ("said
the tariffs were a serious violation of WTO rules", "'The decision is deeply regrettable,' the
embassy said"), criticises (111) or praises (051) the act's doer; atrocity words accuse (1124).
No event for analysts and company spokespeople, neutral descriptions, the speaker's own act,
hypotheticals, open questions or negated judgements; one event when the verb already judges.
Sentences written for these tests in wire style."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 6, 11)
JUDGING_ROOTS = ("05", "11", "12")  # what a judgement would be coded as


def coded(code, text):
    return [((e["source"] or {}).get("code") or "", e["cameo"], (e["target"] or {}).get("code") or "", e["rule"])
            for e in code(text, published=PUB)]


def judged(code, text, expected):
    """The events of the expected party, code and target; the actor codes are matched by their
    country (or "IGO" + body), the code by its prefix."""
    source, cameo, target = expected
    found = coded(code, text)
    hits = [e for e in found if e[0].startswith(source) and e[1].startswith(cameo)
            and (e[2].startswith(target) or e[2] == "IGO" + target)]
    return hits, found


def assert_judged_once(code, text, expected):
    hits, found = judged(code, text, expected)
    assert hits, found
    assert len([e for e in found if e[1][:2] == expected[1][:2]]) == 1, found  # no double coding


# --- praise: "described the talks as constructive", "said the offer was a positive development" --------

@pytest.mark.parametrize(("text", "expected"), [
    ('The Pakistani foreign office said the Afghan pledge marked a step forward in relations.', ('PAK', '051', 'AFG')),
    ("'China's mediation has been very helpful,' the Iranian ambassador told reporters.", ('IRN', '051', 'CHN')),
    ('Lavrov described the talks with Turkey as constructive and useful.', ('RUS', '051', 'TUR')),
    ('Seoul said the agreement with Tokyo was fair.', ('KOR', '051', 'JPN')),
    ('The Indian foreign ministry welcomed the decision by Nepal to reopen the border crossing.', ('IND', '051', 'NPL')),
    ("Seoul called Tokyo's apology a meaningful step toward reconciliation.", ('KOR', '051', 'JPN')),
    ('The Kenyan government said the Ethiopian offer was a positive development for the region.', ('KEN', '051', 'ETH')),
    ("Brazil's foreign minister termed the Argentine proposal a sensible compromise.", ('BRA', '051', 'ARG')),
    ('Berlin said the French initiative was a welcome step.', ('DEU', '051', 'FRA')),
    ("Ankara said Baku's decision to free the prisoners was a goodwill gesture.", ('TUR', '051', 'AZE')),
    ("Japan's chief cabinet secretary said Canada's move was commendable.", ('JPN', '051', 'CAN')),
    ("The Chinese foreign ministry described Pakistan's mediation as valuable.", ('CHN', '051', 'PAK')),
    ("Mexico's president said the U.S. decision to delay the tariffs was good news for both countries.", ('MEX', '051', 'USA')),
    ('The Egyptian foreign minister said the Sudanese truce was an encouraging sign.', ('EGY', '051', 'SDN')),
    ("Australia said Indonesia's handling of the crisis had been exemplary.", ('AUS', '051', 'IDN')),
    ('The Kremlin said the Chinese peace plan was balanced and deserved attention.', ('RUS', '051', 'CHN')),
    ("Paris hailed Morocco's reform as a courageous decision.", ('FRA', '051', 'MAR')),
    ("Vietnam's foreign ministry said the Philippine statement was a constructive contribution to regional stability.", ('VNM', '051', 'PHL')),
])
def test_a_statement_that_praises_another_party_s_act_is_praise(code, text, expected):
    assert_judged_once(code, text, expected)


# --- criticism: "said the tariffs were a serious violation", "called the move a grave mistake" --------

@pytest.mark.parametrize(("text", "expected"), [
    ('The Philippine foreign ministry said the Chinese survey constituted a serious violation of international law.', ('PHL', '111', 'CHN')),
    ('Athens said the Turkish drilling amounted to a violation of Greek sovereignty.', ('GRC', '111', 'TUR')),
    ("'The Israeli raid is a cowardly and criminal act,' the Qatari foreign ministry said.", ('QAT', '111', 'ISR')),
    ("Beijing said Lithuania's decision had seriously damaged bilateral relations.", ('CHN', '111', 'LTU')),
    ('Beijing said the tariffs imposed by Washington were a serious violation of WTO rules.', ('CHN', '111', 'USA')),
    ('The Russian foreign ministry called the British move a grave mistake.', ('RUS', '111', 'GBR')),
    ('Seoul said the North Korean drills posed a threat to peace on the peninsula.', ('KOR', '111', 'PRK')),
    ('Moscow said the Estonian decision was a gross provocation.', ('RUS', '111', 'EST')),
    ('The Iranian foreign ministry described the EU sanctions as illegal and inhumane.', ('IRN', '111', 'EEC')),
    ('Caracas termed the U.S. seizure of the tanker an act of piracy.', ('VEN', '111', 'USA')),
    ("India's external affairs ministry said Pakistan's remarks were irresponsible and baseless.", ('IND', '111', 'PAK')),
    ("The Chinese embassy said the Philippine coast guard's actions were dangerous and provocative.", ('CHN', '111', 'PHL')),
    ('Algeria said the French decision was a hostile act.', ('DZA', '111', 'FRA')),
    ('Budapest said the EU ruling was politically motivated.', ('HUN', '111', 'EEC')),
    ("The Polish prime minister said Belarus's behavior at the border was a hybrid attack.", ('POL', '111', 'BLR')),
    ('Kyiv said the Russian strike on the power plant was a war crime.', ('UKR', '1124', 'RUS')),
    ("Ethiopia's foreign ministry said Egypt's statement was a blatant interference in its internal affairs.", ('ETH', '111', 'EGY')),
    ("Tehran called Israel's killing of the commander a cowardly act.", ('IRN', '111', 'ISR')),
    ("The Serbian president said the Kosovo government's decision was a dangerous escalation.", ('SRB', '111', 'XKX')),
    ("'The Australian decision is deeply regrettable,' the Chinese embassy said.", ('CHN', '111', 'AUS')),
    ('Islamabad said the Indian claims were fabricated and malicious.', ('PAK', '111', 'IND')),
    ('Minsk said the Lithuanian border closure was an unfriendly step.', ('BLR', '111', 'LTU')),
    ("The Venezuelan foreign ministry said Guyana's oil auction was a flagrant breach of the Geneva agreement.", ('VEN', '111', 'GUY')),
    ('Cairo said the Ethiopian filling of the dam was a unilateral move that threatened regional stability.', ('EGY', '111', 'ETH')),
    ('The Chinese foreign ministry said the Japanese move seriously undermined regional peace.', ('CHN', '11', 'JPN')),
    ('Riyadh said the Houthi attack on the tanker was a terrorist act.', ('SAU', '111', 'YEM')),
    ("The Kremlin called Finland's decision a huge mistake.", ('RUS', '111', 'FIN')),
    ('Japan said the Chinese ban on seafood was scientifically unfounded.', ('JPN', '111', 'CHN')),
    ("China's commerce ministry said the EU duties were typical protectionism.", ('CHN', '111', 'EEC')),
    ("Seoul's unification ministry said Pyongyang's demolition of the liaison office was an outrageous act.", ('KOR', '111', 'PRK')),
    ('Berlin said the Polish decision sent the wrong signal to Moscow.', ('DEU', '111', 'POL')),
    ("Turkey's foreign ministry said the German ambassador's remarks were an insult to the Turkish people.", ('TUR', '111', 'DEU')),
    ("'This is a disgraceful decision by the Canadian government,' the Indian foreign minister said.", ('IND', '111', 'CAN')),
    ('Nicaragua said the U.S. measures were an act of aggression against its people.', ('NIC', '111', 'USA')),
    ('The Armenian government said the Azerbaijani blockade of the corridor was a humanitarian crime.', ('ARM', '111', 'AZE')),
    ('Beijing said it was wrong for Washington to impose the tariffs.', ('CHN', '111', 'USA')),
])
def test_a_statement_that_condemns_another_party_s_act_is_criticism(code, text, expected):
    assert_judged_once(code, text, expected)


# --- judgement with a threat or a refusal; concern and regret -----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('The Chinese foreign ministry said the U.S. sanctions were illegal and would be met with a firm response.', ('CHN', '111', 'USA')),
    ('Tokyo said it would never accept the Chinese claim to the islands.', ('JPN', '12', 'CHN')),
    ('Moscow said the new EU sanctions were illegitimate and that it would retaliate.', ('RUS', '111', 'EEC')),
    ('Seoul said it was deeply concerned by the North Korean missile launch.', ('KOR', '012', 'PRK')),
    ('The Thai foreign ministry said it regretted the Cambodian decision to close the border.', ('THA', '110', 'KHM')),
    ("Ottawa said it deeply regretted Beijing's decision to execute the Canadian citizens.", ('CAN', '110', 'CHN')),
])
def test_judgement_beside_threat_refusal_concern_and_regret(code, text, expected):
    assert judged(code, text, expected)[0], coded(code, text)


# --- no judgement of another party: no event of praise or blame ----------------------------------------

def assert_no_judgement(code, text):
    found = coded(code, text)
    assert not [e for e in found if e[1].startswith(JUDGING_ROOTS) or e[1] == "012"
                or "+negative" in e[3] or "+positive" in e[3]], found


@pytest.mark.parametrize("text", [
    'The Chinese foreign ministry said the two countries should deepen trade ties.',
    'Beijing said the talks with Washington would resume next week.',
    'The Philippine minister said the storm posed a threat to coastal towns.',
    'Seoul said the North Korean missile flew about 600 kilometers before landing in the sea.',
    'The French finance minister said inflation remained a serious threat to growth.',
    "Mexico's economy ministry said the U.S. tariffs were scheduled to take effect on Friday.",
    'The Kremlin said the Finnish decision was a matter for Helsinki.',
    'Paris said the Moroccan reform was part of a broader process.',
    'Australia said the Indonesian offer was one of several options.',
    'The Egyptian foreign minister said the situation in Sudan was difficult.',
])
def test_a_neutral_description_judges_no_one(code, text):
    assert_no_judgement(code, text)


@pytest.mark.parametrize("text", [
    'A spokesperson for Toyota said the Mexican tariffs were unfair.',
    'Analysts said the Chinese tariffs were a serious violation of WTO rules.',
    'An economist at a Singapore bank described the U.S. move as a grave mistake.',
    'Experts said the Indian decision was short-sighted.',
    "'The EU duties are pure protectionism,' said a trade analyst at a Brussels think tank.",
    'A professor of international law said the Russian annexation was illegal.',
    "Industry groups said Canada's new rules were a welcome step.",
    'A senior economist said the Japanese stimulus was a positive development.',
])
def test_what_analysts_and_companies_think_is_no_event(code, text):
    assert_no_judgement(code, text)


@pytest.mark.parametrize("text", [
    'Tehran said its response to the Israeli strikes was legitimate and proportionate.',
    'Beijing said its own measures were fully in line with WTO rules.',
    'Moscow said its military exercises were routine and posed no threat to anyone.',
    'Washington said its tariffs were a necessary response to unfair trade practices.',
    "The Turkish foreign minister said Ankara's policy had been constructive.",
])
def test_a_speaker_judging_its_own_act_judges_no_one(code, text):
    assert_no_judgement(code, text)


def test_a_speaker_praising_its_own_course_defends_it(code):
    """In the first person, praise of one's own course is its verbal defence (052), aimed at no one."""
    found = coded(code, "'Our policy has always been constructive,' the Chinese spokesperson said.")
    assert [e[1:3] for e in found if e[1].startswith(JUDGING_ROOTS)] == [("052", "")], found


@pytest.mark.parametrize("text", [
    'Moscow said any deployment of NATO troops in Ukraine could be a dangerous escalation.',
    'Seoul said the Japanese plan would be a mistake.',
    'Beijing said any U.S. sanctions would be illegal.',
    'The Japanese foreign ministry said the Chinese move was not a violation of the agreement.',
    'Seoul said it did not consider the North Korean launch a provocation.',
    'Moscow said the Finnish decision would be a mistake if it went ahead.',
    'The Chinese foreign ministry said the U.S. statement was neither constructive nor helpful.',
    'Berlin said it was too early to say whether the Polish plan was a success.',
    'Paris said the Algerian decision was not unexpected.',
    'Ottawa said it was unclear whether the Indian move was legal.',
])
def test_hypothetical_negated_or_open_judgements_are_no_event(code, text):
    assert_no_judgement(code, text)


# --- the verb already judges: one event, not two ------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('The Chinese foreign ministry condemned the U.S. sanctions as illegal.', ('CHN', '111', 'USA')),
    ('Tokyo criticized the South Korean decision, calling it regrettable.', ('JPN', '111', 'KOR')),
    ("The Iranian foreign ministry praised Oman's mediation as constructive.", ('IRN', '051', 'OMN')),
    ('Kyiv welcomed the Polish decision, calling it an important step.', ('UKR', '051', 'POL')),
])
def test_a_judging_verb_with_a_judging_word_is_one_event(code, text, expected):
    assert_judged_once(code, text, expected)


# --- known misses: a judgement the lexicon cannot read without the whole phrase -------------------------

@pytest.mark.xfail(reason="'a serious and responsible one', 'a reward for terrorism': the judgement is in a "
                          "phrase whose words each judge nothing", strict=True)
@pytest.mark.parametrize(("text", "expected"), [
    ("'The Turkish proposal is a serious and responsible one,' the Iranian foreign minister said.", ('IRN', '051', 'TUR')),
    ("Israel's foreign minister called the Irish decision a reward for terrorism.", ('ISR', '111', 'IRL')),
])
def test_judgements_made_by_a_whole_phrase(code, text, expected):
    assert_judged_once(code, text, expected)


# --- the party a judgement's predicate names is the one harmed, not the one judged -------------------

@pytest.mark.parametrize(("text", "harmed"), [
    ("Athens said the drilling amounted to a violation of Greek sovereignty.", "GRC"),
    ("Washington said the system posed a threat to NATO's defenses.", "IGONAT"),
])
def test_the_harmed_party_is_not_the_one_judged(code, text, harmed):
    found = coded(code, text)
    assert [e for e in found if e[1] == "111"], found
    assert not [e for e in found if e[1] == "111" and e[2].startswith(harmed)], found


# --- evidence: the judging word in the trigger, its family's id in the rule; a family's own code ----------

def test_a_judging_statement_keeps_its_judging_word_and_family(code):
    events = code("Beijing said the tariffs imposed by Washington were a serious violation of WTO rules.", published=PUB)
    judging = [e for e in events if e["cameo"] == "111"]
    assert judging and judging[0]["trigger"] == "said violation", events
    assert judging[0]["rule"].startswith("statement.say+negative:evaluation.unlawful"), events


@pytest.mark.parametrize("text", [
    "Kyiv said the Russian strike on the power plant was a war crime.",
    "Kyiv called the Russian strikes genocide.",
])
def test_calling_an_act_an_atrocity_accuses_of_war_crimes(code, text):
    assert ("UKRGOV", "1124", "RUS") in [(s, c, t[:3]) for s, c, t, _ in coded(code, text)], coded(code, text)
