"""The outcome of a trade investigation (issue 12, item 2): an investigating authority that
finds another party's firms dumped or evaded is accusing them (112); a study's finding is no
state's act. And a measure whose own words name no imposer ("It set duties ...") takes the
state of the event coded on them, so the record and the event tell one story."""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_reactions import coded
from tests.measures.test_measures import measures  # noqa: F401  (fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("The U.S. Commerce Department found that solar panel makers in Vietnam had dumped panels on the American market.",
     ("USA", "112", "VNM")),
    ("India's trade ministry found that Japanese steel producers were dumping steel in India.", ("IND", "112", "JPN")),
    ("The European Commission concluded that Chinese exporters had evaded the duties by shipping through Malaysia.",
     (None, "112", "CHN")),
])
def test_an_authority_finding_dumping_accuses(code, text, expected):
    found = [d[:3] for d in coded(code, text)]
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "A study found that Chinese firms had dumped waste in the river.",
    "The Commerce Department found that imports of Vietnamese panels had risen by 40 percent.",
])
def test_findings_that_charge_no_state_party_are_no_accusation(code, text):
    assert not [d for d in coded(code, text) if d[1].startswith("112")]


def test_a_measure_takes_its_imposer_from_the_event_coded_on_it(measures):  # noqa: F811
    found = measures("The U.S. Commerce Department opened a probe into Vietnamese solar panels in May. "
                     "It set anti-dumping duties of up to 190 percent on the panels on Tuesday.",
                     published=date(2026, 3, 3))
    assert [(m.imposer, m.rate) for m in found if m.instrument == "anti_dumping_duty"] == [("USA", 190.0)]
