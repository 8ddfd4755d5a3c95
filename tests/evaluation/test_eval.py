"""`detente eval`: gold readers, metrics on hand-computed cases, the report and the CLI."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from detente.evaluation import RecordResult, evaluate, format_report, read_gold, score
from detente.evaluation.gold import GoldFileError, normalise_sector, parse_actor_code
from detente.evaluation.score import align, ranked
from detente.model import Actor, Event
from detente.ontology import Ontology

# --- helpers -------------------------------------------------------------------------------


def actor(code: str | None) -> Actor | None:
    """An Actor from a CAMEO-style code: "CANGOV" -> CAN + GOV, "IGOUNO" -> no country."""
    if code is None:
        return None
    country = None if code.startswith("IGO") else code[:3]
    return Actor(text=code, code=code, country=country, sector=code[3:] or None)


def event(cameo: str, source: str | None = None, target: str | None = None, start: int = 0) -> Event:
    return Event(doc_id="d", sentence_index=0, sentence="s", cameo=cameo, trigger=f"t{cameo}",
                 rule=f"r{cameo}", source=actor(source), target=actor(target), trigger_start=start,
                 root=cameo[:2], plover=Ontology.load().nearest(cameo).plover)


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


CAMEO_GOLD = [
    {"id": "r1", "text": "Canada's prime minister visited China.", "published": "2026-01-14",
     "events": [{"source": "CANGOV", "target": "CHN", "cameo": "042"}]},
    {"id": "r2", "text": "The United States accused Russia.", "events": [
        {"source": "USA", "target": "RUS", "cameo": "112"}]},
    {"id": "r3", "text": "Israeli forces fought Palestinian militants.", "events": [
        {"source": "ISR", "target": "PSE", "cameo": "190"}]},
    {"id": "r4", "text": "The weather was fine.", "events": []},
    {"id": "r5", "text": "Canada offered talks as China arrested a Canadian.", "events": [
        {"source": "CAN", "target": "CHN", "cameo": "036"},
        {"source": "CHN", "target": "CAN", "cameo": "173"}]},
]
CAMEO_PREDICTED = {
    "r1": [event("042", "CANGOV", "CHN")],
    "r2": [event("010", "USA", start=0), event("111", "USA", "UKR", start=5)],
    "r3": [],
    "r4": [event("042", "FRA", "DEU")],
    "r5": [event("173", "CHN", "CANCVL")],
}

PLOVER_GOLD = [
    {"id": "PLOVER-GSR01-DOCUMENT-0001", "event": "DOCUMENT", "comment": "documentation"},
    {"id": "P1", "date": "2000-01-01", "event": "AGREE", "target": "",
     "source": [{"actorText": "Hungarian", "code": "HUN", "sector": "GOV"},
                {"actorText": "Romanian", "code": "ROU", "sector": "GOV"}],
     "text": "Hungarian and Romanian officials agreed to cooperate.",
     "textInfo": {"markup": "(SRC/TAR: Hungarian) and (SRC/TAR: Romanian) officials (EVT: agreed)"}},
    {"id": "P2", "date": "2000-01-01", "event": "DEMAND", "context": "x",
     "source": [{"actorText": "APEC", "code": "IGO"}], "target": [{"actorText": "Tokyo", "code": "JAP"}],
     "text": "APEC demanded that Tokyo open its markets."},
    {"id": "P3", "date": "2000-01-01", "event": "PROTEST",
     "source": [{"actorText": "Albanians", "code": "PSE", "sector": "CVLalb"}],
     "target": [{"actorText": "Israel", "code": "ISR", "sector": "***"}],
     "text": "Palestinians marched against Israel."},
    {"id": "P4", "date": "2000-01-01", "event": "THREATEN", "source": [{"actorText": "US", "code": "USA"}],
     "target": [{"actorText": "Iraq", "code": "IRQ"}], "text": "The US threatened Iraq."},
]
PLOVER_PREDICTED = {
    "P1": [event("030", "HUNGOV", "ROUGOV")],
    "P2": [event("010", "IGOUNO", start=0), event("1011", None, "JPN", start=3)],
    "P3": [],
    "P4": [event("112", "USA", "IRQ")],
}


@dataclass
class FakeCoded:
    events: list[Event] = field(default_factory=list)
    error: object = None


class FakePipeline:
    """Stands in for the coder: returns fixed events per document id."""

    def __init__(self, predicted: dict[str, list[Event]]) -> None:
        self.predicted = predicted

    def run(self, items):
        for item in items:
            yield FakeCoded(self.predicted.get(item.doc_id, []))


def figures(report, name: str) -> tuple[int, int, int, float, float, float]:
    m = report.metrics[name]
    return (m.correct, m.predicted, m.gold, round(m.precision, 4), round(m.recall, 4), round(m.f1, 4))


# --- readers -------------------------------------------------------------------------------


def test_plover_json_reader_skips_document_and_normalises(tmp_path: Path) -> None:
    path = tmp_path / "gold.txt"
    path.write_text("  \n" + json.dumps(PLOVER_GOLD, indent=1), encoding="utf-8")
    gold = read_gold(path)
    assert gold.fmt == "plover-json"
    assert [r.record_id for r in gold.records] == ["P1", "P2", "P3", "P4"]
    p1, p2, p3 = gold.records[0].events[0], gold.records[1].events[0], gold.records[2].events[0]
    assert gold.records[0].published.isoformat() == "2000-01-01"
    assert p1.countries("source") == {"HUN", "ROU"}
    assert p1.countries("target") == {"HUN", "ROU"}  # SRC/TAR: each side is the other's target
    assert p1.sectors("source") == {"GOV"}
    assert p2.countries("source") == set() and p2.countries("target") == {"JPN"}
    assert p2.plover == "REQUEST"  # the gold standard's DEMAND, read in PLOVER 1.0's name
    assert p3.sectors("source") == {"CVL"} and p3.sectors("target") == set()
    assert not gold.has_cameo


def test_jsonl_reader_codes_and_plover_from_cameo(tmp_path: Path) -> None:
    gold = read_gold(write_jsonl(tmp_path / "gold.jsonl", CAMEO_GOLD))
    assert gold.fmt == "jsonl" and gold.has_cameo
    first = gold.records[0].events[0]
    assert (first.cameo, first.root, first.plover) == ("042", "04", "CONSULT")
    assert first.countries("source") == {"CAN"} and first.sectors("source") == {"GOV"}
    assert gold.records[3].events == []
    plover_only = tmp_path / "plover.jsonl"
    write_jsonl(plover_only, [{"id": 1, "text": "x", "events": [{"source": "US", "target": None,
                                                                  "plover": "sanction"},
                                                                 {"plover": "FIGHT"}]}])
    event_, fight = read_gold(plover_only).records[0].events
    assert (event_.plover, event_.cameo, event_.countries("source")) == ("SANCTION", None, {"USA"})
    assert fight.plover == "ASSAULT"  # older names are read as PLOVER 1.0's


@pytest.mark.parametrize(("code", "country", "sector"), [
    ("CANGOV", "CAN", "GOV"), ("USA", "USA", None), ("JAP", "JPN", None), ("ITLMIL", "ITA", "MIL"),
    ("IGOUNO", None, None), ("IGO", None, None), ("GOV", None, "GOV"),
])
def test_actor_codes(code: str, country: str | None, sector: str | None) -> None:
    found = parse_actor_code(code)
    assert (found.country, found.sector) == (country, sector)


def test_sector_spellings() -> None:
    assert [normalise_sector(s) for s in ("CVLalb", "***", "REFKUR", "CIV", "", None)] == [
        "CVL", None, "REF", "CVL", None, None]


@pytest.mark.parametrize(("content", "detail"), [
    ("", "the file is empty"),
    ("hello", "expected a JSON array"),
    ("[{\"id\": 1,", "invalid JSON"),
    ('[{"id": "x", "event": "AGREE"}]', "record 1 (x): no 'text'"),
    ('{"id": 1, "text": "t", "events": [{"cameo": "abc"}]}', "line 1 event 1: CAMEO code 'abc'"),
    ('[{"id": "x", "event": "CRIME", "text": "t"}]', "record 1 (x): unknown PLOVER type 'CRIME'"),
    ('{"id": 1, "text": "t", "events": [{"plover": "FIHGT"}]}', "line 1 event 1: unknown PLOVER type 'FIHGT'"),
])
def test_unreadable_gold_is_e017(tmp_path: Path, content: str, detail: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"\[E017\]") as info:
        read_gold(path)
    assert detail in str(info.value)


def test_missing_gold_is_e017(tmp_path: Path) -> None:
    with pytest.raises(GoldFileError, match=r"\[E017\] Gold file .*missing.jsonl could not be read"):
        read_gold(tmp_path / "missing.jsonl")


# --- choosing events -----------------------------------------------------------------------


def test_ranked_puts_statements_last() -> None:
    statement, act = event("010", start=0), event("111", start=5)
    assert ranked([statement, act]) == [act, statement]


def test_align_pairs_best_agreement_first(tmp_path: Path) -> None:
    gold = read_gold(write_jsonl(tmp_path / "g.jsonl", CAMEO_GOLD)).records[4].events
    arrest = event("173", "CHN", "CAN")
    assert align(gold, [arrest]) == [None, arrest]  # the arrest is not spent on the talks


# --- metrics (hand-computed) ---------------------------------------------------------------


def test_cameo_gold_metrics(tmp_path: Path) -> None:
    report = evaluate(write_jsonl(tmp_path / "g.jsonl", CAMEO_GOLD), FakePipeline(CAMEO_PREDICTED))
    assert (report.records, report.gold_events, report.failed) == (5, 5, 0)
    assert figures(report, "event_present") == (3, 4, 4, 0.75, 0.75, 0.75)
    assert figures(report, "plover_any") == (3, 4, 5, 0.75, 0.6, 0.6667)
    assert figures(report, "plover_first") == (3, 4, 4, 0.75, 0.75, 0.75)
    assert figures(report, "root_any") == (3, 4, 5, 0.75, 0.6, 0.6667)
    assert figures(report, "root_first") == (3, 4, 4, 0.75, 0.75, 0.75)
    assert figures(report, "code_any") == (2, 4, 5, 0.5, 0.4, 0.4444)
    assert figures(report, "code_first") == (2, 4, 4, 0.5, 0.5, 0.5)
    assert figures(report, "source_country") == (3, 3, 5, 1.0, 0.6, 0.75)
    assert figures(report, "target_country") == (2, 3, 5, 0.6667, 0.4, 0.5)
    assert figures(report, "source_sector") == (1, 1, 1, 1.0, 1.0, 1.0)
    assert figures(report, "target_sector") == (0, 1, 0, 0.0, 0.0, 0.0)
    assert dict(report.confusion) == {("04", "04"): 1, ("11", "11"): 1, ("19", "none"): 1,
                                      ("none", "04"): 1, ("03", "17"): 1, ("17", "17"): 1}
    assert [(e.record.record_id, e.kinds) for e in report.errors] == [
        ("r2", ["wrong code", "target country"]), ("r3", ["missed"]), ("r4", ["false alarm"]),
        ("r5", ["missed"])]


def test_plover_gold_metrics(tmp_path: Path) -> None:
    path = tmp_path / "gsr.txt"
    path.write_text(json.dumps(PLOVER_GOLD), encoding="utf-8")
    report = evaluate(path, FakePipeline(PLOVER_PREDICTED))
    assert "root_any" not in report.metrics
    assert figures(report, "event_present") == (3, 3, 4, 1.0, 0.75, 0.8571)
    assert figures(report, "plover_any") == (2, 3, 4, 0.6667, 0.5, 0.5714)
    assert figures(report, "plover_first") == (2, 3, 4, 0.6667, 0.5, 0.5714)
    assert figures(report, "source_country") == (2, 2, 3, 1.0, 0.6667, 0.8)
    assert figures(report, "target_country") == (3, 3, 4, 1.0, 0.75, 0.8571)
    assert figures(report, "source_sector") == (1, 1, 2, 1.0, 0.5, 0.6667)
    assert figures(report, "target_sector") == (1, 1, 1, 1.0, 1.0, 1.0)
    assert dict(report.confusion) == {("AGREE", "AGREE"): 1, ("REQUEST", "REQUEST"): 1,
                                      ("PROTEST", "none"): 1, ("THREATEN", "ACCUSE"): 1}
    assert [(e.record.record_id, e.kinds) for e in report.errors] == [
        ("P3", ["missed"]), ("P4", ["wrong type"])]
    assert evaluate(path, FakePipeline(PLOVER_PREDICTED), limit=2).records == 2


def test_coding_failure_counts_as_no_event(tmp_path: Path) -> None:
    gold = read_gold(write_jsonl(tmp_path / "g.jsonl", CAMEO_GOLD[:1]))
    report = score(gold, [RecordResult(gold.records[0], [], error="r1: coding failed")])
    assert report.failed == 1 and report.metrics["event_present"].correct == 0
    assert report.errors[0].kinds == ["failed", "missed"]


def test_text_report_and_errors(tmp_path: Path) -> None:
    report = evaluate(write_jsonl(tmp_path / "g.jsonl", CAMEO_GOLD), FakePipeline(CAMEO_PREDICTED))
    text = format_report(report, errors=True)
    lines = text.splitlines()
    assert "full code, any             2      4      5  0.500  0.400  0.444" in lines
    assert "19      .    .    .    1" in lines  # 19 -> none
    assert "[wrong code, target country] r2" in lines
    assert "  gold: 112 ACCUSE  source=USA  target=RUS" in lines
    assert '  pred: 111 ACCUSE  source=USA  target=UKR  rule=r111  trigger="t111"  <- matched' in lines
    assert "errors:" not in format_report(report)


# --- CLI ----------------------------------------------------------------------------------


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch):
    import detente.pipeline

    def install(predicted: dict[str, list[Event]]) -> None:
        monkeypatch.setattr(detente.pipeline, "Pipeline", lambda options=None: FakePipeline(predicted))
    return install


def test_cli_text(tmp_path: Path, fake_pipeline) -> None:
    from detente.cli.evaluate import eval_command

    fake_pipeline(PLOVER_PREDICTED)
    path = tmp_path / "gsr.txt"
    path.write_text(json.dumps(PLOVER_GOLD), encoding="utf-8")
    result = CliRunner().invoke(eval_command, [str(path), "--errors"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == f"gold: {path} (plover-json): 4 sentences, 4 gold events, 0 failed to code"
    assert lines[2] == "metric               correct   pred   gold      P      R     F1"
    assert lines[3] == "event present              3      3      4  1.000  0.750  0.857"
    assert lines[4] == "PLOVER type, any           2      3      4  0.667  0.500  0.571"
    assert lines[6] == "source country             2      2      3  1.000  0.667  0.800"
    assert "THREATEN    .    .    1    ." in lines
    assert "[wrong type] P4" in lines


def test_cli_json_and_limit(tmp_path: Path, fake_pipeline) -> None:
    from detente.cli.evaluate import eval_command

    fake_pipeline(CAMEO_PREDICTED)
    path = write_jsonl(tmp_path / "g.jsonl", CAMEO_GOLD)
    result = CliRunner().invoke(eval_command, [str(path), "--format", "json", "--limit", "2"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["records"] == 2
    assert data["metrics"]["code_any"] == {"correct": 1, "predicted": 2, "gold": 2, "precision": 0.5,
                                           "recall": 0.5, "f1": 0.5, "accuracy": 0.5}
    assert "errors" not in data


def test_cli_unreadable_gold(tmp_path: Path) -> None:
    from detente.cli.evaluate import eval_command

    result = CliRunner().invoke(eval_command, [str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "Error: [E017] Gold file" in result.output


# --- with the real coder --------------------------------------------------------------------


def test_evaluate_with_the_coder(tmp_path: Path, pipeline) -> None:
    path = write_jsonl(tmp_path / "g.jsonl", [
        {"id": "a", "text": "Chinese police arrested a Canadian citizen in Shenyang on Monday.",
         "published": "2026-08-27", "events": [{"source": "CHNCOP", "target": "CANCVL", "cameo": "173"}]},
        {"id": "b", "text": "The weather in Ottawa was mild on Monday.", "events": []},
    ])
    report = evaluate(path, pipeline)
    assert (report.records, report.gold_events, report.failed) == (2, 1, 0)
    assert report.metrics["code_any"].correct == 1
    assert report.metrics["source_country"].correct == 1
    assert report.metrics["target_country"].correct == 1
