"""Coverage bank for CAMEO 01 (make public statement): the many ways wire news says that a
political actor declined comment (011), was pessimistic (012) or optimistic (013), weighed a
policy option (014), claimed (015) or denied (016) responsibility, performed a symbolic act
(017), offered sympathy (018) or shared another party's view (019): verbs in several tenses and
voices, nouns and nominalisations, adjectives, quotes, possessives, coordination and relative
clauses. Near-misses (analysts, companies, sports, questions, hypotheticals, negations) must
stay silent. Sentences written for these tests in wire style."""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.bank import coded_triples, hit

PUB = date(2025, 9, 16)

# (sentence, expected CAMEO code or prefix, source country, target country or "" when unchecked)
BANK: list[tuple[str, str, str, str]] = [
    # --- 011 decline comment --------------------------------------------------------------
    ("The Saudi embassy in Washington declined to comment on the report.", "011", "SAU", ""),
    ("The Kremlin refused to comment on the prisoner deal with Washington.", "011", "RUS", ""),
    ("Asked about the sanctions, a Chinese foreign ministry spokesman declined to elaborate.", "011", "CHN", ""),
    ("Turkey's defense ministry would not comment on the reported deployment.", "011", "TUR", ""),
    ("The Israeli prime minister's office had no comment on the talks with Qatar.", "011", "ISR", ""),
    # --- 012 pessimistic comment ----------------------------------------------------------
    ("Japan expressed deep concern over North Korea's latest missile launch.", "012", "JPN", "PRK"),
    ("The United States has concerns about China's military buildup near Taiwan.", "012", "USA", "CHN"),
    ("France fears a wider war in the region, the French president said.", "012", "FRA", ""),
    ("The German foreign ministry voiced alarm at Serbia's troop buildup near the Kosovo border.", "012", "DEU", "SRB"),
    ("Canada is deeply concerned about China's detention of two of its citizens, Foreign Minister Melanie Joly said.", "012", "CAN", "CHN"),
    ("Tokyo said it was gravely concerned by the Chinese military drills around Taiwan.", "012", "JPN", "CHN"),
    ("'We are very worried about what Russia is doing in Belarus,' the Lithuanian president told reporters.", "012", "LTU", "RUS"),
    ("Britain is increasingly alarmed by Iran's nuclear activities, a government spokesman said.", "012", "GBR", "IRN"),
    ("The Philippine government raised concerns about the presence of Chinese vessels near Second Thomas Shoal.", "012", "PHL", "CHN"),
    ("Sweden and Finland expressed concern about Russia's nuclear rhetoric.", "012", "SWE", "RUS"),
    ("Concern over Russia's troop buildup was voiced by Polish officials on Monday.", "012", "POL", "RUS"),
    ("Australia's concerns about Chinese military activity in the Pacific have grown, Prime Minister Anthony Albanese said.", "012", "AUS", "CHN"),
    ("Moldova, which has voiced growing concern about Russian meddling, recalled its ambassador from Moscow.", "012", "MDA", "RUS"),
    ("The Nigerian government said it had serious concerns about Niger's withdrawal from ECOWAS.", "012", "NGA", "NER"),
    ("The Indian foreign minister said relations with China were at their lowest point in decades.", "012", "IND", "CHN"),
    ("Seoul warned that the situation on the Korean peninsula could spiral out of control.", "012", "KOR", ""),
    ("Pakistan's prime minister warned that tensions with Afghanistan could escalate into open conflict.", "012", "PAK", "AFG"),
    ("Ties between Pakistan and Afghanistan remain tense, the Pakistani defense minister said.", "012", "PAK", "AFG"),
    ("Relations between Algeria and Morocco have deteriorated sharply, the Algerian foreign minister said.", "012", "DZA", "MAR"),
    ("Norway's foreign minister said he was pessimistic about the chances of a ceasefire in Sudan.", "012", "NOR", ""),
    ("France fears that Iran's nuclear program is nearing a point of no return, the French foreign ministry said.", "012", "FRA", "IRN"),
    ("The Egyptian foreign minister voiced fears that the fighting in Gaza would spread to Lebanon.", "012", "EGY", ""),
    ("Kenya's president said he was worried by Somalia's decision to expel the Ethiopian ambassador.", "012", "KEN", "SOM"),
    ("The Vietnamese government is troubled by the Chinese survey ship operating in its waters, a spokeswoman said.", "012", "VNM", "CHN"),
    ("The European Union voiced deep skepticism about Moscow's commitment to the truce.", "012", "EU", "RUS"),
    # --- 013 optimistic comment -----------------------------------------------------------
    ("The Turkish president said he was optimistic that Russia and Ukraine could reach a deal.", "013", "TUR", ""),
    ("Egypt expressed hope that the talks between Israel and Hamas would lead to a lasting truce.", "013", "EGY", ""),
    ("Qatar's prime minister voiced optimism about the negotiations with Iran.", "013", "QAT", ""),
    ("Indonesia is confident that its border dispute with Malaysia can be settled peacefully, the foreign minister said.", "013", "IDN", ""),
    ("'I am hopeful that we will reach an agreement with Japan soon,' the South Korean trade minister said.", "013", "KOR", ""),
    ("Mexico's economy minister said he expected a deal with the United States on steel tariffs within weeks.", "013", "MEX", ""),
    ("Saudi officials were upbeat about the prospects for a deal with Iran.", "013", "SAU", ""),
    ("Germany sees a real chance for peace in the South Caucasus, Chancellor Olaf Scholz said.", "013", "DEU", ""),
    ("The Kenyan president struck an optimistic note about the peace talks with Somalia.", "013", "KEN", ""),
    ("Thailand's foreign minister said he was hopeful about the talks with Cambodia.", "013", "THA", ""),
    ("A senior Qatari official said a deal between Israel and Hamas was within reach.", "013", "QAT", ""),
    ("The Egyptian foreign minister said a ceasefire in Gaza was very close.", "013", "EGY", ""),
    ("Hope for a breakthrough was expressed by the Serbian president after the meeting in Brussels.", "013", "SRB", ""),
    ("The Brazilian president said he remained confident of a peaceful solution in Venezuela.", "013", "BRA", ""),
    ("A Chinese envoy said Beijing hopes there can be a new nuclear deal with Iran before October.", "013", "CHN", ""),
    # --- 014 consider policy option -------------------------------------------------------
    ("The European Union is considering new sanctions against Belarus.", "014", "EU", "BLR"),
    ("The Japanese government is studying measures to retaliate against South Korea's export curbs.", "014", "JPN", "KOR"),
    ("Mali's junta said it was considering withdrawing from the regional bloc.", "014", "MLI", ""),
    ("India is mulling a ban on imports of Chinese solar panels.", "014", "IND", "CHN"),
    ("Britain will consider expelling more Russian diplomats, the foreign secretary said.", "014", "GBR", "RUS"),
    ("The Australian government has been weighing whether to impose tariffs on Chinese steel.", "014", "AUS", "CHN"),
    ("Canada is reviewing its relations with Iran, Foreign Minister Melanie Joly said.", "014", "CAN", "IRN"),
    ("Washington is weighing its options after the Chinese cyberattack, a White House spokesman said.", "014", "USA", ""),
    ("New sanctions on Iran are being considered by the British government.", "014", "GBR", "IRN"),
    ("South Africa is examining the possibility of recalling its ambassador from Israel.", "014", "ZAF", ""),
    ("Japan is considering whether to expel the Russian ambassador, officials said.", "014", "JPN", "RUS"),
    ("The Polish government said it was looking at ways to restrict imports of Ukrainian grain.", "014", "POL", "UKR"),
    ("The Australian government ordered a review of its relations with China.", "014", "AUS", "CHN"),
    # --- 015 claim or acknowledge responsibility ------------------------------------------
    ("The Pakistani Taliban claimed responsibility for the attack on a police station in Peshawar.", "015", "PAK", ""),
    ("The Russian defense ministry admitted that its missile had struck a residential building in Kharkiv.", "015", "RUS", ""),
    ("Israel acknowledged that its forces had killed the aid workers in Gaza.", "015", "ISR", ""),
    ("The Iranian government accepted responsibility for downing the Ukrainian airliner.", "015", "IRN", ""),
    ("Responsibility for the bombing in Mogadishu was claimed by al-Shabab.", "015", "SOM", ""),
    ("Houthi rebels claimed a drone attack on a Saudi oil facility.", "015", "YEM", "SAU"),
    ("The Israeli military acknowledged the mistake in a statement on Sunday.", "015", "ISR", ""),
    ("Pakistan's army admitted to carrying out the strike inside Iran.", "015", "PAK", ""),
    ("The former Brazilian governor pleaded guilty to bribery charges.", "015", "BRA", ""),
    # --- 016 deny responsibility ----------------------------------------------------------
    ("Rwanda denied any involvement in the fighting in eastern Congo.", "016", "RWA", ""),
    ("Moscow rejected the accusation as baseless.", "016", "RUS", ""),
    ("Iran dismissed allegations that it had supplied drones to Russia.", "016", "IRN", ""),
    ("China has denied that its coast guard rammed the Philippine vessel.", "016", "CHN", ""),
    ("The accusation was denied by the Ethiopian government.", "016", "ETH", ""),
    ("North Korea denies the claims.", "016", "PRK", ""),
    ("Turkey denied responsibility for the strike on the Syrian village.", "016", "TUR", ""),
    ("The Venezuelan government called the charges by Guyana a fabrication.", "016", "VEN", "GUY"),
    ("India rejected Pakistan's allegations of interference in Balochistan.", "016", "IND", "PAK"),
    ("'We had nothing to do with the attack,' the Afghan Taliban government said.", "016", "AFG", ""),
    ("Rwanda said it was not involved in the fighting in eastern Congo.", "016", "RWA", ""),
    ("Tehran said it had played no role in the assassination.", "016", "IRN", ""),
    ("The Chinese embassy dismissed the reports as a conspiracy theory.", "016", "CHN", ""),
    ("The Indian foreign ministry dismissed the speculation as baseless.", "016", "IND", ""),
    ("The Chinese embassy brushed off the allegations of espionage.", "016", "CHN", ""),
    ("Two Iranian nationals pleaded not guilty to charges of plotting attacks in Germany.", "016", "IRN", ""),
    ("The former Malaysian prime minister pleaded innocent to corruption charges.", "016", "MYS", ""),
    # --- 017 symbolic act -----------------------------------------------------------------
    ("The Japanese prime minister laid a wreath at the cenotaph in Hiroshima.", "017", "JPN", ""),
    ("Polish and German leaders observed a minute of silence for the victims of the war.", "017", "POL", ""),
    ("Indian President Droupadi Murmu paid tribute to the soldiers killed in the clash with China.", "017", "IND", ""),
    ("The Israeli ambassador laid flowers at the site of the attack in Berlin.", "017", "ISR", ""),
    ("The French president attended the funeral of the slain Lebanese journalist.", "017", "FRA", ""),
    ("The Ukrainian president held a moment of silence with lawmakers in Kyiv.", "017", "UKR", ""),
    ("The Kenyan president declared three days of national mourning for the victims of the bus crash.", "017", "KEN", ""),
    ("Jordan lowered flags to half-mast after the death of the former Omani sultan.", "017", "JOR", ""),
    ("The South Korean president visited the national cemetery in Seoul.", "017", "KOR", ""),
    ("The Afghan president declared Tuesday as a national day of mourning for the victims.", "017", "AFG", ""),
    # --- 018 empathetic comment / condolences ---------------------------------------------
    ("The Turkish president offered his condolences to Greece after the train crash.", "018", "TUR", "GRC"),
    ("Pakistan expressed sympathy with the victims of the earthquake in Afghanistan.", "018", "PAK", "AFG"),
    ("The Chinese president sent a message of condolence to the Moroccan king over the earthquake.", "018", "CHN", "MAR"),
    ("Japan extended its deepest sympathies to the families of the victims in Turkey.", "018", "JPN", "TUR"),
    ("Condolences were sent by the Indian prime minister to Nepal after the landslide.", "018", "IND", "NPL"),
    ("The Brazilian foreign ministry said it mourned the victims of the floods in Bolivia.", "018", "BRA", "BOL"),
        ("The Canadian prime minister said he was deeply saddened by the loss of life in Morocco.", "018", "CAN", ""),
    # --- 019 express accord ---------------------------------------------------------------
    ("Japan and Australia agreed that the situation in the South China Sea was a serious concern.", "019", "JPN", "AUS"),
    ("The French president said he shared the German chancellor's view on European defense.", "019", "FRA", "DEU"),
    ("Indonesia and Malaysia share the view that the dispute should be resolved through dialogue.", "019", "IDN", "MYS"),
    ("Britain concurred with the U.S. assessment that Russia was behind the cyberattack.", "019", "GBR", "USA"),
    ("Egypt's foreign minister and his Jordanian counterpart agreed that the situation in Gaza was catastrophic.", "019", "EGY", "JOR"),
    ("Seoul and Tokyo see eye to eye on the North Korean threat, officials said.", "019", "KOR", "JPN"),
    ("Japan and Australia agreed on the need for a free and open Indo-Pacific.", "019", "JPN", "AUS"),
    ("Britain echoed the U.S. assessment of the attack.", "019", "GBR", "USA"),
    ("Spain's prime minister said he shared the Irish view that the war in Gaza must end.", "019", "ESP", "IRL"),
]

