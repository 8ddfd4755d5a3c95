"""Who is who on unseen wordings: places an attack befalls, people the story introduces, and
bodies typed by their names. Each test is a kind of wording a wire service uses; the sentences
were written for these tests.

The fixed kinds: a town, camp or village is of the country it lies in (its own name, "in"/"near"
a known place, the geo tables, or the one place the sentence happens in), never the attacker's;
conflict places the actor files lacked (Jenin, Khan Younis, Zamfara, Kupiansk...); a spokesman
"for" an army or police force is of that force's sector; a person introduced by the story keeps
their actor when a later mention is tagged as an organisation ("Tidball-Binz"); an association
named for an industry or commodity is business, not the state, unless its name says workers;
named U.S. congressional committees are the U.S. legislature."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.dyads import code_triples

PUB = date(2025, 6, 10)


def _codes(code, text: str, sentence: int | None = None) -> list[tuple[str | None, str, str | None]]:
    return code_triples(code(text, published=PUB), sentence)


def _has(found, expected) -> bool:
    """``expected`` (source, root, target) is among ``found``, codes compared as prefixes."""
    return any((s or "").startswith(expected[0]) and root == expected[1] and (t or "").startswith(expected[2])
               for s, root, t in found)


# --- a place is of the country it lies in -----------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # "the town of X in <region>": the town's own name, from the geo tables
    ("Russian forces shelled the town of Pokrovsk in the Donetsk region, killing four civilians.",
     ("RUSMIL", "19", "UKR")),
    ("Russian artillery pounded the village of Toretsk overnight.", ("RUS", "19", "UKR")),
    # "the X camp": a camp named for its town
    ("Israeli troops raided the Jenin refugee camp on Tuesday, killing three people.", ("ISRMIL", "19", "PSE")),
    ("Israeli forces stormed the Nur Shams camp near Tulkarem before dawn.", ("ISR", "19", "PSE")),
    # a camp the files do not know, in the one place the sentence names
    ("Paramilitary fighters attacked the Abu Shouk displacement camp in North Darfur on Friday.", ("", "18", "SDN")),
    # "a village in X state": where the village is, not who attacked it
    ("Bandits attacked a village in Zamfara state, killing 30 people.", ("", "18", "NGA")),
    # a town struck by name
    ("Israeli aircraft struck Khan Younis in southern Gaza on Sunday.", ("ISR", "19", "PSE")),
    ("Israeli jets bombed a house in Deir al-Balah, killing five people.", ("ISR", "19", "PSE")),
    ("Russian troops attacked Ukrainian positions near Kupiansk.", ("RUS", "19", "UKR")),
])
def test_a_place_is_of_the_country_it_lies_in(code, text, expected):
    found = _codes(code, text, 0)
    assert _has(found, expected), found


def test_a_place_the_attacker_owns_stays_the_attackers(code):
    """A town named in the attacker's own country is that country's ("a refinery in Ryazan, Russia")."""
    found = _codes(code, "Ukrainian drones attacked an oil refinery in Ryazan, Russia.", 0)
    assert _has(found, ("UKR", "19", "RUS")), found


# --- people the story introduces -------------------------------------------------------------
@pytest.mark.parametrize(("text", "sentence", "expected"), [
    # a spokesman "for" a state force speaks for that force
    ("Ahmed Salih, a spokesman for the Sudanese army, said troops pushed back the paramilitaries. "
     "Salih accused the Rapid Support Forces of shelling a market.", 1, ("SDNMIL", "11", "SDNREB")),
    ("Joseph Mwangi, a spokesman for the Kenyan police, said officers detained 12 protesters. "
     "Mwangi accused opposition leaders of inciting the crowds.", 1, ("KENCOP", "11", "KENOPP")),
    # an introduced person's later mention that NER tags as an organisation
    ("UN special rapporteur Daniel Pratt-Hughes said on Thursday that the killings must be investigated. "
     "Pratt-Hughes accused Israeli forces of unlawful killings in Gaza.", 1, ("IGOUNO", "11", "ISRMIL")),
])
def test_a_person_the_story_introduced_keeps_their_actor(code, text, sentence, expected):
    found = _codes(code, text, sentence)
    assert _has(found, expected), found


# --- bodies typed by their names --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Canola Council of Canada urged Ottawa to settle the dispute with Beijing.",
    "The Confederation of British Industry urged the government to avoid a trade war.",
    "The Korea International Trade Association called on Washington to exempt its steel.",
])
def test_an_industry_body_is_no_government(code, text):
    """Business, not the state: what it says is commentary, so no government act is coded."""
    found = _codes(code, text, 0)
    assert not any((s or "").endswith("GOV") for s, _, _ in found), found


def test_a_union_named_for_trade_is_labour(nlp):
    from detente.actors.resolver import DocumentActors

    doc = nlp("The Steel Workers Trade Union condemned the layoffs.")
    union = next(t for t in doc if t.text == "Union")
    assert not any(a.sector == "BUS" for a in DocumentActors(doc, PUB).resolve(union))


def test_a_named_congressional_committee_is_the_us_legislature(code):
    found = _codes(code, "The Senate Foreign Relations Committee approved new sanctions on Iran.", 0)
    assert any(s == "USALEG" for s, _, _ in found), found


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Later, the military's media wing repeated the claim against Kabul.", "wing", "MIL"),
    ("The police's press wing denied the report in Islamabad.", "wing", "COP"),
])
def test_a_forces_own_press_office_is_that_force(nlp, text, word, expected):
    """The role "media wing" is the office's kind, not whose it is: the owner's sector stays."""
    from detente.actors.resolver import DocumentActors

    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert [a.sector for a in DocumentActors(doc, PUB).resolve(token)] == [expected]


# --- later mentions of a person the story introduced -------------------------------------------
@pytest.mark.parametrize(("text", "sentence", "expected"), [
    # "the envoy" is the envoy the story named, not an envoy of the country he is sent to
    ("The UN envoy for Yemen, Hans Grundberg, held talks in Muscat on Monday. "
     "The envoy urged the Houthis to free detained aid workers.", 1, ("IGOUNO", "02", "YEM")),
    # a name opening a sentence with its article capitalised
    ("Khalil al-Masri, a senior Hamas official, said the group would not disarm. "
     "Al-Masri accused Israel of breaking the truce.", 1, ("PSEREBHMS", "11", "ISR")),
    # a Chinese official later called by the family name
    ("Zhou Minghai, a spokesman for China's Taiwan Affairs Office, spoke on Wednesday. "
     "Zhou accused the Democratic Progressive Party of seeking independence.", 1, ("CHNGOV", "11", "")),
])
def test_a_later_mention_is_the_person_introduced(code, text, sentence, expected):
    found = _codes(code, text, sentence)
    assert _has(found, expected), found


def test_an_army_backed_government_is_the_government(code):
    found = _codes(code, "Sudan's army-backed government accused Chad of arming the paramilitaries.", 0)
    assert _has(found, ("SDNGOV", "11", "TCD")), found


def test_a_bare_conjunct_shares_the_country_word(code):
    """ "Israeli helicopters and tanks": the tanks are Israeli too, wherever the shelling was."""
    found = _codes(code, "Israeli jets and tanks pounded positions of Hamas fighters near the town of Rafah.", 0)
    assert not any((s or "").startswith("PSE") for s, _, _ in found), found


@pytest.mark.parametrize(("text", "sentence", "expected"), [
    # a rapporteur is an international body's, never a country's guessed from the story
    ("The rapporteur, Daniel Pratt-Hughes, said on Thursday that Israel must investigate. "
     "Pratt-Hughes accused Israeli forces of unlawful killings in Gaza.", 1, ("IGO", "11", "ISRMIL")),
    ("The special rapporteur accused Myanmar's military of burning villages.", 0, ("IGO", "11", "MMRMIL")),
    # "army spokesman X": the title's force, not the government
    ("Nigerian army spokesman Musa Danladi said troops killed 20 insurgents in Borno. "
     "Danladi accused Boko Haram of attacking farmers.", 1, ("NGAMIL", "11", "NGAREB")),
])
def test_a_title_says_whose_the_person_is(code, text, sentence, expected):
    found = _codes(code, text, sentence)
    assert _has(found, expected), found
    assert not any((s or "").startswith(("ISRHRI", "MMRHRI", "NGAGOV")) for s, _, _ in found), found


def test_an_international_body_is_no_countrys(code):
    """An unlisted body whose name says it is international takes no country from the story."""
    found = _codes(code, "The International Domestic Workers Federation condemned the arrest of labor leaders in Minsk.", 0)
    assert found and not any((s or "").startswith("BLR") for s, root, _ in found if root == "11"), found
    assert any((t or "").endswith("LAB") for _, root, t in found if root == "17"), found
