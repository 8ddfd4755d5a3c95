"""Coverage bank for the actors of conflict news: acts the coder recognises but whose doer or victim
it used to miss, by mechanism. Force told in an agentless passive ("was shot dead in Kampala",
"a convoy was ambushed in northern Mali": the unaligned armed forces of the place, or no source);
generic agents whose country only the story gives ("Violence has surged in Burkina Faso. Jihadists
ambushed ..."); people named only by a role the dictionaries lacked (opponents, lawyers,
photographers, schoolgirls, artists); "he" or "she" taking back a person the sentence before named
by a role alone ("Police detained the activist. He was charged ..."); doers named only as unknown
("abducted by unknown men": UAF); a UN agency's word for itself ("the UNICEF director said the
agency needs ..."). Near misses must stay silent: crime between private people (a neighbour, a
father), accidents, weather, films "shot" somewhere, bills "killed", attacks in words ("attacked
online"). All sentences were written for this bank in wire style."""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.bank import coded_triples, hit

PUB = date(2025, 6, 1)

# --- force told in an agentless passive: no doer named --------------------------------------------
# With a place in the sentence the doer is the place's unaligned armed forces (UAF); with none, the
# coder leaves the source empty (the conflict guide: "null only when no attacker is mentioned").

PASSIVE_HARM = [
    ("The opposition politician was shot dead in Kampala on Saturday.", ("UGA", "19", "UGA")),
    ("A military convoy was ambushed in northern Mali, the army said.", ("MLI", "190", "MLI")),
    ("A police station in Peshawar was attacked by no fewer than a dozen men on Tuesday.", ("", "190", "PAK")),
    ("A police station in Peshawar was attacked on Tuesday night.", ("PAK", "190", "PAK")),
    ("Two soldiers were shot and wounded at a checkpoint near Kirkuk.", ("", "193", "IRQ")),
    ("The Mexican journalist was shot dead outside his home in Culiacan.", ("MEX", "193", "MEX")),
    ("An army patrol was ambushed near the border with Niger.", ("", "190", "")),
    ("A Catholic priest was abducted in southern Cameroon last week.", ("CMR", "181", "CMR")),
    ("Three aid workers were shot dead in South Sudan's Jonglei state.", ("SSD", "193", "")),
    ("Several policemen were shot at a roadblock in Kenya's Lamu county.", ("KEN", "193", "KEN")),
]

# --- the story gives the country of a generic doer ------------------------------------------------

STORY_COUNTRY = [
    ("Violence has surged in Burkina Faso this year. Jihadists ambushed a convoy of volunteers, killing 30.",
     ("BFA", "1", "BFA")),
    ("Tensions are high in Cameroon's Anglophone regions. Separatists abducted a priest on Sunday.",
     ("CMR", "181", "CMR")),
    ("Haiti's capital is largely controlled by gangs. A gang attacked a police station in Port-au-Prince.",
     ("HTI", "190", "HTI")),
    ("Myanmar's military seized power in 2021. The junta has arrested thousands of opponents since then.",
     ("MMR", "173", "MMR")),
    ("Tunisia's president has tightened his grip on power. Prosecutors charged the opposition leader with "
     "plotting against state security.", ("TUN", "173", "TUN")),
    ("Syria's interim government is struggling to restore order. Gunmen killed 20 members of the Alawite minority.",
     ("SYR", "18", "SYR")),
    ("Mexico has become one of the deadliest countries for reporters. A journalist was shot dead outside his "
     "home on Monday.", ("", "193", "MEX")),
]

# --- people named by a role the dictionaries lacked ----------------------------------------------

