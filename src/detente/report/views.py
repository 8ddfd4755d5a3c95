"""What the report and the dashboard show, decided once: the shared view functions.

Both renderers (``report/html.py`` writes one self-contained file; ``server/`` renders the
dashboard's pages) take these views and only wrap them in markup, so the two show the same
things the same way: one actor label per side, trade measures with their goods (HS codes),
rates and effective dates in words rather than identifiers, and turning points explained by
the events that move the mean most, each with its share of the move.

Fields that hold HTML (``evidence``) are already escaped; every other field is plain text for
the renderer to escape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from html import escape
from typing import Any

from detente.analysis.dyad import DyadSeries
from detente.analysis.dyad_text import code_name, signed
from detente.data import read_tsv
from detente.export.measures import rate_label
from detente.model import Measure
from detente.ontology import QUAD_CLASS_NAMES
from detente.ontology.actor_codes import spellings


@dataclass(frozen=True, slots=True)
class ActorLabel:
    """One side of an event: its code, and the words or name behind it when they add something."""

    code: str  # "CANGOV"; "?" when the side is unknown
    detail: str = ""  # "Mark Carney", "Canadian officials"; "" when it would only repeat the code

    def __str__(self) -> str:
        return f"{self.code} ({self.detail})" if self.detail else self.code


def actor_label(row: dict[str, Any], side: str) -> ActorLabel:
    """The ``source`` or ``target`` of a stored event row as one label.

    The name of a known person or organisation wins over the words of the text; words that only
    spell the code again (an event made from a trade measure names "CHN") are left out.
    """
    code = row.get(f"{side}_code") or "?"
    detail = (row.get(f"{side}_name") or row.get(f"{side}_text") or "").strip()
    if detail.upper() in {code.upper(), *spellings(code)}:
        detail = ""
    return ActorLabel(code, detail)


def evidence(row: dict[str, Any], start_key: str = "trigger_start", end_key: str = "trigger_end") -> str:
    """The sentence as escaped HTML, with the words at the given offsets marked when they fit it."""
    sentence = row.get("sentence") or ""
    start, end = row.get(start_key), row.get(end_key)
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(sentence):
        return f"{escape(sentence[:start])}<mark>{escape(sentence[start:end])}</mark>{escape(sentence[end:])}"
    return escape(sentence)


def _iso(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value or "")


@dataclass(slots=True)
class EventView:
    """An event record (or one mention of it) as both renderers show it."""

    date: str
    precision: str
    source: ActorLabel
    target: ActorLabel
    cameo: str
    cameo_name: str
    quad_class: int
    quad_name: str
    goldstein: str  # signed, one decimal
    reports: str  # "mentions / articles / sources"
    sentence: str
    evidence: str  # escaped HTML, trigger marked
    rule: str
    doc_id: str
    url: str | None
    global_event_id: int | None
    contribution: str | None = None  # a turning point's driver: its share of the move, signed
    doc_key: str = ""  # what identifies the document for certain: its content hash (doc ids may repeat)

    @property
    def dyad(self) -> str:
        return f"{self.source} → {self.target}"


def event_view(row: dict[str, Any]) -> EventView:
    """A stored event row (``events`` or ``mentions``, or a turning point's driver) as a view."""
    quad = int(row.get("quad_class") or 0)
    contribution = row.get("contribution")
    return EventView(
        date=_iso(row.get("date")) or "undated", precision=row.get("date_precision") or "",
        source=actor_label(row, "source"), target=actor_label(row, "target"), cameo=row["cameo"],
        cameo_name=code_name(row["cameo"]), quad_class=quad, quad_name=QUAD_CLASS_NAMES.get(quad, ""),
        goldstein=signed(row.get("goldstein")),
        reports=f"{row.get('num_mentions') or 1} / {row.get('num_articles') or 1} / {row.get('num_sources') or 1}",
        sentence=row.get("sentence") or "", evidence=evidence(row), rule=row.get("rule") or "",
        doc_id=row.get("doc_id") or "", url=row.get("url"), global_event_id=row.get("global_event_id"),
        contribution=None if contribution is None else signed(contribution, 2),
        doc_key=row.get("content_hash") or row.get("doc_id") or "")


@lru_cache(maxsize=1)
def _hs_names() -> dict[str, str]:
    return {row["hs"]: row["name"] for row in read_tsv("measures/hs_names.tsv")}


def hs_name(code: str | None) -> str:
    """The HS 2022 name of a section, chapter, heading or subheading; a subheading not listed gets
    its heading's name, a heading its chapter's; "" for no code or an unknown one."""
    names = _hs_names()
    while code:
        if code in names:
            return names[code]
        code = code[:-2] if code.isdigit() and len(code) > 2 else ""
    return ""


@dataclass(slots=True)
class ProductView:
    """A good named in a measure: the words, its HS 2022 code and the code's name, and its own rate."""

    text: str
    hs: str
    rate: str
    hs_name: str = ""

    def __str__(self) -> str:
        hs = f" [HS {self.hs}]" if self.hs else ""
        return f"{self.text}{hs}" + (f" {self.rate}" if self.rate else "")


@dataclass(slots=True)
class MeasureView:
    """A trade measure in words: who, what (with its rate), on which goods, from when, answering what."""

    measure_id: str
    date: str
    effective_date: str
    imposer: str
    affected: str
    action: str
    instrument: str  # the instrument's label, e.g. "surtax / additional duty"
    rate: str
    products: list[ProductView]
    cameo: str
    evidence: str  # escaped HTML, the words that state the measure marked
    doc_id: str
    url: str | None
    in_response_to: str | None = None
    answered_by: list[str] = field(default_factory=list)

    @property
    def what(self) -> str:
        return f"{self.action} {self.instrument}" + (f" {self.rate}" if self.rate else "")


def measure_views(measures: list[Measure]) -> list[MeasureView]:
    """Measures as views, each with the measures (among these) that answer it."""
    from detente.measures import MeasureLexicon

    labels = MeasureLexicon.load().instruments.labels
    answered: dict[str, list[str]] = {}
    for measure in measures:
        if measure.in_response_to:
            answered.setdefault(measure.in_response_to, []).append(measure.measure_id)
    views = []
    for m in measures:
        row = {"sentence": m.sentence, "evidence_start": m.evidence_start, "evidence_end": m.evidence_end}
        views.append(MeasureView(
            measure_id=m.measure_id, date=_iso(m.date or m.published) or "undated",
            effective_date=_iso(m.effective_date), imposer=m.imposer or "?", affected=m.affected or "?",
            action=m.action, instrument=labels.get(m.instrument, m.instrument.replace("_", " ")),
            rate=rate_label(m.rate, m.rate_unit),
            products=[ProductView(p.text, p.hs or "", rate_label(p.rate, p.rate_unit), hs_name(p.hs))
                      for p in m.products],
            cameo=m.cameo or "", evidence=evidence(row, "evidence_start", "evidence_end"), doc_id=m.doc_id,
            url=m.url, in_response_to=m.in_response_to, answered_by=answered.get(m.measure_id, [])))
    return views


@dataclass(slots=True)
class TurningPointView:
    """A turning point, its direction in words, and the events that moved the mean most."""

    label: str
    index: int
    direction: str  # "up" or "down"
    way: str  # "▲ towards cooperation"
    before: str
    after: str
    shift: float
    drivers: list[EventView]

    @property
    def summary(self) -> str:
        return f"mean Goldstein {self.before} before, {self.after} from here"


def turning_point_views(series: DyadSeries) -> list[TurningPointView]:
    """The series' turning points, in order; ``largest_turn`` picks the one with the biggest shift."""
    return [TurningPointView(
        label=tp.label, index=tp.index, direction=tp.direction,
        way="▲ towards cooperation" if tp.direction == "up" else "▼ towards conflict",
        before=signed(tp.before, 2), after=signed(tp.after, 2), shift=tp.after - tp.before,
        drivers=[event_view(e) for e in tp.drivers]) for tp in series.turning_points]


def largest_turn(views: list[TurningPointView]) -> TurningPointView | None:
    """The turning point with the largest shift either way (the first among equals)."""
    return max(views, key=lambda v: abs(v.shift), default=None)


def method_note(series: DyadSeries) -> str:
    """How the turning points were found and what their drivers are, in one or two sentences."""
    if series.penalty is None:
        return f"Too few {series.by}s with events to look for turning points."
    return (f"Breaks in the mean Goldstein weight of the {series.by}s with events, found by Pelt (ruptures, "
            f"l2 cost, penalty {series.penalty:.1f}). Under each, the events that move the mean most: "
            "each event's share of the move away from the old level, whichever period it falls in.")


def period_events(series: DyadSeries, index: int) -> list[EventView]:
    """The events of the series' period ``index``, in date order."""
    period = series.periods[index]
    return [event_view(e) for e in series.events if period.start <= e["date"] <= period.end]
