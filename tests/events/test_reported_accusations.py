"""Accusations carried by what a statement says (acc17): a party's reported clause that says
another party did or is doing wrong is the party's accusation of it (112 and the codebook's
subcodes), whatever the verb of saying (said, told, added, insisted, argued, maintained,
stated, "according to", a quotation, "in a statement"): through a verb of wrongdoing
("said Washington was [abusing] export controls", "was [weaponizing] trade", "had [fabricated]
evidence", "was [funding] the rebels"), through "commit" with a crime that is itself a
charge ("was committing [genocide]": 1124, and no act of mass killing stated by the writer),
through the passive with the wrongdoer in the by-phrase ("its fishermen had been [harassed]
by Chinese vessels"), and through a noun ("an act of economic coercion"). A refusal to be
pressed ("would not be [bullied] by Washington") refuses to yield (124) to the by-phrase's
party. No accusation for what may happen, a denial, the speaker's own acts, analysts and
private speakers, acts of force a party reports (the attack is the event), or beside a verb
that already accuses. Sentences written for these tests in wire style."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 6, 1)


def coded(code, text):
    return [((e["source"] or {}).get("code") or "", e["cameo"], (e["target"] or {}).get("code") or "", e["rule"])
            for e in code(text, published=PUB)]


def _hits(found, expected):
    source, cameo, target = expected
    return [e for e in found if e[0].startswith(source) and e[1].startswith(cameo)
            and (e[2].startswith(target) or e[2] == "IGO" + target)]


def assert_accused_once(code, text, expected):
    """The expected accusation is there, and it is the sentence's only 11x event."""
    found = coded(code, text)
    assert _hits(found, expected), found
    assert len([e for e in found if e[1].startswith("11")]) == 1, found


def assert_no_accusation(code, text):
    found = coded(code, text)
    assert not [e for e in found if e[1].startswith("11") or "+charge" in e[3]], found


# --- a verb of wrongdoing in the reported clause: the speaker accuses the clause's subject ---------------

@pytest.mark.parametrize(("text", "expected"), [
    ("China's commerce ministry said the United States was abusing export controls to suppress Chinese firms.",
     ("CHN", "112", "USA")),
    ("Beijing said Washington was weaponizing tariffs against its trading partners.", ("CHN", "112", "USA")),
    ("The Russian foreign ministry said the European Union was exploiting the grain deal for political ends.",
     ("RUS", "112", "IGOEEC")),
    ("Tehran said Washington was coercing its neighbors into cutting trade with Iran.", ("IRN", "112", "USA")),
    ("North Korea's foreign ministry said Seoul was blackmailing Pyongyang with the threat of new sanctions.",
     ("PRK", "112", "KOR")),
    ("Islamabad said New Delhi was spreading lies about the attack in Kashmir.", ("PAK", "112", "IND")),
    ("China's defense ministry said Taipei had spread disinformation about the drills.", ("CHN", "112", "TWN")),
    ("The Kremlin said Kyiv had fabricated evidence of the killings.", ("RUS", "112", "UKR")),
    ("Venezuela's foreign minister said Washington was smearing the Venezuelan government.", ("VEN", "112", "USA")),
    ("The Chinese embassy said Canberra had slandered China in its annual defense report.", ("CHN", "112", "AUS")),
    ("Beijing said Washington had politicized the search for the origins of the virus.", ("CHN", "112", "USA")),
    ("Caracas said Georgetown was distorting the history of the border dispute.", ("VEN", "112", "GUY")),
    ("Kinshasa said Kigali was funding the M23 rebels in North Kivu.", ("COD", "112", "RWA")),
    ("Ethiopia said Egypt was arming rebels in the Amhara region.", ("ETH", "112", "EGY")),
    ("Islamabad said Kabul was supporting terrorists who attack Pakistani troops.", ("PAK", "112", "AFG")),
    ("Havana said Washington was suppressing Cuban businesses with its embargo.", ("CUB", "112", "USA")),
    ("Moscow said London was manipulating the investigation into the poisoning.", ("RUS", "112", "GBR")),
    ("Minsk said Warsaw had orchestrated the protests after the election.", ("BLR", "112", "POL")),
    ("Baku said Yerevan was inciting hatred against Azerbaijanis.", ("AZE", "112", "ARM")),
    ("Niger's junta said France was sponsoring terrorism in the Sahel.", ("NER", "112", "FRA")),
    ("Tehran said Washington was financing terrorist groups in Syria.", ("IRN", "112", "USA")),
    ("The Chinese foreign ministry said Japan was hyping the so-called China threat.", ("CHN", "112", "JPN")),
    ("Beijing said Washington was smearing Chinese companies to justify its bans.", ("CHN", "112", "USA")),
    ("Beijing said Washington was abusing the concept of national security to hobble Chinese firms.",
     ("CHN", "112", "USA")),
    ("New Delhi said Islamabad continued to sponsor cross-border terrorism.", ("IND", "112", "PAK")),
    ("Tehran said Washington kept trying to destabilize the region.", ("IRN", "112", "USA")),
    ("Pyongyang said Seoul was plotting an invasion of the North.", ("PRK", "112", "KOR")),
    ("The Kremlin said London was trying to sabotage the peace talks.", ("RUS", "112", "GBR")),
])
def test_a_verb_of_wrongdoing_in_a_reported_clause_is_an_accusation(code, text, expected):
    assert_accused_once(code, text, expected)


