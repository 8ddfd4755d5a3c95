"""Trade and diplomacy in wire style (dipl15): export controls and entity lists, trade-remedy
probes and duties, WTO disputes, expulsions, summons and recalls of diplomats, consulates shut,
visa bans and asset freezes, terrorist designations, sanctions lifted or waived, tariff pauses,
retaliation, deals, calls, joint statements, mediation and envoys' trips. Each sentence asserts
the code and the dyad (source and target country, "EU" for the Union's bodies); the families
earlier paraphrase files left out. Written for detente; the sentences are invented, not taken
from any corpus. Expected codes are prefixes ("11" accepts 114); a symmetric act may name its
sides in either order."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 5, 14)


def party(actor):
    """The country of an actor, "EU" for the Union's bodies."""
    if not actor:
        return None
    if actor.get("country"):
        return actor["country"]
    return "EU" if (actor.get("code") or "").startswith("IGOEEC") else actor.get("code")


def found(code, text):
    return [(party(e["source"]), e["cameo"], party(e["target"]), e["rule"]) for e in code(text, published=PUB)]


def check(code, text, codes, source, target, symmetric):
    events = found(code, text)
    pairs = {(source, target), (target, source)} if symmetric else {(source, target)}
    assert any(c.startswith(codes) and (s, t) in pairs for s, c, t, _ in events), events


@pytest.mark.parametrize(("text", "codes", "source", "target", "symmetric"), [
    ('The U.S. Commerce Department on Tuesday added 12 Chinese firms to its entity list, citing national security concerns.', ('163',), 'USA', 'CHN', False),
    ('Washington unveiled new curbs on chip exports to China on Monday.', ('163',), 'USA', 'CHN', False),
    ('The Netherlands will restrict exports of advanced lithography machines to China from September 1, the Dutch trade ministry said.', ('163',), 'NLD', 'CHN', False),
    ('Japan removed South Korea from its white list of trusted trading partners on Friday.', ('163',), 'JPN', 'KOR', False),
    ('Beijing placed two U.S. defense contractors on its unreliable entity list.', ('163',), 'CHN', 'USA', False),
    ('The Biden administration barred Nvidia from selling its most advanced AI chips to Chinese customers.', ('163',), 'USA', 'CHN', False),
    ('Taiwan added Huawei and SMIC to its export control list on Saturday.', ('163',), 'TWN', 'CHN', False),
    ('MOFCOM added three U.S. drone makers to its export control list.', ('163',), 'CHN', 'USA', False),
    ('The Bureau of Industry and Security added 80 Chinese entities to the entity list on Tuesday.', ('163',), 'USA', 'CHN', False),
    ("China's commerce ministry banned exports of dual-use items to U.S. military users with immediate effect.", ('163',), 'CHN', 'USA', False),
    ('Seoul tightened controls on exports of strategic goods to Russia and Belarus.', ('163',), 'KOR', 'RUS', False),
])
def test_export_controls_and_entity_lists(code, text, codes, source, target, symmetric):
    check(code, text, codes, source, target, symmetric)


@pytest.mark.parametrize(("text", "codes", "source", "target", "symmetric"), [
    ('China launched an anti-dumping investigation into brandy imported from the European Union on Friday.', ('09',), 'CHN', 'EU', False),
    ('Brussels opened an anti-subsidy probe into Chinese wind turbines.', ('09',), 'EU', 'CHN', False),
    ("The USTR launched a Section 301 investigation into Brazil's trade practices.", ('09',), 'USA', 'BRA', False),
    ('India has initiated an anti-dumping probe into imports of solar glass from China and Vietnam.', ('09',), 'IND', 'CHN', False),
    ('Australia imposed final duties of up to 35 percent on steel wheels from China.', ('163',), 'AUS', 'CHN', False),
    ('The U.S. Commerce Department set final countervailing duties on Vietnamese tires at up to 6.2 percent.', ('163',), 'USA', 'VNM', False),
    pytest.param(*("China's commerce ministry ruled that pork imported from the EU had been dumped and set duties of up to 62 percent.", ('163',), 'CHN', 'EU', False),
                 marks=pytest.mark.xfail(reason="the parse joins 'set duties' to the reported clause, whose subject is the pork", strict=True)),
    ('Ottawa extended anti-dumping duties on Chinese steel wire for another five years.', ('163',), 'CAN', 'CHN', False),
    ("Turkey's trade ministry slapped provisional anti-dumping duties on Chinese electric cars.", ('163',), 'TUR', 'CHN', False),
])
def test_trade_remedy_probes_and_duties(code, text, codes, source, target, symmetric):
    check(code, text, codes, source, target, symmetric)


