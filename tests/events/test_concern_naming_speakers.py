"""Recall on wordings of real diplomacy news (dp13): a verb of naming the parser hangs on its
subject's name ("Leavitt called ... egregious"), concern stated through a participle ("was
concerned about", "is alarmed by"), and a body's word for itself in what it says ("the G7 said
the group remains concerned") taking back the speaker."""

from __future__ import annotations

import pytest
from tests.events.test_reactions import coded

# --- "Name called X <judgement>": the parser makes the name the root and the verb its participle ---

@pytest.mark.parametrize(("text", "expected"), [
    ("Leavitt called Carney's remarks \"egregious and insulting.\"", ("USA", "111")),
    # a charge called false is denied (016, statement.deny_called), read through the same parse
    ("The Kenyan foreign ministry called Uganda's claims false.", ("KEN", "016", "UGA")),
])
def test_a_named_speaker_calling_something_bad_criticises(code, text, expected):
    found = coded(code, text)
    assert expected in [d[:len(expected)] for d in found], found


def test_a_participle_describing_a_noun_is_still_no_act(code):
    """A participle with no object after a name that heads a fragment stays a description."""
    assert not [d for d in coded(code, "Sanctions imposed on Syria in 2011.") if d[1] == "111"]


# --- concern through a participle ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The European Union said it was concerned about Georgia's new media law.", ("IGOEEC", "012", "GEO")),
    ("The Swiss government is deeply alarmed by Serbia's troop movements.", ("CHE", "012", "SRB")),
    ("Tokyo said it was worried over Russia's drills near Hokkaido.", ("JPN", "012", "RUS")),
])
def test_concern_as_a_participle_is_a_pessimistic_comment(code, text, expected):
    found = coded(code, text)
    got = [(s if s and len(s) == 3 else None, c, t) for s, c, t, _ in found]
    full = [((e["source"] or {}).get("code"), e["cameo"], (e["target"] or {}).get("country"))
            for e in code(text)]
    assert expected in got or expected in full, found


def test_a_matter_that_concerns_something_is_no_concern(code):
    assert "012" not in [d[1] for d in coded(code, "The dispute between Chile and Peru concerns fishing rights.")]


# --- "the group", "the bloc" in what a body says is the body ----------------------------------------

def test_the_group_in_a_body_s_statement_is_the_body(code):
    found = coded(code, "The ASEAN statement said the group remains concerned with Myanmar's air strikes.")
    full = [((e["source"] or {}).get("code"), e["cameo"]) for e in code(
        "The ASEAN statement said the group remains concerned with Myanmar's air strikes.")]
    assert ("IGOASN", "012") in full or any(c == "012" and (s or "").startswith("IGO") for s, c in full), found


def test_the_group_in_a_government_s_statement_is_another(code):
    """ "Officials said the group was building bombs": a group the story spoke of, not the officials."""
    text = "Moroccan authorities said the group was making bombs to carry out attacks."
    full = [((e["source"] or {}).get("code") or "") for e in code(text) if e["cameo"].startswith(("18", "19"))]
    assert not [s for s in full if s.startswith("MAR")], full


# --- hoping that something happens: optimism, unless the hoped act is coded (an appeal) --------------

def test_hoping_that_something_happens_is_optimism(code):
    found = coded(code, "The Turkish foreign minister said he hoped the fighting in Sudan would end soon.")
    assert ("TUR", "013") in [d[:2] for d in found] and "010" not in [d[1] for d in found], found


def test_hoping_another_party_acts_stays_an_appeal(code):
    found = coded(code, "The Turkish foreign minister hopes Iran will agree to talks with the IAEA.")
    assert [d for d in found if d[1].startswith("02")] and "013" not in [d[1] for d in found], found
