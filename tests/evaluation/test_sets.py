"""Set-level figures of `detente eval` (root and dyad P/R/F1 per sentence, no-event silence,
event sentences found), the dev set's halves, coding after context, and the CLI on a tiny
gold file with the real coder."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.evaluation.test_eval import event, write_jsonl

from detente.evaluation import GoldFileError, evaluate, read_gold
from detente.evaluation.coding import code_records, sentence_starts, target_events
from detente.evaluation.gold import story_half
from detente.evaluation.sets import (
    DYAD_RECALL_BAR,
    SINGLE_CODER_ROOT_F1,
    Dyad,
    GoldDyad,
    SetScores,
    agreement,
    format_sets,
    max_matching,
    party,
    score_sets,
)
from detente.model import CodedDocument, Document

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT / "tests" / "data" / "devset"


def figures(metric) -> tuple[int, int, int, float, float, float]:
    return (metric.correct, metric.predicted, metric.gold, round(metric.precision, 4), round(metric.recall, 4),
            round(metric.f1, 4))


# --- parties and matching -------------------------------------------------------------------


@pytest.mark.parametrize(("code", "expected"), [
    ("CANGOV", "CAN"), ("CAN", "CAN"), ("JAP", "JPN"), ("IGOUNO", "IGOUNO"), ("NGO", "NGO"), ("EURGOV", "EUR"),
    (None, "-"), ("", "-"),
])
def test_party(code: str | None, expected: str) -> None:
    assert party(code) == expected


def test_symmetric_events_match_either_direction() -> None:
    talks = GoldDyad("04", frozenset({"CAN"}), frozenset({"CHN"}), symmetric=True)
    accusation = GoldDyad("11", frozenset({"USA"}), frozenset({"RUS"}))
    assert talks.matches(Dyad("04", "CHN", "CAN")) and talks.matches(Dyad("04", "CAN", "CHN"))
    assert not accusation.matches(Dyad("11", "RUS", "USA"))
    assert not talks.matches(Dyad("03", "CAN", "CHN"))


def test_a_bare_organisation_kind_matches_any_of_its_kind() -> None:
    gold = GoldDyad("AGREE", frozenset({"IGO"}), frozenset({"JPN"}))
    assert gold.matches(Dyad("AGREE", "IGOAPC", "JPN"))
    assert not GoldDyad("AGREE", frozenset({"IGOUNO"}), frozenset({"JPN"})).matches(Dyad("AGREE", "IGOAPC", "JPN"))


def test_matching_is_one_to_one_and_maximal() -> None:
    """A symmetric gold event must not take the prediction the directed one needs."""
    gold = [GoldDyad("04", frozenset({"CAN"}), frozenset({"CHN"}), symmetric=True),
            GoldDyad("04", frozenset({"CAN"}), frozenset({"CHN"}))]
    assert max_matching(gold, [Dyad("04", "CAN", "CHN"), Dyad("04", "CHN", "CAN")]) == 2
    assert max_matching(gold, [Dyad("04", "CAN", "CHN")]) == 1
    assert max_matching(gold, [Dyad("04", "CAN", "CHN")] * 3) == 2


# --- figures on a hand-made set --------------------------------------------------------------

GOLD = [
    {"id": "s1", "text": "t", "events": [{"cameo": "042", "source": "CANGOV", "target": "CHN", "symmetric": True},
                                         {"cameo": "057", "source": "CAN", "target": "CHN", "symmetric": True}]},
    {"id": "s2", "text": "t", "events": [{"cameo": "112", "source": "USA", "target": "RUS"}]},
    {"id": "s3", "text": "t", "events": []},
    {"id": "s4", "text": "t", "events": []},
    {"id": "s5", "text": "t", "events": [{"cameo": "163", "source": "CHNGOV", "target": "CAN"},
                                         {"cameo": "163", "source": "CHN", "target": "CAN", "background": True}]},
    {"id": "s6", "text": "t", "events": [{"cameo": "0311", "source": "IGOUNO", "target": "SYR"}]},
    {"id": "s7", "text": "t", "events": [{"cameo": "190", "source": "ISR", "target": "PSE"}]},
    {"id": "s8", "text": "t", "events": [{"cameo": "036", "source": "CANGOV", "target": "CHNGOV"}]},
]
PREDICTED = {
    "s1": [event("043", "CHNGOV", "CANGOV"), event("057", "CANGOV", "CHNGOV")],  # both right (symmetric)
    "s2": [event("111", "RUSGOV", "USAGOV"), event("010", "USAGOV")],  # root 11 right, direction wrong
    "s3": [],  # silent: right
    "s4": [event("042", "FRAGOV", "DEUGOV")],  # a false alarm
    "s5": [event("163", "CHN", "CANBUS")],  # one of the two duties
    "s6": [event("031", "IGOUNO", "SYRGOV")],  # organisation compared whole
    "s7": [],  # missed
    "s8": [event("036", "CANGOV", "CHNGOV"), event("040", "CANGOV", "CHNGOV")],  # right, plus one more
}


def test_set_figures_by_hand(tmp_path: Path) -> None:
    gold = read_gold(write_jsonl(tmp_path / "g.jsonl", GOLD))
    scores = score_sets("root", [(r, PREDICTED[r.record_id]) for r in gold.records])
    # roots: gold 8 (2+1+2+1+1+1), predicted 9 (2+2+1+1+1+2), matched 6 (2+1+1+1+1)
    assert figures(scores.labels) == (6, 9, 8, 0.6667, 0.75, 0.7059)
    # dyads: s1 2 (one reversed, symmetric), s2 0 (directed, reversed), s5 1, s6 1, s8 1
    assert figures(scores.dyads) == (5, 9, 8, 0.5556, 0.625, 0.5882)
    assert (scores.silence.hits, scores.silence.sentences) == (1, 2)
    assert (scores.found.hits, scores.found.sentences, round(scores.found.value or 0, 4)) == (5, 6, 0.8333)
    assert scores.meets() == {"root_f1": False, "dyad_recall": False}


def test_plover_gold_scores_types_and_skips_statements(tmp_path: Path) -> None:
    path = tmp_path / "gsr.txt"
    path.write_text(json.dumps([
        {"id": "P1", "event": "AGREE", "text": "Hungarian and Romanian officials agreed.",
         "source": [{"code": "HUN", "sector": "GOV"}, {"code": "ROU", "sector": "GOV"}], "target": "",
         "textInfo": {"markup": "(SRC/TAR: Hungarian) and (SRC/TAR: Romanian) officials (EVT: agreed)"}},
        {"id": "P2", "event": "DEMAND", "text": "APEC demanded that Tokyo open its markets.",
         "source": [{"code": "IGO"}], "target": [{"code": "JAP"}]},
    ]), encoding="utf-8")
    gold = read_gold(path)
    predicted = {"P1": [event("030", "ROUGOV", "HUNGOV"), event("010", "HUNGOV")],
                 "P2": [event("1011", "IGOAPC", "JPN")]}
    scores = score_sets("plover", [(r, predicted[r.record_id]) for r in gold.records])
    assert figures(scores.labels) == (2, 2, 2, 1.0, 1.0, 1.0)  # the statement (010) has no PLOVER type
    assert figures(scores.dyads) == (2, 2, 2, 1.0, 1.0, 1.0)
    assert scores.silence.to_dict() == {"hits": 0, "sentences": 0, "share": None}  # no sentence without an event
    assert format_sets(scores).splitlines()[4] == "no-event silence                       no such sentence"


def test_bar_and_text(tmp_path: Path) -> None:
    scores = SetScores("root")
    scores.labels.correct, scores.labels.predicted, scores.labels.gold = 82, 100, 100
    scores.dyads.correct, scores.dyads.predicted, scores.dyads.gold = 74, 100, 100
    scores.silence.hits, scores.silence.sentences = 9, 10
    scores.found.hits, scores.found.sentences = 3, 4
    assert scores.meets() == {"root_f1": True, "dyad_recall": False}
    assert format_sets(scores).splitlines()[2:] == [
        "root codes                          82    100    100  0.820  0.820  0.820"
        "   F1 >= 0.813 (0.85 x a single coder's 0.956): met",
        "dyads (root, source, target)        74    100    100  0.740  0.740  0.740   R >= 0.750: below",
        "no-event silence                     9 of   10 sentences = 0.900",
        "event sentences found                3 of    4 sentences = 0.750",
    ]
    bar = scores.to_dict()["bar"]
    assert bar == {"single_coder_root_f1": 0.956, "root_f1_share": 0.85, "root_f1": 0.8126, "root_f1_met": True,
                   "dyad_recall": DYAD_RECALL_BAR, "dyad_recall_met": False}


# --- the dev set's own figures ----------------------------------------------------------------


def _agreement_tool():
    spec = importlib.util.spec_from_file_location("agreement_tool", ROOT / "tools" / "devset" / "agreement.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# tests/data/devset/README.md's agreement table: (reference, other) -> root P/R/F1, dyad P/R/F1, silence
AGREEMENT_TABLE = {
    ("coder_A", "coder_B"): ((0.926, 0.898, 0.912), (0.889, 0.862, 0.875), 1.0),
    ("voa_diplomacy", "coder_A"): ((0.904, 0.944, 0.924), (0.790, 0.825, 0.807), 0.927),
    ("voa_diplomacy", "coder_B"): ((0.981, 0.994, 0.988), (0.864, 0.875, 0.870), 1.0),
}


def _check_table(table: dict, texts: dict[str, str]) -> dict[tuple[str, str], float]:
    """Each (reference, other) pair of ``table`` scored from the coders' files as stated; their root F1s."""
    tool = _agreement_tool()
    found = {}
    for (reference, other), (roots, dyads, silence) in table.items():
        scores = agreement(*(tool.read_coding(DEVSET / f"{name}.jsonl", texts) for name in (reference, other)))
        assert tuple(round(x, 3) for x in (scores.labels.precision, scores.labels.recall, scores.labels.f1)) == roots
        assert tuple(round(x, 3) for x in (scores.dyads.precision, scores.dyads.recall, scores.dyads.f1)) == dyads
        assert round(scores.silence.value or 0, 3) == silence
        found[(reference, other)] = scores.labels.f1
    return found


