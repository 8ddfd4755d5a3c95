"""Who did it and to whom in conflict news, when the text says it indirectly (act15): victims whose
country is where they were, collective doers ("Russian forces", "government-backed fighters", "the
two sides"), places, ships and buildings as targets, agentless passives whose doer the story just
named, and definite descriptions ("the insurgent group", "the militants") that take back the armed
group named before. Each case asserts the code's root, the source and the target (country and
sector). The sentences were written for these tests in wire style.

The fixed kinds: a definite armed role or group noun takes back the armed group named last; a
named armed group counts for the country its story is about; harm in a passive after a reported
attack is that attacker's, on the people the attack struck (a state's forces harming the very
people their strike hit, or militants they fought; the losses on the forces' own side, when they
were last told fighting an armed group, are that group's); "came under attack" after a reported attack is
that attacker's, and so is harm by "the strike" or "the attack" the story told of, or by an attack
a clause of time tells ("were killed when gunmen attacked ..."); a place a striking verb takes as
its object ("pounded Gaza City", "hit Beirut's suburbs") is where the victims were; "fighting between A and B" (a gerund, or fled from) is A on B; an armed group's
attack on a craft whose flag is unsaid has no target rather than the group's own state; victims
named as worshippers, passengers, mourners ... are civilians; "they" doing violence, when the
sentences before name only its victims, is the armed group named there; an act's noun with a
"reported" participle ("exchanges of fire reported between A and B") took place."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.dyads import code_triples

PUB = date(2025, 6, 10)


def _found(code, text: str) -> list[tuple[str | None, str, str | None]]:
    """(source code, root, target code) of the events of the text's last sentence."""
    return code_triples(code(text, published=PUB), text.count(". "))


def _fits(expected: str | None, found: str | None) -> bool:
    """A three-letter expectation is a country whatever the sector; a longer one the whole code."""
    if expected is None or found is None:
        return expected == found
    return found == expected if len(expected) > 3 else found[:3] == expected


def _has(found, source, root, target) -> bool:
    return any(r == root and _fits(source, s) and _fits(target, t) for s, r, t in found)


