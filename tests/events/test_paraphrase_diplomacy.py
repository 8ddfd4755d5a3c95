"""Paraphrases of diplomacy and trade news (issue 13): the same acts in the wordings wire
services use (passives, fronted clauses, quotes with "said" after, nominalisations, capitals
standing for their states), each asserting code, source and target. Written for detente; the
sentences are invented, not taken from any corpus. Expected codes are prefixes: "11" accepts
111 or 110, "10|02" a demand or an appeal (the codebook allows both for "urged X to stop")."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 9, 3)  # a Wednesday


def party(actor):
    """The country of an actor, "EU" for the Union's bodies."""
    if not actor:
        return None
    if actor.get("country"):
        return actor["country"]
    return "EU" if (actor.get("code") or "").startswith("IGOEEC") else actor.get("code")


def found(code, text):
    return [(party(e["source"]), e["cameo"], party(e["target"]), e["rule"]) for e in code(text, published=PUB)]


def check(code, text, codes, source, target):
    events = found(code, text)
    assert any(c.startswith(codes) and s == source and t == target for s, c, t, _ in events), events


@pytest.mark.parametrize(("text", "codes", "source", "target"), [
    ("China's foreign ministry on Tuesday strongly condemned Washington's decision to add more Chinese firms to its export blacklist.", ('11',), 'CHN', 'USA'),
    ("\"We firmly oppose the so-called sanctions,\" foreign ministry spokesperson Mao Ning told a regular news briefing in Beijing, referring to the U.S. measures.", ('11',), 'CHN', 'USA'),
    ("Tokyo lodged a strong protest with Seoul over the South Korean lawmakers' visit to the disputed islands.", ('11',), 'JPN', 'KOR'),
    ("South Korea's foreign ministry denounced Japan's renewed territorial claim as \"unacceptable\" on Friday.", ('11',), 'KOR', 'JPN'),
    pytest.param("Beijing refused to accept the ruling of the arbitration tribunal, calling it \"null and void.\"", ('12',), 'CHN', None,
                 marks=pytest.mark.xfail(reason="an unqualified tribunal takes the sentence's own country (self-target)", strict=True)),
    ("The Indian government rejected Pakistan's offer of talks, saying terror and dialogue cannot go together.", ('12',), 'IND', 'PAK'),
    ("Moscow slammed the European Union's latest sanctions package as illegal, a Kremlin spokesman said.", ('11',), 'RUS', 'EU'),
    ("Iran's foreign minister criticized Britain for seizing an Iranian oil tanker off Gibraltar.", ('11',), 'IRN', 'GBR'),
    ("Beijing urged Washington to stop interfering in Hong Kong's affairs.", ('10', '02'), 'CHN', 'USA'),
    ("Canada called on China to release the two detained Canadians immediately.", ('10', '02'), 'CAN', 'CHN'),
    ("The ministry urged Tokyo to lift the export restrictions on key chip materials as soon as possible, Seoul's trade minister said.", ('10', '02'), 'KOR', 'JPN'),
    ("China vowed to take \"necessary measures\" to protect its companies after the U.S. blacklisted Huawei.", ('13',), 'CHN', 'USA'),
    ("Beijing will take countermeasures if Washington insists on selling arms to Taiwan, a spokesman said.", ('13',), 'CHN', 'USA'),
    ("Russia warned that it would retaliate against any new sanctions imposed by Washington.", ('13',), 'RUS', 'USA'),
    ("Pakistan strongly protested the Indian army's firing across the Line of Control, the foreign office said in a statement.", ('11',), 'PAK', 'IND'),
    ("The Chinese embassy in Ottawa expressed strong dissatisfaction with Canada's decision to ban Huawei from its 5G networks.", ('11',), 'CHN', 'CAN'),
    ("Seoul expressed deep regret over Tokyo's decision to remove South Korea from its list of trusted trading partners.", ('11',), 'KOR', 'JPN'),
    ("Germany summoned the Russian ambassador to protest the expulsion of two German diplomats.", ('11',), 'DEU', 'RUS'),
    ("The Philippines demanded that China withdraw its vessels from the Scarborough Shoal.", ('10',), 'PHL', 'CHN'),
    ("Vietnam's foreign ministry spokeswoman said Hanoi firmly opposed China's deployment of missiles on the Paracel islands.", ('11',), 'VNM', 'CHN'),
    ("Washington has repeatedly criticized Beijing's human rights record in Xinjiang.", ('11',), 'USA', 'CHN'),
    ("Australia's prime minister rejected China's demands, saying Canberra would not bow to coercion.", ('12',), 'AUS', 'CHN'),
    ("Washington's move to blacklist Chinese chipmakers was sharply criticized by Beijing on Wednesday.", ('11',), 'CHN', 'USA'),
    ("The decision by Ottawa to expel a Chinese diplomat was \"a gross interference in China's internal affairs,\" the Chinese embassy said.", ('11',), 'CHN', 'CAN'),
    ("\"Japan's decision is totally unacceptable,\" South Korean President Moon Jae-in said on Friday.", ('11', '12'), 'KOR', 'JPN'),
    ("In a strongly worded statement, Beijing denounced the visit by the U.S. House speaker to Taipei.", ('11',), 'CHN', 'USA'),
    ("Indonesia on Monday protested to Beijing over the presence of Chinese coast guard ships near the Natuna islands.", ('11',), 'IDN', 'CHN'),
    ("Russia's foreign ministry said it would respond to the expulsion of its diplomats from Poland.", ('13',), 'RUS', 'POL'),
    pytest.param("Ankara dismissed the European Parliament's report as \"null and void\", the Turkish foreign ministry said.", ('11', '12'), 'TUR', 'EU',
                 marks=pytest.mark.xfail(reason="'dismissed X as null and void' is read as a denial (016)", strict=True)),
    ("China called on the United States to correct its mistakes and revoke the tariffs immediately.", ('10', '02'), 'CHN', 'USA'),
    ("India asked Pakistan to take credible action against terrorist groups operating from its soil.", ('10', '02'), 'IND', 'PAK'),
    ("Beijing hit back at Canberra's call for an inquiry into the origins of the coronavirus.", ('11',), 'CHN', 'AUS'),
    ("The Chinese commerce ministry said it firmly opposed the U.S. decision and would take countermeasures.", ('13', '11'), 'CHN', 'USA'),
    ("Tehran warned Washington of a \"crushing response\" if it attacked Iranian territory.", ('13',), 'IRN', 'USA'),
    ("Seoul's foreign ministry voiced strong regret over Japan's export curbs.", ('11',), 'KOR', 'JPN'),
    ("Beijing is strongly dissatisfied with and firmly opposes the U.S. arms sale to Taiwan, a spokesman said.", ('11',), 'CHN', 'USA'),
    ("\"If Washington insists on going its own way, China will fight back resolutely,\" the spokesman said.", ('13',), 'CHN', 'USA'),
    ("Moscow will respond to the closure of its consulates in a proportionate manner, Foreign Ministry spokeswoman Maria Zakharova said.", ('13',), 'RUS', None),
    ("Tehran warned London that it would pay a heavy price for seizing the tanker.", ('13',), 'IRN', 'GBR'),
    ("The United States warned Turkey that it could face sanctions over its purchase of the Russian S-400 system.", ('13',), 'USA', 'TUR'),
    pytest.param("Should Ottawa refuse to release Meng, Beijing will be compelled to respond, the Global Times said in an editorial.", ('13',), 'CHN', 'CAN',
                 marks=pytest.mark.xfail(reason="parse: the inverted condition is read as the main clause", strict=True)),
    ("Pyongyang will be forced to take stronger countermeasures if Seoul and Washington go ahead with the drills, state media said.", ('13',), 'PRK', 'KOR'),
    ("Hanoi expressed strong regret over Beijing's deployment of an oil rig in Vietnamese waters.", ('11',), 'VNM', 'CHN'),
    ("Tokyo firmly opposes Beijing's stationing of coast guard vessels near the Senkaku islands, the chief cabinet secretary said.", ('11',), 'JPN', 'CHN'),
    ("Manila voiced deep regret over China's curbs on Philippine banana imports.", ('11',), 'PHL', 'CHN'),
    ("Kyiv will respond to any attack on its energy facilities, President Volodymyr Zelenskiy said.", ('13',), 'UKR', None),
    ("The foreign ministry summoned the Russian ambassador on Tuesday, Poland's deputy foreign minister said.", ('11',), 'POL', 'RUS'),
    ("The ministry called on Washington to stop arming Taiwan, Chinese state media reported.", ('10', '02'), 'CHN', 'USA'),
    ("Moscow lashed out at Helsinki's decision to close the border, calling it a provocation.", ('11',), 'RUS', 'FIN'),
    pytest.param("\"We urge the U.S. side to immediately stop its wrong practices,\" the ministry said, referring to Washington's chip curbs.", ('10', '02'), 'CHN', 'USA',
                 marks=pytest.mark.xfail(reason="an unqualified 'the ministry' in a quote gets no country", strict=True)),
    ("The Kremlin said Moscow would take retaliatory measures against Oslo.", ('13',), 'RUS', 'NOR'),
    ("Seoul has asked Tokyo to withdraw the export restrictions, officials said.", ('10', '02'), 'KOR', 'JPN'),
    ("Beijing on Thursday denounced the latest U.S. chip curbs as \"economic bullying.\"", ('11',), 'CHN', 'USA'),
    ("China's top diplomat Wang Yi told his U.S. counterpart that Washington must stop suppressing Chinese companies.", ('10',), 'CHN', 'USA'),
    ("Britain's foreign secretary condemned Tehran's seizure of the tanker as \"unacceptable\".", ('11',), 'GBR', 'IRN'),
    ("Paris strongly protested to Algiers over the expulsion of twelve French embassy staff.", ('11',), 'FRA', 'DZA'),
    ("Beijing refused to recognise the results of the referendum, the foreign ministry said.", ('12',), 'CHN', None),
    ("Israel rejected the French proposal for a ceasefire in Lebanon.", ('12',), 'ISR', 'FRA'),
    ("The Kremlin said Russia would respond firmly if NATO deployed troops to Ukraine.", ('13',), 'RUS', 'IGONAT'),
    ("Tehran urged Washington to return to the nuclear deal and lift all sanctions.", ('10', '02'), 'IRN', 'USA'),
    ("Berlin called on Moscow to release the jailed German journalist.", ('10', '02'), 'DEU', 'RUS'),
    ("Ankara will respond in kind to any sanctions, Turkish officials said.", ('13',), 'TUR', None),
    ("The foreign ministry lodged a strong protest with Pyongyang over the missile launch, Tokyo's chief cabinet secretary said.", ('11',), 'JPN', 'PRK'),
    ("\"We will take resolute countermeasures,\" the Chinese commerce ministry said, referring to Washington's new chip curbs.", ('13',), 'CHN', 'USA'),
    ("\"Seoul strongly condemns this act,\" South Korea's foreign minister said, referring to Pyongyang's missile launch.", ('11',), 'KOR', 'PRK'),
    ("Moscow firmly rejects such demands, Peskov said, referring to the latest statement from Kyiv.", ('12',), 'RUS', 'UKR'),
])
def test_official_reactions(code, text, codes, source, target):
    """Criticism, opposition, protest, refusal (11x, 12x), appeals and demands (02x, 10x), vowed countermeasures (13x)."""
    check(code, text, codes, source, target)


