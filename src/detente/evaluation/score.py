"""Scoring coded events against gold, and the report a person or a script reads.

Two readings of "did we get the event right" are kept side by side: lenient ("any"),
where each gold event is matched with the best predicted event of its sentence, and
strict ("first"), where only the sentence's top event counts. Actor metrics use the
lenient match, so that an actor error is not hidden behind a type error.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from detente.evaluation.gold import GoldEvent, GoldRecord, GoldSet, normalise_country, normalise_sector
from detente.evaluation.metric import Metric
from detente.evaluation.sets import SetScores, format_sets, score_sets
from detente.evaluation.stages import LOST_STAGES, format_lost
from detente.model import Event
from detente.ontology import plover_types

ROLES = ("source", "target")
STATEMENT_ROOT = "01"
NO_EVENT = "none"
UNTYPED = "STATEMENT"  # a predicted event whose code has no PLOVER type (CAMEO 01)
LEGEND = (
    "P = correct / predicted, R = correct / gold (R is the accuracy), F1 = 2PR / (P + R).",
    "event present: per sentence; predicted = sentences where we coded >= 1 event.",
    "*, any: each gold event is paired with the best predicted event of its sentence (same code,",
    "  else same root, else same PLOVER type, else the first); predicted = sentences with events.",
    "*, first: only each sentence's first non-statement event counts.",
    "country / sector: the paired event's actor vs the gold actors (ISO alpha-3, CAMEO sector);",
    "  gold = gold events naming one, predicted = paired events naming one. PLOVER gold sector",
    "  words are read in CAMEO's sense: MED (medical) as HLH, JRN (journalists) as MED.",
)


@dataclass(slots=True)
class RecordResult:
    """What the coder produced for one gold record (or why it produced nothing)."""

    record: GoldRecord
    events: list[Event] = field(default_factory=list)
    error: str | None = None
    lost_at: str | None = None  # for a sentence with gold events and none coded: the stage that lost it


@dataclass(slots=True)
class ErrorItem:
    """One gold record we got wrong, with everything needed to find the cause."""

    kinds: list[str]
    record: GoldRecord
    events: list[Event]
    matched: list[Event | None]
    failure: str | None = None
    lost_at: str | None = None  # a missed sentence: the stage that lost it (evaluation/stages.py)


@dataclass(slots=True)
class EvalReport:
    """All figures of one evaluation run."""

    path: str
    fmt: str
    records: int
    gold_events: int
    failed: int
    metrics: dict[str, Metric]
    confusion_title: str
    confusion: Counter[tuple[str, str]]
    errors: list[ErrorItem]
    sets: SetScores
    split: str = "all"
    context: bool = False  # were sentences coded after their context?
    lost: Counter[str] = field(default_factory=Counter)  # silent event sentences by the stage that lost them

    def to_dict(self, errors: bool = False) -> dict[str, Any]:
        rows, cols = confusion_labels(self.confusion)
        out: dict[str, Any] = {
            "gold": self.path, "format": self.fmt, "split": self.split, "context": self.context,
            "records": self.records, "gold_events": self.gold_events, "failed": self.failed,
            "metrics": {name: m.to_dict() for name, m in self.metrics.items()},
            "sets": self.sets.to_dict(),
            "confusion": {"title": self.confusion_title, "gold": rows, "predicted": cols,
                          "matrix": [[self.confusion[(r, c)] for c in cols] for r in rows]},
        }
        if self.lost:
            out["event_sentences_lost"] = {stage: self.lost[stage] for stage in LOST_STAGES if self.lost[stage]}
        if errors:
            out["errors"] = [error_to_dict(e) for e in self.errors]
        return out


# --- choosing predicted events ------------------------------------------------------------

def event_root(event: Event) -> str:
    return event.root or event.cameo[:2]


def ranked(events: Sequence[Event]) -> list[Event]:
    """Events in the order we trust them: non-statements first, each group in sentence order."""
    return sorted(events, key=lambda e: (event_root(e) == STATEMENT_ROOT, e.sentence_index, e.trigger_start))


def align(gold: Sequence[GoldEvent], predicted: Sequence[Event]) -> list[Event | None]:
    """One predicted event per gold event, each used once: best agreements are paired first,
    then gold events still unpaired take the remaining events in ranked order."""
    pool = ranked(predicted)
    pairs = sorted(((_agreement(g, e), -gi, -pi) for gi, g in enumerate(gold) for pi, e in enumerate(pool)),
                   reverse=True)
    chosen: dict[int, int] = {}
    for agreement, neg_gi, neg_pi in pairs:
        gi, pi = -neg_gi, -neg_pi
        if any(agreement) and gi not in chosen and pi not in chosen.values():
            chosen[gi] = pi
    spare = iter(pi for pi in range(len(pool)) if pi not in chosen.values())
    for gi in range(len(gold)):
        if gi not in chosen and (left := next(spare, None)) is not None:
            chosen[gi] = left
    return [pool[chosen[gi]] if gi in chosen else None for gi in range(len(gold))]


def _agreement(gold: GoldEvent, event: Event) -> tuple[bool, bool, bool]:
    return (bool(gold.cameo) and event.cameo == gold.cameo,
            bool(gold.root) and event_root(event) == gold.root,
            bool(gold.plover) and event.plover == gold.plover)


# --- scoring ------------------------------------------------------------------------------

Attr = Callable[[GoldEvent], str | None]
PredAttr = Callable[[Event], str | None]
LABELLED_ATTRS: dict[str, tuple[Attr, PredAttr]] = {
    "plover": (lambda g: g.plover, lambda e: e.plover),
    "root": (lambda g: g.root, event_root),
    "code": (lambda g: g.cameo, lambda e: e.cameo),
}


def new_metrics(has_cameo: bool) -> dict[str, Metric]:
    names = ["event_present", "plover_any", "plover_first"]
    if has_cameo:
        names += ["root_any", "root_first", "code_any", "code_first"]
    names += [f"{role}_{what}" for what in ("country", "sector") for role in ROLES]
    return {name: Metric(name) for name in names}


def score(gold: GoldSet, results: Sequence[RecordResult], split: str = "all", context: bool = False) -> EvalReport:
    """Compare every record's predicted events with its gold events (``split`` and ``context``
    only say, in the report, which records were coded and how)."""
    metrics = new_metrics(gold.has_cameo)
    confusion: Counter[tuple[str, str]] = Counter()
    errors: list[ErrorItem] = []
    for result in results:
        matched = align(result.record.events, result.events)
        _score_presence(metrics["event_present"], result)
        for attr in ("plover", "root", "code"):
            if f"{attr}_any" in metrics:
                _score_labels(metrics, attr, result, matched)
        _score_actors(metrics, result.record.events, matched)
        _confuse(confusion, result, "root" if gold.has_cameo else "plover")
        error = find_error(result, matched)
        if error is not None:
            errors.append(error)
    title = "root code" if gold.has_cameo else "PLOVER type"
    sets = score_sets("root" if gold.has_cameo else "plover", [(r.record, r.events) for r in results])
    return EvalReport(gold.path, gold.fmt, len(results), sum(len(r.record.events) for r in results),
                      sum(1 for r in results if r.error), metrics, title, confusion, errors, sets, split, context,
                      Counter(r.lost_at for r in results if r.lost_at))


def _score_presence(metric: Metric, result: RecordResult) -> None:
    has_gold, has_pred = bool(result.record.events), bool(result.events)
    metric.gold += has_gold
    metric.predicted += has_pred
    metric.correct += has_gold and has_pred


def _score_labels(metrics: dict[str, Metric], attr: str, result: RecordResult,
                  matched: list[Event | None]) -> None:
    """Lenient and strict counts for one label (PLOVER type, root or full code)."""
    gold_of, pred_of = LABELLED_ATTRS[attr]
    labelled = [(gold_of(g), m) for g, m in zip(result.record.events, matched, strict=True) if gold_of(g)]
    if result.record.events and not labelled:
        return  # this record's gold says nothing about this label
    any_metric, first_metric = metrics[f"{attr}_any"], metrics[f"{attr}_first"]
    any_metric.gold += len(labelled)
    any_metric.correct += sum(1 for value, m in labelled if m is not None and pred_of(m) == value)
    if result.events:
        any_metric.predicted += min(len(result.events), max(len(labelled), 1))
    first = ranked(result.events)[0] if result.events else None
    first_metric.gold += bool(labelled)
    first_metric.predicted += first is not None
    first_metric.correct += first is not None and pred_of(first) in {v for v, _ in labelled}


def predicted_value(event: Event | None, role: str, what: str) -> str | None:
    """The matched event's normalised country or sector for a role (None when absent)."""
    actor = getattr(event, role) if event is not None else None
    if actor is None:
        return None
    return normalise_country(actor.country) if what == "country" else normalise_sector(actor.sector)


