"""The dyad series on a small known corpus: exact numbers, directions, filters, CLI output."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner

from detente.analysis.dyad import build_series, dyad_series, empty_periods, period_label
from detente.cli import cli
from detente.model import Actor, CodedDocument, Document, Event, stable_hash
from detente.ontology import Ontology
from detente.store import Store


def _doc(doc_id: str, published: date | None, source: str | None) -> Document:
    text = f"Story {doc_id}."
    return Document(doc_id=doc_id, text=text, published=published, source=source, origin=doc_id,
                    content_hash=stable_hash(text, length=32))


def _ev(document: Document, index: int, cameo: str, source: str, target: str, when: date | None,
        precision: str | None) -> Event:
    info = Ontology.load()[cameo]
    actor = lambda code: Actor(code, code, code[:3], code[3:] or None)  # noqa: E731
    event = Event(doc_id=document.doc_id, sentence_index=index, sentence=f"{source} {cameo} {target}.",
                  cameo=cameo, trigger="t", rule="test", source=actor(source), target=actor(target),
                  published=document.published, date=when, date_precision=precision, root=info.root,
                  quad_class=info.quad_class, goldstein=info.goldstein)
    event.event_id = stable_hash(document.doc_id, index)
    return event


def build_corpus(path) -> None:
    """Six CAN-CHN events (one reported twice), one USA-CAN event and one undated event."""
    a = _doc("a", date(2026, 1, 10), "Alpha")
    b = _doc("b", date(2026, 1, 11), "Beta")
    c = _doc("c", date(2026, 3, 5), "Alpha")
    d = _doc("d", date(2026, 3, 20), "Beta")
    e = _doc("e", None, None)
    batch = [
        (a, [_ev(a, 0, "040", "CANGOV", "CHNGOV", date(2026, 1, 9), "day"),
             _ev(a, 1, "057", "CHN", "CAN", date(2026, 1, 9), "day")]),
        (b, [_ev(b, 0, "057", "CHN", "CAN", date(2026, 1, 10), "day")]),  # the same signing
        (c, [_ev(c, 0, "163", "CHN", "CAN", date(2026, 3, 5), "published"),
             _ev(c, 1, "112", "CANGOV", "CHN", date(2026, 3, 5), "published"),
             _ev(c, 2, "163", "USA", "CAN", date(2026, 3, 5), "published")]),
        (d, [_ev(d, 0, "036", "CAN", "CHN", date(2026, 4, 1), "month"),
             _ev(d, 1, "111", "CHN", "CANGOV", date(2026, 3, 19), "day")]),
        (e, [_ev(e, 0, "051", "CAN", "CHN", None, None)]),
    ]
    with Store(path) as store:
        for document, events in batch:
            store.save_batch([CodedDocument(document, events, [x.sentence for x in events])])


@pytest.fixture
def corpus_db(db_path):
    build_corpus(db_path)
    return db_path


def rows(series):
    return [(p.label, p.events, p.mentions, p.by_quad, round(p.goldstein_sum, 2),
             None if p.goldstein_mean is None else round(p.goldstein_mean, 2), p.top_codes())
            for p in series.periods]


def test_the_monthly_series_counts_each_event_once_in_both_directions(corpus_db):
    with Store(corpus_db, read_only=True) as store:
        series = dyad_series(store, "CAN", "CHN", by="month")
    assert rows(series) == [
        ("2026-01", 2, 3, [2, 0, 0, 0], 9.0, 4.5, [("040", 1), ("057", 1)]),
        ("2026-02", 0, 0, [0, 0, 0, 0], 0.0, None, []),
        ("2026-03", 3, 3, [0, 0, 2, 1], -12.0, -4.0, [("111", 1), ("112", 1), ("163", 1)]),
        ("2026-04", 1, 1, [1, 0, 0, 0], 4.0, 4.0, [("036", 1)]),
    ]
    assert (len(series.events), series.mentions, series.undated) == (6, 7, 1)
    assert series.turning_points == [] and series.penalty is None  # three active months are too few


def test_directed_keeps_the_first_actor_as_source(corpus_db):
    with Store(corpus_db, read_only=True) as store:
        forward = dyad_series(store, "CAN", "CHN", directed=True)
        backward = dyad_series(store, "CHN", "CAN", directed=True)
    assert [e["cameo"] for e in forward.events] == ["040", "112", "036"]
    assert [e["cameo"] for e in backward.events] == ["057", "163", "111"]
    assert forward.undated == 1 and backward.undated == 0


def test_actor_codes_select_a_sector_and_dates_bound_the_series(corpus_db):
    with Store(corpus_db, read_only=True) as store:
        government = dyad_series(store, "CANGOV", "CHN")
        spring = dyad_series(store, "CAN", "CHN", by="week", since=date(2026, 3, 1), until=date(2026, 3, 31))
    assert [e["cameo"] for e in government.events] == ["040", "112", "111"]
    assert [(p.label, p.events) for p in spring.periods] == [
        ("2026-W09", 0), ("2026-W10", 2), ("2026-W11", 0), ("2026-W12", 1), ("2026-W13", 0), ("2026-W14", 0)]
    assert spring.periods[0].start == date(2026, 2, 23)  # weeks start on Monday


def test_period_labels_and_boundaries():
    assert [period_label(p.start, "week") for p in empty_periods(date(2025, 12, 28), date(2026, 1, 5), "week")] == [
        "2025-W52", "2026-W01", "2026-W02"]
    assert [p.label for p in empty_periods(date(2025, 11, 30), date(2026, 1, 1), "month")] == [
        "2025-11", "2025-12", "2026-01"]
    assert [(p.label, p.end) for p in empty_periods(date(2024, 2, 10), date(2025, 1, 1), "year")] == [
        ("2024", date(2024, 12, 31)), ("2025", date(2025, 12, 31))]


def test_cli_table_is_exact(corpus_db):
    result = CliRunner().invoke(cli, ["dyad", "can", "CHN", "--db", str(corpus_db)])
    assert result.exit_code == 0, result.output
    assert result.output == """\