# --- committing a crime that is itself a charge: the accusation, not the act ---------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("South Africa said Israel was committing genocide in Gaza.", ("ZAF", "1124", "ISR")),
    ("Kyiv said Russian troops had committed war crimes in the occupied regions.", ("UKR", "1124", "RUS")),
    ("Baku said Yerevan was committing crimes against humanity in Karabakh.", ("AZE", "1124", "ARM")),
    ("Sudan's army said the Rapid Support Forces had committed atrocities in El Fasher.", ("SDN", "1124", "SDN")),
    ("Armenia said Azerbaijan had committed aggression against its sovereign territory.", ("ARM", "1123", "AZE")),
    ("Myanmar's exiled government said the junta was carrying out ethnic cleansing in Rakhine.", ("MMR", "1124", "MMR")),
])
def test_committing_a_charged_crime_is_an_accusation_of_it(code, text, expected):
    assert_accused_once(code, text, expected)


def test_a_claimed_genocide_is_not_an_act_stated_by_the_writer(code):
    found = coded(code, "South Africa said Israel was committing genocide in Gaza.")
    assert not [e for e in found if e[1].startswith("20") or "massviolence" in e[3]], found  # nor its threat


# --- the passive with the wrongdoer in the by-phrase ----------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Manila said its fishermen had been harassed by Chinese coast guard vessels.", ("PHL", "112", "CHN")),
    ("Beijing said Chinese firms were being unfairly suppressed by Washington.", ("CHN", "112", "USA")),
    ("Havana said Cuba had been blackmailed by the United States for six decades.", ("CUB", "112", "USA")),
    ("Tehran said the protests had been orchestrated by Israel.", ("IRN", "112", "ISR")),
    ("Kyiv said the footage had been fabricated by Russian military intelligence.", ("UKR", "112", "RUS")),
    ("Islamabad said the militants were funded by New Delhi.", ("PAK", "112", "IND")),
])
def test_wrongdoing_in_the_passive_accuses_the_party_of_the_by_phrase(code, text, expected):
    assert_accused_once(code, text, expected)


# --- a refusal to be pressed: "would not be bullied by Washington" refuses to yield ----------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Mexico's president said her government would not be bullied by Washington.", ("MEX", "124", "USA")),
    ("Denmark's prime minister said Copenhagen would not be intimidated by Washington over Greenland.",
     ("DNK", "124", "USA")),
    ("Beijing said it would never be blackmailed by the United States.", ("CHN", "124", "USA")),
    ("The Canadian prime minister said Canada would not be coerced by Washington.", ("CAN", "124", "USA")),
])
def test_refusing_to_be_pressed_by_a_party_is_a_refusal_to_yield(code, text, expected):
    found = coded(code, text)
    assert _hits(found, expected), found
    assert not [e for e in found if e[1] == "010"], found