CASES = [
    # --- victims: their country is where they were; their sector what they were doing ---------
    ("Israeli airstrikes killed 14 civilians in Khan Younis on Tuesday.", "ISRMIL", "19", "PSECVL"),
    ("Russian drones struck an apartment block in Odesa overnight, killing three residents.",
     "RUSMIL", "19", "UKRCVL"),
    ("Two journalists were killed by an Israeli strike in southern Lebanon.", "ISRMIL", "19", "LBNMED"),
    ("Gunmen opened fire on worshippers at a mosque in Herat on Friday.", "AFG", "19", "AFGCVL"),
    ("Suicide bombers killed 20 worshippers at a church in Kaduna.", "NGA", "18", "NGACVL"),
    ("Gunmen killed two journalists in the Mexican state of Guerrero.", "MEX", "18", "MEXMED"),
    ("An Israeli strike on a school sheltering displaced families in Gaza City killed 12 people.",
     "ISRMIL", "19", "PSECVL"),
    ("Russian shelling killed two residents of Kherson on Sunday.", "RUSMIL", "19", "UKRCVL"),
    ("Israeli gunfire killed three Palestinian journalists in Gaza.", "ISRMIL", "19", "PSEMED"),
    ("Three Palestinians were killed by Israeli fire near Khan Younis.", "ISRMIL", "19", "PSECVL"),
    ("Israeli fire killed three Palestinian journalists in Gaza.", "ISRMIL", "19", "PSEMED"),
    ("A Ukrainian civilian was killed by Russian shelling in Kherson.", "RUS", "19", "UKRCVL"),
    ("Two children were wounded by Israeli shelling in southern Lebanon.", "ISR", "19", "LBNCVL"),
    # --- collective doers ---------------------------------------------------------------------
    ("Russian forces shelled the city of Kharkiv on Monday.", "RUSMIL", "19", "UKRCVL"),
    ("Israeli troops raided the Jenin refugee camp on Wednesday.", "ISRMIL", "19", "PSE"),
    ("Ukrainian forces shot down 40 Russian drones overnight.", "UKRMIL", "19", "RUSMIL"),
    ("Turkish warplanes struck Kurdish militant targets in northern Iraq.", "TURMIL", "19", "IRQREB"),
    ("Armed forces loyal to the junta bombed rebel positions in Shan state.", "MMRMIL", "19", "MMRREB"),
    ("Government-backed fighters killed 12 villagers in Jonglei state.", "SSD", "18", "SSDCVL"),
    ("Myanmar's junta bombed rebel positions in Kachin State.", "MMRMIL", "19", "MMRREB"),
    ("Sudanese paramilitary forces shelled a displacement camp near El Fasher.", "SDN", "19", "SDN"),
    ("Militants attacked Pakistani security personnel in North Waziristan.", "PAKREB", "19", "PAKMIL"),
    ("Nigerian security forces killed 15 bandits in Zamfara.", "NGAMIL", "19", "NGACRM"),
    ("Bandits abducted 20 students in Kaduna.", "NGACRM", "18", "NGAEDU"),
    ("Hezbollah said it targeted Israeli troops near the border with rockets.", "LBNREBHEZ", "19", "ISRMIL"),
    ("The Houthis targeted an American destroyer with missiles and drones.", "YEMREBHTH", "19", "USA"),
    # --- ground taken from a party is taken from that party, not from the people there ---------------
    ("Somali government troops recaptured the town of Adan Yabaal from al-Shabab.", "SOMMIL", "19", "SOMREBSHB"),
    ("Rebels seized the northern Malian town of Kidal from government forces on Monday.", "MLIREB", "19", "MLIMIL"),
    # --- the two sides ------------------------------------------------------------------------
    ("Fighting between the army and the Rapid Support Forces killed dozens in Khartoum.",
     "SDNMIL", "19", "SDNREBRSF"),
    ("Clashes between Indian and Pakistani troops erupted along the Line of Control.", "INDMIL", "19", "PAKMIL"),
    ("Thousands of civilians were displaced by fighting between rebels and Congolese forces in North Kivu.",
     "CODREB", "19", "CODMIL"),
    ("Officials said 10,000 people fled fighting between rebels and Malian troops this week.",
     "MLIREB", "19", "MLIMIL"),
    ("Central African Republic officials urged civilians to return home after thousands were displaced by "
     "fighting between rebels and government forces.", "CAFREB", "19", "CAFMIL"),
    ("Armenian and Azerbaijani troops exchanged fire along the border on Thursday.", "ARMMIL", "19", "AZEMIL"),
    ("Thai and Cambodian troops clashed along the border on Thursday. The two sides exchanged fire for "
     "several hours.", "THA", "19", "KHM"),
    # --- places, ships, aircraft, buildings -----------------------------------------------------
    ("Houthi rebels attacked a Greek-flagged tanker in the Red Sea on Sunday.", "YEMREBHTH", "19", "GRC"),
    ("Russian missiles hit a Ukrainian warship in the port of Odesa.", "RUS", "19", "UKRMIL"),
    ("Iranian forces seized a British-flagged oil tanker in the Strait of Hormuz.", "IRNMIL", "17", "GBR"),
    ("Militants attacked the Pakistani consulate in Kandahar.", "AFG", "18", "PAKGOV"),
    ("Gunmen stormed the Indian embassy in Kabul on Monday.", "AFG", "18", "INDGOV"),
    ("Rebels shot down a Malian army helicopter near Kidal.", "MLIREB", "19", "MLIMIL"),
    ("Israeli jets struck Damascus airport on Thursday.", "ISRMIL", "19", "SYR"),
    ("Insurgents attacked a police station in Balochistan on Friday.", "PAK", "19", "PAKCOP"),
    ("Somali troops attacked an al-Shabab base in Middle Shabelle.", "SOMMIL", "19", "SOMREBSHB"),
    ("Al-Shabab militants fired mortars at the presidential palace in Mogadishu.", "SOMREBSHB", "19", "SOM"),
    ("Houthi rebels fired a missile at a commercial ship in the Red Sea.", "YEMREBHTH", "19", None),
    ("Houthi rebels attacked a cargo vessel off the coast of Yemen on Tuesday.", "YEMREBHTH", "18", None),
    # --- agentless passives whose doer the story just named --------------------------------------
    ("Russian forces launched a missile barrage on Kyiv early on Monday. Five people were killed in the "
     "strike, officials said.", "RUSMIL", "19", "UKRCVL"),
    ("Al-Shabab militants stormed a hotel in Kismayo on Sunday. At least nine people were killed in the siege.",
     "SOMREBSHB", "19", "SOMCVL"),
    ("The Sudanese army bombed a market in Nyala on Monday. Dozens of civilians were killed in the raid, "
     "activists said.", "SDNMIL", "19", "SDNCVL"),
    ("Pakistani troops launched an operation against militants in North Waziristan. Eight militants were "
     "killed in the operation.", "PAKMIL", "19", "PAKREB"),
    ("Boko Haram fighters raided a village in Borno state on Friday. The attackers killed 12 farmers and "
     "burned homes.", "NGAREBBKH", "18", "NGAAGR"),
    ("Hezbollah fired rockets at northern Israel on Sunday. Two people were wounded in the town of Kiryat "
     "Shmona.", "LBNREBHEZ", "18", "ISRCVL"),
    ("Russian drones attacked the Ukrainian port of Izmail overnight. Two dock workers were killed.",
     "RUSMIL", "19", "UKRLAB"),
    ("Hezbollah fired rockets at northern Israel. Two Thai workers were wounded.", "LBNREBHEZ", "18", "THALAB"),
    ("BLA insurgents ambushed a bus in Kalat last month. Officials said the convoy was passing through the "
     "district when it came under attack, wounding eight soldiers.", "PAKSEPBLA", "18", "PAK"),
    ("Russian forces launched a wave of drone strikes on Kyiv overnight. The strikes killed four people "
     "and damaged a hospital.", "RUSMIL", "19", "UKRCVL"),
    ("Israeli aircraft bombed a house in Khan Younis on Tuesday. The attack killed eight people, health "
     "officials said.", "ISRMIL", "19", "PSECVL"),
    ("The RSF attacked the Zamzam camp in North Darfur on Friday. Aid groups said at least 100 people were "
     "killed.", "SDNREBRSF", "18", "SDNCVL"),
    # --- the attack told in a clause of time ----------------------------------------------------------
    ("At least 40 people were killed when gunmen attacked worshippers at a mosque in Niger.", "NER", "18", "NERCVL"),
    ("Three civilians were wounded when Russian drones struck an apartment block in Kharkiv.",
     "RUSMIL", "18", "UKRCVL"),
    ("Six people were killed as Israeli jets pounded Gaza City overnight.", "ISRMIL", "19", "PSECVL"),
    # --- the place struck is where the victims were -----------------------------------------------
    ("Israeli strikes hit Beirut's southern suburbs, killing five people.", "ISRMIL", "19", "LBNCVL"),
    ("Russian missiles struck the outskirts of Kyiv, killing three people.", "RUS", "19", "UKRCVL"),
    ("American officials said Russian strikes killed 12 civilians in Sumy on Sunday.", "RUSMIL", "19", "UKRCVL"),
    # --- definite descriptions that take back the armed group named before ------------------------
    ("The Islamic State group claimed the attack on the church. The militants killed four worshippers.",
     "IMGISS", "18", "CVL"),
    ("Boko Haram fighters raided a village in Borno state on Friday. The group killed 12 farmers.",
     "NGAREBBKH", "18", "NGAAGR"),
    ("Al-Shabab stormed a hotel in Mogadishu. Somali forces killed the militants after a six-hour siege.",
     "SOMMIL", "19", "SOMREBSHB"),
    ("Hezbollah fired drones at northern Israel on Sunday. Israeli jets bombed the militants in southern "
     "Lebanon.", "ISRMIL", "19", "LBNREBHEZ"),
    ("The M23 rebels seized the town of Rubaya. Congolese troops attacked the rebels on Monday.",
     "CODMIL", "19", "CODREBM23"),
    ("Hamas fired rockets at Tel Aviv on Saturday. Israeli troops later raided a hideout of the militant "
     "group in Jenin.", "ISRMIL", "19", "PSE"),
    ("Al-Shabab claimed the bombing in Mogadishu. Somali troops attacked the insurgent group's positions "
     "on Monday.", "SOMMIL", "19", "SOM"),
    ("The Israeli military said two Hamas commanders were killed in southern Gaza.", "ISRMIL", "19", "PSEREBHMS"),
    # --- an armed group named in a sentence does not make its people the sentence's ----------------
    ("Gunmen attacked a bus in Kenya's Mandera county, killing 10 passengers. Police blamed al-Shabab for "
     "the attack.", "KENCOP", "11", "SOMREBSHB"),
    # --- captors, and who backs an armed group, are no one's country by accident ---------------------
    ("More than 200 schoolgirls kidnapped in Zamfara state were freed by their captors on Tuesday.",
     "NGACRM", "08", "NGAEDU"),
    ("The hostages were released by their captors in northern Mali.", "MLICRM", "08", "MLICVL"),
    # --- "they" doing violence, among victims, is the armed group named before ---------------------
    ("Two of the passengers described their ordeal at the hands of the Baloch Liberation Army. They shot "
     "and killed people on the train.", "PAKSEPBLA", "19", "PAKCVL"),
    ("Villagers recounted the raid by Boko Haram on their market. They burned shops and abducted women.",
     "NGAREBBKH", "18", "NGACVL"),
    ("Pakistani commandos stormed the train held by the BLA on Wednesday. They killed 33 militants.",
     "PAKMIL", "19", "PAKREB"),
    # --- fighting the text says took place, in a phrase hung on another clause --------------------
    ("The operation went on for hours, with exchanges of fire reported between Pakistani troops and BLA "
     "militants.", "PAKMIL", "19", "PAKSEPBLA"),
    # --- an armed group's claim for an attack on no one named is aimed at its own state ------------
    ("The Baloch Liberation Army quickly claimed responsibility for the brazen attack.", "PAKSEPBLA", "01", "PAK"),
    ("The Houthis claimed responsibility for an attack on an American warship in the Red Sea.",
     "YEMREBHTH", "01", "USAMIL"),
    ("The Islamic State group claimed responsibility for the bombing.", "IMGISS", "01", None),
    # --- a story about an armed group is about its country ----------------------------------------
    ("BLA insurgents ambushed a bus carrying soldiers in Kalat, killing 18 of them.", "PAKSEPBLA", "19", "PAK"),
]


