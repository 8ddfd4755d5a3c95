"""A state's stance toward another party or its act, said without the main verbs of praise,
criticism or intent (codes 051, 110/120, 012, 03x): "spoke highly of", "paid tribute to [Ghana's
role]", "credited X with", "values its partnership with", "sees X as a reliable partner", "said
relations with X were at their best"; "has reservations about", "took issue with", "bristled
at", "frowned on", "disagreed with", "is against", "is opposed to", "cast doubt on"; "expressed
hope for closer ties with", "eyes closer ties", "is exploring a free trade agreement with".
Analysts' and private speakers' views, the speaker's own policy with no other party, and
negated or hypothetical stances code nothing.

Sentences written for this file in wire style. Each case gives the code (alternatives with
"|"), the source and the target: a three-letter code takes that country with any sector, a
longer one must match country and sector, "*" any. The tallied set is SUPPORT, OPPOSE, INTENT
and NOTHING (92 sentences); FURTHER holds wordings met while fixing them."""

from __future__ import annotations

import pytest
from tests.events.test_intent_and_support import _assert_coded, _coded  # published 2025-06-11, as there

SUPPORT = [
    ("Modi spoke highly of the partnership with Japan during the visit.", ("051", "INDGOV", "JPN")),
    ("The Kenyan president spoke warmly of his country's ties with Beijing.", ("051", "KENGOV", "CHN")),
    ("Germany reiterated its support for Moldova's bid to join the European Union.", ("051", "DEU", "MDA")),
    ("Canada reaffirmed its support for Ukraine's sovereignty.", ("051", "CAN", "UKR")),
    ("The Polish foreign minister voiced strong support for Lithuania in its dispute with Minsk.", ("051", "POLGOV", "LTU")),
    ("Brazil expressed its support for Argentina's claim to the Falkland Islands.", ("051", "BRA", "ARG")),
    ("France threw its weight behind Senegal's candidate for the African Union post.", ("051", "FRA", "SEN")),
    ("Britain stands with Ukraine, the foreign secretary said.", ("051|052", "GBR", "UKR")),
    ("Tokyo will stand by Manila in the South China Sea, the defence minister said.", ("051|052|032", "JPN", "PHL")),
    ("The Indian prime minister paid tribute to Bangladesh's founding leader.", ("017", "INDGOV", "BGD")),
    ("The U.N. chief paid tribute to Ghana's role in peacekeeping missions.", ("051", "IGOUNOGOV|IGOUNO", "GHA")),
    ("The Egyptian president credited Qatar with securing the release of the hostages.", ("051", "EGYGOV", "QAT")),
    ("Zelenskiy thanked Norway for its latest aid package.", ("051", "UKRGOV", "NOR")),
    ("The Thai foreign minister lauded Malaysia's role as ASEAN chair.", ("051", "THAGOV", "MYS")),
    ("Jordan is grateful to Saudi Arabia for its economic assistance, the king said.", ("051", "JOR", "SAU")),
    ("Warsaw sees Washington as a reliable partner, the Polish president said.", ("051", "POL", "USA")),
    ("Vietnam values its comprehensive strategic partnership with India, the foreign ministry said.", ("051", "VNM", "IND")),
    pytest.param("Italy's support for Tunisia's loan request was welcomed in Tunis.", ("051", "ITA", "TUN"),
                 marks=pytest.mark.xfail(strict=True, reason="a passive 'welcomed' with no agent takes the stance noun it governs with it, and is itself dropped for want of a source")),
    ("The Chinese president congratulated Indonesia's new leader on his inauguration.", ("051", "CHNGOV", "IDNGOV")),
    ("The Kremlin said relations with Beijing were at their best ever.", ("051", "RUSGOV", "CHN")),
    ("Ankara praised Baku for its restraint.", ("051", "TUR", "AZE")),
    ("Seoul hailed Washington's decision to extend the tariff exemption.", ("051", "KOR", "USA")),
    ("The Australian prime minister applauded Papua New Guinea's efforts to curb illegal fishing.", ("051", "AUSGOV", "PNG")),
    ("Kazakhstan expressed appreciation for China's assistance during the floods.", ("051", "KAZ", "CHN")),
    ("The Philippine president extended his gratitude to Japan for the patrol vessels.", ("051", "PHLGOV", "JPN")),
    ("Nigeria's foreign minister commended Ghana for its handling of the border dispute.", ("051", "NGAGOV", "GHA")),
    ("Spain expressed solidarity with Morocco after the earthquake.", ("051|018", "ESP", "MAR")),
    ("Hungary's prime minister spoke highly of Chinese President Xi Jinping.", ("051", "HUNGOV", "CHNGOV")),
    ("The French president described Germany as an indispensable partner.", ("051", "FRAGOV", "DEU")),
    ("Pakistan's army chief lauded China as an all-weather friend.", ("051", "PAK", "CHN")),
]