# --- nouns: "an act of economic coercion", "amounted to genocide" ---------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("China's commerce ministry said the tariffs were an act of economic coercion.", ("CHN", "111", "")),
    ("Beijing said the U.S. export controls were a form of economic bullying.", ("CHN", "111", "USA")),
    ("Tehran said the U.S. sanctions amounted to economic terrorism.", ("IRN", "111", "USA")),
    ("Pretoria said Israel's actions in Gaza amounted to genocide.", ("ZAF", "1124", "ISR")),
    ("Beijing said the Dutch restrictions were an abuse of export controls.", ("CHN", "11", "NLD")),
    ("Moscow said the EU's seizure of Russian assets was outright theft.", ("RUS", "111", "IGOEEC")),
    ("The Chinese foreign ministry said the Japanese report was a smear against China.", ("CHN", "111", "JPN")),
])
def test_a_noun_of_wrongdoing_said_of_a_party_s_act_judges_it(code, text, expected):
    assert_accused_once(code, text, expected)


# --- the forms of reporting ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("According to the Chinese foreign ministry, Washington is weaponizing trade.", ("CHN", "112", "USA")),
    ("In a statement, Iran's foreign ministry said Britain was exploiting the nuclear issue.", ("IRN", "112", "GBR")),
    ("'Washington is abusing the dominance of the dollar,' the Russian foreign minister told reporters.",
     ("RUS", "112", "USA")),
    ("The Chinese ambassador told reporters that Canberra was exploiting the issue for domestic politics.",
     ("CHN", "112", "AUS")),
    ("China's commerce ministry added that the United States was politicizing economic and trade issues.",
     ("CHN", "112", "USA")),
    ("Moscow insisted that Kyiv had fabricated the footage.", ("RUS", "112", "UKR")),
    ("Beijing maintained that Manila was distorting the facts about the collision.", ("CHN", "112", "PHL")),
    ("Pakistan's foreign office argued that India was exploiting the attack to justify military action.",
     ("PAK", "112", "IND")),
    ("Tehran stated that Washington was supporting terrorist groups in the region.", ("IRN", "112", "USA")),
    ("The Kremlin said in a statement that Britain was spreading disinformation about the war.", ("RUS", "112", "GBR")),
    ("'Israel is committing genocide,' South Africa's foreign minister said.", ("ZAF", "1124", "ISR")),
    ("Russia is weaponizing energy, the Lithuanian president said on Monday.", ("LTU", "112", "RUS")),
])
def test_every_form_of_reporting_carries_the_accusation(code, text, expected):
    assert_accused_once(code, text, expected)


@pytest.mark.xfail(reason="the parser reads 'had politicized trade issues' as an adjective on 'issues'", strict=True)
def test_a_participle_read_as_an_adjective_is_a_known_miss(code):
    assert_accused_once(code, "China's commerce ministry added that the United States had politicized trade issues.",
                        ("CHN", "112", "USA"))


# --- near misses: a possibility, a denial, the speaker's own act, an onlooker ----------------------------