@pytest.mark.parametrize(("text", "source", "root", "target"), CASES)
def test_conflict_dyad(code, text, source, root, target):
    found = _found(code, text)
    assert _has(found, source, root, target), found


# A state's forces told fighting an armed group, then losses on their side with no doer named: the
# group's (the fight the story just told), as (the fight, the losses, the dyad expected).
LOSSES_IN_A_FIGHT = [
    ("Somali soldiers shot dead two al-Shabab gunmen during the hotel siege, the commander said.",
     "Seven other people, including security officials, were killed.", ("SOMREBSHB", "18", "SOMCVL")),
    ("Pakistani soldiers killed 12 militants in a raid in North Waziristan on Tuesday.",
     "Four soldiers were killed in the fighting.", ("PAKREB", "19", "PAKMIL")),
    ("Iraqi troops battled Islamic State fighters near Mosul overnight.",
     "Two officers were wounded, the ministry said.", ("IRQREB", "18", "IRQMIL")),
]


@pytest.mark.parametrize(("fight", "losses", "dyad"), LOSSES_IN_A_FIGHT)
def test_losses_in_a_fight_are_the_foes(code, fight: str, losses: str, dyad: tuple[str, str, str]):
    found = _found(code, f"{fight} {losses}")
    assert _has(found, *dyad), found