CAN-CHN, both directions, by month, 2026-01 to 2026-04: 6 events from 7 mentions (1 undated left out)

period   events  verb.coop  mat.coop  verb.conf  mat.conf  Goldstein   mean  top codes
2026-01       2          2         0          0         0       +9.0  +4.50  040 (1), 057 (1)
2026-02       0          0         0          0         0        0.0      -
2026-03       3          0         0          2         1      -12.0  -4.00  111 (1), 112 (1), 163 (1)
2026-04       1          1         0          0         0       +4.0  +4.00  036 (1)

Codes:
  036  Express intent to meet or negotiate
  040  Consult, not specified below
  057  Sign formal agreement
  111  Criticize or denounce
  112  Accuse, not specified below
  163  Impose embargo, boycott, or sanctions

Turning points: none (too few months with events to look for them)
"""


def test_cli_csv_and_json(corpus_db):
    runner = CliRunner()
    csv_out = runner.invoke(cli, ["dyad", "CAN", "CHN", "--db", str(corpus_db), "--by", "year", "--format", "csv"])
    assert csv_out.output == (
        "period,start,end,events,mentions,verbal_cooperation,material_cooperation,verbal_conflict,"
        "material_conflict,goldstein_sum,goldstein_mean,top_codes,turning_point\n"
        "2026,2026-01-01,2026-12-31,6,7,3,0,2,1,1.0,0.1667,036:1;040:1;057:1,\n")
    data = json.loads(runner.invoke(cli, ["dyad", "CHN", "CAN", "--directed", "--db", str(corpus_db),
                                          "--format", "json"]).output)
    assert (data["directed"], data["events"], data["mentions"]) == (True, 3, 4)
    assert [(p["period"], p["events"], p["goldstein_sum"]) for p in data["periods"]] == [
        ("2026-01", 1, 8.0), ("2026-02", 0, 0.0), ("2026-03", 2, -10.0)]


def test_cli_rejects_bad_input(corpus_db, tmp_path):
    runner = CliRunner()
    bad_actor = runner.invoke(cli, ["dyad", "C@N", "CHN", "--db", str(corpus_db)])
    assert bad_actor.exit_code == 2 and "'C@N' is not an actor code" in bad_actor.output
    bad_day = runner.invoke(cli, ["dyad", "CAN", "CHN", "--since", "March", "--db", str(corpus_db)])
    assert bad_day.exit_code == 2 and "[E015] Invalid date 'March'" in bad_day.output
    missing = runner.invoke(cli, ["dyad", "CAN", "CHN", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1 and "no such file; run `detente code` first" in missing.output
    unknown = runner.invoke(cli, ["dyad", "FRA", "DEU", "--db", str(corpus_db)])
    assert (unknown.exit_code, unknown.stdout) == (1, "")
    assert unknown.stderr == (f"Error: [E020] No stored event or trade measure involves FRA or DEU; "
                              f"`detente actors codes --db {corpus_db}` lists the codes stored.\n")
    one_unknown = runner.invoke(cli, ["dyad", "XXX", "CHN", "--db", str(corpus_db)])
    assert one_unknown.exit_code == 1 and "involves XXX;" in one_unknown.stderr
    backwards = runner.invoke(cli, ["dyad", "CAN", "CHN", "--since", "2026-03-01", "--until", "2026-01-01",
                                    "--db", str(corpus_db)])
    assert backwards.exit_code == 2 and "--since 2026-03-01 is after --until 2026-01-01." in backwards.stderr


def test_cli_known_actors_without_events_between_them_print_an_empty_series(corpus_db):
    runner = CliRunner()
    apart = runner.invoke(cli, ["dyad", "USA", "CHN", "--db", str(corpus_db)])
    assert (apart.exit_code, apart.output) == (
        0, "USA-CHN, both directions, by month: 0 events from 0 mentions\nNo dated events for this dyad.\n")
    later = runner.invoke(cli, ["dyad", "CAN", "CHN", "--since", "2027-01-01", "--db", str(corpus_db)])
    assert (later.exit_code, later.output) == (
        0, "CAN-CHN, both directions, by month: 0 events from 0 mentions (1 undated left out)\n"
           "No dated events for this dyad from 2027-01-01.\n")


def test_build_series_rejects_an_unknown_period():
    with pytest.raises(ValueError, match="fortnight"):
        build_series([], "CAN", "CHN", by="fortnight")


def test_background_recalled_from_years_before_the_corpus_is_left_out_unless_asked(corpus_db):
    old = _doc("old", date(2026, 2, 1), "Gamma")
    recalled = _ev(old, 0, "173", "CHNGOV", "CAN", date(2018, 12, 10), "year")
    with Store(corpus_db) as store:
        store.save_batch([CodedDocument(old, [recalled], [recalled.sentence])])
        default = dyad_series(store, "CAN", "CHN", by="month")
        asked = dyad_series(store, "CAN", "CHN", by="year", since=date(2018, 1, 1))
    assert default.periods[0].label == "2026-01"
    assert [p.label for p in asked.periods] == ["2018", "2019", "2020", "2021", "2022", "2023", "2024",
                                                 "2025", "2026"]
    assert asked.periods[0].events == 1
