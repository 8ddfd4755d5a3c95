"""More official reactions and acts still to come (issue 12, items 1 and 9): not accepting or
not recognizing another party's act is a refusal (12x), regret over another party's act is
displeasure (110), a promise to respond firmly is a threat (13x); a trip made "before" a
clause that is not past, or dated ahead, is an intention (036)."""

from __future__ import annotations

import pytest
from tests.events.test_reactions import PUB, coded, codes  # published on a Wednesday, 2025-06-11

# --- not accepting, not recognizing: refusals --------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Bolivian foreign ministry said La Paz does not recognize the Chilean election results.", ("BOL", "120")),
    ("Belgrade has never recognized the independence of Kosovo.", ("SRB", "120")),
    ("Hanoi does not accept the Chinese fishing ban, the ministry spokeswoman said.", ("VNM", "124")),
])
def test_not_accepting_or_recognizing_another_s_act_is_a_refusal(code, text, expected):
    found = coded(code, text)
    assert expected in [d[:2] for d in found] and "010" not in codes(code, text), found


def test_recognizing_and_accepting_still_yield_or_support(code):
    assert "080" in codes(code, "Hanoi accepted the ruling of the arbitration court.")
    assert "054" in codes(code, "Paraguay recognized the independence of Kosovo.")


# --- responding without force is nothing -------------------------------------------------------

def test_a_response_without_force_is_nothing(code):
    assert not coded(code, "The Chilean president responded to the criticism on Monday.")


# --- a trip ahead: "before" a clause that is not past --------------------------------------------

@pytest.mark.parametrize("text", [
    "The Indian prime minister will meet the Japanese emperor before heading to Seoul.",
    "Before flying to Canberra next month, the Indonesian president will host the Malaysian king.",
])
def test_a_trip_made_before_a_coming_act_is_an_intention(code, text):
    trips = [d for d in coded(code, text) if d[3].startswith("consult.travel_to")]
    assert trips and trips[0][1] == "036", coded(code, text)


def test_a_trip_made_before_a_past_act_is_a_trip(code):
    text = "The Indian prime minister met the Japanese emperor on Monday before heading to Seoul."
    trips = [d for d in coded(code, text) if d[3].startswith("consult.travel_to")]
    assert trips and trips[0][1] == "042", coded(code, text)


# --- nominal events that came to something ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The summit between Egypt and Sudan in Cairo produced an agreement on the Nile waters.",
    "A meeting between Algerian and Tunisian ministers on Monday yielded a deal on gas prices.",
])
def test_a_meeting_that_produced_something_took_place(code, text):
    assert [d for d in coded(code, text) if d[1].startswith("04")], coded(code, text)


# --- word senses: athletes and pupils travel, capitals are places --------------------------------

@pytest.mark.parametrize("text", [
    "The Ugandan runner visited Japan for the Osaka marathon.",
    "Ethiopian athletes traveled to Oregon for the world championships.",
    "Ghanaian pupils visited Accra on a school trip.",
    "Hundreds of students went on a trip to Paris organized by the French embassy.",
    "The Japanese national team arrived in Doha for the Asian Cup.",
    "The Nigerian football team flew to Rabat for the tournament.",
])
def test_athletes_and_pupils_on_trips_are_no_diplomacy(code, text):
    assert not [d for d in coded(code, text) if d[1].startswith(("03", "04"))], coded(code, text)


# --- decided measures: "charge" a tariff, "as of" a day ----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Starting August 1, Ottawa will charge a 15 percent tariff on Chinese steel.", ("CAN", "163", "CHN", "2025-08-01")),
    ("The Peruvian government announced it will impose a 20 percent surtax on Bolivian cement as of October 1.",
     ("PER", "163", "BOL", "2025-10-01")),
])
def test_a_measure_charged_or_imposed_as_of_a_day_is_decided(code, text, expected):
    found = [((e["source"] or {}).get("country"), e["cameo"], (e["target"] or {}).get("country"), e["date"])
             for e in code(text, published=PUB)]
    assert expected in found, found


def test_charging_a_person_is_still_no_tariff(code):
    assert "163" not in codes(code, "Prosecutors in Lima charged the former minister with corruption.")


@pytest.mark.parametrize("text", [
    "Amid the visit of the Brazilian president to Beijing, Argentine troops attacked Chilean positions.",
    "During the visit of the Brazilian president to Beijing, Chinese firms signed deals with Argentina.",
])
def test_a_visit_that_names_its_visitor_with_of_is_the_visitor_s(code, text):
    visits = [d for d in coded(code, text) if d[1] == "042"]
    assert visits and {d[0] for d in visits} == {"BRA"}, coded(code, text)


# --- a "must" or "should" on the speaker's own side and another: a shared aim, no demand ------------

@pytest.mark.parametrize("text", [
    "The Kenyan president said Kenya and Uganda must stop the smuggling of sugar.",
    "The Peruvian minister said Lima and Santiago should settle their differences through dialogue.",
])
def test_a_demand_on_both_the_speaker_s_side_and_another_is_a_shared_aim(code, text):
    found = coded(code, text)
    assert found and not [d for d in found if d[1].startswith(("10", "02"))], found


def test_a_demand_on_two_other_parties_is_still_a_demand(code):
    found = coded(code, "The Kenyan president said Uganda and Tanzania must stop the smuggling of sugar.")
    assert {("KEN", "100", "UGA"), ("KEN", "100", "TZA")} <= {d[:3] for d in found}, found


# --- the act a reaction is about is a second event; opposing an act is a disapproval --------------