def test_the_agreement_table_and_the_single_coder_bar_are_what_the_coders_scored() -> None:
    """The README's table and SINGLE_CODER_ROOT_F1 come from the coders' files, measured as detente is."""
    texts = {r.record_id: r.text for r in read_gold(DEVSET / "voa_diplomacy.jsonl").records}
    single = [f1 for (reference, _), f1 in _check_table(AGREEMENT_TABLE, texts).items() if reference == "voa_diplomacy"]
    assert round(sum(single) / len(single), 3) == SINGLE_CODER_ROOT_F1


# tests/data/devset/README.md's table for the second conflict sample (held out), measured the same way
CONFLICT2_TABLE = {
    ("conflict2_coder_A", "conflict2_coder_B"): ((0.934, 0.895, 0.914), (0.912, 0.874, 0.892), 0.958),
    ("voa_conflict2", "conflict2_coder_A"): ((0.947, 0.989, 0.968), (0.947, 0.989, 0.968), 0.96),
    ("voa_conflict2", "conflict2_coder_B"): ((0.945, 0.945, 0.945), (0.923, 0.923, 0.923), 0.96),
}


def test_the_second_conflict_sample_is_what_its_coders_scored() -> None:
    """Its gold is read by `detente eval`, holds every candidate once, and agrees with its coders as stated."""
    gold = read_gold(DEVSET / "voa_conflict2.jsonl")
    candidates = [json.loads(line)["id"] for line in (DEVSET / "conflict2_candidates.jsonl").read_text().splitlines()]
    assert [r.record_id for r in gold.records] == candidates and len(candidates) == 120
    _check_table(CONFLICT2_TABLE, {r.record_id: r.text for r in gold.records})


