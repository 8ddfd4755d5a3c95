"""Argument rules that read clause structure (events/arguments.py, events/grammar.py): reciprocal
acts, the party a refusal answers, relative and reduced passives."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2024, 3, 1)


def actor(a):
    return (a["country"], a["sector"]) if a else None


def dyads(code, text, root):
    return sorted((actor(e["source"]), actor(e["target"])) for e in code(text, published=PUB)
                  if e["cameo"].startswith(root))


@pytest.mark.parametrize(("text", "root", "expected"), [
    # "each other" / "one another": every coordinated doer acts on the other
    ("Eritrea and Ethiopia accused each other of shelling border villages on Monday.", "11",
     [(("ERI", None), ("ETH", None)), (("ETH", None), ("ERI", None))]),
    ("Armenia and Azerbaijan blamed one another for the clashes.", "11",
     [(("ARM", None), ("AZE", None)), (("AZE", None), ("ARM", None))]),
    # "both A and B" breaking a truce: against each other
    ("Both the Colombian army and the rebels violated the truce last week.", "19",
     [(("COL", "MIL"), ("COL", "REB")), (("COL", "REB"), ("COL", "MIL"))]),
])
def test_reciprocal_acts_pair_the_doers(code, text, root, expected):
    assert dyads(code, text, root) == expected


def test_both_without_reciprocity_names_no_target(code):
    """Two countries condemning something together do not condemn each other."""
    assert dyads(code, "Both Chile and Peru condemned the attack.", "11") == [
        (("CHL", None), None), (("PER", None), None)]


@pytest.mark.parametrize(("text", "target"), [
    # what a state demands or offers is its government's (a state acting as a state)
    ("The Hungarian government refused to sign the declaration despite Germany's demands.", ("DEU", "GOV")),
    ("Tehran rejected the plan in spite of calls from the European Union.", ("IGOEEC", "GOV")),
])
def test_refusal_answers_who_pressed(code, text, target):
    events = [e for e in code(text, published=PUB) if e["cameo"].startswith("12")]
    assert events, text
    got = events[0]["target"]
    assert (got["code"] if got["code"].startswith("IGO") else got["country"], got["sector"]) == target


def test_relative_passive_takes_the_antecedent(code):
    text = "The reporter, who was arrested by Iranian police in March, was freed on Monday."
    assert (("IRN", "COP"), ("IRN", "MED")) in dyads(code, text, "17")


def test_reduced_passive_reads_agent_and_patient(code):
    assert dyads(code, "Two Malian soldiers died on Sunday, shot by rebels near the border.", "19") == [
        (("MLI", "REB"), ("MLI", "MIL"))]


def test_reduced_passive_moved_by_a_thing_is_no_act(code):
    """'Encouraged by the sanctions' is a feeling, not an appeal by anyone."""
    text = "Encouraged by the mild sanctions, the general may defy Washington further."
    assert not [e for e in code(text, published=PUB) if e["cameo"].startswith("02")]


def test_refusal_answers_the_proposer_of_the_coordinated_clause(code):
    text = "At the talks, the Chinese side proposed a floor price, but the European side refused."
    assert ((None, None), ("CHN", "GOV")) in dyads(code, text, "12")  # Europe is a region (EUR); "the X side" is X's government


def test_the_one_blamed_for_an_act_did_it(code):
    """'praised X for sending aid': X sent it, not the one who praised."""
    text = "The Kenyan president praised Japan for sending food aid to the flood victims."
    assert [actor(e["source"]) for e in code(text, published=PUB) if e["cameo"].startswith("07")] == [
        ("JPN", None)]


def test_object_pronoun_takes_back_an_object(code):
    text = "The rebel group has waged an insurgency against the Colombian state, accusing it of neglect."
    accusations = [e for e in code(text, published=PUB) if e["cameo"].startswith("112")]
    assert [actor(e["target"])[0] for e in accusations] == ["COL"]


@pytest.mark.parametrize("text", [
    "Fighting between Ugandan troops and Congolese forces resumed on Monday.",
    "Heavy fighting broke out between Ugandan troops and Congolese forces on Monday.",
    "Clashes between Ugandan troops and Congolese forces killed 12 people near the border.",
])
def test_fighting_between_two_parties_pairs_them(code, text):
    assert dyads(code, text, "19") == [(("UGA", "MIL"), ("COD", "MIL"))]


def test_cooperation_between_two_named_parties_pairs_them(code):
    text = "Seoul warned that expanding military cooperation between Russia and North Korea is dangerous."
    assert (("RUS", None), ("PRK", None)) in dyads(code, text, "06")


def test_said_must_needs_a_party_as_speaker(code):
    """'X said Y must' is a demand when X is a party; an unnamed pundit's advice is none."""
    assert dyads(code, "The Kenyan foreign minister said Uganda must stop the flow of weapons.", "10") == [
        (("KEN", "GOV"), ("UGA", None))]
    assert dyads(code, "Each company must fend for itself, Pieterse said.", "10") == []