@pytest.mark.parametrize(("text", "codes", "source", "target", "symmetric"), [
    ("Canada requested WTO consultations with China over Beijing's tariffs on canola oil.", ('115', '11'), 'CAN', 'CHN', False),
    ("The European Union filed a complaint at the WTO over China's anti-dumping duties on brandy.", ('115', '11'), 'EU', 'CHN', False),
    ("India has filed a complaint at the World Trade Organization over the EU's carbon border tax.", ('115', '11'), 'IND', 'EU', False),
    ("Indonesia lodged a WTO challenge to the EU's ban on palm oil-based biofuels.", ('115', '11'), 'IDN', 'EU', False),
    ('China dragged the United States to the WTO over its chip export restrictions.', ('115', '11'), 'CHN', 'USA', False),
    pytest.param(*("Beijing asked the WTO to set up a dispute panel to examine Canada's surtax on Chinese electric vehicles.", ('115', '11'), 'CHN', 'CAN', False),
                 marks=pytest.mark.xfail(reason="the measure's owner is three clauses down ('to examine Canada's surtax'); read as an appeal to the WTO", strict=True)),
    ('Australia launched a WTO dispute against China over its duties on barley.', ('115', '11'), 'AUS', 'CHN', False),
    ('Brazil initiated WTO dispute proceedings against the United States over its new tariffs.', ('115', '11'), 'BRA', 'USA', False),
])
def test_wto_disputes_are_legal_actions_against_the_measure_s_owner(code, text, codes, source, target, symmetric):
    check(code, text, codes, source, target, symmetric)


@pytest.mark.parametrize(("text", "codes", "source", "target", "symmetric"), [
    ('Poland expelled 45 Russian diplomats on Thursday, accusing them of spying.', ('161',), 'POL', 'RUS', False),
    ('Moscow declared two Estonian diplomats persona non grata and gave them 48 hours to leave.', ('161',), 'RUS', 'EST', False),
    ('Berlin ordered four Russian embassy staff to leave the country within five days.', ('161',), 'DEU', 'RUS', False),
    pytest.param(*("Niger's junta gave the French ambassador 48 hours to leave the country.", ('161',), 'NER', 'FRA', False),
                 marks=pytest.mark.xfail(reason="'gave X 48 hours to leave' carries no object the deadline rule can read", strict=True)),
    ("Canada's foreign minister announced the expulsion of six Indian diplomats over the killing of a Sikh activist.", ('161',), 'CAN', 'IND', False),
    ('Two Chinese diplomats were expelled from Canada on Monday.', ('161',), 'CAN', 'CHN', False),
    ('The Czech Republic ordered 18 Russian embassy staff to leave.', ('161',), 'CZE', 'RUS', False),
    ('Sweden declared an Iranian diplomat persona non grata on Wednesday.', ('161',), 'SWE', 'IRN', False),
])
def test_expelling_diplomats_reduces_relations(code, text, codes, source, target, symmetric):
    check(code, text, codes, source, target, symmetric)


