"""A political speaker's quoted words that name another party are a statement about it (stmt25):
a quoted sentence with no verb of saying of its own ('"The next step is up to Tehran. ...," the
minister said') is 010 with the party it names as target, as "said [the next step is up to
Tehran]" is; a quotation opened right after a sentence about a named official is that official's.
Sentences that name only the speaker's own side, only suppose, ask, tell where something
happened, or are an analyst's stay quiet; an act the quotation names is coded for itself."""

from __future__ import annotations

import pytest
from tests.events.test_reactions import coded


@pytest.mark.parametrize(("text", "expected"), [
    ('"The next step is up to Tehran. We are waiting for an answer," the French foreign minister '
     'told reporters in Paris.', ("FRA", "010", "IRN")),
    ('The German foreign minister spoke to reporters in Berlin on Monday. "The decision is now in the hands '
     'of the Kremlin. We will see what happens next," she said.', ("DEU", "010", "RUS")),
    ('"We have done our part. The ball is in Pyongyang\'s court now. We remain ready," '
     'the South Korean unification minister said.', ("KOR", "010", "PRK")),
    ('Philippine Foreign Secretary Enrique Manalo met his Japanese counterpart in Manila on Monday. '
     '"The next move belongs to Beijing."', ("PHL", "010", "CHN")),
    ('Kenyan Foreign Minister Musalia Mudavadi described the ruling as a setback. "We had hoped to '
     'resolve the border question with Somalia through talks.', ("KEN", None, "SOM")),
])
def test_quoted_words_naming_another_party_are_a_statement_about_it(code, text, expected):
    found = coded(code, text)
    assert any(s == expected[0] and (expected[1] is None or c == expected[1]) and t == expected[2]
               for s, c, t, _ in found), found


@pytest.mark.parametrize("text", [
    '"Everything now depends on Putin. The Kremlin has the final word," said an analyst at the Carnegie Endowment.',
    '"The American economy is strong. The United States will keep growing," the U.S. Treasury secretary said.',
    '"If Moscow agrees to the ceasefire, we will talk. We are ready," the U.S. secretary of state said.',
    '"Russia could still change its mind. We are waiting," the French foreign minister said.',
    '"Will Beijing respond? We do not know yet," the Japanese prime minister said.',
    '"The talks in Riyadh were long. We discussed many issues at length," the U.S. secretary of state said.',
    '"He was almost gunned down on the streets of New York. It was terrible," the U.S. attorney general said.',
    'The delegation arrived in Geneva on Tuesday. "The next step is up to Beijing."',
    'Analyst Bonnie Glaser discussed the talks at length. "The next step is up to Beijing."',
])
def test_own_side_supposed_asked_placed_and_unofficial_words_stay_quiet(code, text):
    found = [(s, c, t) for s, c, t, r in coded(code, text) if r.startswith("statement.quoted")]
    assert not found, coded(code, text)


def test_an_act_the_quotation_names_is_coded_for_itself(code):
    text = ('Two passengers described the attack to reporters. "They shot and killed people on the train. '
            'We were terrified," said a Pakistani railway minister.')
    found = coded(code, text)
    assert not [r for _, _, _, r in found if r.startswith("statement.quoted")], found