def test_devset_halves() -> None:
    gold = read_gold(DEVSET / "voa_diplomacy.jsonl")
    dev, heldout = gold.half("dev"), gold.half("heldout")
    assert len(dev.records) + len(heldout.records) == len(gold.records) == 195
    assert {int(r.story or "") % 2 for r in dev.records} == {0}
    assert {int(r.story or "") % 2 for r in heldout.records} == {1}
    first = gold.records[0]
    assert first.context.startswith("The statement comes as the Kremlin said") and first.title
    assert story_half("8010842") == "dev" and story_half("8010843") == "heldout"


def test_a_split_needs_story_ids(tmp_path: Path) -> None:
    gold = read_gold(write_jsonl(tmp_path / "g.jsonl", GOLD))
    assert gold.half("all") is gold
    with pytest.raises(GoldFileError, match=r"\[E017\].*line 1: a split needs the id of the story"):
        gold.half("dev")


# --- the gold sentence's events, whatever the parser's sentences --------------------------


def test_events_are_kept_by_offset_not_by_sentence_number() -> None:
    text = "Police arrested a man. Canada condemned it and China replied."
    coded = CodedDocument(Document("d", text), sentences=["Police arrested a man. Canada condemned it", "and China replied."])
    arrest, condemn, reply = (event("173"), event("111"), event("010"))
    arrest.sentence_index, arrest.trigger_start = 0, 7  # "arrested": in the context
    condemn.sentence_index, condemn.trigger_start = 0, 30  # "condemned": same parsed sentence, gold sentence
    reply.sentence_index, reply.trigger_start = 1, 10  # "replied": the gold sentence's second parsed part
    coded.events = [arrest, condemn, reply]
    assert sentence_starts(text, coded.sentences) == [0, 43]
    assert target_events(coded, "Canada condemned it and China replied.") == [condemn, reply]


def test_context_is_coded_but_only_the_sentence_scored(tmp_path: Path, pipeline) -> None:
    path = write_jsonl(tmp_path / "g.jsonl", TINY)
    with_context = code_records(read_gold(path).records, pipeline)
    assert [[e.cameo for e in r.events] for r in with_context] == [["040"], [], ["163"]]
    assert all(e.sentence_index > 0 for e in with_context[0].events)  # after the two context sentences