# --- what must stay empty or unguessed --------------------------------------------------------------
@pytest.mark.parametrize(("text", "not_source"), [
    # the soldiers killed militants: the others killed are not presumed theirs
    ("Nigerian troops killed 20 Boko Haram fighters in Borno state. Three civilians were also killed.", "NGAMIL"),
    # a state's forces reporting an attack on their own post did not make it
    ("Pakistani troops killed 12 militants in North Waziristan. A police post came under attack the same day.",
     "PAKMIL"),
    # "the military" with no country of its own, reporting soldiers of a named country killed, is theirs
    ("Two Israeli soldiers were killed in southern Gaza, the military said.", "PSEMIL"),
    # the attackers killed are not their own victims
    ("Gunmen attacked a police checkpoint in Quetta. Two of the gunmen were killed.", "PAKUAF"),
    # troops who fought militants are not presumed to have killed the civilians "the assault" killed
    ("Somali troops attacked al-Shabab positions near Afgoye. The assault killed 12 civilians, residents said.",
     "SOMMIL"),
])
def test_harm_not_laid_at_the_wrong_door(code, text, not_source):
    found = _found(code, text)
    assert all(s != not_source for s, _, _ in found), found


@pytest.mark.parametrize("text", [
    # "the group" after a rights group and an armed group: whose words they are is unsure
    "Amnesty International condemned the attack by Boko Haram. The group said the army had failed to "
    "protect civilians.",
    # the group named last is the Taliban, coded as a government: not the armed group named before it
    "The Islamic State group has attacked Hazara schools before. Afghan officials accused the Taliban of "
    "plotting the bombing. The insurgent group denied involvement.",
    # "the group" is the group of settlers just said, not the armed group named before it
    "Hamas fired rockets at Ashkelon on Monday. Later, a group of Israeli settlers attacked a Palestinian "
    "village. The group burned cars and homes.",
    # "the Somali militants" says whose they are: no group taken back from before
    "Al-Shabab stormed a hotel in Mogadishu. Police arrested two Kenyan militants in Garissa.",
])
def test_a_definite_that_says_more_takes_back_no_armed_group(code, text):
    found = _found(code, text)
    armed = ("NGAREBBKH", "SOMREBSHB", "IMGISS", "PSEREBHMS")
    assert all(s not in armed for s, _, _ in found), found
    assert all(t not in armed for _, _, t in found), found