def test_refused_offer_is_aimed_at_whoever_made_it(code):
    assert dyads(code, "Pyongyang rejected the American offer of talks.", "12") == [(("PRK", "GOV"), ("USA", "GOV"))]


def test_committed_to_is_the_subject_s_own_intent(code):
    assert dyads(code, "The Sudanese government is committed to peace.", "03") == [(("SDN", "GOV"), None)]


def test_coordinated_verbs_share_the_object(code):
    text = "Kenyan police arrested and beat dozens of Somali refugees."
    assert dyads(code, text, "17") == [(("KEN", "COP"), ("SOM", "REF"))]


def test_adjunct_of_a_passive_is_done_by_its_subject(code):
    text = "The Cambodian reporter was freed after apologizing to Prime Minister Hun Manet."
    assert dyads(code, text, "05") == [(("KHM", "MED"), ("KHM", "GOV"))]


def test_an_occasion_lends_its_doers_only_to_shared_acts(code):
    """'during the arrest of X' does not make the sentence's subject the arrester."""
    text = "Two Zimbabwean reporters were detained for filming the police during the arrest of an opposition lawmaker."
    arrests = [e for e in code(text, published=PUB) if e["trigger"] == "arrest"]
    assert arrests and all(e["source"] is None or e["source"]["sector"] != "MED" for e in arrests)


def test_both_countries_withdrawing_their_envoys_act_on_each_other(code):
    text = ("Relations between Ghana and Togo soured in May, when both countries withdrew their ambassadors.")
    assert dyads(code, text, "16") == [(("GHA", None), ("TGO", None)), (("TGO", None), ("GHA", None))]


def test_complaint_after_its_clause_is_aimed_at_the_clause_subject(code):
    text = "The Kenyan police are torturing detainees, Amnesty International complained on Monday."
    complaints = [e for e in code(text, published=PUB) if e["cameo"] == "114"]
    assert [actor(e["target"]) for e in complaints] == [("KEN", "COP")]


def test_criticism_drawn_comes_from_the_critic(code):
    """'X faced criticism from Y': Y criticises X (not X criticising)."""
    text = "The Kenyan government faced sharp criticism from the United Nations on Monday."
    events = [e for e in code(text, published=PUB) if e["cameo"] == "111"]
    assert [(e["source"]["code"], e["target"]["code"]) for e in events] == [("IGOUNO", "KENGOV")]


def test_expected_act_is_the_expected_doer_s(code):
    text = "A senior Japanese general said he is expecting North Korea to launch a long-range missile."
    assert [actor(e["source"]) for e in code(text, published=PUB) if e["cameo"].startswith("13")] == [("PRK", None)]


@pytest.mark.parametrize("text", [
    "Blinken and Lavrov discussed Ukraine in a phone call on Monday.",
    "Ghana and Nigeria exchanged views on the Sahel crisis.",
    "Peru and Chile debated the border dispute at the meeting.",
])
def test_parties_sharing_talks_talk_with_each_other_not_with_the_topic(code, text):
    """What two parties discuss is the topic: the act is between them, never aimed at what they talk about."""
    events = [e for e in code(text, published=PUB) if e["cameo"] == "046"]
    assert len(events) == 1, events
    pair = {events[0]["source"]["country"], events[0]["target"]["country"] if events[0]["target"] else None}
    assert pair == {"USA", "RUS"} or pair == {"GHA", "NGA"} or pair == {"PER", "CHL"}, events