OPPOSE = [
    ("Beijing remains opposed to any arms sales to Taiwan by Washington.", ("110|120|111", "CHN", "USA")),
    ("Russia opposes NATO's eastward expansion, the Kremlin said.", ("110|120|111", "RUS", "IGONATMIL|IGONAT")),
    pytest.param("Turkey voiced opposition to Sweden's NATO membership bid.", ("110|120|111", "TUR", "SWE"),
                 marks=pytest.mark.xfail(strict=True, reason="the compound 'NATO membership bid' gives NATO, not Sweden, as the target")),
    ("India's opposition to China's Belt and Road Initiative has not changed.", ("110|120", "IND", "CHN")),
    ("Japan has reservations about South Korea's proposal for a joint fund.", ("110|120", "JPN", "KOR")),
    ("The Dutch government took issue with Hungary's veto of the sanctions package.", ("110|111", "NLD", "HUN")),
    ("Egypt objected to Ethiopia's plan to fill the dam before the rainy season.", ("110|120", "EGY", "ETH")),
    ("Germany balked at Poland's demand for war reparations.", ("120|1232|110", "DEU", "POL")),
    ("Beijing bristled at Canberra's call for an independent inquiry.", ("110|111|120", "CHN", "AUS")),
    ("Washington frowned on Islamabad's decision to release the militant leader.", ("110|111", "USA", "PAK")),
    ("The Kremlin cast doubt on Kyiv's commitment to the ceasefire.", ("110|111|012", "RUSGOV", "UKR")),
    ("Seoul is against Tokyo's plan to release treated water into the sea, the minister said.", ("110|120", "KOR", "JPN")),
    ("Moscow criticized Finland's decision to close its border crossings.", ("111", "RUS", "FIN")),
    ("Vietnam rejected China's claims in the South China Sea.", ("120|12", "VNM", "CHN")),
    ("France disagreed with Italy's stance on migrant rescue ships.", ("110|111", "FRA", "ITA")),
    ("The European Union expressed disappointment with Beijing's decision to impose duties on brandy.", ("110|111|012", "IGOEECGOV|IGOEEC", "CHN")),
    ("Seoul expressed deep concern over North Korea's latest missile launch.", ("012|110", "KOR", "PRK")),
    ("Manila protested Beijing's use of water cannon against its vessels.", ("114|111", "PHL", "CHN")),
    ("Israel is opposed to a Palestinian state, the prime minister said.", ("110|120", "ISR", "PSE")),
    ("Hungary objected to the EU's plan to fund weapons for Ukraine.", ("110|120", "HUN", "IGOEECGOV|IGOEEC")),
    ("Algeria voiced its objection to France's stance on Western Sahara.", ("110|111", "DZA", "FRA")),
    ("Indonesia is not happy with Australia's decision to build nuclear submarines.", ("110", "IDN", "AUS")),
]