@pytest.mark.parametrize(("text", "codes", "source", "target", "symmetric"), [
    ('China summoned the Japanese ambassador on Tuesday to lodge a protest over the release of treated water.', ('11',), 'CHN', 'JPN', False),
    ("South Korea's foreign ministry summoned a senior Japanese diplomat over Tokyo's territorial claims.", ('11',), 'KOR', 'JPN', False),
    ("The Dutch foreign ministry summoned Iran's charge d'affaires on Monday.", ('11',), 'NLD', 'IRN', False),
    ('Beijing called in the U.S. ambassador to protest the sanctions.', ('11',), 'CHN', 'USA', False),
    ("Turkey's foreign ministry summoned the Swedish envoy after a Koran was burned in Stockholm.", ('11',), 'TUR', 'SWE', False),
    ("Russia's ambassador to Lithuania was summoned to the foreign ministry in Vilnius.", ('11',), 'LTU', 'RUS', False),
    ("Israel's envoy was summoned by the Spanish foreign ministry on Friday.", ('11',), 'ESP', 'ISR', False),
])
def test_summoning_an_envoy_is_an_official_complaint(code, text, codes, source, target, symmetric):
    check(code, text, codes, source, target, symmetric)


@pytest.mark.parametrize(("text", "codes", "source", "target", "symmetric"), [
    ('Rwanda recalled its ambassador to Belgium for consultations.', ('161',), 'RWA', 'BEL', False),
    ('France recalled its ambassadors to the United States and Australia over the submarine deal.', ('161',), 'FRA', 'USA', False),
    ('Israel has recalled its envoy from Ankara for consultations, the foreign ministry said.', ('161',), 'ISR', 'TUR', False),
    ('Algeria withdrew its ambassador from Paris with immediate effect.', ('161',), 'DZA', 'FRA', False),
    ('Bolivia recalled its ambassador in Israel for consultations on Tuesday.', ('161',), 'BOL', 'ISR', False),
])
def test_recalling_an_ambassador_reduces_relations(code, text, codes, source, target, symmetric):
    check(code, text, codes, source, target, symmetric)


@pytest.mark.parametrize(("text", "codes", "source", "target", "symmetric"), [
    pytest.param(*('Washington ordered China to close its consulate in Houston.', ('161',), 'USA', 'CHN', False),
                 marks=pytest.mark.xfail(reason="the consulate's city (Houston) is taken as the target before the ordered state", strict=True)),
    ('China ordered the closure of the U.S. consulate in Chengdu on Friday.', ('161',), 'CHN', 'USA', False),
    ('Lithuania shut the Russian consulate in Klaipeda.', ('161',), 'LTU', 'RUS', False),
])
def test_closing_a_consulate_reduces_relations(code, text, codes, source, target, symmetric):
    check(code, text, codes, source, target, symmetric)


@pytest.mark.parametrize(("text", "codes", "source", "target", "symmetric"), [
    pytest.param(*('The State Department urged Americans not to travel to Venezuela, raising its advisory to the highest level.', ('160', '16'), 'USA', 'VEN', False),
                 marks=pytest.mark.xfail(reason='travel advisories: no coding convention settled (160 or none)', strict=True)),
    pytest.param(*('China warned its citizens against travelling to Japan, the foreign ministry said.', ('160', '16'), 'CHN', 'JPN', False),
                 marks=pytest.mark.xfail(reason='travel advisories: no coding convention settled (160 or none); read as a trip (036)', strict=True)),
])
def test_travel_advisories(code, text, codes, source, target, symmetric):
    check(code, text, codes, source, target, symmetric)


@pytest.mark.parametrize(("text", "codes", "source", "target", "symmetric"), [
    ('The United States imposed visa bans on three senior Hong Kong officials.', ('163',), 'USA', 'HKG', False),
    ('Britain froze the assets of five Russian oligarchs close to the Kremlin.', ('163',), 'GBR', 'RUS', False),
    pytest.param(*('The EU slapped travel bans and asset freezes on 11 Iranian officials over the crackdown on protesters.', ('163',), 'EU', 'IRN', False),
                 marks=pytest.mark.xfail(reason="the parse makes 'bans' the subject of 'freezes'", strict=True)),
    pytest.param(*('Canada barred four Chinese officials from entering the country over abuses in Xinjiang.', ('163',), 'CAN', 'CHN', False),
                 marks=pytest.mark.xfail(reason='an entry ban on foreign officials is read as an administrative sanction (172)', strict=True)),
    ('The Office of Foreign Assets Control sanctioned six Iranian companies for selling drones to Russia.', ('163',), 'USA', 'IRN', False),
    pytest.param(*('Washington revoked the visas of several Colombian officials, the State Department said.', ('163',), 'USA', 'COL', False),
                 marks=pytest.mark.xfail(reason='revoking visas is read as an administrative sanction (172)', strict=True)),
])
def test_visa_bans_and_asset_freezes(code, text, codes, source, target, symmetric):
    check(code, text, codes, source, target, symmetric)