ROLE_WORDS = [
    ("Police arrested dozens of opponents of the government in Minsk.", ("BLR", "173", "BLR")),
    ("Iranian authorities have detained the lawyer of the jailed activist.", ("IRN", "173", "IRN")),
    ("Security forces arrested three photographers covering the protest in Tbilisi.", ("GEO", "173", "GEO")),
    ("Gunmen kidnapped two girls and a boy in Zamfara state.", ("NGA", "181", "NGA")),
    ("A Chinese court jailed a cartoonist for four years for mocking the leadership.", ("CHN", "173", "CHN")),
    ("Russian police detained a musician who performed anti-war songs in Moscow.", ("RUS", "173", "RUS")),
    ("Egyptian security forces arrested a novelist at his home in Cairo.", ("EGY", "173", "EGY")),
    ("Turkish police detained a filmmaker at Istanbul airport.", ("TUR", "173", "TUR")),
    ("The lawyer for the jailed journalist condemned the verdict as a travesty.", ("", "11", "")),
]

# --- he or she: a person the sentence before named by a role alone ---------------------------------

PRONOUN_ROLE = [
    ("Police in Belarus detained the opposition activist on Monday. He was charged with extremism on Tuesday.",
     ("BLR", "17", "BLR")),
    ("The Turkish journalist was arrested in Istanbul on Monday. He was charged with spreading disinformation.",
     ("TUR", "173", "TUR")),
    ("Ugandan police arrested the opposition leader on Monday. He was later released on bail.",
     ("UGA", "0841", "UGA")),
    ("Iranian authorities detained a French teacher in May. She was sentenced to eight years in prison.",
     ("IRN", "173", "FRA")),
    ("Russian forces captured the Ukrainian mayor last week. He was tortured during interrogation.",
     ("RUS", "18", "UKR")),
    ("Cambodian police arrested the reporter in September. He was charged with incitement.",
     ("KHM", "173", "KHM")),
]

# --- doers named only as unknown: the unaligned armed forces of the place -----------------------------

UNKNOWN_DOERS = [
    ("The activist was abducted by unknown men in Bamako.", ("MLI", "181", "MLI")),
    ("The journalist was beaten by unidentified men outside his home in Harare.", ("ZWEUAF", "182", "ZWE")),
    ("Masked men set fire to the offices of the opposition party in Kinshasa.", ("CODUAF", "1712", "COD")),
    ("The Guatemalan judge said he had been threatened by unnamed individuals.", ("", "13", "GTM")),
]

# --- a body's word for itself ---------------------------------------------------------------------

SELF_WORDS = [
    ("The UNICEF director said the agency needs a billion dollars this year to help children in Sudan.",
     ("IGOKID", "02", "")),
]

POSITIVE = PASSIVE_HARM + STORY_COUNTRY + ROLE_WORDS + PRONOUN_ROLE + UNKNOWN_DOERS + SELF_WORDS


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_coded(code, text, expected):
    source, cameo, target = expected
    found = coded_triples(code, text, PUB)
    assert hit(found, cameo, source, target), found


# --- near misses: no act of force, custody or protest --------------------------------------------

SILENT = [
    "The film was shot in Morocco last year.",
    "The photos were shot in Paris during fashion week.",
    "The bill was killed in committee on Thursday.",
    "Two hikers were killed in an avalanche in the Swiss Alps.",
    "A man was stabbed to death by his neighbour in a dispute over land in Kenya.",
    "The girl was killed by her father in Lahore, police said.",
    "Three fishermen drowned when their boat capsized off the coast of Senegal.",
    "The proposal was attacked by critics as too costly.",
    "The journalist was attacked online after the report.",
    "The minister was attacked over his record during the debate.",
    "The senator was targeted in a smear campaign.",
    "Prices were hit hard by the drought in southern Africa.",
    "The coastal town was battered by the storm overnight.",
    "Analysts said the junta could arrest more opponents before the vote.",
    "The artist was celebrated at the festival in Cannes.",
]


@pytest.mark.parametrize("text", SILENT)
def test_silent(code, text):
    found = coded_triples(code, text, PUB)
    assert not [e for e in found if e[1][:2] in ("14", "17", "18", "19", "20")], found
