"""Actors inside international organisations carry a functional type, not a repeat of "IGO".

The code (IGOUNO, IGONAT...) already says the actor is an IGO or NGO; the sector says
what kind of actor it is, as human coders do: the role word of the phrase ("NATO troops"
MIL), else the organisation's function (UNHCR REF, WHO HLH), else the prefix (IGO).
Every sentence here was written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from detente.actors.gazetteer import Gazetteer, read_table
from detente.actors.registry import seed_registry
from detente.actors.resolver import DocumentActors, make_actor
from detente.export.gdelt import GDELT_COLUMNS, gdelt_row

PUB = date(2026, 2, 10)
CAMEO_TYPES = frozenset({"COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM",
                         "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF"})


def resolved(nlp, text: str, word: str, published: date | None = PUB) -> list[tuple[str | None, str | None]]:
    """(code, sector) of the actors of the phrase headed by ``word``."""
    actors = DocumentActors(nlp(text), published)
    head = next(t for t in actors.doc if t.text == word)
    return [(a.code, a.sector) for a in actors.resolve(head)]


# --- the data ---------------------------------------------------------------------------

def test_functions_are_cameo_types_and_only_for_stateless_bodies() -> None:
    table = read_table("organisations.tsv", ("code", "sector", "function", "country", "name", "aliases"))
    for row in table:
        if row["function"]:
            assert row["function"] in CAMEO_TYPES, row["name"]
            assert row["code"][:3] in ("IGO", "NGO") and not row["country"], row["name"]
    filled = [row for row in table if row["code"][:3] == "IGO" and row["function"]]
    assert len(filled) >= 0.8 * sum(row["code"][:3] == "IGO" for row in table)


def test_organs_sharing_a_code_keep_their_own_function() -> None:
    gaz = Gazetteer.load()
    assert (gaz.organisation("UNIFIL").code, gaz.organisation("UNIFIL").function) == ("IGOUNO", "MIL")
    assert gaz.organisation("Security Council").function == "GOV"
    assert gaz.organisation("European Parliament").function == "LEG"
    assert gaz.organisation("ECHR").function == "JUD"
    assert gaz.organisation("Council of Europe").function == "GOV"
    assert gaz.organisation("al-Qaeda").function is None  # armed groups keep their own codes and sectors
    assert gaz.organisation_by_code("IGOUNO").function == "GOV"  # the first row is the body itself


# --- the rule -----------------------------------------------------------------------------

@pytest.mark.parametrize(("sector", "function", "expected"), [
    (None, None, "GOV"),  # a bare "UN": the UN's function, looked up by code
    ("MIL", None, "MIL"),  # "UN troops": the role word wins
    ("PKO", None, "MIL"),  # an IGO's peacekeepers are its military arm
    ("ELI", None, "ELI"),  # "former UN chief"
    ("IGO", None, "GOV"),  # the prefix says nothing more than the code
    ("NGO", None, "GOV"),  # "UN aid workers": NGO is no type of a UN actor
    ("GOV", "MIL", "MIL"),  # "UNIFIL officials": an official of a peacekeeping mission
    (None, "", "IGO"),  # a body with no function stays IGO
    ("GOV", "", "GOV"),  # ... but its officials are officials
])
def test_sector_of_an_un_actor(sector: str | None, function: str | None, expected: str) -> None:
    actor = make_actor("UN", None, sector, organisation="IGOUNO", function=function)
    assert (actor.code, actor.country, actor.sector) == ("IGOUNO", None, expected)


def test_country_rooted_groups_are_untouched() -> None:
    actor = make_actor("Hamas", "PSE", "REB", "Hamas", "PSEREBHMS")
    assert (actor.code, actor.sector) == ("PSEREBHMS", "REB")
    assert make_actor("Kenyan troops", "KEN", "MIL").sector == "MIL"


# --- sentences ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The UN Security Council condemned the attack on the convoy.", "Council", ("IGOUNO", "GOV")),
    ("NATO warplanes struck positions near the town.", "warplanes", ("IGONAT", "MIL")),
    ("NATO said it would send more ships to the Baltic.", "NATO", ("IGONAT", "MIL")),
    ("UNHCR officials said the camps near the border were full.", "officials", ("IGOHCR", "REF")),
    ("The UN refugee agency appealed for winter tents.", "agency", ("IGOHCR", "REF")),
    ("The World Health Organization sent experts to the province.", "Organization", ("IGOWHO", "HLH")),
    ("United Nations peacekeepers withdrew from the hill village.", "peacekeepers", ("IGOUNO", "MIL")),
    ("A UN envoy met tribal elders in the capital.", "envoy", ("IGOUNO", "GOV")),
    ("The International Criminal Court issued a warrant for the colonel.", "Court", ("IGOICC", "JUD")),
    ("The Red Cross delivered insulin to the besieged city.", "Cross", ("NGOIRC", "HLH")),
    ("Amnesty International accused the prison guards of abuse.", "International", ("NGOAMN", "HRI")),
    ("The World Bank approved a loan for the railway.", "Bank", ("IGOWBK", "DEV")),
    ("UNIFIL said one of its patrols came under fire.", "UNIFIL", ("IGOUNO", "MIL")),
    ("The IAEA criticised the enrichment plan.", "IAEA", ("IGOIAE", "IGO")),  # no function: stays IGO
    ("Hamas fighters fired rockets overnight.", "fighters", ("PSEREBHMS", "REB")),
    # a role word that ends the organisation's own name ("Union") starts no role phrase: no trade unionist
    ("A senior European Union official criticised the levy on Tuesday.", "official", ("IGOEEC", "GOV")),
    ("European Union official Katrin Voss criticised the levy on Tuesday.", "Voss", ("IGOEEC", "GOV")),
    ("The steel union official criticised the levy on Tuesday.", "official", ("LAB", "LAB")),
])
def test_sentences(nlp, text: str, word: str, expected: tuple[str, str]) -> None:
    assert resolved(nlp, text, word) == [expected]


@pytest.mark.parametrize(("text", "word"), [
    ("The European Council on Foreign Relations published a report on Turkey.", "Council"),
    ("A fellow at the European Council on Foreign Relations, Ayla Demir, spoke to VOA.", "Demir"),
])
def test_a_name_running_on_through_a_preposition_is_another_body(nlp, text: str, word: str) -> None:
    """A listed name that only begins a longer one ("European Council" on Foreign Relations, a think
    tank) is not that body: no EU code for the think tank or its staff."""
    assert all(not (code or "").startswith("IGO") for code, _ in resolved(nlp, text, word))


def test_a_listed_name_before_a_title_is_still_the_body(nlp) -> None:
    assert resolved(nlp, "The European Council criticised the levy on Tuesday.", "Council") == [("IGOEEC", "GOV")]


def test_officials_of_an_organisation_take_its_function(nlp) -> None:
    text = "UNHCR spokeswoman Ingrid Halvorsen said the camps were full. Later Halvorsen flew to Geneva."
    actors = DocumentActors(nlp(text), PUB)
    mentions = [t for t in actors.doc if t.text in ("Halvorsen", "spokeswoman")]
    assert len(mentions) == 3
    assert [[(a.code, a.sector) for a in actors.resolve(t)] for t in mentions] == [[("IGOHCR", "REF")]] * 3


def test_seed_officials(nlp) -> None:
    assert resolved(nlp, "Guterres urged the parties to return to talks.", "Guterres") == [("IGOUNO", "GOV")]
    assert resolved(nlp, "Tedros warned of a second wave.", "Tedros") == [("IGOWHO", "HLH")]
    registry = seed_registry()
    assert registry.lookup("Guterres", PUB).sector == "GOV"
    assert registry.lookup("Tedros", PUB).sector == "HLH"
    assert registry.lookup("Ban Ki-moon", PUB).sector == "ELI"  # former stays former


# --- GDELT export -------------------------------------------------------------------------

def _gdelt(source_code: str, source_sector: str | None, country: str | None) -> dict[str, str]:
    row = {"global_event_id": 1, "date": PUB, "cameo": "190", "quad_class": 4, "goldstein": -10.0,
           "num_mentions": 1, "num_sources": 1, "num_articles": 1, "source_code": source_code,
           "source_sector": source_sector, "source_country": country, "source_text": "x"}
    return dict(zip(GDELT_COLUMNS, gdelt_row(row, {"IGONAT"}), strict=True))


def test_gdelt_types_say_igo_then_the_function() -> None:
    nato = _gdelt("IGONAT", "MIL", None)
    assert (nato["Actor1Code"], nato["Actor1KnownGroupCode"], nato["Actor1Type1Code"], nato["Actor1Type2Code"]) \
        == ("IGONAT", "IGONAT", "IGO", "MIL")
    bare = _gdelt("IGOIAE", "IGO", None)
    assert (bare["Actor1Type1Code"], bare["Actor1Type2Code"]) == ("IGO", "")
    state = _gdelt("CHNGOV", "GOV", "CHN")
    assert (state["Actor1Type1Code"], state["Actor1Type2Code"]) == ("GOV", "")
