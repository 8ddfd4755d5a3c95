"""Domestic politics and law as CAMEO codes them (issue dom14): courts that block, suspend or
lift orders, uphold sentences or acquit; legislatures that impeach or remove officials;
governments that dismiss officials, ban or suspend parties and media licences, declare
emergencies, pardon and commute; police raids; and alerts that are no military posture.
Every sentence was written for this test; each asserts the code, the source and the target
by their leading characters (None where any source or target will do)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

PUB = date(2025, 3, 14)

SENTENCES = [
    # courts: an order on the government, an order lifted, a sentence kept, a defendant freed
    ("Kenya's High Court on Friday suspended the government's plan to deploy police officers to Haiti.", 'KENJUD', '172', 'KENGOV'),
    ("Zambia's Constitutional Court on Monday halted the government's plan to amend the constitution.", 'ZMBJUD', '172', 'ZMBGOV'),
    ("Malawi's Constitutional Court lifted orders that had blocked the swearing-in of the new president.", 'MWIJUD', '081', None),
    ('The high court vacated the injunction that had barred the election commission from announcing the results.', 'JUD', '081', None),
    ('An appeals court in Tunisia upheld the prison sentences of 12 opposition figures.', 'TUNJUD', '173', 'TUNOPP'),
    ('A Dhaka court acquitted the former prime minister of corruption charges on Wednesday.', 'BGDJUD', '0841', 'BGD'),
    ('A court in Senegal acquitted the opposition leader on Thursday.', 'SENJUD', '0841', 'SENOPP'),
    ('A judge in Guatemala ordered the suspension of the Seed party, the party of the president-elect.', 'GTMJUD', '1722', 'GTM'),
    # legislatures and governments acting on their own officials
    ("Peru's Congress voted to impeach President Dina Boluarte late on Thursday.", 'PERLEG', '172', 'PERGOV'),
    ("Moldova's parliament impeached the country's prosecutor general on Tuesday.", 'MDALEG', '172', 'MDA'),
    ("Kenya's National Assembly voted to remove Deputy President Rigathi Gachagua from office.", 'KENLEG', '172', 'KENGOV'),
    ("Kenya's president fired his entire cabinet following weeks of deadly protests.", 'KENGOV', '172', 'KENGOV'),
    ("Ukraine's president dismissed the commander of the country's armed forces on Thursday.", 'UKRGOV', '172', 'UKRMIL'),
    ("Ecuador's president dismissed the defense minister and the army chief on Sunday.", 'ECUGOV', '172', 'ECU'),
    # parties, media licences
    ('The government lifted the ban on the main opposition party ahead of the vote.', None, '0812', 'OPP'),
    ('The authorities lifted the suspension of the opposition party after a court ruling.', None, '0812', 'OPP'),
    ('The interior ministry suspended the licence of the independent television channel for a month.', None, '172', 'MED'),
    ("Iran's judiciary suspended the licence of the reformist newspaper for two weeks.", 'IRN', '172', 'IRNMED'),
    # pardons, amnesties, commutations
    ("Myanmar's junta granted amnesty to more than 5,000 prisoners to mark the new year.", 'MMR', '0841', 'MMR'),
    ('The governor of Oklahoma granted clemency to a death row inmate hours before his execution.', 'USA', '0841', None),
    ('The president commuted the death sentences of 37 federal inmates to life in prison.', None, '0841', None),
    # raids by police and investigators
    ('Police raided the headquarters of the main opposition party in Dhaka on Saturday.', 'BGDCOP', '1711', 'BGDOPP'),
    ('Indian police raided the homes of several journalists in New Delhi on Tuesday.', 'INDCOP', '1711', 'IND'),
    ('Security forces raided the offices of an independent newspaper in Algiers.', 'DZA', '1711', 'DZAMED'),
    # judgements of a ruling or an arrest
    ('The press freedom group said the arrest of the reporter is a deep concern.', None, '012', None),
    ('The United Nations said the jailing of the journalists was deeply troubling.', 'IGOUNO', '012', None),
    ("Kenya's Law Society said the arrest of the activist was unconstitutional.", None, '111', None),
    ('Amnesty International called the verdict a travesty of justice.', 'NGOAMN', '111', None),
    # protests, lawsuits, alerts
    ('Hundreds of detainees at the prison went on hunger strike to protest their detention without trial.', None, '142', None),
    ('The ACLU sued the administration on Monday to stop the deportations.', 'USAHRI', '115', 'GOV'),
    ("Police were on high alert ahead of Saturday's rally.", 'COP', '151', None),
    ('Indonesian police were placed on alert ahead of the verdict.', 'IDNCOP', '151', None),
    ('The Kenyan military was put on high alert after the attack on the border post.', 'KENMIL', '152', None),
]


def _code(actor: dict[str, Any] | None) -> str:
    return "" if actor is None else actor["code"]


@pytest.mark.parametrize(("text", "source", "cameo", "target"), SENTENCES)
def test_a_domestic_wording_is_coded_with_its_parties(code, text, source, cameo, target):
    events = code(text, published=PUB)
    found = [(_code(e["source"]), e["cameo"], _code(e["target"])) for e in events]
    assert any(c.startswith(cameo) and s.startswith(source or "") and t.startswith(target or "")
               for s, c, t in found), found


@pytest.mark.parametrize("text", [
    "The health ministry put hospitals on high alert after a cholera outbreak in the north.",
    "Ethiopia's health ministry placed health facilities on alert over the Marburg outbreak.",
    "Kenya's health ministry declared the outbreak a public health emergency.",
])
def test_a_health_alert_is_no_military_posture_nor_martial_law(code, text):
    found = [e["cameo"] for e in code(text, published=PUB)]
    assert not any(c.startswith(("15", "1724")) for c in found), found


def test_what_a_court_blocks_did_not_happen(code):
    text = "A federal judge on Tuesday blocked the Trump administration from deporting Venezuelan migrants."
    found = [e["cameo"] for e in code(text, published=PUB)]
    assert "172" in found and "174" not in found, found


def test_dismissing_accusations_sanctions_no_official(code):
    found = [e["cameo"] for e in code("The Chinese foreign ministry dismissed the accusations as groundless.", published=PUB)]
    assert "172" not in found, found


@pytest.mark.parametrize(("text", "code_prefix"), [
    ("The court suspended the hearing until next week.", "172"),  # a court's own calendar
    ("Parliament reduced the presidential term to five years.", "0841"),  # a term of office, no sentence
    ("Israeli troops raided the Jenin refugee camp on Tuesday.", "1711"),  # troops raiding a camp fight
])
def test_routine_or_military_wordings_are_not_read_as_domestic_sanctions(code, text, code_prefix):
    found = [e["cameo"] for e in code(text, published=PUB)]
    assert not any(c.startswith(code_prefix) for c in found), found


@pytest.mark.parametrize("text", [
    "Police arrested 20 people during protests in the capital.",
    "The government suspended any further action on the land bill after protests.",
    "The interior ministry withdrew the decree amid protests in Dakar.",
])
def test_who_acts_after_or_during_protests_is_no_protester(code, text):
    found = [(_code(e["source"]), e["cameo"]) for e in code(text, published=PUB)]
    assert not any(c.startswith("14") and s.endswith(("COP", "GOV")) for s, c in found), found
