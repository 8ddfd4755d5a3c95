"""Trade measures from news text: instruments, actions, goods, rates, retaliation chains.

Every article and sentence here was written for these tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from detente.data import data_path
from detente.ingest import IngestOptions, iter_documents
from detente.ingest.readers import make_document
from detente.model import Measure

PUB = date(2026, 1, 14)


@pytest.fixture
def measures(pipeline):
    """Extract the measures of one text, through the whole pipeline (one parse)."""

    def run(text: str, published: date | None = PUB) -> list[Measure]:
        document = make_document(text, "<test>", IngestOptions(check_language=False), published=published)
        return next(pipeline.run([document])).measures

    return run


def goods(measure: Measure) -> dict[str, str | None]:
    return {p.text.lower(): p.hs for p in measure.products}


def one(found: list[Measure]) -> Measure:
    assert len(found) == 1, [(m.instrument, m.action, m.sentence) for m in found]
    return found[0]


# --- the mission's example ----------------------------------------------------------------------
DISPUTE = """China raises tariffs on Canadian farm goods in trade dispute

BEIJING — China imposed tariffs of 100 per cent on Canadian canola oil and 25 per cent on Canadian pork and seafood on Saturday. The Ministry of Commerce said the tariffs were a response to Canada's duties on Chinese electric vehicles, steel and aluminium.

Canadian canola growers said the tariffs would cost them billions of dollars in lost sales.