# --- the CLI, with the real coder, on a tiny gold file -----------------------------------------

TINY = [
    {"id": "s1", "doc_id": "100", "published": "2026-01-16", "title": "Carney in Beijing",
     "context": "Canadian Prime Minister Mark Carney arrived in Beijing on Wednesday. "
                "Chinese police arrested a Canadian citizen in Shenyang on Monday.",
     "text": "Carney met Chinese President Xi Jinping on Thursday.",
     "events": [{"cameo": "040", "source": "CHNGOV", "target": "CANGOV", "symmetric": True}]},
    {"id": "s2", "doc_id": "100", "published": "2026-01-16",
     "context": "Carney met Chinese President Xi Jinping on Thursday.",
     "text": "The weather in Ottawa was mild on Monday.", "events": []},
    {"id": "s3", "doc_id": "101", "published": "2026-01-16", "context": "The talks lasted two hours.",
     "text": "China imposed tariffs on Canadian canola on Thursday.",
     "events": [{"cameo": "163", "source": "CHN", "target": "CAN"}]},
]


def test_cli_scores_a_half_after_context(tmp_path: Path) -> None:
    from detente.cli.evaluate import eval_command

    path = write_jsonl(tmp_path / "tiny.jsonl", TINY)
    result = CliRunner().invoke(eval_command, [str(path), "--split", "dev"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == (f"gold: {path} (jsonl, development half (even story ids)): 2 sentences, 1 gold events, "
                        "0 failed to code")
    assert lines[1] == "each sentence coded after its context, as the end of one document; its own events scored"
    assert ("root codes                           1      1      1  1.000  1.000  1.000"
            "   F1 >= 0.813 (0.85 x a single coder's 0.956): met") in lines
    assert "dyads (root, source, target)         1      1      1  1.000  1.000  1.000   R >= 0.750: met" in lines
    assert "no-event silence                     1 of    1 sentences = 1.000" in lines

    result = CliRunner().invoke(eval_command, [str(path), "--format", "json", "--no-context"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert (data["split"], data["context"], data["records"]) == ("all", False, 3)
    assert data["sets"]["labels"] == {"correct": 2, "predicted": 2, "gold": 2, "precision": 1.0, "recall": 1.0,
                                      "f1": 1.0, "accuracy": 1.0}
    assert data["sets"]["no_event_silence"] == {"hits": 1, "sentences": 1, "share": 1.0}


def test_cli_split_without_story_ids_is_e017(tmp_path: Path) -> None:
    from detente.cli.evaluate import eval_command

    path = write_jsonl(tmp_path / "g.jsonl", GOLD)
    result = CliRunner().invoke(eval_command, [str(path), "--split", "heldout"])
    assert result.exit_code == 1
    assert "a split needs the id of the story each sentence comes from ('doc_id' or 'story')" in result.output


def test_evaluate_limit_applies_within_the_split(tmp_path: Path, pipeline) -> None:
    report = evaluate(write_jsonl(tmp_path / "tiny.jsonl", TINY), pipeline, split="heldout", limit=5)
    assert (report.records, report.split, report.context) == (1, "heldout", True)


# tests/data/devset/README.md's table for the second diplomacy sample (read), measured the same way
DIPLOMACY2_TABLE = {
    ("diplomacy2_coder_A", "diplomacy2_coder_B"): ((0.846, 0.912, 0.878), (0.829, 0.895, 0.861), 0.847),
    ("voa_diplomacy2", "diplomacy2_coder_A"): ((0.982, 0.911, 0.945), (0.974, 0.902, 0.937), 0.981),
    ("voa_diplomacy2", "diplomacy2_coder_B"): ((0.935, 0.935, 0.935), (0.927, 0.927, 0.927), 0.944),
}


def test_the_second_diplomacy_sample_is_what_its_coders_scored() -> None:
    """Drawn from the development half's stories only, none of the first sample's sentences; its
    gold holds every candidate once and agrees with its coders as stated."""
    gold = read_gold(DEVSET / "voa_diplomacy2.jsonl")
    candidates = [json.loads(line) for line in (DEVSET / "diplomacy2_candidates.jsonl").read_text().splitlines()]
    assert [r.record_id for r in gold.records] == [c["id"] for c in candidates] and len(candidates) == 147
    assert {int(c["doc_id"]) % 2 for c in candidates} == {0}
    first = {json.loads(line)["text"] for line in (DEVSET / "candidates.jsonl").read_text().splitlines()}
    assert not first & {c["text"] for c in candidates}
    _check_table(DIPLOMACY2_TABLE, {r.record_id: r.text for r in gold.records})
