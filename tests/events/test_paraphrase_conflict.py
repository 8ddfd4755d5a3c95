"""Conflict news in wire-service wordings (issue war13): fighting, strikes from the air and
shelling, bombings, killings active and passive, kidnappings, arrests and sentences, protests
and their dispersal, sieges, ceasefires, deployments and drills, sexual violence, claims of
responsibility and seizures, with the unnamed actors wire copy uses ("gunmen", "suspected
jihadists", "security forces", "the junta"). Every sentence was written for this test; each
asserts the code, the source and the target by their leading characters (country + sector:
"CODREB" is met by a named group's "CODREBM23"; None where any source or target will do)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

PUB = date(2025, 3, 14)

SENTENCES = [
    ('Israeli airstrikes killed at least 25 people in the Gaza Strip overnight, health officials said.', 'ISRMIL', '195', 'PSECVL'),
    ('Russian forces shelled the Ukrainian city of Kharkiv on Tuesday, wounding 12 civilians, regional officials said.', 'RUSMIL', '194', 'UKR'),
    ("A Ukrainian drone strike hit an oil refinery in Russia's Bryansk region overnight.", 'UKRMIL', '195', 'RUS'),
    ('At least 20 people were killed when a suicide bomber blew himself up at a mosque in northwest Pakistan on Friday.', None, '1831', 'PAKCVL'),
    ('Heavy clashes erupted between Congolese troops and M23 rebels near Goma on Sunday.', 'CODMIL', '190', 'CODREB'),
    ('Three soldiers were killed in an ambush by suspected jihadists in northern Burkina Faso.', 'BFAREB', '19', 'BFAMIL'),
    ("Gunmen abducted more than 50 villagers in Nigeria's Kaduna state on Sunday.", 'NGAUAF', '181', 'NGACVL'),
    ('Police in Kenya arrested 30 protesters in Nairobi on Tuesday.', 'KENCOP', '173', 'KENCVL'),
    ('Riot police fired tear gas to disperse thousands of demonstrators in the Bangladeshi capital.', 'BGDCOP', '175', 'BGDCVL'),
    ('Thousands of people protested in Belgrade on Saturday against the government of President Aleksandar Vucic.', 'SRBCVL', '14', 'SRBGOV'),
    ('A court in Tehran sentenced a French national to eight years in prison on espionage charges.', 'IRNJUD', '173', 'FRA'),
    ("Myanmar's military junta carried out airstrikes on a village in Sagaing region, killing 15 people.", 'MMRMIL', '195', 'MMRCVL'),
    ('The United Nations urged the warring parties in Sudan to allow humanitarian aid to reach civilians.', 'IGOUNO', '02', 'SDN'),
    ("Russian troops captured the village of Andriivka in the eastern Donetsk region, Moscow's defense ministry said.", 'RUSMIL', '192', 'UKR'),
    ('China launched large-scale military drills around Taiwan on Monday.', 'CHN', '150', 'TWN'),
    ('Pakistan deployed thousands of troops along its border with Afghanistan.', 'PAK', '154', 'AFG'),
    ('Armed men killed 12 villagers in an attack on a village in central Mali.', 'MLIUAF', '18', 'MLICVL'),
    ('Two journalists were killed by an Israeli drone strike in southern Lebanon.', 'ISRMIL', '195', 'LBNMED'),
    pytest.param('Police raided the offices of the main opposition party in Tbilisi and detained its leader.', 'GEOCOP', '173', 'GEOOPP',
                 marks=pytest.mark.xfail(reason="'its leader' of a party: the possessive's party is not taken back (GEOGOV)", strict=True)),
    ('Soldiers opened fire on protesters in Mandalay, killing at least five people.', 'MMRMIL', '1', 'MMRCVL'),
    ('Riot police used tear gas and water cannon to break up a rally by opposition supporters in Kampala.', 'UGACOP', '175', 'UGAOPP'),
    ("Dock workers at Kenya's largest port went on strike over pay on Monday.", 'KENLAB', '143', None),
    ('Israeli forces laid siege to the Jenin refugee camp in the occupied West Bank.', 'ISRMIL', '191', 'PSE'),
    ('Houthi rebels seized a cargo ship in the Red Sea and took its 25 crew members hostage.', 'YEMREB', '181', None),
    ('Hezbollah fired dozens of rockets into northern Israel on Sunday.', 'LBNREB', '19', 'ISR'),
    ("A roadside bomb killed four soldiers in Syria's Deir el-Zour province.", None, '1833', 'SYRMIL'),
    ("Gunmen on motorcycles shot dead a police chief in Mexico's Guerrero state.", 'MEXUAF', '1', 'MEXCOP'),
    ('Colombian troops seized two tons of explosives and dozens of rifles from a rebel camp.', 'COLMIL', '171', 'COLREB'),
    ('Indian police arrested five suspected Maoist rebels in Chhattisgarh state.', 'INDCOP', '173', 'INDREB'),
    ('UN Secretary-General Antonio Guterres called on Israel and Hamas to stop the fighting.', 'IGOUNO', '02', 'ISR'),
    ("Ethiopia's government declared a state of emergency in the Amhara region.", 'ETHGOV', '1724', 'ETH'),
    ('Authorities imposed a curfew in the Indian city of Imphal after ethnic violence.', 'INDGOV', '1723', 'IND'),
    ('Eleven people, including three children, were killed in a Russian missile strike on Kryvyi Rih.', 'RUSMIL', '19', 'UKRCVL'),
    ('A Moscow court sentenced an American teacher to 14 years in a penal colony for drug smuggling.', 'RUSJUD', '173', 'USA'),
    ('Boko Haram fighters kidnapped dozens of women and children near Maiduguri.', 'NGAREB', '181', 'NGACVL'),
    ('Pakistani troops killed 20 militants in a raid on a hideout in North Waziristan, the army said.', 'PAKMIL', '19', 'PAKREB'),
    ('Police detained dozens of people during protests in Istanbul on Wednesday.', 'TURCOP', '173', 'TURCVL'),
    ('Turkish police dispersed protesters with tear gas and rubber bullets.', 'TURCOP', '175', 'TURCVL'),
    ("The Taliban publicly flogged 10 people in Afghanistan's Ghazni province.", 'AFGGOV', '182', 'AFGCVL'),
    ("At least 30 worshippers were killed when gunmen stormed a church in Nigeria's Ondo state.", 'NGAUAF', '18', 'NGA'),
    ('Russia annexed four Ukrainian regions in 2022.', 'RUS', '192', 'UKR'),
    ('The Israeli military said its troops killed a Hamas commander in Gaza City.', 'ISRMIL', '19', 'PSE'),
    ('Thai and Cambodian troops exchanged fire along the disputed border.', 'THAMIL', '19', 'KHMMIL'),
    ('Protesters clashed with police in Nairobi on Tuesday.', 'KENCVL', '145', 'KENCOP'),
    ('Fighting between the Sudanese army and the paramilitary Rapid Support Forces killed dozens of civilians in El Fasher.', 'SDNMIL', '190', 'SDN'),
    ('Dozens of civilians died in an attack by the paramilitary Rapid Support Forces on a camp in North Darfur.', 'SDN', '1', 'SDNCVL'),
    ('Suspected jihadists killed at least 40 civilians in an attack on a village in western Niger.', 'NERREB', '18', 'NERCVL'),
    ('Nigerian police said gunmen kidnapped a Catholic priest in Edo state on Saturday.', 'NGAUAF', '181', 'NGA'),
    ('A Tunisian court sentenced an opposition leader to 22 years in prison.', 'TUNJUD', '173', 'TUNOPP'),
    ('Security forces killed at least 10 protesters in the Kenyan capital on Tuesday, rights groups said.', 'KENMIL', '1', 'KENCVL'),
    ('The junta in Mali dissolved all political parties on Tuesday.', 'MLIMIL', '172', 'MLIOPP'),
    ('Israel and Hezbollah agreed to a ceasefire brokered by the United States.', 'ISR', '03', 'LBN'),
    ('Russia and Ukraine accused each other of violating the Easter ceasefire.', 'RUS', '11', 'UKR'),
    ('Paramilitary fighters raped dozens of women in Darfur, according to a UN report.', 'SDN', '1821', 'SDNCVL'),
    ('The militant group Islamic State claimed responsibility for the bombing in a statement.', 'IMGISS', '01', None),
    ('Egyptian police raided a militant hideout in Sinai, killing six suspected militants.', 'EGYCOP', '19', 'EGYREB'),
    ('Mexican soldiers clashed with cartel gunmen in Sinaloa state, leaving 12 dead.', 'MEXMIL', '19', 'MEXCRM'),
    ('Venezuelan security forces arrested more than 2,000 people after the disputed election.', 'VENMIL', '173', 'VENCVL'),
    ("Russian forces launched a massive missile and drone attack on Ukraine's energy grid overnight.", 'RUSMIL', '19', 'UKR'),
    ("Attackers set fire to a school in Cameroon's Northwest region.", None, '1', 'CMR'),
    ('Ukrainian air defenses shot down 42 Russian drones overnight, the air force said.', 'UKRMIL', '19', 'RUSMIL'),
    ('Two Israeli soldiers were wounded by Palestinian gunfire near Nablus.', 'PSE', '19', 'ISRMIL'),
    ('An Israeli strike on a school sheltering displaced families killed 18 people in Gaza City.', 'ISRMIL', '19', 'PSECVL'),
    ("Insurgents ambushed a military convoy in Mozambique's Cabo Delgado province.", 'MOZINS', '19', 'MOZMIL'),
    ('Burmese troops torched homes in several villages in Sagaing region.', 'MMRMIL', '1', 'MMRCVL'),
    ('Heavy fighting was reported between the army and rebels near Goma.', 'CODMIL', '190', 'CODREB'),
    ('There was an exchange of fire reported between Pakistani soldiers and BLA militants.', 'PAKMIL', '190', 'PAKSEP'),
    # written after the first fixes, to check they generalise
    ('Kenyan troops launched an operation to flush out al-Shabab militants from the Boni forest.', 'KEN', '19', 'SOMREB'),
    ('Saudi Arabia executed three men convicted of drug smuggling on Monday, the state news agency said.', 'SAU', '1', None),
    ('An Iranian court sentenced a prominent rapper to death for his role in the protests.', 'IRNJUD', '17', 'IRN'),
    ('Soldiers surrounded the presidential palace in Niamey on Wednesday.', 'NERMIL', '191', None),
    ('Women and girls were raped by soldiers during the offensive, the United Nations said.', None, '1821', None),
    ('Two aid workers were killed when their convoy was attacked by armed men in South Sudan.', 'SSDUAF', '1', None),
    ("Militants stormed a police station in Pakistan's Khyber Pakhtunkhwa province, killing four officers.", 'PAKREB', '1', 'PAKCOP'),
    ('Hundreds of people were arrested after protests erupted in the Georgian capital.', 'GEOCOP', '173', 'GEOCVL'),
    ('Two Kenyan activists were arrested on Monday.', 'KENCOP', '173', 'KENCVL'),
    ('Police in Uganda fired tear gas at supporters of opposition leader Bobi Wine.', 'UGACOP', '175', 'UGA'),
    ('Taliban fighters beat several women who protested in Kabul.', 'AFG', '182', 'AFG'),
    ('Israeli troops fired on a crowd of Palestinians waiting for aid in Gaza City, health officials said.', 'ISRMIL', '19', 'PSE'),
    ('Indian and Chinese troops clashed along their disputed Himalayan border.', 'IND', '19', 'CHN'),
    ('The Myanmar military has bombed villages in Rakhine state, a rights group said.', 'MMRMIL', '195', 'MMR'),
]


def _code(actor: dict[str, Any] | None) -> str:
    return "" if actor is None else actor["code"]


@pytest.mark.parametrize(("text", "source", "cameo", "target"), SENTENCES)
def test_a_conflict_wording_is_coded_with_its_parties(code, text, source, cameo, target):
    events = code(text, published=PUB)
    found = [(_code(e["source"]), e["cameo"], _code(e["target"])) for e in events]
    assert any(c.startswith(cameo) and s.startswith(source or "") and t.startswith(target or "")
               for s, c, t in found), found


def test_a_foreigner_held_in_a_story_on_another_country_is_not_held_by_their_own_police(code):
    text = "Russia on Monday expelled two Estonian diplomats. An American teacher was detained on Tuesday."
    found = [(_code(e["source"]), e["cameo"]) for e in code(text, published=PUB) if e["cameo"] == "173"]
    assert ("USACOP", "173") not in found, found


@pytest.mark.parametrize("text", [
    "The United States cleared out the last migrants from the base in Cuba.",  # moves people, no fight
    "North Korea fired a ballistic missile into the sea off its east coast.",  # a test, no attack
])
def test_no_force_is_coded_where_none_was_used(code, text):
    found = [e["cameo"] for e in code(text, published=PUB)]
    assert not any(c.startswith(("18", "19")) for c in found), found


def test_a_killing_that_almost_happened_is_an_attempt_on_a_life(code):
    """ "was almost gunned down": no killing, but an attempt to assassinate (185), as the conflict
    adjudication codes the foiled plot against Masih Alinejad."""
    found = [e["cameo"] for e in code("A Russian dissident was almost gunned down by a hitman in Vilnius.", published=PUB)]
    assert found and all(c == "185" for c in found if c.startswith(("18", "19"))), found


def test_a_number_nearly_reached_still_counts_the_dead(code):
    found = [e["cameo"] for e in code("Nearly 200 villagers were killed by the militants in Borno.", published=PUB)]
    assert any(c.startswith(("18", "19")) for c in found), found