@pytest.mark.parametrize(("text", "codes", "source", "target", "symmetric"), [
    ("The United States designated Yemen's Houthi movement a foreign terrorist organization on Wednesday.", ('163',), 'USA', 'YEM', False),
    ('Britain proscribed the Wagner Group as a terrorist organisation.', ('163',), 'GBR', 'RUS', False),
    ("Canada listed Iran's Islamic Revolutionary Guard Corps as a terrorist entity.", ('163',), 'CAN', 'IRN', False),
    ('Washington removed Cuba from its list of state sponsors of terrorism.', ('085', '08'), 'USA', 'CUB', False),
])
def test_terrorist_designations_and_delistings(code, text, codes, source, target, symmetric):
    check(code, text, codes, source, target, symmetric)


@pytest.mark.parametrize(("text", "codes", "source", "target", "symmetric"), [
    ("The European Union lifted sanctions on Syria's central bank on Tuesday.", ('085',), 'EU', 'SYR', False),
    ("Washington eased sanctions on Venezuela's oil sector after the government agreed to hold elections.", ('085',), 'USA', 'VEN', False),
    pytest.param(*('The Treasury granted Iraq a 120-day waiver to keep buying Iranian electricity.', ('085',), 'USA', 'IRQ', False),
                 marks=pytest.mark.xfail(reason="a bare 'the Treasury' names no country", strict=True)),
    pytest.param(*('Washington exempted Canadian and Mexican goods covered by the trade pact from the new tariffs.', ('085',), 'USA', 'CAN', False),
                 marks=pytest.mark.xfail(reason="the parse hangs 'from the new tariffs' on the trade pact", strict=True)),
    ('Beijing scrapped its tariffs on Australian barley.', ('085',), 'CHN', 'AUS', False),
    ('Ottawa suspended its counter-tariffs on U.S. goods for six months.', ('085',), 'CAN', 'USA', False),
    ('Washington lifted sanctions on Belarusian potash producer Belaruskali.', ('085',), 'USA', 'BLR', False),
])
def test_lifting_easing_and_waivers(code, text, codes, source, target, symmetric):
    check(code, text, codes, source, target, symmetric)


@pytest.mark.parametrize(("text", "codes", "source", "target", "symmetric"), [
    ('Trump paused the tariff increase on Chinese goods for 90 days.', ('085',), 'USA', 'CHN', False),
    ('The White House delayed the 25 percent tariffs on Mexican imports until April 2.', ('085',), 'USA', 'MEX', False),
    ('The EU postponed its retaliatory tariffs on U.S. goods by three months.', ('085',), 'EU', 'USA', False),
    ('Washington and Beijing agreed to extend their tariff truce by another 90 days.', ('0354', '085'), 'USA', 'CHN', True),
    ('The United States and China agreed to cut reciprocal tariffs by 115 percentage points for 90 days.', ('0354', '085'), 'USA', 'CHN', True),
])
def test_tariff_pauses_and_truces(code, text, codes, source, target, symmetric):
    check(code, text, codes, source, target, symmetric)


@pytest.mark.parametrize(("text", "codes", "source", "target", "symmetric"), [
    pytest.param(*('Canada unveiled a list of U.S. goods, from orange juice to motorcycles, that will face 25 percent tariffs from Tuesday.', ('163',), 'CAN', 'USA', False),
                 marks=pytest.mark.xfail(reason="a retaliation list told through the goods that 'will face' tariffs is not read", strict=True)),
    ('China hit back with 34 percent tariffs on all American goods.', ('163',), 'CHN', 'USA', False),
    ('The European Commission proposed countermeasures on U.S. products worth 95 billion euros.', ('13', '163'), 'EU', 'USA', False),
])
def test_retaliation(code, text, codes, source, target, symmetric):
    check(code, text, codes, source, target, symmetric)


