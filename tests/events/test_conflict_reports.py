"""Shapes conflict reports take on the wires (conf17): casualties with the attacker in an "in a(n)
... attack" phrase or an earlier sentence, "according to" attributions, clashes between two named
sides, truce violations laid at one side's door, shelling of a place, hostages taken and freed,
attacks claimed by a group, security forces killing or arresting militants, sieges, evacuation
orders, and sentences that tell of no political event (accidents, disasters, crime, analysis).
Each case asserts the code's root, the source and the target. The sentences were written for these
tests in the style of Reuters, AP, AFP and Al Jazeera; none is taken from a corpus."""

from __future__ import annotations

import pytest
from tests.events.test_conflict_dyads import _fits, _found  # published 2025-06-10, as there


def _has(found, source, roots, target) -> bool:
    """Some event has one of the roots ("18|19": the wording allows either) and both actors."""
    return any(r in roots.split("|") and _fits(source, s) and _fits(target, t) for s, r, t in found)


CASES = [
    # --- casualties: the attacker in an "in a(n) ... attack by" phrase ---------------------------
    ("Three people were killed in a Russian drone attack on the city of Sumy overnight.", "RUS", "19", "UKR"),
    ("Five Palestinians died in Israeli strikes on Khan Younis on Thursday.", "ISR", "19", "PSE"),
    ("Two soldiers were wounded in an attack by Islamist militants on an army post in northern Burkina Faso.",
     "BFA", "18|19", "BFAMIL"),
    ("A Ukrainian soldier was killed in a Russian artillery strike near the front line.", "RUS", "19", "UKRMIL"),
    ("Four civilians died in shelling by the Rapid Support Forces on El Fasher.", "SDNREBRSF", "19", "SDNCVL"),
    ("Eleven people, including four children, were killed in an Israeli airstrike on a house in Rafah.",
     "ISR", "19", "PSECVL"),
    ("Six police officers died in an ambush by suspected separatists in Balochistan.", "PAK", "18|19", "PAKCOP"),
    ("Two aid workers were killed in a Russian missile strike on the city of Kramatorsk.", "RUS", "19", "NGO"),
    ("At least 12 people were killed and dozens wounded in Russian strikes on Odesa, officials said.",
     "RUSMIL", "19", "UKRCVL"),
    ("Three people were killed and 15 injured in an Israeli airstrike on a house in Jabalia.", "ISRMIL", "19",
     "PSECVL"),
    # --- casualties: the attacker named a sentence before ----------------------------------------
    ("Russia launched a barrage of missiles and drones at Ukraine overnight. At least seven people were killed "
     "in Kyiv, the city's mayor said.", "RUS", "19", "UKRCVL"),
    ("Israeli forces carried out a raid in the Nur Shams camp on Tuesday. Three Palestinians were killed, the "
     "health ministry said.", "ISR", "19", "PSECVL"),
    ("Boko Haram fighters stormed a village in Borno state overnight. At least 20 farmers were killed, local "
     "officials said.", "NGAREBBKH", "18|19", "NGA"),
    ("Al-Shabab militants attacked an army base in Lower Shabelle on Monday. Eight soldiers were killed.",
     "SOMREBSHB", "18|19", "SOMMIL"),
    # --- "according to" attributions ---------------------------------------------------------------
    ("At least 25 people were killed in Israeli strikes across Gaza on Sunday, according to the health ministry.",
     "ISR", "19", "PSECVL"),
    ("Russian missiles struck an energy facility in the Lviv region, according to the regional governor.",
     "RUS", "19", "UKR"),
    ("According to local officials, gunmen abducted 30 villagers in Zamfara state on Saturday.",
     "NGA", "18", "NGACVL"),
    ("Houthi rebels fired two ballistic missiles at Israel, according to the Israeli military.",
     "YEMREBHTH", "19", "ISR"),
    ("According to the United Nations, the RSF killed more than 200 civilians in the attack on the camp.",
     "SDNREBRSF", "18|19", "SDNCVL"),
    ("Israeli troops shot dead two Palestinians near Nablus, according to the Palestinian health ministry.",
     "ISRMIL", "19", "PSE"),
    # --- clashes between two named sides ---------------------------------------------------------
    ("Indian and Chinese troops clashed along their disputed Himalayan border on Friday.", "IND", "19", "CHN"),
    ("The Sudanese army clashed with the Rapid Support Forces in Omdurman on Wednesday.", "SDNMIL", "19",
     "SDNREBRSF"),
    ("Heavy clashes erupted between Hezbollah fighters and Israeli troops in southern Lebanon.", "LBNREBHEZ",
     "19", "ISRMIL"),
    ("Al-Shabab militants battled Somali troops for hours in the town of Bulo Burde.", "SOMREBSHB", "19",
     "SOMMIL"),
    ("Thai and Cambodian soldiers fought along the border for a second day on Friday.", "THA", "19", "KHM"),
    ("Clashes broke out between Palestinian gunmen and Israeli forces in Jenin.", "PSE", "19", "ISRMIL"),
    ("Azerbaijani forces traded fire with Armenian troops along the border.", "AZEMIL", "19", "ARMMIL"),
    ("Fighting raged between M23 rebels and Congolese troops around the town of Sake.", "CODREBM23", "19",
     "CODMIL"),
    # --- truce violations laid at one side's door -------------------------------------------------
    ("Ukraine accused Russia of violating the ceasefire by shelling Kherson.", "UKR", "11", "RUS"),
    ("Israel said Hezbollah violated the truce by firing rockets at northern Israel.", "ISR", "11", "LBNREBHEZ"),
    ("The Sudanese army accused the RSF of breaking the humanitarian truce in El Fasher.", "SDNMIL", "11",
     "SDNREBRSF"),
    ("Pakistan's military said Indian troops violated the ceasefire along the Line of Control.", "PAKMIL", "11",
     "IND"),
    ("Russian forces breached the Easter truce dozens of times, Ukraine's military said.", "RUSMIL", "19", "UKR"),
    ("Hamas blamed Israel for the collapse of the ceasefire in Gaza.", "PSEREBHMS", "11", "ISR"),
    # --- shelling and bombardment of a place ------------------------------------------------------
    ("Russian forces shelled the city of Nikopol overnight, wounding two people.", "RUSMIL", "19", "UKR"),
    ("Israeli artillery pounded positions in southern Lebanon on Monday.", "ISR", "19", "LBN"),
    ("Sudanese army warplanes bombarded RSF positions in North Darfur.", "SDNMIL", "19", "SDNREBRSF"),
    ("Myanmar's military bombarded the town of Lashio after rebels captured it.", "MMRMIL", "19", "MMR"),
    ("Ukrainian forces shelled the Russian border region of Belgorod.", "UKRMIL", "19", "RUS"),
    ("Armenian forces shelled Azerbaijani positions in Nakhchivan, Baku said.", "ARM", "19", "AZE"),
    ("Russian artillery pounded Ukrainian positions near Pokrovsk throughout the night.", "RUS", "19", "UKRMIL"),
    ("Israeli tanks shelled the eastern outskirts of Gaza City on Wednesday.", "ISR", "19", "PSE"),
    # --- hostages taken and freed ----------------------------------------------------------------
    ("Gunmen seized 15 passengers as hostages on a highway in Niger's Tillaberi region.", "NER", "18", "NERCVL"),
    ("Hamas released three Israeli hostages in Gaza on Saturday.", "PSEREBHMS", "08", "ISR"),
    ("Al-Qaida-linked militants kidnapped two Chinese workers in southern Mali.", "IMGALQ", "18", "CHN"),
    ("Kidnappers freed a Catholic priest abducted last month in Enugu state.", "NGA", "08", "NGA"),
    pytest.param("Islamic State militants took 12 Nigerian soldiers hostage in Borno.", "IMGISS", "18", "NGAMIL",
                 marks=pytest.mark.xfail(reason="the parser makes 'soldiers' a compound of 'hostage', which resolves to civilians", strict=True)),
    ("Haitian gangs kidnapped 17 American missionaries east of Port-au-Prince.", "HTICRM", "18", "USA"),
    ("Israel freed 90 Palestinian prisoners under the ceasefire deal.", "ISR", "08", "PSE"),
    ("Rebels released 40 hostages they had taken during a raid on a mine in eastern Congo.", "COD", "08", "COD"),
    ("Islamist militants abducted more than 50 women near the town of Arbinda in Burkina Faso.", "BFA", "18",
     "BFACVL"),
    # --- attacks claimed by a group, or told by it as its own (015, as the coders code it) ----------
    ("The Islamic State group claimed responsibility for a suicide bombing at a Shiite mosque in Kunduz.",
     "IMGISS", "01", "AFG"),
    ("Al-Shabab said it carried out the attack on the army base in Lower Shabelle.", "SOMREBSHB", "01",
     "SOM"),
    ("The Pakistani Taliban claimed the bombing that killed 10 policemen in Peshawar.", "PAKREBTTP", "01", "PAK"),
    ("The Houthis claimed a drone attack on the Israeli port of Eilat.", "YEMREBHTH", "01", "ISR"),
    ("Hamas's armed wing said it fired a barrage of rockets at Tel Aviv.", "PSEREBHMS", "01", "ISR"),
    ("The Baloch Liberation Army said its fighters had attacked a military convoy in Kech district.",
     "PAKSEPBLA", "01", "PAKMIL"),
    # --- security forces killing or arresting militants ------------------------------------------
    ("Troops killed 12 insurgents in a raid on a hideout in North Waziristan, the Pakistani military said.",
     "PAKMIL", "19", "PAKINS"),
    ("Nigerian soldiers killed 30 Boko Haram fighters in Borno state.", "NGAMIL", "19", "NGAREBBKH"),
    ("Indian security forces killed three suspected militants in Kashmir on Tuesday.", "INDMIL", "19", "IND"),
    ("Iraqi counterterrorism forces arrested five Islamic State suspects in Kirkuk.", "IRQ", "17", "IMGISS"),
    ("Egyptian police arrested 20 members of the Muslim Brotherhood in Cairo.", "EGYCOP", "17", "EGY"),
    ("Somali forces killed an al-Shabab commander in an operation in Middle Shabelle.", "SOMMIL", "19",
     "SOMREBSHB"),
    ("Kenyan police shot dead two suspected al-Shabab militants in Lamu.", "KENCOP", "19", "SOMREBSHB"),
    ("Malian troops killed dozens of suspected jihadists in central Mali, the army said.", "MLIMIL", "19",
     "MLIREB"),
    ("Turkish police detained 40 Islamic State suspects in raids across Istanbul.", "TURCOP", "17", "IMGISS"),
    ("Security forces killed four gunmen who attacked a checkpoint in Quetta, Pakistani officials said.",
     "PAK", "19", "PAK"),
    ("Pakistani troops killed eight militants in a shootout in Khyber Pakhtunkhwa province.", "PAKMIL", "19",
     "PAKREB"),
    # --- the toll of an act told as its result, and fire returned ----------------------------------
    ("An operation by Somali intelligence agents resulted in the deaths of 11 al-Shabab fighters.",
     "SOM", "19", "SOMREBSHB"),
    ("Russian shelling caused the deaths of four civilians in the Kherson region.", "RUSMIL", "19", "UKRCVL"),
    ("The Israeli airstrike led to the deaths of six children in Gaza, medics said.", "ISRMIL", "19", "PSECVL"),
    ("Nigerian police returned fire and killed three of the kidnappers.", "NGACOP", "19", "NGA"),
    ("Soldiers at the checkpoint returned fire, killing two of the attackers, the Pakistani army said.",
     "PAKMIL", "19", "PAK"),
    # --- acts seen: the ones seen did them, and "could be seen" saw them ----------------------------
    ("Israeli troops were seen raiding homes in Nablus, residents said.", "ISRMIL", "19", "PSE"),
    ("Sudanese soldiers could be seen surrounding the presidential palace in Khartoum.", "SDNMIL", "19", "SDN"),
    # --- a count that goes on is an act: "since Saturday", one siege, one night compared --------------
    ("Israeli strikes have killed at least 40 people in Gaza since Saturday, the health ministry said.",
     "ISRMIL", "19", "PSE"),
    ("Russia fired more missiles at Kyiv on Sunday night than in any attack this year.", "RUS", "19", "UKR"),
    # --- explosions and crashes that are attacks -------------------------------------------------------
    ("A roadside bomb exploded near an army convoy in Kirkuk, killing three soldiers.", None, "18", "IRQMIL"),
    ("A Russian drone crashed into an apartment block in Kharkiv, killing two residents.", "RUSMIL", "19", "UKR"),
    # --- sieges and blockades --------------------------------------------------------------------
    ("The RSF has besieged El Fasher for more than a year.", "SDNREBRSF", "19", "SDN"),
    ("Israel imposed a total blockade on Gaza, cutting off food and fuel.", "ISR", "19", "PSE"),
    ("Russian troops encircled the town of Avdiivka.", "RUSMIL", "19", "UKR"),
    ("Jihadists have blockaded the town of Djibo for two years.", "BFA", "19", "BFA"),
    ("Israeli forces surrounded the Kamal Adwan hospital in northern Gaza.", "ISRMIL", "19", "PSE"),
    ("Al-Shabab fighters laid siege to the town of Wajid for weeks.", "SOMREBSHB", "19", "SOM"),
    ("The Houthis have besieged the city of Taiz since 2015.", "YEMREBHTH", "19", "YEM"),
    # --- evacuations ordered by an army ------------------------------------------------------------
    ("The Israeli military ordered residents of eastern Khan Younis to evacuate ahead of an offensive.",
     "ISRMIL", "10", "PSE"),
    ("Israel's army told people in 20 villages in southern Lebanon to leave their homes immediately.",
     "ISRMIL", "10", "LBN"),
    ("The Israeli army issued evacuation orders for parts of Beirut's southern suburbs.", "ISRMIL", "10", "LBN"),
]