INTENT = [
    ("Tehran is open to talks with Washington, the Iranian foreign minister said.", ("036", "IRN", "USA")),
    ("Pyongyang signalled willingness to resume dialogue with Seoul.", ("036", "PRK", "KOR")),
    ("Ukraine is keen to deepen defence cooperation with Britain.", ("0312|030", "UKR", "GBR")),
    ("Malaysia expressed hope for closer economic ties with the Gulf states.", ("0311|032|030", "MYS", "*")),
    ("Argentina expressed interest in joining the BRICS group.", ("030|032", "ARG", "*")),
    ("The Indian prime minister said he looks forward to meeting the Chinese president.", ("036", "INDGOV", "CHNGOV")),
    ("Saudi Arabia eyes closer ties with Beijing.", ("032|030", "SAU", "CHN")),
    ("Britain is exploring a free trade agreement with India.", ("0311|030", "GBR", "IND")),
    ("Vietnam mulls buying fighter jets from the United States.", ("0312|0311|031|030", "VNM", "USA")),
    ("Ghana is considering joining the U.S.-led coalition against piracy.", ("030|032", "GHA", "*")),
    ("Mexico wants to deepen trade ties with Canada, the economy minister said.", ("0311", "MEX", "CAN")),
    ("Pakistan expressed readiness to mediate between Iran and Saudi Arabia.", ("039", "PAK", "IRN")),
    ("Seoul expressed its desire to improve relations with Tokyo.", ("032|030", "KOR", "JPN")),
    ("The Greek prime minister said he is willing to meet his Turkish counterpart.", ("036", "GRCGOV", "TURGOV")),
    ("Kenya is eager to expand trade with Ethiopia.", ("0311|030", "KEN", "ETH")),
    ("The Philippines hopes to sign a visiting forces agreement with Japan.", ("030|0312|031", "PHL", "JPN")),
    ("The Chinese foreign minister said Beijing looks forward to working with Washington.", ("030|031", "CHN", "USA")),
    ("Egypt signalled its readiness to host talks between Israel and Hamas.", ("039|036", "EGY", "ISR")),
    ("Azerbaijan said it is ready for talks with Armenia.", ("036", "AZE", "ARM")),
    ("The Japanese prime minister expressed hope for an early summit with Chinese President Xi.", ("036", "JPNGOV", "CHNGOV")),
    ("Thailand is seeking to deepen ties with Cambodia.", ("032|030", "THA", "KHM")),
    ("Turkey has expressed interest in buying Eurofighter jets from Britain.", ("0311|031|030", "TUR", "GBR")),
]