@pytest.mark.parametrize(("text", "codes", "source", "target", "symmetric"), [
    ('The United States and Japan reached a framework agreement on trade on Tuesday.', ('057',), 'USA', 'JPN', True),
    ('Britain and India concluded negotiations on a free trade agreement, the two governments said.', ('057',), 'GBR', 'IND', True),
    ('Vietnam and the United States struck a trade deal that sets a 20 percent tariff on Vietnamese exports.', ('057',), 'VNM', 'USA', True),
    pytest.param(*('Washington and London unveiled a trade framework that cuts tariffs on British cars.', ('057',), 'USA', 'GBR', True),
                 marks=pytest.mark.xfail(reason="'unveiled a framework' is no signing wording", strict=True)),
    ('Beijing and Moscow signed a joint statement on deepening their strategic partnership.', ('057',), 'CHN', 'RUS', True),
])
def test_trade_deals_and_frameworks(code, text, codes, source, target, symmetric):
    check(code, text, codes, source, target, symmetric)


@pytest.mark.parametrize(("text", "codes", "source", "target", "symmetric"), [
    ('Erdogan spoke by phone with Putin on Sunday, the Turkish presidency said.', ('04',), 'TUR', 'RUS', True),
    ('Saudi Crown Prince Mohammed bin Salman received a phone call from Iranian President Masoud Pezeshkian.', ('04',), 'IRN', 'SAU', True),
    ('Modi and Trump held a phone conversation on Monday, discussing trade and defence.', ('04',), 'IND', 'USA', True),
    ('Macron had a telephone call with Egyptian President Abdel Fattah al-Sisi on Gaza.', ('04',), 'FRA', 'EGY', True),
])
def test_phone_calls(code, text, codes, source, target, symmetric):
    check(code, text, codes, source, target, symmetric)


@pytest.mark.parametrize(("text", "codes", "source", "target", "symmetric"), [
    ('Japan and South Korea issued a joint statement pledging to deepen security cooperation.', ('03',), 'JPN', 'KOR', True),
    ('In a joint communique, India and Australia agreed to expand defence cooperation.', ('03',), 'IND', 'AUS', True),
])
def test_joint_statements(code, text, codes, source, target, symmetric):
    check(code, text, codes, source, target, symmetric)


@pytest.mark.parametrize(("text", "codes", "source", "target", "symmetric"), [
    ('Turkey offered to mediate between Russia and Ukraine.', ('039',), 'TUR', 'RUS', False),
    ('Saudi Arabia said it was ready to mediate between India and Pakistan.', ('039',), 'SAU', 'IND', False),
    ('Qatar mediated the prisoner swap between Washington and Caracas.', ('045',), 'QAT', 'USA', False),
])
def test_mediation_offers(code, text, codes, source, target, symmetric):
    check(code, text, codes, source, target, symmetric)


@pytest.mark.parametrize(("text", "codes", "source", "target", "symmetric"), [
    ('U.S. envoy Steve Witkoff flew to Moscow on Thursday for talks with Putin.', ('042', '04'), 'USA', 'RUS', False),
    ("China's special envoy for Eurasian affairs, Li Hui, arrived in Kyiv on Tuesday.", ('042',), 'CHN', 'UKR', False),
    ('Blinken will travel to Cairo and Doha next week to press for a ceasefire deal, the State Department said.', ('036',), 'USA', 'EGY', False),
    ('The Qatari foreign minister shuttled between Kabul and Islamabad this week.', ('042',), 'QAT', 'AFG', False),
])
def test_envoys_trips(code, text, codes, source, target, symmetric):
    check(code, text, codes, source, target, symmetric)


@pytest.mark.parametrize(("text", "code_"), [
    ("The city ordered the closure of three schools after the floods.", "161"),
    ("The ministry exempted first-time buyers from the stamp duty.", "085"),
    ("Parliament removed the minister from office on Tuesday.", "085"),
    ("The court barred the former minister from leaving the country.", "163"),
    ("Before concluding his cross-examination, the prosecutor read out the charges.", "090"),
    ("The company announced a deal to buy its rival.", "057"),
    ("The government announced a new framework for AI regulation.", "057"),
])
def test_the_new_wordings_keep_to_their_own_things(code, text, code_):
    """A school shut is no diplomatic mission, buyers spared a domestic tax no trade partner, an
    office no sanctions list."""
    assert code_ not in [c for _, c, _, _ in found(code, text)], found(code, text)