Canada imposed a 100 per cent surtax on Chinese electric vehicles and a 25 per cent surtax on Chinese steel and aluminium last year.
"""


def test_dispute_article_yields_exactly_the_two_measures(measures):
    found = measures(DISPUTE)
    assert len(found) == 2, [(m.imposer, m.sentence) for m in found]
    china, canada = found
    assert (china.imposer, china.affected, china.action, china.cameo) == ("CHN", "CAN", "impose", "163")
    assert goods(china) == {"canola oil": "1514", "pork": "0203", "seafood": "03"}
    assert {p.text: p.rate for p in china.products} == {"canola oil": 100.0, "pork": 25.0, "seafood": 25.0}
    assert china.rate is None  # the goods carry different rates
    assert china.date == date(2026, 1, 10) and china.date_precision == "day"
    assert (canada.imposer, canada.affected, canada.instrument) == ("CAN", "CHN", "surtax")
    assert goods(canada) == {"electric vehicles": "870380", "steel": "72", "aluminium": "76"}
    assert china.in_response_to == canada.measure_id and canada.in_response_to is None
    assert canada.date is not None and canada.date.year == 2025


def test_response_clause_with_ellipsis_and_a_re_mention(measures):
    text = ("Beijing imposed additional duties of 100 per cent on Canadian canola oil and meal last March. "
            "The ministry said the duties were imposed in response to Canada's 100% surtax on Chinese "
            "electric vehicles and its 25 per cent surtax on Chinese steel.")
    first, second = measures(text)
    assert first.instrument == "surtax" and goods(first) == {"canola oil": "1514", "canola meal": "2306"}
    assert first.in_response_to == second.measure_id
    assert (second.imposer, second.affected) == ("CAN", "CHN")
    assert {p.text: p.rate for p in second.products} == {"electric vehicles": 100.0, "steel": 25.0}
    assert second.date is None  # named only as the cause: its date is not given


# --- instruments ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "instrument", "imposer", "affected", "codes"), [
    ("Mexico imposed a 20 per cent tariff on American apples on Monday.",
     "import_tariff", "MEX", "USA", {"0808"}),
    ("Ottawa announced a 25 per cent surtax on Chinese steel and aluminium products.",
     "surtax", "CAN", "CHN", {"72", "76"}),
    ("The European Commission imposed provisional anti-dumping duties of up to 35 per cent on Chinese-made e-bikes.",
     "anti_dumping_duty", "EU", "CHN", {"871160"}),
    ("The United States set countervailing duties on Canadian softwood lumber at 14 per cent.",
     "countervailing_duty", "USA", "CAN", {"4407"}),
    ("India imposed a safeguard duty of 12 per cent on imports of flat steel products from Vietnam.",
     "safeguard", "IND", "VNM", {"72"}),
    ("Brazil introduced an import quota of 50,000 tonnes for Argentine wheat.",
     "quota", "BRA", "ARG", {"1001"}),
    ("Russia banned imports of Norwegian salmon in August.",
     "import_ban", "RUS", "NOR", {"03"}),
    ("Indonesia announced an export ban on nickel ore.",
     "export_ban", "IDN", None, {"2604"}),
    ("China imposed export controls on gallium and germanium, requiring licences for shipments abroad.",
     "export_control", "CHN", None, {"8112"}),
    ("The European Union froze the assets of three Iranian banks.",
     "sanctions", "EU", "IRN", set()),
    ("The Commerce Department added the Chinese drone maker to its entity list.",
     "sanctions", "USA", "CHN", set()),
    ("Australia launched an anti-dumping investigation into imports of Chinese steel pipes.",
     "investigation", "AUS", "CHN", {"73"}),
])
def test_every_instrument(measures, text, instrument, imposer, affected, codes):
    m = one(measures(text))
    assert (m.instrument, m.imposer, m.affected) == (instrument, imposer, affected)
    assert {p.hs for p in m.products if p.hs} == codes


# --- actions and the CAMEO event each implies ---------------------------------------------------
@pytest.mark.parametrize(("text", "action", "cameo"), [
    ("Mexico imposed a 20 per cent tariff on American apples.", "impose", "163"),
    ("Japan raised its tariff on frozen beef from 38 per cent to 50 per cent.", "raise", "163"),
    ("Ottawa announced a 25 per cent surtax on Chinese steel.", "announce", "163"),
    ("South Korea threatened to impose duties on Japanese chip-making equipment.", "threaten", "1312"),
    ("Australia launched an anti-dumping investigation into imports of Chinese steel pipes.", "investigate", "090"),
    ("Beijing lowered its tariffs on American soybeans to 10 per cent.", "lower", "085"),
    ("Washington suspended the 25 per cent tariffs on Mexican tomatoes for 90 days.", "suspend", "085"),
    ("The European Union lifted its ban on British beef.", "lift", "085"),
    ("Canada exempted Mexican steel from the new surtax.", "exempt", "085"),
    ("Turkey extended its additional duties on Chinese cars until the end of 2027.", "extend", "163"),
])
def test_every_action(measures, text, action, cameo):
    m = one(measures(text))
    assert (m.action, m.cameo) == (action, cameo)


def test_rates_and_units(measures):
    m = one(measures("Japan raised its tariff on frozen beef from 38 per cent to 50 per cent."))
    assert (m.rate, m.rate_unit) == (50.0, "percent")  # the new rate, not the old one
    assert goods(m) == {"frozen beef": "0202"}
    m = one(measures("The European Union imposed an anti-dumping duty of €200 per tonne on Egyptian steel wire."))
    assert (m.rate, m.rate_unit) == (200.0, "EUR/tonne")
    m = one(measures("Washington imposed a levy of $500 a tonne on Russian aluminium."))
    assert (m.rate, m.rate_unit) == (500.0, "USD/tonne")


def test_threats_and_intentions(measures):
    m = one(measures("If Ottawa cuts its surtax, Washington would impose tariffs on Canadian cars."))
    assert (m.imposer, m.affected, m.action, m.cameo) == ("USA", "CAN", "threaten", "1312")
    m = one(measures("Japan is considering lifting its ban on Chinese seafood imports."))
    assert (m.action, m.cameo) == ("lift", "0354")
    m = one(measures("Seoul said it was ready to cut tariffs on American beef."))
    assert (m.imposer, m.action, m.cameo) == ("KOR", "lower", "0354")
    m = one(measures("Washington could impose tariffs on Canadian auto parts, the spokesperson said."))
    assert (m.cameo, goods(m)) == ("1312", {"auto parts": "8708"})


@pytest.mark.parametrize("text", [
    "Canada will not lift the surtax on Chinese steel.",
    "China has not imposed any new tariffs on Canadian goods.",
    "Farmers urged Beijing to remove the duties on canola.",
    "Exporters called for the removal of the tariffs on Canadian pork.",
    "Will China impose tariffs on Canadian canola?",
    "The 25 per cent duty on Canadian seafood is still in place.",
    "Trade officials discussed the tariffs on steel.",
    "A seafood company said that it would suspend shipments to China.",
    "The new guidelines ban the sale of dog meat in the city.",
    "The duty officer said the police would investigate the theft.",
])
def test_no_measure_without_an_act(measures, text):
    assert measures(text) == []


# --- retaliation ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Ottawa imposed a 10 per cent surtax on American whiskey in retaliation for Washington's tariffs on Canadian aluminium.",
    "Canada imposed a 10 per cent surtax on American whiskey in response to the U.S. tariffs on Canadian aluminium.",
    "Retaliating for Washington's tariffs on Canadian aluminium, Canada imposed a surtax on American whiskey.",
    "After the United States imposed tariffs on Canadian aluminium, Canada imposed a surtax on American whiskey.",
])
def test_retaliation_links_the_answer_to_its_cause(measures, text):
    found = measures(text)
    assert len(found) == 2, [(m.imposer, m.rule) for m in found]
    answer = next(m for m in found if m.imposer == "CAN")
    cause = next(m for m in found if m.imposer == "USA")
    assert answer.in_response_to == cause.measure_id and cause.in_response_to is None
    assert goods(answer) == {"whiskey": "220830"} and goods(cause) == {"aluminium": "76"}
    assert (answer.affected, cause.affected) == ("USA", "CAN")


def test_retaliatory_measure_links_to_a_measure_told_later(measures):
    found = measures("The EU hit American motorcycles and bourbon with retaliatory tariffs. "
                     "Washington had earlier imposed a 25 per cent tariff on European steel.")
    eu, us = found
    assert (eu.imposer, eu.affected, us.imposer, us.affected) == ("EU", "USA", "USA", "EU")
    assert eu.in_response_to == us.measure_id


def test_after_is_not_a_retaliation_when_the_same_side_acts(measures):
    found = measures("After China lifted its duties on canola meal, it cut its tariff on Canadian pork to 10 per cent.")
    assert found and all(m.in_response_to is None for m in found)


# --- one record per measure ---------------------------------------------------------------------
def test_headline_and_lead_are_one_measure(measures):
    text = ("China lifts duties on Canadian canola meal and peas\n\n"
            "BEIJING — China will lift its additional duties on Canadian canola meal and peas, the "
            "Ministry of Commerce announced on Friday. The ministry said that the measures would take "
            "effect on April 1.")
    m = one(measures(text, published=date(2026, 3, 20)))
    # "will lift": the coder's intent code (issue 3), which the measure shares
    assert (m.imposer, m.affected, m.action, m.cameo) == ("CHN", "CAN", "lift", "0354")
    assert goods(m) == {"canola meal": "2306", "peas": "0713"}
    assert m.effective_date == date(2026, 4, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Brazil raised its duties on Argentine and Uruguayan beef on Monday.", ["ARG", "URY"]),
    ("The European Union imposed tariffs on steel from India and Vietnam.", ["IND", "VNM"]),
    ("Japan placed export controls on China and Russia.", ["CHN", "RUS"]),
    ("Brazil raised its duties on Argentine beef and Chilean wine.", ["ARG", "CHL"]),
    ("Brazil raised its duties on Argentine beef and wine.", ["ARG"]),
])
def test_a_measure_on_parties_joined_by_and_is_a_record_on_each(measures, text, expected):
    found = measures(text)
    assert [m.affected for m in found] == expected, [(m.affected, m.sentence) for m in found]
    assert len({m.measure_id for m in found}) == len(found)
    assert len({(m.imposer, m.action, m.instrument, str(m.date)) for m in found}) == 1


@pytest.mark.parametrize("text", [
    "Washington delayed its tariffs on Mexican avocados until April 2.",
    "The ministry suspended the duties on Australian barley through May 15.",
])
def test_a_date_the_measure_runs_to_is_not_its_own(measures, text):
    """ "until April 2": when the measure lapses, not when it was decided (and never last year's April)."""
    m = one(measures(text, published=date(2026, 3, 9)))
    assert m.date is None or m.date >= date(2026, 3, 1), (m.date, m.date_precision)


def test_evidence_span_and_contract(measures):
    m = one(measures("Mexico imposed a 20 per cent tariff on American apples on Monday."))
    record = m.to_dict()
    assert record["kind"] == "measure" and record["measure_id"] == m.measure_id
    assert record["evidence"] == "imposed a 20 per cent tariff on American apples"
    assert record["sentence"][slice(*record["trigger_span"])] == "imposed"
    assert record["products"] == [{"text": "apples", "hs": "0808", "hs_level": 4, "rate": 20.0,
                                   "rate_unit": "percent"}]
    assert record["rule"] == "action.impose/instrument.tariff"


def test_measure_ids_are_stable(measures):
    first = [m.measure_id for m in measures(DISPUTE)]
    assert first == [m.measure_id for m in measures(DISPUTE)]


# --- the demo corpus ------------------------------------------------------------------------------
def test_demo_corpus_yields_the_dispute_measures(pipeline):
    files = [str(p) for p in sorted(data_path("demo").iterdir()) if p.suffix != ".md"]
    found = [m for r in pipeline.run(iter_documents(files, IngestOptions())) for m in r.measures]
    summary = {(m.imposer, m.affected, m.action, m.cameo, tuple(sorted(goods(m).values(), key=str)))
               for m in found}
    assert ("CHN", "CAN", "lower", "085", ("0203",)) in summary  # pork cut to 10 per cent
    # announced for a day ("will impose ... from August 1") is decided (issue 12, item 6); announced
    # without one ("would reduce"): intent codes, as the coder
    assert ("USA", "CAN", "impose", "163", ("8708",)) in summary  # 15 per cent on auto parts
    assert ("USA", "CAN", "lower", "0354", ("8708",)) in summary  # ... cut to 5 per cent
    assert ("CAN", "CHN", "extend", "163", ("72",)) in summary  # surtax extended to more steel
    threats = [m for m in found if m.action == "threaten"]
    assert threats and all((m.imposer, m.affected, m.cameo) == ("USA", "CAN", "1312") for m in threats)
    raised = [m for m in found if m.imposer == "CHN" and "0306" in goods(m).values()]
    assert len(raised) == 1 and raised[0].effective_date == date(2026, 10, 1)
    cause = next(m for m in found if m.measure_id == raised[0].in_response_to)
    assert (cause.imposer, cause.action) == ("CAN", "extend")
    assert all(m.imposer != m.affected for m in found)


def test_measure_code_does_not_read_shared_data():
    package = Path(data_path("measures")).parent.parent / "measures"
    for source in package.rglob("*.py"):
        assert "../shared" not in source.read_text(encoding="utf-8"), source


def test_measures_and_events_tell_one_story(pipeline):
    """The measure takes the code the coder gave its act; an act the coder missed gets its event."""
    from detente.ingest.readers import make_document

    text = ("China will lift its duties on Canadian canola meal next month. "
            "Canada's surtax on Chinese steel took effect on Friday.")
    document = make_document(text, "t", IngestOptions(), published=date(2026, 3, 20))
    result = next(pipeline.run([document]))
    by_sentence = {m.sentence_index: m for m in result.measures}
    assert by_sentence[0].cameo == "0354"
    assert by_sentence[1].cameo == "163"
    for measure in result.measures:
        partners = [e for e in result.events
                    if e.sentence_index == measure.sentence_index and e.cameo == measure.cameo]
        assert partners, measure


def test_a_measure_the_coder_missed_yields_its_event(pipeline):
    from detente.ingest.readers import make_document

    # the passive names no exempting state to the coder (the active is yield.exempt_from)
    document = make_document("Chinese electric vehicles were exempted from Canada's surtax on Monday.", "t",
                             IngestOptions(), published=date(2026, 3, 20))
    result = next(pipeline.run([document]))
    [measure] = result.measures
    implied = [e for e in result.events if e.rule.startswith("measure:")]
    assert [(e.cameo, e.source.code, e.target.code, e.date) for e in implied] == [
        ("085", "CAN", "CHN", date(2026, 3, 16))]
    assert measure.cameo == "085"