NOTHING = [
    "Analysts spoke highly of the central bank's decision.",
    "Economists said relations between Beijing and Moscow were at their best ever.",
    "A think-tank researcher expressed support for Tokyo's defence plan.",
    "Japan did not voice support for the proposal.",
    "Whether Seoul will throw its weight behind the plan is unclear.",
    "Some experts are against Tokyo's plan to release treated water.",
    "India would be open to talks with Pakistan only if the attacks stop, analysts said.",
    "Critics cast doubt on the government's growth figures.",
    "The company thanked its employees for their hard work.",
    pytest.param("Residents paid tribute to the firefighters who died in the blaze.", marks=pytest.mark.xfail(strict=True, reason="a tribute paid by residents is still coded as a symbolic act (017)")),
    "Investors are keen to buy Indonesian bonds.",
    "Fans looked forward to the match between Brazil and Argentina.",
    "The minister said he was grateful for the warm weather.",
    "Germany is not opposed to the plan, the chancellor said.",
    "The government values transparency, the spokesperson said.",
    "Voters in Georgia are against the new tax.",
    "Shareholders balked at the company's merger plan.",
    pytest.param("A retired general said Warsaw sees Washington as a reliable partner.", marks=pytest.mark.xfail(strict=True, reason="a retired officer is not read as a commentator, so the stance he reports is coded")),
]
FURTHER = [
    ("Chinese President Xi Jinping spoke favourably of Vietnam's reforms.", ("051", "CHNGOV", "VNM")),
    ("The Brazilian president thinks highly of the Chinese leader.", ("051", "BRAGOV", "CHNGOV")),
    ("Mexico credited U.S. President Donald Trump for the deal.", ("051", "MEX", "USAGOV")),
    ("Beijing sees Pakistan as an all-weather friend.", ("051", "CHN", "PAK")),
    ("Moscow regards Minsk as its closest ally.", ("051", "RUS", "BLR")),
    ("Seoul values the alliance with Washington above all.", ("051", "KOR", "USA")),
    ("The Japanese foreign minister said ties with Seoul were excellent.", ("051", "JPNGOV", "KOR")),
    ("The Indian prime minister said India-Japan ties were stronger than ever.", ("051", "INDGOV", "JPN")),
    ("Ankara took exception to the Greek foreign minister's remarks.", ("110", "TUR", "GRCGOV")),
    ("Berlin expressed reservations about France's proposal for joint borrowing.", ("110", "DEU", "FRA")),
    ("Tokyo frowned upon Seoul's decision to suspend the intelligence pact.", ("110", "JPN", "KOR")),
    ("Washington differed with New Delhi over the Russian oil purchases.", ("110", "USA", "IND")),
    ("Beijing cast doubts over Manila's version of events.", ("012", "CHN", "PHL")),
    ("Japan expressed its hope for talks with China.", ("036", "JPN", "CHN")),
    ("Malaysia expressed hope for closer ties with Indonesia.", ("032", "MYS", "IDN")),
    ("Rubio credited Britain and France for their constructive role in the talks.", ("051", "USAGOV", "GBR")),
    ("Spain came out in support of Morocco's autonomy plan.", ("051", "ESP", "MAR")),
    ("Egypt showered praise on Saudi Arabia's mediation efforts.", ("051", "EGY", "SAU")),
    ("The Turkish president had warm words for his Azerbaijani counterpart.", ("051", "TURGOV", "AZEGOV")),
    ("Rome gave its blessing to the Franco-German proposal.", ("051", "ITA", "*")),
    ("Brazil rallied behind Venezuela at the summit.", ("051", "BRA", "VEN")),
    ("Poland came out against Germany's plan to relax the debt brake.", ("110", "POL", "DEU")),
    ("Beijing raised objections to Manila's plan to build a runway on the reef.", ("110", "CHN", "PHL")),
    ("Canberra is skeptical of Beijing's proposal.", ("012", "AUS", "CHN")),
    ("Britain is keen on closer ties with the European Union.", ("032", "GBR", "IGOEECGOV|IGOEEC")),
    ("Jakarta is eyeing a trade deal with Ottawa.", ("0311", "IDN", "CAN")),
    ("The Ghanaian president paid tribute to Nigeria's contribution to regional security.", ("051", "GHAGOV", "NGA")),
    ("The Kremlin said ties with Pyongyang were at an all-time high.", ("051", "RUSGOV", "PRK")),
    ("Paris said relations with Algiers were excellent.", ("051", "FRAGOV", "DZA")),
    ("India has serious reservations about China's proposed dam on the Brahmaputra.", ("110", "IND", "CHN")),
    ("Japan's reservations about the Korean proposal delayed the deal.", ("110", "JPN", "KOR")),
    ("Seoul's plan drew objections from Tokyo.", ("110", "JPN", "KOR")),
    ("Egypt remains firmly against Ethiopia's filling of the dam.", ("110", "EGY", "ETH")),
    ("Seoul remains wary of Pyongyang's overtures.", ("012", "KOR", "PRK")),
    ("Warsaw is deeply suspicious of Moscow's intentions.", ("012", "POL", "RUS")),
    ("Tokyo expressed its unease over Beijing's military build-up.", ("012", "JPN", "CHN")),
    ("Pakistan expressed its desire for better relations with Afghanistan.", ("032", "PAK", "AFG")),
    ("Kenya is keen on deeper cooperation with Ethiopia.", ("032", "KEN", "ETH")),
    ("India is open to a trade deal with the European Union.", ("030|0311", "IND", "IGOEECGOV|IGOEEC")),
    ("Ottawa is open to joining the European defence initiative.", ("030|032", "CAN", "*")),
    ("Manila rejected Beijing's sweeping claims to the disputed waters.", ("120", "PHL", "CHN")),
]


