"""Set-level agreement per sentence: what the dev set's coders were measured with.

Per sentence, the gold events and the predicted ones are compared as multisets of labels
(CAMEO roots, or PLOVER types for gold that has no CAMEO codes) and as dyads (label, source
country, target country). A symmetric gold event (a meeting, an agreement between equals)
matches a predicted event in either direction. Organisations (IGOUNO, NGO...) are compared
whole; a gold organisation written as its bare kind ("IGO") matches any of that kind. Two
shares complete the picture: sentences with no gold event on which nothing is coded
(no-event silence), and sentences with gold events on which something is (events found).
Background events count like the others.

The bar the project sets (issue 12), from the inter-coder figures of the dev set
(tests/data/devset/README.md): root F1 at least 0.85 of a single careful coder's, and
dyad recall at least 0.75.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from detente.evaluation.gold import INTERNATIONAL_CODES, GoldActor, GoldEvent, GoldRecord, GoldSet, normalise_country
from detente.evaluation.metric import Metric
from detente.model import Actor, Event

NO_PARTY = "-"
# Root F1 of one careful coder against the adjudicated dev set: the mean of coder A (0.924)
# and coder B (0.988), tests/data/devset/README.md.
SINGLE_CODER_ROOT_F1 = 0.956
ROOT_F1_SHARE = 0.85  # the bar: detente's root F1 >= 0.85 x a single coder's
DYAD_RECALL_BAR = 0.75


class Dyad(NamedTuple):
    """One event as a dyad: its label, and the parties on each side ("-" for none)."""

    label: str
    source: str
    target: str


@dataclass(slots=True)
class GoldDyad:
    """One gold event as a dyad; compound actors give several parties per side."""

    label: str
    sources: frozenset[str]
    targets: frozenset[str]
    symmetric: bool = False

    def matches(self, dyad: Dyad) -> bool:
        if dyad.label != self.label:
            return False
        forward = _party_in(dyad.source, self.sources) and _party_in(dyad.target, self.targets)
        backward = self.symmetric and _party_in(dyad.source, self.targets) and _party_in(dyad.target, self.sources)
        return forward or backward


@dataclass(slots=True)
class Share:
    """A share of sentences: ``hits`` of ``sentences``."""

    hits: int = 0
    sentences: int = 0

    @property
    def value(self) -> float | None:
        return self.hits / self.sentences if self.sentences else None

    def to_dict(self) -> dict[str, Any]:
        value = self.value
        return {"hits": self.hits, "sentences": self.sentences, "share": None if value is None else round(value, 4)}

    def describe(self) -> str:
        value = self.value
        if value is None:
            return f"{'':>7} no such sentence"
        return f"{self.hits:>7} of {self.sentences:>4} sentences = {value:.3f}"


@dataclass(slots=True)
class SetScores:
    """The set-level figures of one run."""

    label: str  # "root" (CAMEO roots) or "plover" (PLOVER types)
    labels: Metric = field(default_factory=lambda: Metric("labels"))
    dyads: Metric = field(default_factory=lambda: Metric("dyads"))
    silence: Share = field(default_factory=Share)  # no-event sentences left silent
    found: Share = field(default_factory=Share)  # event sentences with something coded

    @property
    def root_f1_bar(self) -> float:
        return ROOT_F1_SHARE * SINGLE_CODER_ROOT_F1

    def meets(self) -> dict[str, bool]:
        """Whether each part of the bar is met."""
        return {"root_f1": self.labels.f1 >= self.root_f1_bar, "dyad_recall": self.dyads.recall >= DYAD_RECALL_BAR}

    def to_dict(self) -> dict[str, Any]:
        meets = self.meets()
        return {
            "label": self.label, "labels": self.labels.to_dict(), "dyads": self.dyads.to_dict(),
            "no_event_silence": self.silence.to_dict(), "event_sentences_found": self.found.to_dict(),
            "bar": {"single_coder_root_f1": SINGLE_CODER_ROOT_F1, "root_f1_share": ROOT_F1_SHARE,
                    "root_f1": round(self.root_f1_bar, 4), "root_f1_met": meets["root_f1"],
                    "dyad_recall": DYAD_RECALL_BAR, "dyad_recall_met": meets["dyad_recall"]},
        }


def party(code: str | None) -> str:
    """The side of a dyad an actor code names: its country (ISO alpha-3 when the first three
    letters are one, else those letters, e.g. a region), or an organisation's whole code."""
    if not code or not code.strip():
        return NO_PARTY
    code = code.strip().upper()
    if code[:3] in INTERNATIONAL_CODES:
        return code
    return normalise_country(code[:3]) or code[:3]


def _party_in(predicted: str, gold: frozenset[str]) -> bool:
    return predicted in gold or any(g in INTERNATIONAL_CODES and predicted.startswith(g) for g in gold)


