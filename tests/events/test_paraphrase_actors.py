"""Who acted on whom, asked in many wordings: targets outside the verb's object, referents across
sentences, commentators who are no actors, and sectors from role words. Each test is a kind of
wording a wire service uses; the sentences were written for these tests.

The fixed kinds: custody with no keeper named is the state's; harm with no doer named is the
attacker the story just reported; criticism of a deed is aimed at its doer; an object pronoun is
never its own clause's subject; "each side ... the other" is the pair acting on each other; "traded
accusations" is an accusation, "launched air strikes" force, "fired on" shooting, "since March"
no march."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.dyads import code_triples, triples

PUB = date(2025, 6, 10)


def _codes(code, text: str, sentence: int | None = None) -> list[tuple[str | None, str, str | None]]:
    return code_triples(code(text, published=PUB), sentence)


# --- custody: only a state holds or frees someone from custody ------------------------------------------
@pytest.mark.parametrize(("text", "sentence", "expected"), [
    # a custody noun as the state someone is in, with a place
    ("The activist had been in pretrial detention in Phnom Penh since May.", 0, ("KHMCOP", "17", "KHMCVL")),
    # no place: whoever the story just said detained someone
    ("A Dutch engineer has been detained by Iranian intelligence officers in Tabriz, the Dutch foreign ministry "
     "said. Pieter Smit was released on bail on Monday.", 1, ("IRNSPY", "08", None)),
    # no place, one of the country's own in a story plainly about that country
    ("Cambodian police arrested reporter Sok Dara in September. Cambodia's government says he insulted the king. "
     "The reporter has been in pretrial detention since then, his lawyer said.", 2, ("KHMCOP", "17", "KHMMED")),
    ("Journalist Ana Petrova was arrested in Sofia on Tuesday on charges of espionage.", 0, ("BGRCOP", "17", "BGRMED")),
    ("Two Canadian citizens were detained in China in 2018.", 0, ("CHNCOP", "17", "CANCVL")),
])
def test_custody_with_no_keeper_named_is_the_states(code, text, sentence, expected):
    found = [(s, root, t if t is None or expected[2] is None or len(expected[2]) > 3 else t[:3])
             for s, root, t in _codes(code, text, sentence)]
    assert expected in found, found


def test_a_foreigners_keeper_is_not_guessed_from_the_nationality(code):
    text = ("Lai, a 77-year-old British national, has been held in solitary confinement since 2020. "
            "Hong Kong authorities have rejected accusations that the trial is unfair.")
    found = _codes(code, text, 0)
    assert all(s is None or not s.startswith("GBR") for s, _, _ in found), found


def test_a_release_that_ends_no_custody_is_no_states_release(code):
    """Hostages freed with no doer named: whoever held them, not the state where it happened."""
    found = _codes(code, "Three Israeli hostages were released on Saturday.")
    assert all(s is None or not s.startswith("ISR") for s, _, _ in found), found


def test_a_month_is_no_march(code):
    found = _codes(code, "The activist had been in pretrial detention in Phnom Penh since March.")
    assert all(root != "14" for _, root, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # the attack's victims: the armed group's doing, not the army that answered it
    ("Al-Shabab militants stormed a hotel in Kismayo on Tuesday. Security forces killed six of the attackers. "
     "Seven other people, including two elders, were killed.", ("SOMREBSHB", "18", "SOMCVL")),
    ("Separatist militants attacked an army convoy in Pakistan's Balochistan province on Monday. Four soldiers "
     "were also killed, the army said.", ("PAKSEP", "19", "PAKMIL")),  # separatists: SEP (war15)
])
def test_harm_with_no_doer_named_is_the_attacker_the_story_just_reported(code, text, expected):
    found = _codes(code, text, sentence=text.count(". "))
    assert expected in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Pakistani army said 12 militants were killed in the operation in North Waziristan.",
     ("PAKMIL", "19", "PAKREB")),
    ("The Israeli military said a Hezbollah commander was killed in a strike in southern Lebanon.",
     ("ISRMIL", "19", "LBNREBHEZ")),
    ("Iraqi special forces said the Islamic State leader was killed in an airstrike in Anbar.",
     ("IRQMIL", "19", "IMGISS")),
])
def test_harm_a_states_forces_report_with_no_doer_is_theirs(code, text, expected):
    found = _codes(code, text)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "The army said four soldiers were killed in an attack near the border with Mali.",
    "Police in Karachi said three civilians were killed in the blast.",
])
def test_forces_reporting_their_own_losses_did_not_cause_them(code, text):
    found = _codes(code, text)
    assert all(s is None or s[3:] not in ("MIL", "COP") for s, _, _ in found), found


def test_a_states_forces_are_not_presumed_to_have_harmed_their_own_people(code):
    text = ("Somali soldiers killed six militants in Kismayo on Tuesday. Seven other people, including two elders, "
            "were killed.")
    found = _codes(code, text, 1)
    assert all(s is None or not s.startswith("SOMMIL") for s, _, _ in found), found


def test_attackers_killed_are_not_their_own_victims(code):
    found = _codes(code, "Gunmen attacked a police checkpoint in Quetta. Two of the gunmen were killed.", 1)
    assert all(s is None or s[3:] != "UAF" for s, _, _ in found), found


# --- criticism of a deed is aimed at its doer ----------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("The United States criticised the detention of Russian opposition leader Alexei Navalny in Moscow.",
     ("USA", "11", "RUS")),
    ("Amnesty International condemned the arrest of journalist Blessed Mhlanga in Harare.", ("NGOAMN", "11", "ZWE")),
    ("Russia condemned the expulsion of its diplomats by Estonia.", ("RUS", "11", "EST")),
])
def test_criticism_of_a_deed_is_aimed_at_its_doer(code, text, expected):
    found = triples(code(text, published=PUB))
    assert expected in found, found


def test_a_protest_at_an_arrest_by_no_one_named_guesses_no_keeper(code):
    """Whose arrest it was the story's countries do not say: not the critic's own state."""
    found = _codes(code, "Beijing protested the arrest of Huawei executive Meng Wanzhou.")
    assert all(t is None or not t.startswith("CHNCOP") for _, _, t in found), found
    assert all(s is None or not s.startswith("CHN") for s, root, _ in found if root == "17"), found


# --- object pronouns and the other side ----------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Britain's Foreign Secretary David Lammy met Iranian Foreign Minister Abbas Araqchi on Tuesday. "
     "Lammy urged him to return to talks.", ("GBRGOV", "02", "IRNGOV")),
    ("U.S. Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh. "
     "He told him Washington wanted a deal.", ("USAGOV", "01", "RUSGOV")),
])
def test_an_object_pronoun_is_not_its_own_clauses_subject(code, text, expected):
    found = _codes(code, text, sentence=1)
    assert expected in found, found


@pytest.mark.parametrize(("text", "pair"), [
    ("Russia and Ukraine exchanged accusations on Sunday. Each side blamed the other for the attack on the "
     "power plant.", ("RUS", "UKR")),
    ("Armenia and Azerbaijan exchanged fire on Sunday. Both sides accused the other of starting the clashes.",
     ("ARM", "AZE")),
    ("Armenia and Azerbaijan exchanged fire on Sunday. Both sides accused the other side of starting the clashes.",
     ("ARM", "AZE")),
])
def test_each_side_acting_on_the_other_is_the_pair_on_each_other(code, text, pair):
    found = triples(code(text, published=PUB), sentence=1)
    a, b = pair
    assert (a, "11", b) in found and (b, "11", a) in found, found


@pytest.mark.parametrize("text", [
    "China and the Philippines traded accusations on Monday.",
    "Russia and Ukraine exchanged accusations on Sunday.",
    "Washington traded barbs with Beijing over the tariffs.",
])
def test_traded_accusations_are_accusations_not_trade(code, text):
    found = triples(code(text, published=PUB))
    assert found and all(root == "11" for _, root, _ in found), found


def test_trading_goods_is_still_trade(code):
    found = triples(code("Canada and Mexico trade heavily with the United States.", published=PUB))
    assert ("CAN", "06", "USA") in found, found


# --- force named by its weapon -----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Myanmar's army launched air strikes on rebel positions in Shan state.", ("MMRMIL", "19", "MMRREB")),
    ("Russian forces launched missile strikes on Kyiv overnight.", ("RUSMIL", "19", "UKR")),
    ("Israeli troops fired on a crowd near the Nuseirat refugee camp in Gaza.", ("ISRMIL", "19", "PSECVL")),
    ("Police fired at protesters in Nairobi on Tuesday.", ("KENCOP", "19", "KENCVL")),
])
def test_strikes_by_weapons_and_firing_on_people_are_force(code, text, expected):
    found = [(s, root, t if t is None or len(expected[2]) > 3 else t[:3]) for s, root, t in _codes(code, text)]
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "Beijing fired back at Washington on Friday.",
    "The president fired the defence minister on Friday.",
])
def test_firing_back_at_words_or_dismissing_is_no_shooting(code, text):
    found = triples(code(text, published=PUB))
    assert all(root != "19" for _, root, _ in found), found


def test_workers_striking_is_still_a_strike(code):
    found = triples(code("Dock workers launched a strike over pay in Rotterdam.", published=PUB))
    assert any(root == "14" for _, root, _ in found), found


# --- targets the text states outside the verb's object ----------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("China imposed anti-dumping duties on Canadian canola on Tuesday.", ("CHN", "16", "CAN")),
    ("Ottawa condemned Washington's decision to raise duties on Canadian steel.", ("CAN", "11", "USA")),
    ("India lodged a strong protest with Pakistan over the shelling of border villages.", ("IND", "11", "PAK")),
    ("The Philippines summoned the Chinese ambassador over a collision near Scarborough Shoal.", ("PHL", "11", "CHN")),
    ("Kenya expelled a Somali diplomat on Tuesday.", ("KEN", "16", "SOM")),
    ("Egypt's foreign ministry condemned the Israeli strike on Doha.", ("EGY", "11", "ISR")),
    ("Australia welcomed China's decision to lift tariffs on Australian barley.", ("AUS", "05", "CHN")),
])
def test_targets_in_possessives_adjectives_and_prepositions(code, text, expected):
    found = triples(code(text, published=PUB))
    assert expected in found, found


# --- referents ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "sentence", "expected"), [
    ("The White House on Tuesday rejected Beijing's proposal for new trade talks.", 0, ("USAGOV", "12", "CHNGOV")),
    ("The Kremlin spokesman criticised Finland's decision to join NATO.", 0, ("RUSGOV", "11", "FINGOV")),
    ("Pakistan's foreign ministry summoned the Afghan envoy on Monday. The ministry said Kabul must stop militants "
     "crossing the border.", 1, ("PAKGOV", "10", "AFGGOV")),
    ("Seoul's unification ministry urged Pyongyang to return to dialogue.", 0, ("KORGOV", "02", "PRKGOV")),
    ("Moscow expelled two British diplomats on Monday, accusing them of spying. London called the move baseless.",
     1, ("GBRGOV", "11", "RUSGOV")),
    ("Japanese Prime Minister Shigeru Ishiba met South Korean President Lee Jae-myung in Tokyo. Lee invited Ishiba "
     "to visit Seoul.", 1, ("KORGOV", "03", "JPNGOV")),
])
def test_seats_of_power_ministries_and_people_are_their_governments(code, text, sentence, expected):
    found = _codes(code, text, sentence)
    assert expected in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("The report by Human Rights Watch accused Myanmar's military of war crimes.", ("NGOHRW", "11", "MMRMIL")),
    ("A report by the United Nations accused Russia of torturing prisoners.", ("IGOUNO", "11", "RUS")),
    ("A statement from the Chinese foreign ministry accused Manila of provocations.", ("CHNGOV", "11", "PHLGOV")),
])
def test_a_report_or_statement_by_a_body_is_the_bodys_act(code, text, expected):
    found = _codes(code, text)
    assert expected in [(s, root, t if len(expected[2]) > 3 else (t or "")[:3]) for s, root, t in found], found


# --- commentators and domestic acts ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Analysts at the Center for Strategic and International Studies said China was likely to retaliate against "
    "the tariffs.",
    "The Chinese embassy in Washington did not respond to a request for comment.",
    "A spokesperson for Toyota said the company was studying the impact of the duties.",
    "\"This is a dangerous escalation,\" said Sarah Lin, a senior fellow at the Lowy Institute in Sydney.",
    "Officials in Beijing did not immediately respond to Reuters' request for comment.",
])
def test_commentators_and_unanswered_requests_are_no_events(code, text):
    assert code(text, published=PUB) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Police in Lagos arrested 20 protesters on Monday.", ("NGACOP", "17", "NGACVL")),
    ("A court in Moscow sentenced a journalist to six years in prison on Tuesday.", ("RUSJUD", "17", "RUSMED")),
    ("Huawei sued the U.S. government over the ban on its equipment.", ("CHNBUS", "11", "USAGOV")),
    ("Thousands of protesters rallied in Belgrade against the government on Saturday.", ("SRBCVL", "14", "SRBGOV")),
    ("Opposition leader Raila Odinga accused the Kenyan government of rigging the vote.", ("KENOPP", "11", "KENGOV")),
    ("The Iranian judiciary sentenced a French citizen to eight years in prison.", ("IRNJUD", "17", "FRACVL")),
])
def test_home_acts_and_companies_acting_are_events_with_their_sectors(code, text, expected):
    found = _codes(code, text)
    assert expected in found, found
