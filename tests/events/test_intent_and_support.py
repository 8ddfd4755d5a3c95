"""Intentions, promises, offers and support in wire style (codes 030-039, 050-057): future tense
and verbs of plan with a state subject, pledges and offers as verbs and nouns ("a pledge by Tokyo
to", "Seoul's offer of talks", "Japan's pledge of $2 billion in aid"), mediation offered or
hosted ("will host talks between A and B": 039), support, praise, thanks and apology as verbs,
adjectives and nouns ("grateful to", "threw its weight behind", "won the backing of", "with the
backing of Washington", "voted in favour of", "an apology from Seoul to Tokyo"); negated,
hypothetical and commentators' wordings code nothing.

Each case gives the code (alternatives with "|"), the source and the target: a three-letter
code takes that country with any sector, a longer one must match country and sector, "*" any."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 6, 11)


def _actor(actor: dict | None) -> str | None:
    if not actor:
        return None
    return (actor.get("country") or actor.get("code") or "") + (actor.get("sector") or "")


def _fits(expected: str, got: str | None) -> bool:
    if expected == "*":
        return True
    return got is not None and any(got == e or (len(e) == 3 and got[:3] == e) for e in expected.split("|"))


def _coded(code, text):
    return [(e["cameo"], _actor(e["source"]), _actor(e["target"]), e["rule"]) for e in code(text, published=PUB)]


def _assert_coded(code, text, expected):
    codes, source, target = expected
    found = _coded(code, text)
    assert any(c in codes.split("|") and _fits(source, s) and _fits(target, t) for c, s, t, _ in found), found


INTENT = [
    ("China will send a trade delegation to Argentina next month, the commerce ministry said.", ("036", "CHN", "ARG")),
    ("Japan plans to expand trade with Vietnam, its trade minister said on Tuesday.", ("0311", "JPN", "VNM")),
    ("Kenya is set to sign a defence pact with Turkey next week.", ("030|0312", "KEN", "TUR")),
    ("Egypt is expected to sign a gas supply deal with Israel on Thursday.", ("030|0311", "EGY", "ISR")),
    ("Qatar will host talks between Rwanda and Congo next week, the foreign ministry said.", ("039", "QAT", "RWA")),
    ("Brazil pledged $50 million in humanitarian aid to Bolivia.", ("0333", "BRA", "BOL")),
    ("Germany promised more air defence systems to Ukraine, the defence minister said.", ("0332", "DEU", "UKR")),
    ("Tokyo vowed to deepen security cooperation with Manila.", ("0312", "JPN", "PHL")),
    ("Turkey offered to mediate between Russia and Ukraine.", ("039", "TUR", "RUS")),
    ("Ankara's offer to mediate between Moscow and Kyiv was welcomed by both sides.", ("039", "TUR", "RUS")),
    ("Pakistan is ready to hold talks with India, the prime minister said.", ("036", "PAK", "IND")),
    ("Vietnam wants to expand trade with the United States, the deputy prime minister said.", ("0311", "VNM", "USA")),
    ("Seoul seeks closer ties with Canberra.", ("032", "KOR", "AUS")),
    ("Mexico hopes to conclude a trade deal with the European Union this year.", ("030|0311", "MEX", "*")),
    ("Indian Prime Minister Narendra Modi will visit Japan later this month.", ("036", "INDGOV", "JPN")),
    ("A pledge by Tokyo to provide $1 billion in loans to Kenya was announced on Monday.", ("0331", "JPN", "KEN")),
    ("Seoul's offer of talks with Pyongyang went unanswered.", ("036", "KOR", "PRK")),
    ("'We stand ready to help,' the Norwegian foreign minister told his Sudanese counterpart.", ("030|033", "NORGOV", "SDNGOV")),
    ("Poland is prepared to send troops to a peacekeeping mission in Ukraine, the defence minister said.", ("0334", "POL", "UKR")),
    ("Saudi Arabia committed to invest $10 billion in Pakistan.", ("0311", "SAU", "PAK")),
    ("Ethiopia and Eritrea agreed to settle their border dispute.", ("037", "ETH", "ERI")),
    ("Kazakhstan pledged to release the detained Kyrgyz journalists.", ("0353", "KAZ", "KGZMED")),
    ("Washington promised to ease sanctions on Venezuelan oil if Caracas holds free elections.", ("0354", "USA", "VEN")),
    ("The Chinese foreign minister is scheduled to meet his Australian counterpart in Canberra on Friday.", ("036", "CHNGOV", "AUSGOV")),
    ("Argentina plans to reopen its embassy in Caracas.", ("032", "ARG", "VEN")),
    ("Kyiv expressed readiness to exchange prisoners with Moscow.", ("0353", "UKR", "RUS")),
    ("Iran said it was ready to resume nuclear talks with the United States.", ("036", "IRN", "USA")),
    ("Spain is expected to recognise Palestine as a state next week.", ("032", "ESP", "PSE")),
    ("The Philippines will host a joint naval exercise with Japan and the United States.", ("0312", "PHL", "JPN")),
    ("Japan's pledge of $2 billion in reconstruction aid to Ukraine was the largest so far.", ("0331|033", "JPN", "UKR")),
    ("Bangladesh is set to host the Pakistani foreign minister next week.", ("036", "BGD", "PAKGOV")),
    ("Nigeria's president will travel to Paris on Wednesday for talks with the French president.", ("036", "NGAGOV", "FRA|FRAGOV")),
    ("The Saudi crown prince pledged to invest $600 billion in the United States.", ("0311", "SAUGOV", "USA")),
    pytest.param("The Chinese ambassador said Beijing was willing to work with Canberra to improve ties.", ("030|032", "CHN", "AUS"),
                 marks=pytest.mark.xfail(strict=True, reason="'work with X' is read as material cooperation (031) whatever its purpose clause says")),
    ("Hanoi intends to boost rice exports to the Philippines, the agriculture ministry said.", ("0311", "VNM", "PHL")),
    ("Indonesia is keen to join the BRICS bloc, its foreign minister said.", ("030|032", "IDN", "*")),
    ("Cambodia hopes to restore relations with Thailand soon, the prime minister said.", ("032", "KHM", "THA")),
    ("Morocco vowed to deepen economic ties with Nigeria.", ("0311", "MAR", "NGA")),
    ("Egypt offered to host a peace conference on Sudan.", ("039|036", "EGY", "SDN")),
    pytest.param("Moscow agreed to consider the Turkish proposal for a grain corridor.", ("030", "RUS", "TUR"),
                 marks=pytest.mark.xfail(strict=True, reason="'consider' keeps its own code (014) under 'agreed to'; the codebook's 014 is a fair reading too")),
    ("Norway is ready to facilitate talks between the Colombian government and the rebels.", ("039", "NOR", "COLGOV")),
    ("Chile announced plans to open an embassy in Riyadh.", ("032", "CHL", "SAU")),
    ("Britain will provide Ukraine with 100 million pounds in military aid, the defence secretary said.", ("0332", "GBR", "UKR")),
    ("South Korea promised Indonesia help in building its capital.", ("030|033", "KOR", "IDN")),
    ("Sweden's offer of aid to flood-hit Pakistan was accepted by Islamabad.", ("033|0333", "SWE", "PAK")),
    ("Kuwait vowed to support Jordan's economy.", ("0331|032|030", "KWT", "JOR")),
    ("The Algerian president said Algiers was prepared to mediate between Niger and Mali.", ("039", "DZA", "NER")),
    ("Ghana and Togo agreed to resolve their maritime dispute through talks.", ("037", "GHA", "TGO")),
    ("Serbia said it would accept EU mediation in its dispute with Kosovo.", ("038", "SRB", "*")),
    ("The Thai prime minister vowed to return the seized Cambodian fishing boats.", ("0353", "THAGOV", "KHM")),
    ("Washington reaffirmed its commitment to the alliance with Seoul.", ("030|032", "USA", "KOR")),
    ("Tokyo is poised to approve a $3 billion loan to Manila.", ("0331", "JPN", "PHL")),
    ("The Indian prime minister is slated to visit Washington in September.", ("036", "INDGOV", "USA")),
    ("Kenya said it would contribute 1,000 police officers to the Haiti mission.", ("0334", "KEN", "HTI")),
    ("Turkey offered its good offices to Pakistan and Afghanistan.", ("039", "TUR", "PAK")),
    ("Mali's junta promised a return to civilian rule by 2026.", ("0341", "MLI", "*")),
    ("Beijing wants to bolster trade ties with Canberra, the Chinese premier said.", ("0311", "CHN", "AUS")),
]

SUPPORT = [
    ("Germany endorsed Ukraine's bid to join the European Union.", ("051", "DEU", "UKR")),
    ("France backed the Moroccan autonomy plan for Western Sahara.", ("051", "FRA", "MAR")),
    ("The Japanese prime minister expressed support for Seoul's bid to host the Expo.", ("051", "JPNGOV", "KOR")),
    ("The U.S. secretary of state praised Qatar for its role in the hostage negotiations.", ("051", "USAGOV", "QAT")),
    ("Ukraine's president thanked Denmark for the F-16 fighter jets.", ("051", "UKRGOV", "DNK")),
    ("The Indian prime minister congratulated the new Sri Lankan president on his election victory.", ("051", "INDGOV", "LKAGOV")),
    ("Hungary stood by Israel at the United Nations.", ("052", "HUN", "ISR")),
    ("France voted in favour of the Palestinian bid for full UN membership.", ("051", "FRA", "PSE")),
    ("Japan apologised to South Korea for the wartime use of forced labour.", ("055", "JPN", "KOR")),
    ("Belgium offered a formal apology to Congo for its colonial-era abuses.", ("055", "BEL", "COD")),
    ("The endorsement by Paris of the Moroccan plan angered Algeria.", ("051", "FRA", "MAR")),
    ("Kenya won the backing of the United States for its mission in Haiti.", ("051", "USA", "KEN")),
    ("The Turkish president congratulated his Azerbaijani counterpart on the anniversary of independence.", ("051", "TURGOV", "AZEGOV")),
    ("Ottawa recognised the new government in Damascus.", ("054", "CAN", "SYRGOV")),
    ("Vietnam and Laos signed a border agreement in Hanoi on Monday.", ("057", "VNM", "LAO")),
    ("'We fully support Ukraine's territorial integrity,' the Czech foreign minister said.", ("051", "CZEGOV", "UKR")),
    ("'We are grateful to China for its help,' the Pakistani prime minister said.", ("051", "PAKGOV", "CHN")),
    ("The Dutch government lent its support to Denmark's proposal.", ("051", "NLDGOV", "DNK")),
    ("Georgia threw its weight behind the Armenian peace initiative.", ("051", "GEO", "ARM")),
    ("The Chilean foreign ministry commended Argentina's efforts to fight drug trafficking.", ("051", "CHLGOV", "ARG")),
    ("Malaysia's prime minister voiced support for Thailand's bid to join the OECD.", ("051", "MYSGOV", "THA")),
    ("Rwanda's bid to host the summit was endorsed by Uganda.", ("051", "UGA", "RWA")),
    ("Tokyo's decision was praised by Canberra.", ("051", "AUS", "JPN")),
    ("Moscow defended its ally Belarus against Western criticism.", ("052", "RUS", "BLR")),
    ("China sided with Russia at the Security Council.", ("052", "CHN", "RUS")),
    ("Indonesia welcomed the decision of the Dutch government to return colonial artefacts.", ("051", "IDN", "NLDGOV")),
    ("With the backing of Washington, Seoul proposed talks with Pyongyang.", ("051", "USA", "KOR")),
    ("Jordan's king expressed gratitude to Saudi Arabia for its aid.", ("051", "JORGOV", "SAU")),
    ("The Irish government apologised to Britain for the remarks.", ("055", "IRLGOV", "GBR")),
    ("An apology from Seoul to Tokyo came on Friday.", ("055", "KOR", "JPN")),
    ("Beijing's praise for Islamabad's counter-terrorism efforts was reported by state media.", ("051", "CHN", "PAK")),
    ("Zambia's support for Zimbabwe's candidate was decisive.", ("051", "ZMB", "ZWE")),
    ("Chinese President Xi Jinping sent a congratulatory message to the new Vietnamese leader.", ("051", "CHNGOV", "VNMGOV")),
    ("Kuwait's emir sent a message of congratulations to the new Lebanese president.", ("051", "KWTGOV", "LBNGOV")),
]

NOTHING = [
    "Brazil did not thank China for the vaccines.",
    "If the talks succeed, Egypt could host a peace conference.",
    "Analysts said Beijing would likely offer to mediate between the two sides.",
    "Some analysts expect Riyadh to back the bid.",
    "Economists praised the central bank's decision to cut rates.",
    "A researcher at the institute said Jakarta is ready to expand trade with Moscow.",
    "It is unclear whether Ankara will support Sweden's bid to join NATO.",
    "The Swiss government would welcome a deal, but none is in sight, analysts said.",
    "Observers hailed the election as a turning point.",
]


@pytest.mark.parametrize(("text", "expected"), INTENT)
def test_intentions_promises_and_offers(code, text, expected):
    _assert_coded(code, text, expected)


@pytest.mark.parametrize(("text", "expected"), SUPPORT)
def test_support_praise_thanks_and_apology(code, text, expected):
    _assert_coded(code, text, expected)


@pytest.mark.parametrize("text", NOTHING)
def test_negated_hypothetical_and_commentators_code_nothing(code, text):
    assert not _coded(code, text)


@pytest.mark.parametrize("text", [
    "Seoul did not apologise to Tokyo.",
    "Kenya failed to win the backing of the United States.",
    "Without the backing of Washington, Seoul cannot act.",
    "Lawmakers voted in favour of the bill.",
    "Analysts said Washington would throw its weight behind the plan.",
    "Hungary did not stand by Israel.",
])
def test_new_wordings_keep_their_controls(code, text):
    assert not _coded(code, text)


def test_a_demanded_apology_is_a_demand_not_an_apology(code):
    found = _coded(code, "Seoul demanded an apology from Tokyo.")
    assert found and all(c.startswith("10") for c, _, _, _ in found), found


def test_talks_hosted_with_one_party_stay_talks(code):
    assert ("046", "CHN", "PAK") in [f[:3] for f in _coded(code, "China hosted talks with Pakistan.")]


def test_a_bare_sum_pledged_is_financial_support_and_investment_stays_investment(code):
    assert "0331" in [c for c, _, _, _ in _coded(code, "Japan pledged $2 billion to Ukraine.")]
    assert "0311" in [c for c, _, _, _ in _coded(code, "Saudi Arabia pledged $5 billion in investment in Egypt.")]


# --- further wordings met while reviewing (outside the tallied 100) ------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Brazil's president is due in Beijing next week for talks with his Chinese counterpart.", ("036", "BRAGOV", "CHN")),
    ("The Saudi crown prince is expected in Washington next week.", ("036", "SAUGOV", "USA")),
    ("Brazil said it would be willing to host a summit between Russia and Ukraine.", ("039", "BRA", "RUS")),
    ("Seoul's decision drew praise from Washington.", ("051", "USA", "KOR")),
    ("The Philippine president received congratulations from the Chinese leader.", ("051", "CHNGOV", "PHLGOV")),
    ("Germany promised Poland more Patriot missile batteries.", ("0332", "DEU", "POL")),
    ("Tokyo announced a pledge of $500 million in humanitarian aid for Gaza.", ("0333", "JPN", "PSE")),
])
def test_further_wordings(code, text, expected):
    _assert_coded(code, text, expected)


@pytest.mark.parametrize("text", [
    "The report is due in March.",
    "Rain is expected in Beijing on Monday.",
])
def test_due_and_expected_without_a_party_code_nothing(code, text):
    assert not _coded(code, text)


def test_a_sum_given_as_aid_is_coded_once(code):
    found = _coded(code, "European ministers agreed to provide about 70 million dollars of aid for Romania.")
    assert len(found) == 1, found


def test_a_possessor_s_backing_of_a_party_is_still_its_support(code):
    """ "with the backing of X" reads X as the backer only under "with"/"under"."""
    found = [f[:3] for f in _coded(code, "Qatar's backing of the Syrian opposition angered Damascus.")]
    assert ("051", "QAT", "SYROPP") in found, found