def _score_actors(metrics: dict[str, Metric], gold: Sequence[GoldEvent],
                  matched: Sequence[Event | None]) -> None:
    for g, m in zip(gold, matched, strict=True):
        for role in ROLES:
            for what, gold_set in (("country", g.countries(role)), ("sector", g.sectors(role))):
                pred, metric = predicted_value(m, role, what), metrics[f"{role}_{what}"]
                metric.gold += bool(gold_set)
                metric.predicted += pred is not None
                metric.correct += pred is not None and pred in gold_set


def _confuse(confusion: Counter[tuple[str, str]], result: RecordResult, attr: str) -> None:
    """Gold label x the first event's label; sentences without gold events are row "none"."""
    gold_of, pred_of = LABELLED_ATTRS[attr]
    first = ranked(result.events)[0] if result.events else None
    predicted = NO_EVENT if first is None else (pred_of(first) or UNTYPED)
    labels = [gold_of(g) for g in result.record.events]
    if not labels:
        confusion[(NO_EVENT, predicted)] += 1
    for label in labels:
        if label:
            confusion[(label, predicted)] += 1


# --- errors -------------------------------------------------------------------------------

def find_error(result: RecordResult, matched: Sequence[Event | None]) -> ErrorItem | None:
    """Misses, wrong types/codes, wrong actors and false alarms for one record."""
    kinds: list[str] = []
    if result.error:
        kinds.append("failed")
    elif not result.record.events and result.events:
        kinds.append("false alarm")
    for g, m in zip(result.record.events, matched, strict=True):
        kinds.extend(k for k in _event_errors(g, m) if k not in kinds)
    if not kinds:
        return None
    return ErrorItem(kinds, result.record, ranked(result.events), list(matched), result.error, result.lost_at)


