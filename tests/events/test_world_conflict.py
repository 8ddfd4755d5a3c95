"""Conflict news from the wider world in the wordings of AFP, Reuters, AP and Al Jazeera (issue
war15): jihadist attacks and juntas in the Sahel, Sudan's army and RSF, M23 and the ADF in Congo,
al-Shabab, Boko Haram and bandits, Ethiopia's Fano and Tigray, Myanmar's junta and ethnic armies,
Haiti's gangs, cartels and guerrillas in Mexico and Colombia, the TTP and the Taliban, Syria, the
Houthis and shipping, Gaza and Lebanon, drone and missile strikes on named Ukrainian and Russian
cities. Attacks named by place, claims of responsibility, ambushes, raids, massacres, sieges,
shelling of camps, strikes on ships, kidnappings and releases, coups and house arrests, ceasefire
breaches, abuses reported by rights groups. Every sentence was written for this test; each asserts
the code, the source and the target by their leading characters (country + sector: "MMRREB" is met
by a named group's "MMRREBKIA"; None where any source or target will do). The paraphrases of
VOA-style conflict wordings are in test_paraphrase_conflict.py."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

PUB = date(2025, 3, 14)

SENTENCES = [
    # Sahel
    ('Jihadists killed at least 30 soldiers in an attack on an army post in northern Burkina Faso on Sunday, security sources told AFP.', 'BFAREB', '19', 'BFAMIL'),
    ('JNIM claimed responsibility for the attack on a military camp near Timbuktu.', 'MLIREB', '015', None),
    ('Soldiers seized power in Niger on Wednesday, detaining President Mohamed Bazoum in the presidential palace.', 'NERMIL', '173', 'NERGOV'),
    ("Burkina Faso's military government suspended the broadcasts of Radio France Internationale.", 'BFA', '17', 'FRAMED'),
    ('Suspected jihadists ambushed a convoy of fuel tankers in western Mali last week, killing several drivers.', 'MLIREB', '18', 'MLI'),
    ('Gunmen on motorbikes killed 20 people in a raid on a village in the Tillaberi region, the Nigerien defence ministry said.', 'NERUAF', '18', 'NERCVL'),
    ('Burkinabe soldiers killed at least 223 villagers in reprisal attacks on two villages, Human Rights Watch said.', 'BFAMIL', '19', 'BFACVL'),
    ('Jihadists have besieged the town of Djibo for more than two years, cutting off food supplies.', 'BFAREB', '191', 'BFA'),
    ('Islamic State militants killed dozens of civilians in an attack on a mosque in the Tillaberi region of Niger on Friday.', 'IMGISS', '18', 'NERCVL'),
    ('Wagner mercenaries and Malian soldiers executed hundreds of civilians in the central town of Moura, a UN report said.', 'RUSUAF', '18', 'MLICVL'),
    # Sudan
    ('The Rapid Support Forces shelled a displacement camp near El Fasher on Friday, killing at least 12 people, local activists said.', 'SDNREB', '194', 'SDN'),
    ('A Sudanese army drone strike hit a crowded market in Nyala, killing dozens of people, a medical group said.', 'SDNMIL', '195', 'SDN'),
    ("The RSF said it had taken control of the army's last base in El Fasher.", 'SDNREB', '19', 'SDNMIL'),
    ("Human Rights Watch accused Sudan's paramilitary RSF of ethnic cleansing against the Masalit in West Darfur.", 'NGOHRW', '112', 'SDNREB'),
    ('The paramilitary Rapid Support Forces laid siege to El Fasher, trapping hundreds of thousands of civilians.', 'SDNREB', '191', 'SDN'),
    ('RSF fighters massacred more than 200 people in villages south of Khartoum, the army-aligned government said.', 'SDNREB', '202', 'SDN'),
    # Congo
    ('M23 rebels seized the eastern Congolese city of Goma after days of fighting with the army.', 'CODREB', '19', 'COD'),
    ('ADF militants killed at least 40 worshippers in an attack on a church in Komanda in Ituri province overnight.', 'CODREB', '18', 'COD'),
    ('Congo accused Rwanda of backing the M23 rebels.', 'COD', '112', 'RWA'),
    ('Suspected ADF rebels kidnapped dozens of villagers in North Kivu last week, a local civil society group said.', 'CODREB', '181', 'CODCVL'),
    ('Congolese army drones struck M23 positions near Sake on Monday.', 'CODMIL', '195', 'CODREB'),
    # Somalia
    ('Al-Shabab fighters stormed a hotel in Mogadishu on Friday, killing at least nine people, police said.', 'SOMREB', '1', 'SOM'),
    ('US forces carried out an airstrike against al-Shabab near Jilib, US Africa Command said.', 'USAMIL', '195', 'SOMREB'),
    ('Somali troops backed by clan militias recaptured the town of Mahaday from al-Shabab.', 'SOMMIL', '19', 'SOMREB'),
    ('Al-Shabab militants abducted two aid workers near Kismayo on Tuesday.', 'SOMREB', '181', 'NGO'),
    # Nigeria
    ('Bandits kidnapped more than 280 pupils from a school in Kuriga in Kaduna state, residents said.', 'NGACRM', '181', 'NGA'),
    ('Boko Haram militants killed 37 farmers in Borno state on Saturday.', 'NGAREB', '18', 'NGA'),
    ('The Nigerian air force mistakenly bombed a village in Kaduna state, killing 85 civilians.', 'NGAMIL', '195', 'NGACVL'),
    ('Armed men stormed a wedding in Zamfara state and abducted the bride and 20 guests.', 'NGAUAF', '181', 'NGA'),
    ('ISWAP fighters overran a military base in Borno state, killing several soldiers.', 'NGAREB', '19', 'NGAMIL'),
    # Ethiopia
    ('A drone strike by Ethiopian government forces on a minibus in the Amhara region killed 30 civilians.', 'ETHMIL', '195', 'ETHCVL'),
    ('Fano militiamen briefly seized the town of Lalibela in the Amhara region.', 'ETHREB', '19', 'ETH'),
    ('Amnesty International said Ethiopian soldiers had executed dozens of civilians in the town of Merawi.', 'ETHMIL', '19', 'ETHCVL'),
    ('Tigrayan forces and Eritrean troops clashed near the border town of Zalambessa.', 'ETHREB', '19', 'ERIMIL'),
    # Myanmar
    ("The Arakan Army said it had captured the headquarters of the military's Western Command in Rakhine state.", 'MMRREB', '19', 'MMRMIL'),
    ('Junta airstrikes on a camp for displaced people in Kachin state killed 29 people, a rebel group said.', 'MMRMIL', '195', 'MMR'),
    ('The Kachin Independence Army seized the jade-mining town of Hpakant from the military.', 'MMRREB', '19', 'MMRMIL'),
    ("Resistance fighters attacked a military airbase in Myanmar's Mandalay region with drones on Sunday.", 'MMRREB', '19', 'MMRMIL'),
    ("Myanmar's military bombed a monastery in Sagaing region overnight, killing 23 people sheltering there.", 'MMRMIL', '195', 'MMR'),
    # Haiti
    pytest.param('Gangs attacked the town of Mirebalais overnight and freed hundreds of inmates from its prison.', 'HTICRM', '18', 'HTI',
                 marks=pytest.mark.xfail(reason="a town neither the actor files nor the geo tables know ('Mirebalais') leaves the gangs without Haiti", strict=True)),
    pytest.param('Gang members killed more than 70 people in an attack on the town of Pont-Sonde, the UN said.', 'HTICRM', '18', 'HTI',
                 marks=pytest.mark.xfail(reason="a town neither the actor files nor the geo tables know ('Pont-Sonde') leaves the gangs without Haiti", strict=True)),
    ('Haitian police launched an operation against the Viv Ansanm gang coalition in Port-au-Prince.', 'HTICOP', '19', 'HTICRM'),
    ('The 400 Mawozo gang kidnapped 17 American missionaries east of Port-au-Prince.', 'HTICRM', '181', 'USA'),
    # Mexico, Colombia
    ('Gunmen killed 12 people at a bar in the central Mexican state of Guanajuato on Sunday, authorities said.', 'MEXUAF', '18', 'MEXCVL'),
    ('Mexican soldiers arrested a leader of the Sinaloa Cartel in Culiacan.', 'MEXMIL', '173', 'MEXCRM'),
    ("ELN rebels attacked a military base in Colombia's Arauca department with explosives-laden drones.", 'COLREB', '19', 'COLMIL'),
    ('FARC dissidents kidnapped 28 soldiers in the Cauca region, the army said.', 'COLREB', '181', 'COLMIL'),
    ('President Gustavo Petro suspended peace talks with the ELN after a wave of violence in Catatumbo.', 'COLGOV', '16', 'COLREB'),
    ('The Gulf Clan ambushed a police patrol in Antioquia, killing three officers.', 'COLCRM', '19', 'COLCOP'),
    # Pakistan, Afghanistan
    ('The Pakistani Taliban claimed responsibility for a suicide bombing that killed 12 soldiers in North Waziristan.', 'PAKREB', '015', None),
    ("Pakistani airstrikes hit suspected TTP hideouts in Afghanistan's Paktika province, the Taliban said.", 'PAK', '195', 'PAKREB'),
    ('Afghan Taliban forces and Pakistani troops exchanged fire at the Torkham border crossing overnight.', 'AFG', '19', 'PAKMIL'),
    ('Separatist militants attacked a passenger train in Balochistan and took hundreds of passengers hostage.', 'PAKSEP', '181', 'PAKCVL'),
    pytest.param('Unidentified gunmen shot dead a tribal elder in the Khyber district on Monday.', 'PAKUAF', '1', 'PAK',
                 marks=pytest.mark.xfail(reason="a district the geo tables lack ('Khyber') leaves the gunmen without Pakistan", strict=True)),
    # Syria
    ('Israeli jets struck military sites near Damascus overnight, Syrian state media said.', 'ISRMIL', '195', 'SYR'),
    ('Security forces killed hundreds of Alawite civilians in coastal areas of Syria, a war monitor said.', 'SYRMIL', '19', 'SYRCVL'),
    ('A car bomb exploded in the northern Syrian city of Manbij, killing 20 people.', None, '18', 'SYR'),
    ('Turkish drones struck SDF positions near Kobani.', 'TURMIL', '195', 'SYRREB'),
    # Yemen, the Red Sea
    ('Houthi rebels fired missiles at a Greek-flagged tanker in the Red Sea on Wednesday, the British maritime agency UKMTO said.', 'YEMREB', '19', 'GRC'),
    ("US and British warplanes struck Houthi targets in Yemen's capital Sanaa overnight.", 'USAMIL', '195', 'YEMREB'),
    ('The Houthis said they had shot down an American MQ-9 Reaper drone over Marib province.', 'YEMREB', '19', 'USA'),
    ('The Houthis launched a ballistic missile at Israel, setting off sirens in Tel Aviv.', 'YEMREB', '19', 'ISR'),
    ('Houthi fighters boarded a Liberian-flagged cargo ship and took its crew hostage.', 'YEMREB', '181', None),
    # Israel, Gaza, Lebanon
    ("An Israeli strike on a tent camp in Mawasi killed at least 19 Palestinians, Gaza's civil defence agency said.", 'ISRMIL', '19', 'PSE'),
    ("Hamas fighters ambushed Israeli troops in Rafah, the group's armed wing said.", 'PSEREB', '19', 'ISRMIL'),
    ('Hezbollah accused Israel of violating the ceasefire after a strike on a car in southern Lebanon.', 'LBNREB', '112', 'ISR'),
    ('Israel accused Hamas of breaching the truce by holding back the bodies of hostages.', 'ISR', '112', 'PSEREB'),
    ('Israeli settlers set fire to homes and cars in a Palestinian village near Ramallah.', 'ISR', '1', 'PSE'),
    ('Israeli forces raided the Nur Shams refugee camp in the occupied West Bank, killing three people.', 'ISRMIL', '19', 'PSE'),
    ("Israel carried out strikes on Beirut's southern suburbs after rockets were fired from Lebanon.", 'ISR', '19', 'LBN'),
    # Ukraine, Russia
    ('Russia launched a massive drone attack on Odesa overnight, damaging port infrastructure.', 'RUS', '19', 'UKR'),
    ('A Russian missile strike on Kharkiv killed seven people on Sunday, the regional governor said.', 'RUSMIL', '19', 'UKR'),
    ("Ukrainian drones attacked an oil depot in Russia's Belgorod region overnight, the governor said.", 'UKRMIL', '19', 'RUS'),
    ('Russian forces struck energy facilities in the Lviv region in a combined missile and drone attack.', 'RUSMIL', '19', 'UKR'),
    ('A Russian glide bomb hit a residential building in Zaporizhzhia, killing two people.', 'RUS', '19', 'UKR'),
    ("Ukraine's military said it had struck the Engels air base in Russia's Saratov region.", 'UKRMIL', '19', 'RUS'),
    ('Russia accused Ukraine of attacking the Zaporizhzhia nuclear power plant with drones.', 'RUS', '112', 'UKR'),
    pytest.param('Russian troops captured the town of Pokrovsk after months of fighting, Moscow claimed.', 'RUSMIL', '19', 'UKR',
                 marks=pytest.mark.xfail(reason="'claimed' blocks its clause (modality.yaml blocking_verbs): a battlefield claim is not coded", strict=True)),
    ('A Russian drone hit a bus in Sumy, killing nine passengers.', 'RUS', '19', 'UKR'),
    ('Russian shelling killed two civilians in Kherson on Saturday.', 'RUSMIL', '194', 'UKR'),
    ('Kyiv came under a massive missile attack early on Thursday, the mayor said.', None, '19', 'UKR'),
    # coups, ceasefire breaches, kidnappings and releases elsewhere
    ('Military officers seized power in Gabon, placing President Ali Bongo under house arrest.', 'GABMIL', '17', 'GABGOV'),
    ('The Thai army said Cambodian troops violated the ceasefire by firing mortar rounds into Thailand.', 'KHMMIL', '19', 'THA'),
    ('Gunmen abducted four foreign engineers working on a road project in southern Niger.', 'NERUAF', '181', None),
    ('Pirates hijacked a bulk carrier off the coast of Somalia on Thursday.', 'SOMCRM', '181', None),
    ('South Sudanese troops shelled opposition positions in Upper Nile state last week.', 'SSDMIL', '194', 'SSD'),
    ('Mozambican insurgents beheaded at least 11 villagers in Cabo Delgado, a rights group said.', 'MOZINS', '18', 'MOZCVL'),
    ('Kidnappers freed 20 passengers in Benue state after a ransom was paid, police said.', 'NGACRM', '0', 'NGA'),
    ('Cameroonian separatists set fire to a school in the Northwest region.', 'CMR', '1', 'CMR'),
    # written after the first fixes, to check they generalise
    ('Israeli drones struck a car in the southern Lebanese town of Nabatieh on Tuesday, killing two Hezbollah members.', 'ISRMIL', '195', 'LBN'),
    ('Sudanese army warplanes bombed a market in the Darfur town of Kutum, activists said.', 'SDNMIL', '195', 'SDN'),
    ('Russian drones hit an apartment building in Kharkiv overnight, wounding 14 people.', 'RUSMIL', '195', 'UKR'),
    ('A Russian missile struck a hotel in the center of Kryvyi Rih on Friday evening.', 'RUS', '19', 'UKR'),
    ('Ukrainian drones targeted an oil refinery in the Russian city of Ryazan overnight.', 'UKRMIL', '195', 'RUS'),
    ('The junta placed the ousted prime minister under house arrest in Niamey.', 'NERMIL', '173', 'NER'),
    ('Armed bandits abducted more than 100 villagers in a raid on a village in Zamfara state.', 'NGACRM', '181', 'NGA'),
    ('Gangs killed at least 115 people in a massacre in the Wharf Jeremie slum of Port-au-Prince, the UN said.', 'HTICRM', '20', 'HTI'),
    ('Clan del Golfo gunmen killed four soldiers in an ambush in northern Colombia.', 'COLCRM', '1', 'COLMIL'),
    ('TNLA fighters captured the town of Lashio from the military after weeks of fighting.', 'MMRREB', '192', 'MMRMIL'),
    ('Rebels laid siege to the town of Bunia, cutting it off from the rest of Ituri province.', 'CODREB', '191', 'COD'),
    ('Islamic State Sahel fighters besieged the town of Menaka in northeastern Mali.', 'MLIREB', '191', 'MLI'),
    ("Al-Shabab fighters captured an army base in Somalia's Middle Shabelle region.", 'SOMREB', '192', 'SOMMIL'),
    ("JNIM militants attacked a military camp in Mali's Mopti region, killing 20 soldiers.", 'MLIREB', '19', 'MLIMIL'),
    ('ELN guerrillas kidnapped two police officers in Arauca, the Colombian army said.', 'COLREB', '181', 'COLCOP'),
    ('Houthi militants are holding 25 crew members of the Galaxy Leader.', 'YEMREB', '181', None),
    ('Jihadists overran an army outpost in northern Burkina Faso on Sunday.', 'BFAREB', '19', 'BFAMIL'),
    ('Kachin Independence Army fighters seized a military post near the Chinese border.', 'MMRREB', '192', 'MMRMIL'),
    ('Hamas released four Israeli hostages in Gaza on Saturday.', 'PSEREB', '0841', 'ISR'),
    pytest.param('Suspected separatists took seven teachers hostage in northwest Cameroon.', 'CMR', '181', 'CMREDU',
                 marks=pytest.mark.xfail(reason="in 'took seven teachers hostage' the target is read from 'hostage' (CVL), not the teachers (EDU)", strict=True)),
    # written last: passives, reported claims, agents in clauses, 'came under fire'
    ('At least 20 people were killed in a drone strike blamed on the RSF in the city of Kadugli.', 'SDNREB', '19', 'SDN'),
    ('Five soldiers were killed when their convoy was ambushed by JNIM fighters in central Mali.', 'MLIREB', '19', 'MLIMIL'),
    ('A hospital in El Fasher was shelled by the paramilitary Rapid Support Forces on Sunday, the WHO said.', 'SDNREB', '194', 'SDN'),
    ('The Houthis said they had targeted a US destroyer in the Red Sea with ballistic missiles.', 'YEMREB', '19', 'USA'),
    ("Israel's military said it had struck Hezbollah weapons depots in the Bekaa Valley overnight.", 'ISRMIL', '19', 'LBNREB'),
    pytest.param('A commercial vessel was hit by a missile off the coast of Yemen, the UKMTO agency said.', None, '19', None,
                 marks=pytest.mark.xfail(reason="an agentless strike on a ship ('hit by a missile') names no one who fired, and no event is coded", strict=True)),
    ('Dozens of villagers were abducted by bandits in Katsina state last week, police said.', 'NGACRM', '181', 'NGA'),
    ("The Taliban government said Pakistani jets had bombed homes in Afghanistan's Khost province.", 'PAKMIL', '195', 'AFG'),
    ('M23 rebels were accused by UN experts of executing dozens of civilians in Rutshuru.', 'IGOUNO', '112', 'CODREB'),
    ('Ukraine said Russia had violated the ceasefire more than 100 times on Sunday.', 'RUS', '19', 'UKR'),
    ('A suicide bomber killed 14 soldiers at an army checkpoint in Pakistan on Saturday.', None, '18', 'PAKMIL'),
    ('Myanmar junta troops burned down more than 100 homes in a village in Sagaing.', 'MMRMIL', '1', 'MMR'),
    ('Gunmen stormed a prison in northern Nigeria and freed more than 800 inmates.', 'NGAUAF', '1', 'NGA'),
    # a place NER calls a person ('Lubero territory'): the named armed group gives the story's country
    ('ADF rebels hacked to death at least 18 people in Lubero territory, local officials said.', 'CODREB', '18', 'COD'),
    ('Kenyan police in Haiti came under fire from gangs in the capital, Port-au-Prince.', 'HTICRM', '19', 'KENCOP'),
    # written last, to check the fixes on AFP/Al Jazeera tolls and attributions
    ('Israeli attacks across Gaza have killed at least 45 Palestinians since dawn, according to medical sources.', 'ISR', '19', 'PSE'),
    pytest.param("The Israeli army said it had 'eliminated' a senior Hezbollah commander in a strike in Tyre.", 'ISRMIL', '1', 'LBNREB',
                 marks=pytest.mark.xfail(reason="a verb in scare quotes ('eliminated') is parsed with its object as an attribute, and the target is lost", strict=True)),
    ('At least 12 people were killed in Russian strikes on the Zaporizhzhia region, according to a toll compiled by AFP.', 'RUS', '19', 'UKR'),
    ('Jihadists killed around 50 soldiers in an attack on a military base in Burkina Faso, security sources told AFP on Monday.', 'BFAREB', '19', 'BFAMIL'),
    ('Turkish air strikes killed 12 Kurdish fighters in northern Iraq, the defence ministry said.', 'TURMIL', '195', 'IRQ'),
    ('The Syrian Observatory for Human Rights said government forces had shelled rebel-held areas in Idlib.', 'SYRMIL', '194', 'SYR'),
    ("Pakistan's military said its forces had killed 30 militants in a raid in North Waziristan, near the Afghan border.", 'PAKMIL', '19', 'PAKREB'),
    ('The RSF carried out a drone attack on Port Sudan on Sunday, targeting an airport and a fuel depot.', 'SDNREB', '195', 'SDN'),
    ("Yemen's Houthis claimed responsibility for a drone attack on the Israeli port of Eilat.", 'YEMREB', '015', None),
    ('Colombian soldiers killed a FARC dissident commander in an operation in Guaviare.', 'COLMIL', '19', 'COLREB'),
    ("Unidentified gunmen kidnapped a Chinese national in Mali's Kayes region, a security source told AFP.", 'MLIUAF', '181', 'CHN'),
    ("Russia's defence ministry said its air defences had intercepted 57 Ukrainian drones over Russian regions overnight.", 'RUS', '19', 'UKR'),
    ('M23 fighters killed at least 21 civilians in villages in North Kivu in July, Human Rights Watch said.', 'CODREB', '1', 'COD'),
    ("An Israeli airstrike on a school housing displaced people in Gaza City killed at least 30 people, Gaza's civil defence said.", 'ISRMIL', '195', 'PSE'),
    ("Armed men killed 15 soldiers in an ambush in Niger's Tillaberi region near the border with Mali, the army said.", 'NERUAF', '1', 'NERMIL'),
]


def _code(actor: dict[str, Any] | None) -> str:
    return "" if actor is None else actor["code"]


@pytest.mark.parametrize(("text", "source", "cameo", "target"), SENTENCES)
def test_a_world_conflict_wording_is_coded_with_its_parties(code, text, source, cameo, target):
    events = code(text, published=PUB)
    found = [(_code(e["source"]), e["cameo"], _code(e["target"])) for e in events]
    assert any(c.startswith(cameo) and s.startswith(source or "") and t.startswith(target or "")
               for s, c, t in found), found


@pytest.mark.parametrize(("text", "cameo"), [
    ("Al-Shabab militants detained two aid workers near Baidoa on Monday.", "181"),  # no state holds them
    ("Police in Port-au-Prince detained 12 suspected gang members on Monday.", "173"),  # the state's custody
    ("Rebels in eastern Congo are holding three Chinese miners.", "181"),
])
def test_custody_taken_by_an_armed_group_outside_the_state_is_hostage_taking(code, text, cameo):
    found = [e["cameo"] for e in code(text, published=PUB)]
    assert cameo in found, found


@pytest.mark.parametrize("text", [
    "Robbers killed a security guard at a bank in Lagos on Sunday.",  # a crime between private people
    "Carney met Xi in Beijing on Monday.",  # a name NER reads as a place is no town of the geo tables
])
def test_armed_groups_and_places_stay_in_their_bounds(code, text):
    found = [(_code(e["source"]), e["cameo"], _code(e["target"])) for e in code(text, published=PUB)]
    assert not any(c.startswith(("18", "19", "20")) for _, c, _ in found), found
    assert not any("USA" in s or "USA" in t for s, _, t in found), found
