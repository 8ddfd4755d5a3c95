"""The scraped state-visit page this project was made for, coded end to end.

src/detente/data/demo/2026-01-15-carney-beijing-visit-scraped.txt is the page as scraped
(menus, empty byline, "[See more: ...]" links kept), published 2026-01-15. It goes through
the same ingest path as `detente code` (file name -> publication date, text hygiene, the
pipeline), and each case below is one thing an analyst of Canada-China relations expects
from it: the CAMEO code or root, who acts on whom (country, and sector where the page makes
it plain), and the event's own date. The events are listed in data/demo/EXPECTED.md.

Every case passes: a change of coding that loses one of them fails the suite.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from detente.data import data_path
from detente.demo import SCRAPED_PAGE
from detente.ingest import IngestOptions, iter_documents
from detente.model import Actor, CodedDocument, Event, Measure

PUBLISHED = date(2026, 1, 15)


@dataclass(frozen=True)
class Expect:
    """An event the page states, in the sentence that holds ``words``."""

    words: str
    code: str  # a CAMEO code or its prefix: "036" is 036 or a subcode, "03" any 03x
    source: str  # "CAN" (any sector) or "CANGOV" (country and sector)
    target: str
    when: str  # "2026-01-16", "2025-10", "2018", a range "2026-01-14..2026-01-15", or "..2025-12-31"
    # (undated or no later than: a background act whose date the page does not give)
    either_way: bool = False  # a meeting or agreement between the two: either may be the source


@dataclass(frozen=True)
class Absent:
    """What the sentence holding ``words`` must not be coded as: an event whose code starts
    with one of ``codes`` (from ``source`` to ``target`` when given), or whose trigger holds
    ``trigger``."""

    words: str
    codes: tuple[str, ...] = ()
    trigger: str | None = None
    source: str | None = None
    target: str | None = None

    def forbids(self, event: Event) -> bool:
        dyad = (self.source is None or _fits(event.source, self.source)) and (
            self.target is None or _fits(event.target, self.target))
        return (bool(self.codes) and event.cameo.startswith(self.codes) and dyad) or (
            self.trigger is not None and self.trigger in event.trigger.lower())


@dataclass(frozen=True)
class ExpectMeasure:
    """A trade measure: who imposes it on whom, the goods (HS prefixes), its year, and
    whether it is linked to the measure it answers."""

    words: str
    imposer: str
    affected: str
    hs: tuple[str, ...]
    year: int | None  # None: the page gives no date; undated or earlier than the page, never its date
    answers: bool


CASES = [
    pytest.param(Expect("signalled a willingness to deepen", "03", "CHN", "CAN", "2026-01-15"),
                 id="03x CHN->CAN 2026-01-15: China signals willingness to deepen cooperation on Thursday"),
    pytest.param(Expect("signalled a willingness to deepen", "03", "CAN", "CHN", "2026-01-15"),
                 id="03x CAN->CHN 2026-01-15: Canada signals willingness to deepen cooperation on Thursday"),
    pytest.param(Expect("hosted Canadian Prime Minister", "043", "CHNGOV", "CANGOV", "2026-01-15"),
                 id="043 CHNGOV->CANGOV 2026-01-15: Beijing officials host Carney for talks"),
    pytest.param(Expect("China was ready to strengthen cooperation", "03", "CHN", "CAN", "2026-01-15"),
                 id="03x CHN->CAN 2026-01-15: Li tells Carney China is ready to strengthen cooperation"),
    pytest.param(Expect("four-day state visit", "042", "CANGOV", "CHN", "2026-01-14..2026-01-15"),
                 id="042 CANGOV->CHN 2026-01-14: Carney's four-day state visit to China"),
    pytest.param(Expect("follows a meeting with President Xi", "04", "CANGOV", "CHNGOV", "2025-10", either_way=True),
                 id="04x CANGOV<->CHNGOV 2025-10: the meeting with Xi in South Korea last October"),
    pytest.param(Expect("scheduled to meet again with Xi", "036", "CANGOV", "CHNGOV", "2026-01-16"),
                 id="036 CANGOV->CHNGOV 2026-01-16: He (Carney) is to meet Xi again on Friday"),
    pytest.param(Expect("heartened by the leadership of President Xi", "051", "CANGOV", "CHNGOV", "2026-01-15"),
                 id="051 CANGOV->CHNGOV 2026-01-15: Carney praises Xi's leadership"),
    pytest.param(Expect("in a meeting in Beijing", "04", "CANGOV", "CHNLEG", "2026-01-15", either_way=True),
                 id="04x CANGOV<->CHNLEG 2026-01-15: Carney meets top legislator Zhao Leji in Beijing"),
    pytest.param(Absent("No breakthroughs have been publicly announced", codes=("057",), trigger="breakthrough"),
                 id="no 057 in 2026-01-15: no breakthrough announced is no agreement"),
    pytest.param(Expect("China last year imposed tariffs", "163", "CHN", "CAN", "2025"),
                 id="163 CHN->CAN 2025: China's tariffs on Canadian pork, canola and seafood last year"),
    pytest.param(Expect("steep Canadian duties on Chinese electric vehicles", "163", "CAN", "CHN", "..2025-12-31"),
                 id="163 CAN->CHN before 2026: Canadian duties on Chinese EVs, steel and aluminium"),
    pytest.param(Expect("Thursday’s talks culminated in the signing", "057", "CAN", "CHN", "2026-01-15",
                        either_way=True),
                 id="057 CAN<->CHN 2026-01-15: Thursday's talks end in the signing of cooperation documents"),
    pytest.param(Expect("has also met with several business leaders", "04", "CANGOV", "CHNBUS",
                        "2026-01-14..2026-01-15"),
                 id="04x CANGOV->CHNBUS 2026-01-14: Carney meets business leaders since arriving on Wednesday"),
    pytest.param(Expect("Beijing was prepared to strengthen communication", "03", "CHN", "CAN", "2026-01-15"),
                 id="03x CHN->CAN 2026-01-15: Wang, a turning point; Beijing prepared to strengthen communication"),
    pytest.param(Expect("2018 detention of Huawei executive Meng Wanzhou", "173", "CAN", "CHN", "2018"),
                 id="173 CAN->CHN 2018: the 2018 detention of Meng Wanzhou, dated 2018"),
    pytest.param(Expect("with US President Trump now threatening", "13", "USAGOV", "CAN", "2026-01-15"),
                 id="13x USAGOV->CAN 2026-01-15: Trump threatens his northern neighbour"),
    pytest.param(Absent("Ottawa is working to forge new ties", codes=("0",), source="CAN", target="USA"),
                 id="no cooperation CAN->USA 2026-01-15: Ottawa forges ties with non-US markets, not with the US"),
    pytest.param(Absent("See more", codes=("",)),
                 id="no event from the page's '[See more: ...]' links to other stories"),
]
MEASURE_CASES = [
    pytest.param(ExpectMeasure("China last year imposed tariffs", "CHN", "CAN", ("0203", "1205", "03"), 2025, True),
                 id="measure CHN->CAN 2025: tariffs on pork [0203], canola [1205], seafood [03], in response"),
    pytest.param(ExpectMeasure("steep Canadian duties", "CAN", "CHN", ("8703", "72", "76"), None, False),
                 id="measure CAN->CHN: duties on EVs [8703], steel [72], aluminium [76]"),
]


@pytest.fixture(scope="module")
def page(pipeline) -> CodedDocument:
    """The page through `detente code`'s path: the file (its name gives the date) and the pipeline."""
    path = data_path("demo") / SCRAPED_PAGE
    (coded,) = list(pipeline.run(iter_documents([str(path)], IngestOptions())))
    assert coded.error is None and coded.document is not None
    assert coded.document.published == PUBLISHED
    return coded