def _event_errors(gold: GoldEvent, event: Event | None) -> list[str]:
    if event is None:
        return ["missed"]
    kinds: list[str] = []
    if (gold.root and event_root(event) != gold.root) or (not gold.root and event.plover != gold.plover):
        kinds.append("wrong type")
    elif gold.cameo and event.cameo != gold.cameo:
        kinds.append("wrong code")
    for what in ("country", "sector"):
        for role in ROLES:
            gold_set = gold.countries(role) if what == "country" else gold.sectors(role)
            pred = predicted_value(event, role, what)
            # a gold actor often names a country and no sector: only a named one can be missed
            if pred not in gold_set and (gold_set or (pred is not None and what == "country")):
                kinds.append(f"{role} {what}")
    return kinds


def error_to_dict(item: ErrorItem) -> dict[str, Any]:
    return {
        "id": item.record.record_id, "kinds": item.kinds, "sentence": item.record.text,
        "failure": item.failure, "lost_at": item.lost_at,
        "gold": [{"plover": g.plover, "cameo": g.cameo, "source": [a.code for a in g.sources],
                  "target": [a.code for a in g.targets]} for g in item.record.events],
        "predicted": [dict(_event_summary(e), matched=_is_matched(e, item)) for e in item.events],
    }


def _is_matched(event: Event, item: ErrorItem) -> bool:
    return any(event is m for m in item.matched)


def _event_summary(event: Event) -> dict[str, Any]:
    return {"cameo": event.cameo, "plover": event.plover,
            "source": event.source.code if event.source else None,
            "target": event.target.code if event.target else None,
            "rule": event.rule, "trigger": event.trigger}


# --- text report --------------------------------------------------------------------------

def format_report(report: EvalReport, errors: bool = False, fmt: str = "text") -> str:
    """The report as text for people, or as one JSON object (fmt="json") for scripts."""
    if fmt == "json":
        return json.dumps(report.to_dict(errors=errors), indent=2, ensure_ascii=False)
    parts = [_header(report), _metric_table(report.metrics), "\n".join(LEGEND), format_sets(report.sets)]
    parts += [format_lost(report.lost)] if report.lost else []
    parts.append(_confusion_table(report))
    if errors:
        parts.append(_error_list(report.errors))
    return "\n\n".join(parts)