@pytest.mark.parametrize(("text", "codes", "source", "target"), [
    ("Japanese Prime Minister Shinzo Abe's visit to Beijing last month marked a thaw in ties.", ('042',), 'JPN', 'CHN'),
    ("Thursday's talks between Chinese Vice Premier Liu He and U.S. Trade Representative Robert Lighthizer ended without a deal.", ('04',), 'CHN', 'USA'),
    ("During a phone call on Monday, Putin and Erdogan discussed the situation in Syria.", ('04',), 'RUS', 'TUR'),
    ("The signing of the trade agreement between Australia and Indonesia took place in Jakarta on Monday.", ('057',), 'AUS', 'IDN'),
    ("Following his three-day trip to Moscow, Chinese President Xi Jinping said ties were at their best.", ('042',), 'CHN', 'RUS'),
    ("The summit between Trump and Kim Jong Un in Hanoi collapsed without an agreement.", ('04',), 'USA', 'PRK'),
    ("The United States' imposition of tariffs on Chinese steel prompted Beijing to retaliate.", ('163',), 'USA', 'CHN'),
    ("Washington's extension of anti-dumping duties on Chinese aluminum foil drew a sharp response from Beijing.", ('163',), 'USA', 'CHN'),
    ("The EU's lifting of sanctions on Belarusian potash was welcomed by Minsk.", ('08',), 'EU', 'BLR'),
    ("China's commerce ministry concluded its anti-dumping investigation into Australian barley, imposing duties of 73.6 percent.", ('163',), 'CHN', 'AUS'),
    ("Modi's meeting with Xi on the sidelines of the BRICS summit was their first in five years.", ('04',), 'IND', 'CHN'),
    ("The two leaders held talks in Tokyo on Tuesday, Japan's foreign ministry said, after Indian Prime Minister Narendra Modi arrived for a two-day visit.", ('042',), 'IND', 'JPN'),
    ("Vietnam and the United States signed 11 documents on trade and investment during Biden's visit to Hanoi.", ('057',), 'VNM', 'USA'),
    ("A phone conversation between French President Emmanuel Macron and Iranian President Hassan Rouhani focused on the nuclear deal.", ('04',), 'FRA', 'IRN'),
    ("The visit by Taiwan's president to the United States angered Beijing.", ('042',), 'TWN', 'USA'),
    ("Wang Yi's talks with his Russian counterpart Sergei Lavrov in Moscow on Friday covered Ukraine and energy.", ('04',), 'CHN', 'RUS'),
    ("The first visit by a Chinese defense minister to Vietnam in a decade began on Sunday.", ('042',), 'CHN', 'VNM'),
    ("South Korean President Moon Jae-in's three-day trip to Pyongyang last year produced a military pact.", ('042',), 'KOR', 'PRK'),
    ("Saturday's meeting between Turkish and Russian foreign ministers in Antalya produced no breakthrough.", ('04',), 'TUR', 'RUS'),
    ("Biden and Xi held a video call on Monday, the White House said.", ('04',), 'USA', 'CHN'),
    ("China's imposition of anti-dumping duties on Australian wine in 2021 hurt exporters.", ('163',), 'CHN', 'AUS'),
    ("Washington's decision to extend the tariffs on Chinese solar panels by four years angered Beijing.", ('163',), 'USA', 'CHN'),
    ("Premier Li Qiang's visit to Berlin in June was his first foreign trip as premier.", ('042',), 'CHN', 'DEU'),
    ("Japan and the Philippines signed a defense pact during Kishida's visit to Manila on Friday.", ('057',), 'JPN', 'PHL'),
    ("A telephone conversation between Chancellor Olaf Scholz and President Xi Jinping touched on Ukraine.", ('04',), 'DEU', 'CHN'),
    ("Friday's summit between Japanese and South Korean leaders in Seoul produced no joint statement.", ('04',), 'JPN', 'KOR'),
    ("The meeting between the Indian and Chinese defence ministers focused on the border standoff.", ('04',), 'IND', 'CHN'),
    ("The talks between Serbia and Kosovo in Brussels yielded no agreement, EU officials said.", ('04',), 'SRB', 'XKX'),
    ("Thursday's video call between Biden and Xi covered trade and Taiwan.", ('04',), 'USA', 'CHN'),
    ("Erdogan's talks with Putin in Sochi on Friday lasted more than four hours.", ('04',), 'TUR', 'RUS'),
    ("The Japanese foreign minister's trip to Seoul next week will be the first in six years.", ('042', '03'), 'JPN', 'KOR'),
    ("The signing ceremony of the economic partnership agreement between Japan and the EU took place in Brussels.", ('057',), 'JPN', 'EU'),
    ("Beijing's lifting of its ban on Australian coal was welcomed by Canberra.", ('08',), 'CHN', 'AUS'),
    ("The extension of U.S. tariffs on Chinese electric vehicles drew swift criticism from Beijing.", ('11',), 'CHN', 'USA'),
    ("Ahead of Blinken's visit to Beijing, China urged Washington to stop smearing it.", ('10', '02'), 'CHN', 'USA'),
    ("Talks between Indian and Chinese military commanders on Sunday failed to resolve the standoff.", ('04',), 'IND', 'CHN'),
    ("Macron's state visit to China in April yielded a string of business deals.", ('042',), 'FRA', 'CHN'),
    pytest.param("The three-hour meeting between Blinken and Wang Yi in Munich was described as candid.", ('04',), 'USA', 'CHN',
                 marks=pytest.mark.xfail(reason="an event named as the subject of 'was described as' is not read as asserted", strict=True)),
    ("A video conference between EU and Chinese leaders on Monday ended without a joint statement.", ('04',), 'EU', 'CHN'),
    ("Monday's signing of a security pact between Australia and Papua New Guinea angered Beijing.", ('057',), 'AUS', 'PNG'),
])
def test_events_stated_through_nouns(code, text, codes, source, target):
    """Visits, talks, summits, calls, signings and measures named by a noun, with their parties."""
    check(code, text, codes, source, target)


