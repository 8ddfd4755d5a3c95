"""Coverage bank for conflict news: CAMEO 17 (coerce: arrests, trials, deportations, seizures,
curfews, bans, crackdowns), 18 (assault: abductions, beatings, torture, bombings, assassinations),
19 (fight: shelling, air and drone strikes, shooting, clashes, occupation, blockades), 08 (yield:
releases, truces, withdrawals, lifted curfews), 09 (investigate) and 14 (protest: marches,
rallies, strikes, road blocks, riots). Verbs in all tenses and voices, nouns and
nominalisations, reported speech and quotes, headline fronting, coordination, relative clauses,
possessives, the doer or the target named only in a by-phrase, a prepositional phrase or the
sentence before; and the near misses that must stay silent (crime with no political actor,
accidents, weather, sport, hypotheticals, negations, word senses outside politics). All
sentences were written for this bank in wire style."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 6, 1)


def coded(code, text):
    """(source code, CAMEO code, target code, sentence index) of each event of ``text``."""
    return [((e["source"] or {}).get("code") or "", e["cameo"], (e["target"] or {}).get("code") or "",
             e["sentence_index"]) for e in code(text, published=PUB)]


def hits(found, expected, sentence=None):
    """The events that match ``expected`` (prefixes of source, code and target), of one sentence."""
    source, cameo, target = expected
    return [e for e in found if e[0].startswith(source) and e[1].startswith(cameo)
            and (e[2].startswith(target) or e[2] == "IGO" + target)
            and (sentence is None or e[3] == sentence)]


# --- 17: arrests, detentions, charges and sentences ------------------------------------------------

ARREST = [
    ("Turkish police detained 40 people suspected of links to the Islamic State on Tuesday.", ("TUR", "173", "")),
    ("Iranian authorities have arrested a French tourist on spying charges.", ("IRN", "173", "FRA")),
    ("Pakistani police arrested dozens of supporters of the jailed former prime minister in Lahore.",
     ("PAK", "173", "PAK")),
    ("A Russian court sentenced an American journalist to 16 years in a high-security prison.",
     ("RUS", "173", "USA")),
    ("The American reporter was sentenced by a Moscow court to six years for espionage.", ("RUS", "173", "USA")),
    ("Two British nationals have been detained by Iranian security forces, the Foreign Office said.",
     ("IRN", "173", "GBR")),
    ("Chinese prosecutors charged a Canadian businessman with espionage.", ("CHN", "17", "CAN")),
    ("Myanmar's military junta jailed the former leader for another four years.", ("MMR", "173", "MMR")),
    ("Security forces rounded up dozens of opposition supporters in Harare overnight.", ("ZWE", "173", "ZWE")),
    ("Thai police took the student protest leader into custody on Sunday.", ("THA", "173", "THA")),
    ("Russia jails U.S. soldier for theft and threats", ("RUS", "173", "USA")),
    ("Venezuelan intelligence agents are holding three Colombian soldiers, Bogota said.", ("VEN", "173", "COL")),
    ("Egyptian authorities are detaining the blogger without trial.", ("EGY", "173", "EGY")),
    ("Ethiopian police have arrested and charged four journalists with inciting violence.", ("ETH", "173", "ETH")),
    ("Belarusian authorities imprisoned the Nobel Peace Prize laureate in 2021.", ("BLR", "173", "BLR")),
    ("An Indian court convicted the opposition leader of defamation and sentenced him to two years in jail.",
     ("IND", "173", "IND")),
    ("The arrest of the opposition leader by Ugandan police sparked protests in Kampala.", ("UGA", "173", "UGA")),
    ("Venezuela's detention of the Colombian soldiers angered Bogota.", ("VEN", "173", "COL")),
    ("Israeli forces arrested 25 Palestinians in overnight raids across the occupied West Bank.",
     ("ISR", "173", "PSE")),
    ("Saudi authorities detained a prominent cleric who criticized the government.", ("SAU", "173", "SAU")),
    ("The Tunisian journalist, who was arrested by police last week, remains in custody.", ("TUN", "173", "TUN")),
    ("Hundreds of protesters were detained by Russian police during rallies across the country.",
     ("RUS", "173", "RUS")),
    ("Police in Kenya detained a prominent human rights activist at his home in Nairobi.", ("KEN", "173", "KEN")),
    ("Algeria has imprisoned a French-Algerian writer for undermining national unity.", ("DZA", "173", "")),
]

# --- 17: expulsions, seizures, demolitions, bans, curfews, emergencies, repression --------------

COERCE = [
    ("Pakistan deported thousands of Afghan refugees last month.", ("PAK", "174", "AFG")),
    ("Hundreds of Afghan migrants were deported from Iran this week.", ("IRN", "174", "AFG")),
    ("The United States deported more than 200 Venezuelan migrants to El Salvador.", ("USA", "174", "VEN")),
    ("Iran seized a Greek-flagged oil tanker in the Gulf of Oman.", ("IRN", "1711", "GRC")),
    ("Israeli authorities confiscated Palestinian land near Hebron.", ("ISR", "1711", "PSE")),
    ("Israeli troops demolished the homes of two Palestinian attackers in Jenin.", ("ISR", "1712", "PSE")),
    ("The junta banned the main opposition party ahead of the election.", ("", "1722", "")),
    ("Thailand's Constitutional Court dissolved the opposition Move Forward Party.", ("THA", "172", "THA")),
    ("Authorities imposed a curfew in the Indian state of Manipur after ethnic clashes.", ("IND", "1723", "IND")),
    ("Ecuador's president declared a state of emergency in three provinces.", ("ECU", "1724", "ECU")),
    ("Sri Lanka's government imposed a nationwide curfew on Saturday.", ("LKA", "1723", "LKA")),
    ("Security forces cracked down on protesters in the Iranian city of Zahedan.", ("IRN", "175", "IRN")),
    ("Kenyan police fired tear gas at demonstrators in central Nairobi.", ("KEN", "175", "KEN")),
    ("Serbian riot police broke up a student protest in Belgrade.", ("SRB", "175", "SRB")),
    ("The Georgian government's violent crackdown on protesters drew criticism from the EU.",
     ("GEO", "175", "GEO")),
    ("Police in Bangladesh used water cannon and rubber bullets to disperse protesters.", ("BGD", "175", "BGD")),
    ("Russia blocked access to the messaging app in the country.", ("RUS", "17", "")),
    ("Hong Kong's government banned the annual vigil for the victims of Tiananmen.", ("", "17", "")),
]

# --- 18: abductions, hijackings, hostages ------------------------------------------------------

ABDUCT = [
    ("Gunmen kidnapped 20 students from a boarding school in northern Nigeria.", ("NGA", "181", "NGA")),
    ("A French aid worker was kidnapped by gunmen in Niger.", ("NER", "181", "FRA")),
    ("Boko Haram militants abducted dozens of women in Borno state.", ("NGA", "181", "NGA")),
    ("Somali pirates hijacked a Bangladeshi cargo ship off the coast of Somalia.", ("SOM", "181", "BGD")),
    ("The Houthis seized a cargo ship and took its crew hostage in the Red Sea.", ("YEM", "181", "")),
    ("Hamas is holding dozens of Israeli hostages in Gaza.", ("PSE", "181", "ISR")),
    ("Armed men abducted a Catholic priest in southern Cameroon on Sunday.", ("CMR", "181", "CMR")),
    ("The kidnapping of 12 Chinese mine workers by gunmen in the Central African Republic",
     ("CAF", "181", "CHN")),
    ("Islamic State militants took 30 villagers hostage in eastern Congo.", ("", "181", "COD")),
]

# --- 18: beatings, torture, bombings, assassinations -------------------------------------------

ASSAULT = [
    ("Protesters were beaten by security forces in Minsk, witnesses said.", ("BLR", "182", "BLR")),
    ("Police in Uganda beat the opposition leader at a rally in Kampala.", ("UGA", "182", "UGA")),
    ("Russian soldiers tortured Ukrainian prisoners of war, the U.N. said.", ("RUS", "1822", "UKR")),
    ("Ukrainian prisoners were tortured in Russian detention centres, a U.N. report found.", ("RUS", "182", "UKR")),
    ("A suicide bomber blew himself up at a police station in Peshawar, killing six officers.",
     ("PAK", "183", "PAK")),
    ("An Islamic State suicide bomber attacked a Shiite mosque in Kabul.", ("IMG", "183", "AFG")),
    ("Al-Shabab militants detonated a car bomb near a military base in Mogadishu.", ("SOM", "183", "SOM")),
    ("A roadside bomb planted by the Pakistani Taliban killed four soldiers in Waziristan.", ("PAK", "18", "PAK")),
    ("Gunmen assassinated the Haitian president at his home in Port-au-Prince.", ("HTI", "186", "HTI")),
    ("Iran said Israel had assassinated one of its top nuclear scientists.", ("ISR", "186", "IRN")),
    ("The political leader of Hamas was assassinated in Tehran on Wednesday.", ("", "186", "PSE")),
    ("Slovakia's prime minister survived an assassination attempt in the town of Handlova.", ("", "185", "SVK")),
    ("A gunman tried to assassinate the Colombian senator at a campaign event in Bogota.", ("COL", "185", "COL")),
    ("The Russian-backed official in occupied Kherson was killed by a car bomb.", ("", "18", "UKR")),
    ("Hamas fighters stormed Israeli border communities and killed hundreds of civilians.", ("PSE", "1", "ISR")),
    ("Gunmen stormed a hotel in Mogadishu where officials were meeting.", ("SOM", "18", "SOM")),
    ("Militants ambushed a military convoy in Niger's Tillaberi region, killing 12 soldiers.", ("NER", "1", "NER")),
    ("Jihadists attacked an army post in northern Burkina Faso.", ("BFA", "1", "BFA")),
]

# --- 19: shelling, air and drone strikes, missiles ---------------------------------------------

STRIKE = [
    ("Russian forces shelled the Ukrainian city of Kherson overnight.", ("RUS", "194", "UKR")),
    ("The shelling of Kharkiv by Russian troops killed three people.", ("RUS", "194", "UKR")),
    ("Kharkiv was shelled by Russian artillery on Sunday.", ("RUS", "194", "UKR")),
    ("Israeli airstrikes hit Gaza City on Sunday, killing at least 20 people.", ("ISR", "195", "PSE")),
    ("An Israeli airstrike on a school in central Gaza killed 15 people.", ("ISR", "195", "PSE")),
    ("Ukrainian drones struck an oil refinery in Russia's Ryazan region.", ("UKR", "195", "RUS")),
    ("Russia pounded Ukraine's energy grid with missiles and drones overnight.", ("RUS", "19", "UKR")),
    ("Houthi rebels fired a ballistic missile at Israel on Friday.", ("YEM", "19", "ISR")),
    ("Pakistani warplanes bombed suspected militant hideouts in Afghanistan.", ("PAK", "195", "AFG")),
    ("Russian missiles slammed into apartment blocks in Dnipro, killing nine people.", ("RUS", "19", "UKR")),
    ("Israel carried out airstrikes on Hezbollah targets in southern Lebanon.", ("ISR", "195", "LBN")),
    ("The United States launched strikes against Houthi targets in Yemen.", ("USA", "19", "YEM")),
    ("A Russian drone attack on Odesa damaged port infrastructure.", ("RUS", "195", "UKR")),
    ("Syrian government forces shelled rebel-held areas of Idlib province.", ("SYR", "194", "SYR")),
    ("Sudan's army bombed a market in Darfur, killing dozens, activists said.", ("SDN", "195", "SDN")),
    ("Ukraine's air force said it had shot down 40 Russian drones overnight.", ("UKR", "19", "RUS")),
    ("Israeli tanks fired on the outskirts of Rafah.", ("ISR", "19", "PSE")),
    ("Ukraine hit a Russian air base in Crimea with long-range missiles.", ("UKR", "19", "RUS")),
    ("Russia's bombardment of Ukrainian cities continued for a third night.", ("RUS", "19", "UKR")),
]

# --- 19: clashes, shooting, occupation, blockades ----------------------------------------------

FIGHT = [
    ("Sudan's army and the paramilitary Rapid Support Forces clashed in Khartoum.", ("SDN", "190", "SDN")),
    ("Five soldiers were killed in clashes with militants in northwestern Pakistan.", ("PAK", "19", "PAK")),
    ("Fighting between the army and rebels in eastern Congo has displaced thousands.", ("COD", "190", "COD")),
    ("Armenian and Azerbaijani troops exchanged fire along their border.", ("ARM", "190", "AZE")),
    ("Israeli troops opened fire on Palestinians near an aid site in Gaza.", ("ISR", "193", "PSE")),
    ("Indian soldiers shot dead two suspected militants in Kashmir.", ("IND", "19", "IND")),
    ("Russian troops captured the village of Urozhaine in eastern Ukraine.", ("RUS", "192", "UKR")),
    ("M23 rebels seized the eastern Congolese city of Goma.", ("COD", "192", "COD")),
    ("Israel's blockade of Gaza has caused severe shortages of food.", ("ISR", "191", "PSE")),
    ("Azerbaijan blockaded the Lachin corridor for nine months.", ("AZE", "191", "")),
    ("Israeli forces killed three Palestinian gunmen in Jenin.", ("ISR", "19", "PSE")),
    ("Nigerian troops killed 50 Boko Haram fighters in Borno state, the army said.", ("NGA", "19", "NGA")),
    ("The Malian army launched an offensive against separatist rebels in the north.", ("MLI", "19", "MLI")),
    ("Colombian troops battled dissident FARC guerrillas in Cauca province.", ("COL", "19", "COL")),
    ("Thai and Cambodian soldiers fought along the disputed border on Thursday.", ("THA", "19", "KHM")),
    ("Twelve civilians were killed when Russian forces shelled a market in Donetsk.", ("RUS", "194", "UKR")),
    ("Myanmar's military has been accused of bombing villages; last week its jets struck a school in Sagaing.",
     ("MMR", "195", "MMR")),
]

# --- 08: releases, truces, withdrawals, eased restrictions --------------------------------------

YIELD = [
    ("Hamas freed three Israeli hostages on Saturday.", ("PSE", "0841", "ISR")),
    ("Three Israeli hostages were released by Hamas in Gaza.", ("PSE", "0841", "ISR")),
    ("Russia released an American teacher in a prisoner exchange.", ("RUS", "0841", "USA")),
    ("Israel released 90 Palestinian prisoners hours after the hostages were handed over.", ("ISR", "0841", "PSE")),
    ("Iran has freed a British-Iranian aid worker after six years in prison.", ("IRN", "0841", "GBR")),
    ("Myanmar's junta pardoned thousands of prisoners to mark the new year.", ("MMR", "0841", "")),
    ("Israel and Hamas agreed to a ceasefire in Gaza.", ("ISR", "0356", "PSE")),
    ("India and Pakistan agreed to a ceasefire after four days of fighting.", ("IND", "0356", "PAK")),
    ("A ceasefire between Israel and Hezbollah took effect on Wednesday.", ("ISR", "0871", "LBN")),
    ("Sri Lanka lifted the nationwide curfew on Monday.", ("LKA", "0813", "LKA")),
    ("The government of Peru lifted the state of emergency in Lima.", ("PER", "0814", "PER")),
    ("Russian troops withdrew from the city of Kherson.", ("RUS", "0874", "UKR")),
    ("Israel reopened the main border crossing into Gaza on Sunday.", ("ISR", "087", "")),
    ("Israel allowed the delivery of humanitarian aid into Gaza.", ("ISR", "086", "PSE")),
    ("Venezuela returned the seized aircraft to Argentina.", ("VEN", "0842", "ARG")),
    ("Colombia's ELN rebels freed two kidnapped soldiers.", ("COL", "0841", "COL")),
    ("Burkina Faso's junta lifted the ban on political parties.", ("BFA", "08", "BFA")),
]

# --- 09: investigations ---------------------------------------------------------------------------

INVESTIGATE = [
    ("The International Criminal Court opened an investigation into alleged war crimes in Ukraine.",
     ("IGOICC", "09", "")),
    ("Israel's military said it was investigating the strike that killed seven aid workers.", ("ISR", "09", "")),
    ("Turkish prosecutors launched an investigation into the mayor of Istanbul.", ("TUR", "09", "TUR")),
    ("The U.N. Human Rights Council ordered an inquiry into abuses by Iranian security forces.",
     ("IGOUNO", "09", "IRN")),
    ("Kenya's police watchdog is investigating the deaths of protesters in Nairobi.", ("KEN", "09", "KEN")),
    ("South Korean investigators raided the presidential office on Wednesday.", ("KOR", "1", "KOR")),
]

# --- 14: protests, strikes, road blocks, riots ---------------------------------------------------

PROTEST = [
    ("Thousands of Serbians marched through Belgrade against the government on Saturday.", ("SRB", "141", "SRB")),
    ("Tens of thousands rallied in Tbilisi against the foreign agents law.", ("GEO", "141", "GEO")),
    ("Protesters clashed with police in Nairobi over the finance bill.", ("KEN", "145", "KEN")),
    ("Hundreds of demonstrators gathered outside the U.S. embassy in Baghdad.", ("IRQ", "141", "USA")),
    ("French workers went on strike against the pension reform.", ("FRA", "143", "FRA")),
    ("Palestinian prisoners began a hunger strike in Israeli jails.", ("PSE", "142", "ISR")),
    ("Polish farmers blocked roads across the country to protest Ukrainian grain imports.", ("POL", "144", "")),
    ("Angry crowds stormed the French embassy in Niamey.", ("NER", "145", "FRA")),
    ("Protests erupted in Dhaka after the court's verdict.", ("BGD", "14", "")),
    ("Israelis protested in Tel Aviv to demand a deal to free the hostages.", ("ISR", "14", "ISR")),
    ("Demonstrators in Caracas denounced the election result and demanded Maduro's resignation.", ("VEN", "1", "VEN")),
    ("The teachers' union launched a strike against the new pension rules.", ("", "143", "")),
    ("Opposition supporters took to the streets of Maputo to protest the election result.", ("MOZ", "14", "MOZ")),
]

# --- the way wire copy states them: fronted clauses, attribution, toll first, the act in a phrase ---

WIRE = [
    ("At least 15 people were killed Sunday when a suicide bomber detonated explosives at a crowded market "
     "in northeastern Nigeria, police said.", ("NGA", "183", "NGA")),
    ("Gunmen on motorcycles killed at least 12 villagers in an overnight raid in Zamfara state, local officials said.",
     ("NGA", "1", "NGA")),
    ("Israel's military said Tuesday it had struck more than 100 targets across Gaza over the past day.",
     ("ISR", "19", "PSE")),
    ("Ukrainian officials said Russian glide bombs hit residential buildings in Zaporizhzhia.", ("RUS", "19", "UKR")),
    ("The strike, which hit a residential building in the city center, was carried out by Russian forces.",
     ("RUS", "19", "")),
    ("Police said they had arrested three suspects in connection with the bombing.", ("", "173", "")),
    ("The journalist was taken away by plainclothes police officers on Friday, his family said.", ("", "173", "")),
    ("The activist has been held in solitary confinement in Iran since his arrest in March, his family said.", ("IRN", "173", "")),
    ("A court in Tehran on Saturday handed down a death sentence to the rapper.", ("IRN", "173", "IRN")),
    ("The government ordered the expulsion of the BBC correspondent.", ("", "174", "")),
    ("Nicaragua stripped 94 government critics of their citizenship and confiscated their property.",
     ("NIC", "1711", "NIC")),
    ("Israeli settlers set fire to Palestinian homes and cars in the village of Huwara.", ("ISR", "171", "PSE")),
    ("Police used live ammunition against demonstrators in Khartoum, killing three, medics said.",
     ("SDN", "1", "SDN")),
    ("Taliban free American held for two years", ("AFG", "0841", "USA")),
    ("The rebels handed over 15 captured soldiers to the Red Cross on Tuesday.", ("", "084", "")),
    ("The two sides declared a 72-hour truce to allow civilians to leave the city.", ("", "0871", "")),
    ("Russia's defense ministry said its troops had pulled back from positions near Kyiv.", ("RUS", "087", "")),
    ("Protesters set fire to the parliament building in Kathmandu.", ("NPL", "1", "NPL")),
    ("Truckers blocked the main border crossing between Poland and Ukraine.", ("POL", "144", "")),
    ("Doctors in Kenya have been on strike for six weeks over pay.", ("KEN", "143", "KEN")),
    ("Police fired tear gas and water cannon to disperse thousands of people who had gathered outside parliament "
     "in Tbilisi.", ("GEO", "175", "GEO")),
    ("Authorities in Guinea have banned all demonstrations until further notice.", ("GIN", "172", "GIN")),
    ("Turkey detained 1,100 people over the weekend, Interior Minister Ali Yerlikaya said.", ("TUR", "173", "")),
    ("Georgia's interior ministry said 43 protesters were detained overnight.", ("GEO", "173", "GEO")),
    ("A Moscow court ordered the arrest in absentia of the exiled journalist.", ("RUS", "173", "")),
    ("An appeals court in Hong Kong upheld the 20-year sentence of the media tycoon.", ("", "173", "")),
    ("Two Israeli soldiers were killed by a Hezbollah anti-tank missile on the border.", ("LBN", "19", "ISR")),
    ("The attack on the convoy was carried out by JNIM, an al-Qaida affiliate.", ("", "1", "")),
    ("The army said it had repelled an attack by al-Shabab fighters on its base in Lower Shabelle.",
     ("SOM", "19", "SOM")),
    ("Insurgents overran a military base in northern Mozambique.", ("MOZ", "19", "MOZ")),
    ("Israel struck Iran's nuclear facilities at Natanz and Fordow.", ("ISR", "19", "IRN")),
    ("Kyiv struck back, targeting oil depots in Russia's Belgorod region with drones.", ("UKR", "19", "RUS")),
    ("The RSF has besieged the city of El Fasher for more than a year.", ("SDN", "191", "SDN")),
    ("Kidnappers released 10 of the abducted worshippers on Monday.", ("", "0841", "")),
    ("An Israeli strike killed a senior Hezbollah commander in Beirut.", ("ISR", "19", "LBN")),
    ("A senior Hezbollah commander was killed in an Israeli strike on Beirut's southern suburbs.",
     ("ISR", "19", "LBN")),
    ("Dozens of people were killed in a Russian missile strike on a children's hospital in Kyiv.",
     ("RUS", "19", "UKR")),
    ("Four Pakistani soldiers died in an ambush by militants in North Waziristan.", ("PAK", "1", "PAK")),
    ("Three police officers were wounded when militants attacked a checkpoint in Dagestan.", ("RUS", "1", "RUS")),
    ("A Palestinian man was shot dead by Israeli troops during a raid in Nablus.", ("ISR", "19", "PSE")),
    ("Police are probing the death of the activist in custody.", ("", "09", "")),
    ("The president set up a commission of inquiry into the killings of protesters.", ("", "09", "")),
    ("Fighters of the RSF looted homes and then burned the main market in El Fasher, residents said.", ("SDN", "1", "SDN")),
    ("Chinese coast guard vessels blocked Philippine supply boats from reaching the shoal.", ("CHN", "19", "PHL")),
    ("Azerbaijani forces have taken control of the breakaway region.", ("AZE", "192", "")),
    ("Hundreds of students staged a sit-in at Dhaka University to demand the release of detained classmates.",
     ("BGD", "14", "")),
    ("Mourners chanted anti-government slogans as security forces opened fire, witnesses said.",
     ("", "193", "")),
    ("Clashes broke out between protesters and police in the Senegalese capital on Thursday.", ("SEN", "1", "SEN")),
    ("Authorities in Tajikistan extradited the opposition activist to Russia.", ("TJK", "06", "RUS")),
    ("Security forces killed at least 20 protesters in Mozambique, a rights group said.", ("MOZ", "1", "MOZ")),
]

# --- a second round of wire copy: reported military claims, swaps, orders, sieges, tolls ------------

WIRE2 = [
    ("Russia said its forces had taken control of two more villages in the Donetsk region.", ("RUS", "192", "UKR")),
    ("Ukraine said it had repelled 40 Russian assaults along the front line.", ("UKR", "190", "RUS")),
    ("Kenyan troops killed 15 al-Shabab fighters in a raid on their camp.", ("KEN", "19", "SOM")),
    ("A U.S. drone strike killed a senior al-Qaida leader in Syria, the Pentagon said.", ("USA", "195", "IMGALQ")),
    ("Airstrikes by the Saudi-led coalition killed 20 civilians in Yemen.", ("SAU", "195", "YEM")),
    ("At least 30 people were killed as the army shelled rebel positions in Darfur.", ("SDN", "194", "SDN")),
    ("The M23 rebel group, which Rwanda backs, captured the town of Bukavu on Sunday.", ("COD", "192", "COD")),
    ("Hezbollah fired dozens of rockets into northern Israel.", ("LBN", "194", "ISR")),
    ("Israel retaliated by striking Hezbollah sites in Lebanon.", ("ISR", "190", "LBN")),
    ("Russia has occupied about a fifth of Ukraine's territory since 2022.", ("RUS", "192", "UKR")),
    ("Israel freed 183 Palestinian prisoners in exchange for three hostages.", ("ISR", "0841", "PSE")),
    ("Russia and Ukraine swapped 150 prisoners of war each.", ("RUS", "0841", "UKR")),
    ("Ethiopia lifted the state of emergency imposed in Amhara.", ("ETH", "0814", "ETH")),
    ("A court in Istanbul ordered the mayor jailed pending trial.", ("TUR", "173", "TUR")),
    ("A Moscow judge ordered the American student detained for two months.", ("RUS", "173", "USA")),
    ("The Dominican interior minister ordered the Haitian activists deported.", ("DOM", "174", "HTI")),
    ("The authorities have detained more than 1,000 people since the protests began in Turkey.", ("TUR", "173", "TUR")),
    ("The Ethiopian government shut down the internet in the Amhara region.", ("ETH", "1721", "ETH")),
    ("Thousands of Kenyans took to the streets on Tuesday.", ("KEN", "141", "KEN")),
    ("Dock workers in Belgium went on strike to demand higher wages.", ("BEL", "143", "BEL")),
    ("Gunmen opened fire on a bus carrying pilgrims in Jammu and Kashmir, killing nine people.", ("IND", "1", "IND")),
    ("Militants from the Baloch Liberation Army hijacked a passenger train in Pakistan.", ("PAK", "181", "PAK")),
    ("An Israeli soldier was killed by a Hamas sniper in Gaza.", ("PSE", "19", "ISR")),
    ("Troops loyal to the government clashed with a rival militia in Tripoli overnight.", ("LBY", "190", "LBY")),
    ("Turkish warplanes struck Kurdish militant targets in northern Iraq.", ("TUR", "195", "IRQ")),
    ("Houthi rebels attacked a commercial ship in the Red Sea with drones.", ("YEM", "195", "")),
    ("A Ukrainian drone hit an oil depot in Russia's Bryansk region, the governor said.", ("UKR", "195", "RUS")),
]

# --- kinds found among the read set's misses, restated in new sentences ------------------------------

READ_KINDS = [
    ("Afghan police said attackers detonated a car bomb outside the interior ministry in Kabul.",
     ("AFG", "1832", "AFG")),
    ("Islamist militants planted a roadside bomb that killed four soldiers in Waziristan.", ("PAK", "1833", "PAK")),
    ("The operation also led to the destruction of several vehicles used by the rebels.", ("", "1712", "")),
    ("Mutinous Malian soldiers seized power in a coup in August 2020.", ("MLI", "190", "")),
    ("The Venezuelan opposition leader was almost shot dead by gunmen in Caracas, his party said.",
     ("VEN", "185", "VEN")),
    ("Masked gunmen nearly killed the Ecuadorian presidential candidate outside a school in Quito.",
     ("ECU", "185", "ECU")),
    ("Somali intelligence announced another crackdown on websites linked to al-Shabab.", ("SOM", "1721", "")),
    ("Police in Bangladesh used live ammunition against student protesters in Dhaka.", ("BGD", "193", "BGD")),
    ("Belarusian riot police used excessive force against peaceful demonstrators.", ("BLR", "175", "BLR")),
    ("Four Nigerian soldiers died in an attack by Boko Haram fighters on their base in Borno state.",
     ("NGA", "1", "NGA")),
]

# --- the doer or the victim named in the sentence before -----------------------------------------

CONTEXT = [
    ("Russia's military said on Sunday it had hit Ukrainian energy facilities. It also struck an air base in the "
     "Poltava region.", ("RUS", "19", "UKR")),
    ("Police in Belarus detained the opposition activist on Monday. He was charged with extremism on Tuesday.",
     ("BLR", "17", "BLR")),
    ("Al-Shabab militants attacked a hotel in Kismayo. The gunmen killed at least nine people.", ("SOM", "1", "SOM")),
]

# Wordings the coder still misses, each for a reason outside the patterns of these classes.
KNOWN_MISSES = {
    "Nicaragua stripped 94 government critics of their citizenship and confiscated their property.":
        "'their property': a possessive pronoun is not taken back to the critics of the first clause",
    "Taliban free American held for two years":
        "a headline with no article: the parser reads 'free' as an adjective",
    "The two sides declared a 72-hour truce to allow civilians to leave the city.":
        "'the two sides' names no party without the story before it",
    "Hundreds of students staged a sit-in at Dhaka University to demand the release of detained classmates.":
        "students named by their university get no country from it",
    "An Indian court convicted the opposition leader of defamation and sentenced him to two years in jail.":
        "'him' in the second of two joined verbs is not taken back to the first verb's object",
    "Russia blocked access to the messaging app in the country.":
        "'blocked access to' an app is read as a refusal of entry (120)",
    "An Islamic State suicide bomber attacked a Shiite mosque in Kabul.":
        "after 'An', the role 'suicide bomber' wins over the group named before it",
    "Iran said Israel had assassinated one of its top nuclear scientists.":
        "'its' in the victim is taken back to the doer, not to the speaker",
    "Fighting between the army and rebels in eastern Congo has displaced thousands.":
        "'the army' and 'rebels' take no country from the place of the fighting",
    "South Korean investigators raided the presidential office on Wednesday.":
        "'the presidential office' takes no country from the investigators",
    "Opposition supporters took to the streets of Maputo to protest the election result.":
        "'opposition supporters' take no country from the streets of Maputo",
}


def _bank(cases):
    """The cases, a known miss marked as such (strict: a fix shows up as a pass to unmark)."""
    return [pytest.param(text, expected, marks=pytest.mark.xfail(reason=KNOWN_MISSES[text], strict=True))
            if text in KNOWN_MISSES else (text, expected) for text, expected in cases]


POSITIVE = ARREST + COERCE + ABDUCT + ASSAULT + STRIKE + FIGHT + YIELD + INVESTIGATE + PROTEST + WIRE + WIRE2 + READ_KINDS


@pytest.mark.parametrize(("text", "expected"), _bank(POSITIVE))
def test_coded(code, text, expected):
    found = coded(code, text)
    assert hits(found, expected), found


@pytest.mark.parametrize(("text", "expected"), _bank(CONTEXT))
def test_coded_from_the_sentence_before(code, text, expected):
    found = coded(code, text)
    assert hits(found, expected, sentence=1), found


# --- near misses: no coerce, assault, fight, yield, investigate or protest event ------------------

SILENT = [
    "A man stabbed his neighbour during a row over parking in Leeds.",
    "Two hikers died after being caught in an avalanche in the Swiss Alps.",
    "A bus crashed into a ravine in northern India, killing 20 passengers.",
    "Heavy rains killed at least 30 people in southern Brazil.",
    "The storm battered the coast of Florida with high winds.",
    "Real Madrid crushed Barcelona 4-0 on Sunday.",
    "The striker fired a shot past the goalkeeper in the 89th minute.",
    "Analysts said Russia could launch a new offensive in the spring.",
    "Ukraine's president warned that Russia might strike energy facilities again.",
    "Israel did not release the prisoners on Saturday, officials said.",
    "Will Iran free the detained French citizens?",
    "The company released its quarterly earnings on Thursday.",
    "The band released a new album in March.",
    "Prices of wheat shot up after the drought.",
    "The central bank fired its chief economist.",
    "A fire destroyed a warehouse in the port of Antwerp.",
    "Investors fled emerging markets as the dollar rallied.",
    "Stocks rallied in Tokyo on Tuesday.",
    "The committee will investigate whether the rules were broken if lawmakers agree.",
    "The army denied that its troops had shelled the village.",
    "A ceasefire could be reached within days, a mediator said.",
    "The minister said the government would not impose a curfew.",
    "The suspect's lawyer said he would appeal the sentence.",
    "The film explores the kidnapping of a businessman's daughter.",
    "Doctors at the hospital struck a deal with management over pay.",
    "The museum seized the moment to announce a new exhibition.",
    "The police officer was praised for his bravery.",
    "Virus cases surged in the capital, prompting fears of a new lockdown.",
    "A shark attacked a swimmer off the coast of Australia.",
    "The boxer knocked out his opponent in the third round.",
    "Temperatures are expected to rise sharply this week.",
    "Investors seized power in the boardroom after the vote.",
    "The striker almost scored in the first half.",
    "The opposition's campaign was nearly derailed by the scandal.",
    "The storm led to the destruction of hundreds of homes in the region.",
    "The storm led to the deaths of 20 people in the region.",
    "The coach ordered the players rested before the final.",
    "The company ordered the files deleted after the audit.",
    "Fans swapped jerseys with the players after the match.",
    "The senator's campaign was hijacked by internal feuds.",
]


@pytest.mark.parametrize("text", SILENT)
def test_silent(code, text):
    found = coded(code, text)
    assert not [e for e in found if e[1][:2] in ("08", "09", "14", "17", "18", "19")], found