def _header(report: EvalReport) -> str:
    split = {"all": "", "dev": ", development half (even story ids)",
             "heldout": ", held-out half (odd story ids)"}[report.split]
    header = (f"gold: {report.path} ({report.fmt}{split}): {report.records} sentences, "
              f"{report.gold_events} gold events, {report.failed} failed to code")
    return header + ("\neach sentence coded after its context, as the end of one document; its own events scored"
                     if report.context else "")


METRIC_LABELS = {
    "event_present": "event present", "plover_any": "PLOVER type, any", "plover_first": "PLOVER type, first",
    "root_any": "root code, any", "root_first": "root code, first", "code_any": "full code, any",
    "code_first": "full code, first", "source_country": "source country", "target_country": "target country",
    "source_sector": "source sector", "target_sector": "target sector",
}


def _metric_table(metrics: dict[str, Metric]) -> str:
    lines = [f"{'metric':<20} {'correct':>7} {'pred':>6} {'gold':>6} {'P':>6} {'R':>6} {'F1':>6}"]
    for name, m in metrics.items():
        lines.append(f"{METRIC_LABELS.get(name, name):<20} {m.correct:>7} {m.predicted:>6} {m.gold:>6} "
                     f"{m.precision:>6.3f} {m.recall:>6.3f} {m.f1:>6.3f}")
    return "\n".join(lines)


def confusion_labels(confusion: Counter[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """Only labels that occur, in a stable order: PLOVER order or code order, then the rest."""
    def order(label: str) -> tuple[int, str]:
        if label in plover_types():
            return (0, f"{plover_types().index(label):02d}")
        return (2, label) if label in (UNTYPED, NO_EVENT) else (1, label)
    rows = sorted({g for g, _ in confusion}, key=order)
    cols = sorted({p for _, p in confusion}, key=order)
    return rows, cols


def _confusion_table(report: EvalReport) -> str:
    rows, cols = confusion_labels(report.confusion)
    if not rows:
        return f"confusion ({report.confusion_title}): no gold events"
    short = [c[:4] for c in cols]
    width = max(4, *(len(s) for s in short))
    row_width = max(len(r) for r in rows)
    lines = [f"confusion of {report.confusion_title}: rows = gold, columns = the first predicted event",
             f"('{NO_EVENT}' = no event, '{UNTYPED[:4]}' = statements only, '.' = 0)",
             " " * row_width + " " + " ".join(f"{s:>{width}}" for s in short)]
    for r in rows:
        cells = (report.confusion[(r, c)] or "." for c in cols)
        lines.append(f"{r:<{row_width}} " + " ".join(f"{cell!s:>{width}}" for cell in cells))
    return "\n".join(lines)


def _error_list(items: Sequence[ErrorItem]) -> str:
    if not items:
        return "errors: none"
    blocks = [f"errors: {len(items)} sentences"]
    for item in items:
        lines = [f"[{', '.join(item.kinds)}] {item.record.record_id}", f"  sentence: {item.record.text}"]
        if item.failure:
            lines.append(f"  failure: {item.failure}")
        lines.extend(f"  gold: {_gold_text(g)}" for g in item.record.events)
        if not item.record.events:
            lines.append("  gold: (no event)")
        lines.extend(f"  pred: {_pred_text(e)}{'  <- matched' if _is_matched(e, item) else ''}"
                     for e in item.events)
        if not item.events:
            lines.append(f"  pred: (no event: {LOST_STAGES[item.lost_at]})" if item.lost_at else "  pred: (no event)")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _gold_text(gold: GoldEvent) -> str:
    def actors(role: str) -> str:
        found = gold.sources if role == "source" else gold.targets
        return ",".join(f"{a.code or '?'}" + (f"/{a.sector}" if a.sector else "") for a in found) or "-"
    label = " ".join(x for x in (gold.cameo, gold.plover) if x)
    return f"{label}  source={actors('source')}  target={actors('target')}"


def _pred_text(event: Event) -> str:
    s = _event_summary(event)
    return (f"{s['cameo']} {s['plover'] or '-'}  source={s['source'] or '-'}  target={s['target'] or '-'}"
            f"  rule={s['rule']}  trigger=\"{s['trigger']}\"")