@pytest.mark.parametrize(("text", "codes", "source", "target"), [
    ("The United States will impose tariffs of 25 percent on Chinese goods worth $200 billion from March 1, the U.S. Trade Representative's office said.", ('163',), 'USA', 'CHN'),
    ("Trump threatened to slap tariffs on all Mexican imports unless Mexico stopped the flow of migrants.", ('13',), 'USA', 'MEX'),
    ("\"If the United States imposes new tariffs, we will hit back,\" China's commerce ministry said.", ('13',), 'CHN', 'USA'),
    ("China hopes to strengthen cooperation with Brazil in agriculture, Xi said.", ('03',), 'CHN', 'BRA'),
    ("India is ready to strengthen cooperation with Russia in energy, the Indian foreign minister said.", ('03',), 'IND', 'RUS'),
    ("Japan is prepared to resume talks with North Korea without preconditions, Prime Minister Kishida said.", ('03',), 'JPN', 'PRK'),
    ("Since the 2018 arrest of Huawei executive Meng Wanzhou, relations between Canada and China have soured.", ('173',), 'CAN', 'CHN'),
    ("The European Union said it would introduce duties on Chinese electric vehicles starting July 4.", ('163',), 'EU', 'CHN'),
    ("Washington warned Beijing it could face sanctions if it supplied weapons to Russia.", ('13',), 'USA', 'CHN'),
    ("Turkey intends to raise duties on U.S. cars, the trade minister said.", ('13',), 'TUR', 'USA'),
    ("Canada plans to impose a 100 percent surtax on Chinese-made electric vehicles from October 1.", ('163', '13'), 'CAN', 'CHN'),
    ("Brazil will raise import tariffs on Chinese steel to 25 percent from June 1, the government said.", ('163',), 'BRA', 'CHN'),
    ("Beijing said it was willing to work with Washington to resolve trade differences through dialogue.", ('03',), 'CHN', 'USA'),
    ("China is ready to deepen cooperation with African countries in infrastructure, Xi said.", ('03',), 'CHN', 'AFR'),
    ("Should Washington go ahead with the tariffs, Beijing will be forced to take countermeasures, a commerce ministry spokesman said.", ('13',), 'CHN', 'USA'),
    ("India said it would retaliate if the United States imposed tariffs on Indian goods.", ('13',), 'IND', 'USA'),
    ("Trump has threatened to impose tariffs of up to 25 percent on cars imported from the European Union.", ('13',), 'USA', 'EU'),
    ("Mexico hopes to reach a trade deal with the United States before the end of the year.", ('03',), 'MEX', 'USA'),
    ("South Korea's new tariffs on Chinese steel plates take effect on Thursday.", ('163',), 'KOR', 'CHN'),
    ("Vietnam hopes to sign a free trade deal with Israel this year, the trade minister said.", ('03',), 'VNM', 'ISR'),
    ("The new U.S. tariffs on Canadian aluminium will take effect on Aug. 16.", ('163',), 'USA', 'CAN'),
])
def test_decided_threatened_hoped(code, text, codes, source, target):
    """A measure set for a date is decided (163); threatened or conditional acts are 13x; hopes and readiness 03x."""
    check(code, text, codes, source, target)