def test_the_object_of_an_order_owns_what_it_is_told_to_close(code):
    """'its' in "ordered China to close its consulate" is China's, the ordered party."""
    assert ("USA", "161", "CHN") in [e[:3] for e in found(code, "Washington ordered China to close its consulate.")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Taiwan added Huawei and SMIC to its export control list on Saturday.", ("sanctions", "impose", "TWN", "CHN")),
    ("Trump paused the tariff increase on Chinese goods for 90 days.", ("import_tariff", "suspend", "USA", "CHN")),
    ("Washington exempted Canadian goods from the new tariffs.", (None, "exempt", "USA", "CAN")),
])
def test_trade_measures_come_out_as_measure_records(pipeline, text, expected):
    from detente.ingest import IngestOptions
    from detente.ingest.readers import make_document

    document = make_document(text, "<test>", IngestOptions(check_language=False), published=PUB)
    measures = next(pipeline.run([document])).measures
    got = [(m.instrument, m.action, m.imposer, m.affected) for m in measures]
    assert any(all(w is None or w == g for w, g in zip(expected, m, strict=True)) for m in got), got


@pytest.mark.parametrize(("text", "codes", "source", "target", "symmetric"), [
    ("The Treasury Department's Office of Foreign Assets Control sanctioned six Iranian firms.", ('163',), 'USA', 'IRN', False),
    ("OFAC designated two Iranian shipping firms on Thursday.", ('163',), 'USA', 'IRN', False),
    ("The U.S. Treasury blacklisted a Hong Kong-based company for supplying Iran's drone program.", ('163',), 'USA', 'HKG', False),
    ("Japan's METI removed South Korea from its list of preferred trading partners.", ('163',), 'JPN', 'KOR', False),
    ("Washington banned U.S. firms from exporting chipmaking tools to China.", ('163',), 'USA', 'CHN', False),
    ("Ottawa requested WTO dispute consultations with Washington over its lumber duties.", ('115',), 'CAN', 'USA', False),
    ("Mexico requested a WTO panel over U.S. tariffs on tomatoes.", ('115',), 'MEX', 'USA', False),
    ("Estonia declared a Russian diplomat persona non grata over spying.", ('161',), 'EST', 'RUS', False),
    ("Chad ordered the expulsion of the German ambassador.", ('161',), 'TCD', 'DEU', False),
    ("Russia ordered the closure of the Polish consulate in Smolensk.", ('161',), 'RUS', 'POL', False),
    ("Japan's foreign ministry called in the Chinese ambassador on Friday.", ('114',), 'JPN', 'CHN', False),
    ("The United States removed Sudan from its list of state sponsors of terrorism.", ('085',), 'USA', 'SDN', False),
    ("Australia and Britain concluded talks on a free trade agreement.", ('057',), 'AUS', 'GBR', True),
    ("The U.S. envoy shuttled between Beirut and Jerusalem this week.", ('042',), 'USA', 'LBN', False),
    ("Kenya's foreign ministry summoned the acting British high commissioner.", ('114',), 'KEN', 'GBR', False),
    ("India expelled a Pakistani high commission official.", ('161',), 'IND', 'PAK', False),
    ("Canada's finance department announced countermeasures on 30 billion Canadian dollars of U.S. goods.", ('163',), 'CAN', 'USA', False),
    ("Trump announced a trade deal with Japan on Tuesday.", ('057',), 'USA', 'JPN', True),
    ("Indonesia and the EU announced a trade pact on Sunday.", ('057',), 'IDN', 'EU', True),
])
def test_more_wordings_of_the_same_families(code, text, codes, source, target, symmetric):
    """Second wordings of the families above: agencies named through their department, the
    listing office as subject, the gerund after 'banned ... from', WTO steps named by a noun,
    high commissions, an amount in one currency of another country's goods."""
    check(code, text, codes, source, target, symmetric)