# No event at all: not political actors, questions, hypotheticals, other word senses, and an
# unanswered request for comment (no explicit refusal: tests/events/test_comment_requests.py).
SILENT: list[str] = [
    "The Indian foreign ministry did not respond to a request for comment.",  # silence, not a refusal
    "Analysts expressed concern over North Korea's latest missile launch.",
    "Economists are optimistic about China's economic recovery.",
    "Is Japan concerned about the Chinese drills?",
    "Investors were worried by the fall in oil prices.",
    "The actor laid a wreath at the grave of his father.",
    "Fans observed a minute of silence before the match in Madrid.",
    "The football club offered condolences to the family of the fan.",
    "Scientists are studying options for the new telescope.",
    "Critics said relations between the two neighbours were at a low.",
    "A think tank warned that the situation could worsen.",
    "Experts are weighing the options for the economy.",
    "Did Iran deny involvement in the attack?",
    "The company denied any wrongdoing.",
    "The singer expressed hope that her tour would resume soon.",
    "Doctors are concerned about the spread of measles in the region.",
    "Farmers voiced alarm over the drought.",
    "The coach was confident that his team would win the final.",
    "Relations between the two clubs have deteriorated, the team manager said.",
    "The minister said relations with China were not at a low.",
    "The actor pleaded for calm after the fans were injured.",
    "The singer said her ties with the label were strained.",
    "The company said it was looking at ways to cut costs.",
    "The storm had nothing to do with the power cuts, the engineer said.",
    "Nobody has claimed responsibility for the fire at the warehouse.",
    "The tourists visited the war memorial in Canberra.",
    "The goalkeeper pleaded not guilty to the traffic offence.",
    "The striker acknowledged the mistake after the match.",
]


@pytest.mark.parametrize(("text", "expected_code", "source", "target"), BANK)
def test_statement_class_is_coded(code, text, expected_code, source, target):
    events = coded_triples(code, text, PUB)
    assert hit(events, expected_code, source, target), events


@pytest.mark.parametrize("text", SILENT)
def test_near_misses_stay_silent(code, text):
    assert coded_triples(code, text, PUB) == []