@pytest.mark.parametrize(("text", "codes", "source", "target"), [
    ("The U.S. Commerce Department added 28 Chinese entities to its export blacklist on Monday.", ('163',), 'USA', 'CHN'),
    ("Japan tightened export controls on three chemicals to South Korea on Thursday.", ('163',), 'JPN', 'KOR'),
    ("Beijing filed a complaint with the World Trade Organization over U.S. tariffs on Chinese solar panels.", ('11',), 'CHN', 'USA'),
    ("India retaliated by raising tariffs on 28 U.S. products, including almonds and apples.", ('163',), 'IND', 'USA'),
    ("Australia and India signed an interim trade deal on Saturday.", ('057',), 'AUS', 'IND'),
    ("Chinese and American negotiators resumed trade talks in Washington on Thursday.", ('04',), 'CHN', 'USA'),
    ("The European Commission imposed provisional anti-dumping duties on Chinese biodiesel.", ('163',), 'EU', 'CHN'),
    ("Washington lifted tariffs on Indian steel as part of the new trade agreement.", ('08',), 'USA', 'IND'),
    ("China banned exports of gallium and germanium to the United States, the commerce ministry said.", ('163',), 'CHN', 'USA'),
    ("Canada has launched a WTO challenge against China's restrictions on canola imports.", ('11',), 'CAN', 'CHN'),
    ("Mexico slapped tariffs of up to 25 percent on American pork and cheese in retaliation for U.S. steel duties.", ('163',), 'MEX', 'USA'),
    ("Seoul and Washington agreed to renegotiate their free trade agreement, officials said.", ('03',), 'KOR', 'USA'),
    pytest.param("China's commerce ministry found that Japanese stainless steel had been dumped and imposed duties of up to 29 percent.", ('163',), 'CHN', 'JPN',
                 marks=pytest.mark.xfail(reason="the measure reader does not take a target from the coordinated clause", strict=True)),
    ("The United States placed Huawei on its entity list, barring it from buying American components.", ('163',), 'USA', 'CHN'),
    ("Brussels and Tokyo sealed a sweeping trade pact that will eliminate most tariffs.", ('057',), 'EU', 'JPN'),
    ("Duties of up to 35 percent were imposed on Chinese steel by the European Union on Friday.", ('163',), 'EU', 'CHN'),
    ("Chinese companies were added to the U.S. entity list on Tuesday.", ('163',), 'USA', 'CHN'),
    ("Beijing announced export restrictions on rare earth technologies to the United States.", ('163',), 'CHN', 'USA'),
    ("China has taken the United States to the World Trade Organization over its chip export controls.", ('11',), 'CHN', 'USA'),
    ("Ottawa retaliated with counter-tariffs on $16.6 billion worth of U.S. goods.", ('163',), 'CAN', 'USA'),
    ("Australia and China agreed to resume high-level trade talks, trade minister Don Farrell said.", ('03', '04'), 'AUS', 'CHN'),
    ("Beijing lifted its ban on Japanese seafood imports on Friday.", ('08',), 'CHN', 'JPN'),
    ("Australia took China to the World Trade Organization over its tariffs on Australian wine.", ('11',), 'AUS', 'CHN'),
    ("The European Union has taken Beijing to the WTO over its restrictions on Lithuanian goods.", ('11',), 'EU', 'CHN'),
    ("Japan took South Korea to the WTO over its subsidies to shipbuilders.", ('11',), 'JPN', 'KOR'),
    ("Canada will be forced to retaliate with tariffs on U.S. goods if Washington does not lift its steel duties, officials said.", ('13',), 'CAN', 'USA'),
    ("Mexico will impose tariffs of up to 50 percent on cars from China starting January 1.", ('163',), 'MEX', 'CHN'),
    ("Beijing slapped anti-dumping duties of up to 218 percent on Australian wine on Friday.", ('163',), 'CHN', 'AUS'),
    ("Washington added Huawei and dozens of its affiliates to the Entity List in 2019.", ('163',), 'USA', 'CHN'),
    ("New export curbs on advanced chips to China were announced by the U.S. Commerce Department on Tuesday.", ('163',), 'USA', 'CHN'),
    ("India and the United Kingdom concluded negotiations on a free trade agreement on Tuesday.", ('04', '057', '03'), 'IND', 'GBR'),
    ("Ottawa said it would drop its surtax on Chinese electric vehicles if Beijing lifted its canola duties.", ('13', '03', '08'), 'CAN', 'CHN'),
    ("South Korea filed a complaint with the WTO against Japan's export curbs.", ('11',), 'KOR', 'JPN'),
    ("Brazil and Argentina agreed to cut tariffs on each other's goods.", ('03', '08'), 'BRA', 'ARG'),
    pytest.param("Should Beijing restrict rare earth exports, Tokyo will take the matter to the WTO, the trade minister said.", ('13', '115', '11'), 'JPN', 'CHN',
                 marks=pytest.mark.xfail(reason="an intended legal action takes no target from the condition (only threats do)", strict=True)),
    ("Canada took the United States to the World Trade Organization over its lumber duties.", ('11',), 'CAN', 'USA'),
    ("India voiced strong displeasure over Turkey's comments on Kashmir.", ('11',), 'IND', 'TUR'),
    ("Seoul said it would respond to Tokyo's export curbs with countermeasures.", ('13',), 'KOR', 'JPN'),
])
def test_trade_acts(code, text, codes, source, target):
    """Tariffs, export controls, entity listings, anti-dumping duties, WTO cases, retaliation, trade deals and talks."""
    check(code, text, codes, source, target)


