"""What an official's own quoted words amount to (quotes25): a gloomy reading with no one blamed
is a pessimistic comment (012), a hopeful one an optimistic comment (013), a government's defence
of its own course 052, and a judgement of another party's act a criticism (111), also in a quoted
sentence that names no speaker of its own, when the quotation names one after or before it.
Neutral, hypothetical and analysts' words stay quiet."""

from __future__ import annotations

import pytest
from tests.events.test_reactions import coded


@pytest.mark.parametrize(("text", "expected"), [
    ('"It is a huge problem," the Mexican economy minister said on Tuesday.', ("MEX", "012")),
    ('"The humanitarian situation in Darfur is catastrophic," the U.N. aid chief told reporters in Geneva.',
     (None, "012")),
    ('"The economy is on the right track," Kenya\'s finance minister said, citing lower inflation.', ("KEN", "013")),
    ('"The loan program is our assurance of stability," the Egyptian finance minister said.', ("EGY", "013")),
    ('"We are absolutely right to protect our steel industry," the Indian trade minister said.', ("IND", "052")),
    ('"Our measures are legitimate and necessary," a spokesman for the Chinese commerce ministry said.',
     ("CHN", "052")),
])
def test_an_official_s_own_reading_is_a_comment(code, text, expected):
    found = [(s, c) for s, c, _, _ in coded(code, text)]
    assert any(c == expected[1] and (expected[0] is None or s == expected[0]) for s, c in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ('The U.N. envoy for Yemen briefed the Security Council on Monday. '
     '"The situation is catastrophic. We need a nationwide ceasefire now," he said.', "012"),
    ('"The fighting in Sudan is a disaster. Millions have fled their homes," the African Union envoy said.', "012"),
])
def test_a_quoted_sentence_is_the_speaker_s_named_after_or_before(code, text, expected):
    assert expected in [c for _, c, _, _ in coded(code, text)], coded(code, text)


def test_blame_in_a_running_quotation_is_aimed_at_the_doer_told_before(code):
    text = ('Russian forces shelled the port of Odesa overnight. "This is barbaric. '
            'Civilians were sleeping in their homes," Ukraine\'s foreign minister said.')
    found = [(s, c, t) for s, c, t, _ in coded(code, text)]
    assert ("UKR", "111", "RUS") in found, found


@pytest.mark.parametrize("text", [
    '"The meeting is on Tuesday. We will discuss fisheries," the Norwegian foreign minister said.',
    '"If the talks fail, it would be a catastrophe," the Egyptian foreign minister said.',
    '"The situation is catastrophic. Prices keep rising," said a senior economist at Capital Economics.',
    '"Washington is a big problem," said a researcher at the Lowy Institute.',
    '"They are absolutely right," the Japanese prime minister said of the protesters.',
    '"Dialogue will not solve the problem overnight," the Indian foreign minister said.',  # no doer
    '"We have failed to protect civilians," the U.N. secretary-general said.',  # its own failure
    '"The rain did not help," the Kenyan interior minister said.',
])
def test_neutral_hypothetical_and_analysts_words_stay_quiet(code, text):
    found = [c for _, c, _, _ in coded(code, text) if c[:3] in ("012", "013", "052", "111")]
    assert not found, coded(code, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The United States imposed new sanctions on Iran on Monday. \"Piling pressure on a sovereign country is not "
     "going to solve anything,\" the Chinese foreign ministry spokesman said.", ("CHN", "111", "USA")),
    ('"The Kabul authorities have failed to act against terrorist groups," the Pakistani envoy told the council.',
     ("PAK", "111", "AFG")),
    ("Israeli police raided the mosque on Friday. \"This is unacceptable during the holy month; it is an "
     "unacceptable situation,\" the Turkish presidential adviser said.", ("TUR", "111", "ISR")),
])
def test_a_failure_a_futile_course_and_a_clause_set_before_another_are_criticised(code, text, expected):
    found = [(s, c, t) for s, c, t, _ in coded(code, text)]
    assert expected in found, found