@pytest.mark.parametrize("text", [
    "Five people were killed in a fire at a market in Lagos.",
    "Two people died in the fire, firefighters said.",
])
def test_a_blaze_is_no_fire_of_arms(code, text):
    found = _found(code, text)
    assert all(root != "19" for _, root, _ in found), found


def test_measures_that_target_are_no_force(code):
    found = _found(code, "The new sanctions target Russian banks with asset freezes.")
    assert all(root != "19" for _, root, _ in found), found


@pytest.mark.parametrize("text", [
    "Rebels backed by Rwanda seized the town of Bunagana.",
    "The rebels, who are backed by Rwanda, seized the town of Bunagana.",
])
def test_who_backs_an_armed_group_is_not_its_country(code, text):
    found = _found(code, text)
    rebels = [s for s, _, _ in found if s is not None and s.endswith("REB")]
    assert rebels and not any(s.startswith("RWA") for s in rebels), found


def test_an_armed_groups_attack_on_a_flagless_ship_is_not_on_its_own_state(code):
    found = _found(code, "Houthi rebels fired two drones at a container ship in the Gulf of Aden.")
    assert found and all(t is None or not t.startswith("YEM") for _, _, t in found), found


def test_people_who_fled_fighting_are_no_party_to_it(code):
    found = _found(code, "Thousands of villagers fled fighting between the army and Fano militias in Amhara.")
    assert all(s is None or not s.endswith("CVL") for s, _, _ in found), found