def gold_dyad(event: GoldEvent, label: str | None) -> GoldDyad | None:
    if label is None:
        return None
    sources = frozenset(party(a.code) for a in event.sources) or frozenset({NO_PARTY})
    targets = frozenset(party(a.code) for a in event.targets) or frozenset({NO_PARTY})
    return GoldDyad(label, sources, targets, event.symmetric)


def predicted_dyad(event: Event, label: str | None) -> Dyad | None:
    if label is None:
        return None
    return Dyad(label, *(party(actor.code or actor.country) if actor else NO_PARTY
                         for actor in (event.source, event.target)))


def max_matching(gold: Sequence[GoldDyad], predicted: Sequence[Dyad]) -> int:
    """The largest number of gold events paired one-to-one with predicted events they match."""
    owner: dict[int, int] = {}  # predicted index -> gold index

    def augment(gi: int, seen: set[int]) -> bool:
        for pi, dyad in enumerate(predicted):
            if pi in seen or not gold[gi].matches(dyad):
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    return sum(augment(gi, set()) for gi in range(len(gold)))


def label_of_gold(event: GoldEvent, label: str) -> str | None:
    return event.root if label == "root" else event.plover


def label_of_event(event: Event, label: str) -> str | None:
    return (event.root or event.cameo[:2]) if label == "root" else event.plover


def score_sentence(scores: SetScores, gold: Sequence[GoldEvent], predicted: Sequence[Event]) -> None:
    """Add one sentence's gold and predicted events to the set-level counts."""
    gold_dyads = [d for e in gold if (d := gold_dyad(e, label_of_gold(e, scores.label))) is not None]
    pred_dyads = [p for e in predicted if (p := predicted_dyad(e, label_of_event(e, scores.label))) is not None]
    common = Counter(d.label for d in gold_dyads) & Counter(d.label for d in pred_dyads)
    for metric, correct in ((scores.labels, sum(common.values())),
                            (scores.dyads, max_matching(gold_dyads, pred_dyads))):
        metric.correct += correct
        metric.predicted += len(pred_dyads)
        metric.gold += len(gold_dyads)
    share = scores.found if gold else scores.silence
    share.sentences += 1
    share.hits += bool(predicted) if gold else not predicted


def score_sets(label: str, pairs: Sequence[tuple[GoldRecord, Sequence[Event]]]) -> SetScores:
    """Set-level figures over (gold record, predicted events of its sentence) pairs."""
    scores = SetScores(label)
    for record, events in pairs:
        score_sentence(scores, record.events, events)
    return scores


def as_coded(record: GoldRecord) -> list[Event]:
    """A human coding of a sentence as the events detente would have coded."""
    def actor(actors: list[GoldActor]) -> Actor | None:
        return Actor(text=actors[0].code or "", code=actors[0].code, country=actors[0].country) if actors else None
    return [Event(doc_id=record.record_id, sentence_index=0, sentence=record.text, cameo=e.cameo or "",
                  trigger="", rule="human", source=actor(e.sources), target=actor(e.targets),
                  root=e.root or "", plover=e.plover) for e in record.events]


def agreement(gold: GoldSet, other: GoldSet) -> SetScores:
    """How far another coding of the same sentences (matched by id) agrees with the gold."""
    coded = {record.record_id: as_coded(record) for record in other.records}
    return score_sets("root" if gold.has_cameo else "plover",
                      [(record, coded.get(record.record_id, [])) for record in gold.records])


# --- text ---------------------------------------------------------------------------------

SET_LABELS = {"root": ("root codes", "dyads (root, source, target)"),
              "plover": ("PLOVER types", "dyads (type, source, target)")}


def format_sets(scores: SetScores) -> str:
    """The set-level figures as a table, with the bar beside the two it applies to."""
    labels_name, dyads_name = SET_LABELS[scores.label]
    meets = scores.meets()
    verdict = {True: "met", False: "below"}
    bar_root = (f"F1 >= {scores.root_f1_bar:.3f} ({ROOT_F1_SHARE:g} x a single coder's {SINGLE_CODER_ROOT_F1:.3f}): "
                f"{verdict[meets['root_f1']]}")
    bar_dyad = f"R >= {DYAD_RECALL_BAR:.3f}: {verdict[meets['dyad_recall']]}"
    lines = ["per sentence, as multisets (the dev set's agreement measure; background events count):",
             f"{'':<30} {'correct':>7} {'pred':>6} {'gold':>6} {'P':>6} {'R':>6} {'F1':>6}   bar (issue 12)"]
    for name, metric, bar in ((labels_name, scores.labels, bar_root), (dyads_name, scores.dyads, bar_dyad)):
        lines.append(f"{name:<30} {metric.correct:>7} {metric.predicted:>6} {metric.gold:>6} "
                     f"{metric.precision:>6.3f} {metric.recall:>6.3f} {metric.f1:>6.3f}   {bar}")
    for name, share in (("no-event silence", scores.silence), ("event sentences found", scores.found)):
        lines.append(f"{name:<30} {share.describe()}")
    return "\n".join(lines)