def _in_sentence(words: str, records: list[Event] | list[Measure]) -> list:
    return [r for r in records if words in r.sentence]


def _country(actor: Actor | None) -> str:
    return (actor.country or (actor.code or "")[:3]) if actor else "-"


def _fits(actor: Actor | None, wanted: str) -> bool:
    if _country(actor) != wanted[:3]:
        return False
    return len(wanted) == 3 or (actor is not None and actor.sector == wanted[3:])


def _dated(event: Event, when: str) -> bool:
    if ".." in when:
        low, high = when.split("..")
        if event.date is None:
            return not low  # "..2025-12-31": undated, or no later than that
        return (not low or event.date >= date.fromisoformat(low)) and (
            not high or event.date <= date.fromisoformat(high))
    if event.date is None:
        return False
    if len(when) == 4:
        return event.date.year == int(when)
    if len(when) == 7:
        return event.date.isoformat()[:7] == when and event.date_precision != "year"
    return event.date == date.fromisoformat(when)


def _matches(event: Event, expect: Expect) -> bool:
    forward = _fits(event.source, expect.source) and _fits(event.target, expect.target)
    backward = expect.either_way and _fits(event.source, expect.target) and _fits(event.target, expect.source)
    return event.cameo.startswith(expect.code) and (forward or backward) and _dated(event, expect.when)


def _describe(events: list[Event]) -> str:
    return "; ".join(f"{e.cameo} {e.source.code if e.source else '-'}->{e.target.code if e.target else '-'} "
                     f"{e.date} ({e.rule}: '{e.trigger}')" for e in events) or "no event"


@pytest.mark.parametrize("case", CASES)
def test_what_an_analyst_expects(page: CodedDocument, case: Expect | Absent) -> None:
    events = _in_sentence(case.words, page.events)
    if isinstance(case, Absent):
        wrong = [e for e in events if case.forbids(e)]
        assert not wrong, f"coded {_describe(wrong)}"
        return
    assert any(case.words in s for s in page.sentences), f"no sentence holds {case.words!r}"
    assert any(_matches(e, case) for e in events), f"the sentence is coded as: {_describe(events)}"


@pytest.mark.parametrize("case", MEASURE_CASES)
def test_the_trade_measures(page: CodedDocument, case: ExpectMeasure) -> None:
    measures = [m for m in _in_sentence(case.words, page.measures)
                if (m.imposer, m.affected) == (case.imposer, case.affected)]
    assert measures, f"no measure {case.imposer} -> {case.affected} in {[m.sentence for m in page.measures]}"
    measure = measures[0]
    codes = [p.hs or "" for p in measure.products]
    assert all(any(code.startswith(hs) for code in codes) for hs in case.hs), codes
    if case.year is None:
        assert measure.date is None or measure.date.year < PUBLISHED.year, measure.date
    else:
        assert measure.date is not None and measure.date.year == case.year, measure.date
    assert bool(measure.in_response_to) == case.answers
    if case.answers:
        answered = {m.measure_id: m for m in page.measures}[measure.in_response_to or ""]
        assert (answered.imposer, answered.affected) == (case.affected, case.imposer)