@pytest.mark.parametrize(("text", "source", "roots", "target"), CASES)
def test_conflict_report(code, text, source, roots, target):
    found = _found(code, text)
    assert _has(found, source, roots, target), found


# --- sentences that tell of no political event --------------------------------------------------
NO_EVENT = [
    "A bus plunged into a ravine in northern Pakistan, killing 22 passengers.",
    "At least 30 people died when floods swept through villages in eastern Congo.",
    "An earthquake killed more than 2,000 people in western Afghanistan.",
    "A fire at a crowded market in Lagos killed eight traders.",
    "A gas explosion at an apartment block in Moscow killed seven people.",
    "A fuel tanker exploded on a highway in central Nigeria, killing 70 people.",
    "Two miners were killed when a tunnel collapsed at a gold mine in Sudan.",
    "Lightning strikes killed 12 people in Bangladesh on Sunday.",
    "A train derailed in eastern India, killing 14 people and injuring dozens.",
    "A man stabbed his neighbour to death in Kisumu after a quarrel over cattle.",
    "Robbers shot dead a shopkeeper in Johannesburg on Friday.",
    "The war has killed tens of thousands of people since it began in April 2023.",
    "The conflict has displaced more than 12 million people, according to the United Nations.",
    "Analysts said the offensive could stall as winter sets in.",
    "Military analysts say Russia has been firing fewer missiles than it did last year.",
    "The boat capsized off the coast of Libya with about 60 migrants aboard.",
    "Heavy rain triggered landslides that buried dozens of homes in Nepal.",
    "Experts say the region has seen more attacks this year than in any year since 2015.",
    # tolls and counts over years, and comparisons of counts: statistics, no act
    "Since 2015, more than 2,000 people have been killed in bombings and ambushes in the province.",
    "The insurgents carried out 310 attacks in 2024, compared with 95 the year before, the report said.",
    "The province has suffered more militant attacks than any other region of the country.",
    "Russian strikes have killed more than 12,000 civilians in Ukraine since the war began, the U.N. says.",
    "The conflict has killed at least 150,000 people since it erupted in 2023.",
    # accidents
    "Three workers died when a bridge under construction collapsed in Hanoi.",
    "A ferry capsized on Lake Kivu, killing at least 40 people.",
    "A boiler explosion at a textile factory in Dhaka killed nine workers.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_political_event(code, text):
    found = _found(code, text)
    assert found == [], found


# --- an armed group telling of its own force claims it, beside the force itself; no one else's telling does
def test_a_group_telling_of_its_own_attack_claims_it_and_the_attack_stands(code):
    found = _found(code, "The Islamic State group said its fighters had attacked an army post in Diffa.")
    assert _has(found, "IMGISS", "01", "NER") and _has(found, "IMGISS", "18|19", "NER"), found


def test_an_army_telling_of_militants_attack_is_no_claim(code):
    found = _found(code, "The Nigerien army said Islamic State fighters had attacked a post in Diffa.")
    assert not any(r == "01" and s == "IMGISS" for s, r, _ in found), found


# --- a town named on an attack says where it was, not who did it ------------------------------------
@pytest.mark.parametrize("text", [
    "Mourners gathered in Kabul for the victims of the Kabul attack.",
    "Survivors of the Nairobi mall attack testified in court on Monday.",
])
def test_a_town_on_an_attack_noun_is_no_doer(code, text):
    found = _found(code, text)
    assert not any(r in ("18", "19") and s is not None and s.endswith("GOV") for s, r, _ in found), found