@pytest.mark.parametrize("text", [
    "Beijing said the United States would abuse the new export controls.",
    "Washington said it had not violated any agreement.",
    "Analysts said Beijing was exploiting the crisis to expand its influence.",
    "Beijing said it had never weaponized trade.",
    "Moscow said Kyiv could be fabricating evidence.",
    "Seoul said North Korea might be spreading false information about the launch.",
    "India said it was not exploiting the water treaty.",
    "Experts said Moscow was weaponizing energy supplies.",
    "A researcher at a Tokyo think tank said China was coercing its neighbors.",
    "Tokyo said it would not exploit the dispute for political gain.",
    "Seoul said it was unclear whether Pyongyang had hacked the servers.",
    "Moscow said Western countries would exploit any pause to rearm Ukraine.",
    "The company said hackers had stolen customer data.",
    "The Chinese foreign ministry said the two countries should not politicize trade.",
    "Manila said Chinese vessels could harass Filipino fishermen.",
    "Seoul said its fishermen were not harassed by Chinese vessels.",
    "Nairobi said the United Nations was supporting refugees in the Dadaab camp.",
    "The ministry said Washington was funding health projects in the region.",
    "Kyiv said Western partners were arming its troops with new air defense systems.",
    "Beijing said the investment was supported by both governments.",
    "Officials said the dam was built by Ethiopia.",
    "Minsk said it had not orchestrated the migrant crisis.",
    "Pretoria denied that it was supporting terrorism.",
    "Tehran said it would never support terrorism.",
    "Beijing said Chinese companies had been targeted by hackers.",
    "A professor of international relations said Washington was bullying its allies.",
    "Caracas said the opposition could be funded by foreign governments.",
    "Mexico's president said her government would not be bullied.",
    "Tehran said its forces had targeted the bases of terrorist groups in Iraq.",
    "Beijing said Washington would continue to exploit the dispute.",
    "Moscow said Kyiv had not tried to sabotage the talks.",
])
def test_possibilities_denials_own_acts_and_onlookers_accuse_no_one(code, text):
    assert_no_accusation(code, text)


# --- acts of force a party reports stay the act ---------------------------------------------------------

@pytest.mark.parametrize(("text", "root"), [
    ("Kyiv said Russian forces had shelled the city overnight.", "19"),
    ("Ukraine's air force said Russia had launched 90 drones at Kyiv overnight.", "19"),
    ("The Somali army said al-Shabab militants had attacked a military base near Mogadishu.", "19"),
])
def test_an_attack_a_party_reports_stays_the_attack(code, text, root):
    found = coded(code, text)
    assert [e for e in found if e[1].startswith(root)], found
    assert not [e for e in found if e[1].startswith("11")], found


# --- a measure a party reports stays beside (or instead of) what it says of it ----------------------------

def test_a_measure_a_party_reports_stays_the_measure(code):
    found = coded(code, "Beijing said Washington was targeting Chinese companies with unfair sanctions.")
    assert [e for e in found if e[1].startswith("16") and e[0].startswith("USA") and e[2].startswith("CHN")], found


@pytest.mark.parametrize("text", [
    "Seoul said North Korea had hacked the computer networks of its defense contractors.",
    "Seoul said its government networks had been hacked by North Korean operatives.",
])
def test_a_hack_a_party_reports_is_the_hack(code, text):
    """As the PLOVER gold codes "North Korea has tried to hack into the computers ..., officials said"."""
    found = coded(code, text)
    assert [e for e in found if e[1].startswith("17") and e[0].startswith("PRK")], found
    assert not [e for e in found if e[1].startswith("11")], found


# --- a verb that already accuses: one accusation, not two ------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Chinese foreign ministry accused Washington of abusing export controls.", ("CHN", "112", "USA")),
    ("Pretoria accused Israel of committing genocide in Gaza.", ("ZAF", "1124", "ISR")),
    ("Beijing condemned Washington for weaponizing trade.", ("CHN", "11", "USA")),
    ("Moscow accused London of spreading disinformation, saying Britain was fabricating evidence.",
     ("RUS", "112", "GBR")),
    ("Kinshasa blamed Kigali for arming the M23 rebels.", ("COD", "112", "RWA")),
])
def test_a_verb_that_accuses_gives_the_one_accusation(code, text, expected):
    assert_accused_once(code, text, expected)


# --- evidence: the rule and the wrongdoing word --------------------------------------------------------

def test_a_reported_accusation_keeps_its_rule_and_wrongdoing_word(code):
    events = code("Beijing said Washington was weaponizing tariffs against its trading partners.", published=PUB)
    charged = [e for e in events if e["cameo"] == "112"]
    assert charged and "+charge" in charged[0]["rule"], events
    assert "weaponizing" in charged[0]["trigger"], events