@pytest.mark.parametrize(("text", "expected"), SUPPORT)
def test_support_and_praise_as_a_stance(code, text, expected):
    _assert_coded(code, text, expected)


@pytest.mark.parametrize(("text", "expected"), OPPOSE)
def test_opposition_as_a_stance(code, text, expected):
    _assert_coded(code, text, expected)


@pytest.mark.parametrize(("text", "expected"), INTENT)
def test_intent_as_a_stance(code, text, expected):
    _assert_coded(code, text, expected)


@pytest.mark.parametrize(("text", "expected"), FURTHER)
def test_further_stance_wordings(code, text, expected):
    _assert_coded(code, text, expected)


@pytest.mark.parametrize("text", NOTHING)
def test_commentators_private_speakers_negated_and_open_stances_code_nothing(code, text):
    assert not _coded(code, text)


@pytest.mark.parametrize("text", [
    "The minister spoke highly of the new budget.",
    "The dispute cast doubt on the future of the alliance.",
    "He said the partnership was strong.",
    "The minister said the economy was strong.",
    "Japan expressed hope for closer ties.",
    "It is not a criminal offense to disagree with the government's policy.",
    "The decision came against a backdrop of rising tensions.",
    "Analysts said relations between Tokyo and Seoul were at their best in decades.",
    "The ambassador did not speak highly of the host country.",
    "It is unclear whether Cairo is open to talks with Ankara.",
    "Britain is open to the idea.",
    "The company's merger plan drew objections from shareholders.",
    "The EU adopted the package over Hungary's objections.",
    "The minister said ties with the private sector were strong.",
    "A former ambassador said relations with China were at their best.",
    "The company sees India as a key partner.",
    "Apple values its partnership with Foxconn.",
    "Shareholders took issue with the board's plan.",
    "Farmers are against the trade deal with Mercosur.",
    "Toyota is exploring a trade deal with Tesla.",
    "Critics frowned on the minister's decision.",
    "Japan would be open to joining the pact if conditions are met.",
    "Seoul did not take issue with Tokyo's plan.",
])
def test_a_stance_toward_no_party_codes_nothing(code, text):
    assert not _coded(code, text)


def test_relations_said_not_at_their_best_are_no_praise(code):
    found = _coded(code, "The Kremlin said relations with Beijing were not at their best.")
    assert all(c != "051" for c, _, _, _ in found), found


def test_a_crowd_rallying_behind_a_leader_stays_a_protest(code):
    found = _coded(code, "Thousands of protesters rallied behind the opposition leader in Caracas.")
    assert found and all(c.startswith("14") for c, _, _, _ in found), found


def test_rejecting_the_claims_of_a_charge_stays_a_denial(code):
    found = _coded(code, "Beijing rejected the claims of Chinese involvement in the hacking.")
    assert "016" in [c for c, _, _, _ in found], found


def test_tribute_to_the_dead_stays_a_symbolic_act(code):
    found = _coded(code, "The Indian prime minister paid tribute to the soldiers killed in the attack.")
    assert all(c != "051" for c, _, _, _ in found), found


def test_open_to_traders_is_no_intent_and_leaves_the_statement(code):
    found = _coded(code, '"The border will stay open to traders from Togo," Ghana\'s interior minister added.')
    assert [c for c, _, _, _ in found] == ["010"], found