def test_a_background_arrest_keeps_its_own_date(code):
    events = code("Since the 2018 arrest of Huawei executive Meng Wanzhou, relations between Canada and China have soured.",
                  published=PUB)
    assert [(party(e["source"]), e["cameo"], party(e["target"]), e["date"][:4]) for e in events] == [
        ("CAN", "173", "CHN", "2018")], events


@pytest.mark.parametrize("text", [
    "Iran responded to the U.S. proposal on Monday.",
    "Iran will respond to the U.S. proposal next week.",
])
def test_a_response_told_as_done_or_to_a_proposal_is_no_threat(code, text):
    assert not [e for e in found(code, text) if e[1].startswith("13")], found(code, text)


def test_a_body_forced_into_an_act_told_as_done_did_it(code):
    assert ("CHN", "163", "USA") in [e[:3] for e in found(code, "Beijing was forced to impose tariffs on U.S. goods.")]


def test_a_response_told_as_done_is_no_event(code):
    assert found(code, "Iran responded to the U.S. proposal on Monday.") == []


@pytest.mark.parametrize(("text", "unwanted"), [
    ("The United States and Ukraine were supposed to sign a minerals deal.", "057"),
    ("Additionally, the bloc may impose trade sanctions on Somalia, cutting foreign aid.", "16"),
    ("Analysts said it is hard to predict how Manila will react to the visit.", "13"),
])
def test_what_did_not_happen_or_is_guessed_is_not_coded(code, text, unwanted):
    """Only verbs of force, order or invitation hand their passive subject the act; a participle
    hung on a hypothetical clause is no fact; 'react to a visit' vows nothing."""
    assert not [e for e in found(code, text) if e[1].startswith(unwanted)], found(code, text)


def test_a_ministry_is_not_of_the_state_it_summons(code):
    events = found(code, "The foreign ministry summoned the Chinese ambassador on Monday, Taiwan's presidential office said.")
    assert ("TWN", "114", "CHN") in [e[:3] for e in events], events