def test_a_protested_detention_is_a_second_event(code):
    found = coded(code, "Tokyo protested Beijing's detention of a Japanese businessman.")
    assert ("JPN", "114", "CHN") in [d[:3] for d in found], found
    assert [d for d in found if d[0] == "CHN" and d[1] == "173"], found


def test_talks_welcomed_after_a_meeting_are_that_meeting_again(code):
    text = "Chilean and Peruvian officials met in Lima on Tuesday.\n\nChilean farmers welcomed the talks."
    assert [d[1] for d in coded(code, text) if d[1].startswith("04")] == ["040"], coded(code, text)


@pytest.mark.parametrize("text", [
    "The Chinese ambassador paid a courtesy call on the Zambian foreign minister.",
    "The new Indian envoy made a courtesy call on the Zambian president on Monday.",
])
def test_a_courtesy_call_on_an_official_is_a_visit(code, text):
    assert [d for d in coded(code, text) if d[1] == "042" and d[2] == "ZMB"], coded(code, text)


# --- conditions opened by "should", offers of talks --------------------------------------------------

def test_a_condition_opened_by_should_is_no_appeal(code):
    found = coded(code, "Should Ottawa go ahead with the duties, Beijing will retaliate, the ministry warned.")
    assert not [d for d in found if d[1].startswith(("02", "10"))], found
    assert [d for d in found if d[0] == "CHN" and d[1].startswith("13")], found


def test_a_visitor_the_text_does_not_name_still_visits_a_capital(code):
    assert [d for d in coded(code, "The pontiff visited Jakarta on Tuesday.") if d[1] == "042"]


# --- a date inside "after ..." or "since ..." is the earlier act's, not the clause's ----------------

def test_a_retaliation_after_a_dated_imposition_does_not_take_its_date(code):
    text = "After the imposition of Indian duties in March, Dhaka retaliated with tariffs on Indian yarn."
    found = [((e["source"] or {}).get("country"), e["cameo"], e["date"]) for e in code(text, published=PUB)]
    assert ("BGD", "163", "2025-03-01") not in found and [e for e in found if e[0] == "BGD"], found


def test_a_meeting_with_its_own_date_keeps_it(code):
    found = [(e["cameo"], e["date"]) for e in code("The Chinese premier met Lula in Brasilia on Monday.", published=PUB)]
    assert ("040", "2025-06-09") in found, found


# --- the code a wording takes: what it must be, what it must not be -------------------------------

@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # regret over another party's act is displeasure (110); over deaths, sympathy (018)
    ("Seoul expressed deep regret over Tokyo's decision to revise the textbooks.", "110", "018"),
    ("The Polish foreign ministry expressed regret at the Hungarian veto of the aid package.", "110", "018"),
    ("Canberra voiced strong regret about the Indonesian move.", "110", "018"),
    ("The Thai prime minister expressed regret over the deaths of the Cambodian workers.", "018", "110"),
    # a promise to respond firmly is a vowed countermeasure, a threat
    ("Ottawa said it would respond firmly to the American duties on lumber.", "130", "010"),
    ("Beijing will react resolutely to any provocation by Manila, the ministry said.", "130", "010"),
    ("The European Union vowed to respond swiftly and firmly to the new tariffs on its steel.", "130", "010"),
    # "it is positive that X did Y" praises the act; "we are positive that ..." is optimism
    ("It is positive that Seoul lifted the ban on Japanese fish, the Japanese minister said.", "051", "013"),
    ("We are positive that a deal can be reached, the Indonesian minister said.", "013", ""),
    # a measure extended to an end date is decided, not threatened
    ("The European Commission announced it would extend the safeguard measures on aluminium until 2027.",
     "163", "1312"),
    ("Pretoria will extend its duties on Chinese tyres through June 2026.", "163", "1312"),
    # opposing a deployment still to come rejects a proposal
    ("The rebels opposed the deployment of a regional peacekeeping force.", "120", "110"),
    # two countries' parties meeting in a third country's place meet at a third location (044)
    ("The Ethiopian and Eritrean foreign ministers met in Riyadh on Sunday.", "044", ""),
    ("The Serbian and Kosovar leaders held a summit in Brussels.", "044", ""),
    ("The Armenian and Azerbaijani leaders met at the White House on Friday.", "044", ""),
    ("The Qatari emir met the Omani sultan in Muscat.", "040", "044"),
    ("The Ethiopian and Eritrean foreign ministers met on Sunday.", "040", "044"),
])
def test_the_code_a_wording_takes(code, text, wanted, unwanted):
    found = codes(code, text)
    assert wanted in found and unwanted not in found, coded(code, text)


# --- who does what to whom: the dyad a wording gives ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Tokyo responded strongly to the Chinese remarks.", ("JPN", "110", "CHN")),  # a firm response given
    ("The Danish minister said it was unfortunate that Hungary had delayed the vote.", ("DNK", "111", "HUN")),
    ("The Malaysian foreign ministry opposed China's seizure of a fishing boat near Borneo.", ("MYS", "110", "CHN")),
    ("Hanoi is open to talks with Beijing on the fishing dispute.", ("VNM", "036", "CHN")),
    ("Hanoi urged Phnom Penh to return to dialogue.", ("VNM", "026", "KHM")),
    ("The Ghanaian president is in Abuja for talks on trade.", ("GHA", "042", "NGA")),
    ("The Ugandan foreign minister visited Accra on Monday.", ("UGA", "042", "GHA")),  # a capital, visited by a state
    ("The signing ceremony of the trade pact between Chile and Vietnam was held in Santiago on Monday.",
     ("CHL", "057", "VNM")),
])
def test_the_dyad_a_wording_gives(code, text, expected):
    assert expected in [d[:3] for d in coded(code, text)], coded(code, text)
