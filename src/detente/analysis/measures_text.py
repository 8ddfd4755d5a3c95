"""Stored trade measures as text: one line per measure, then its goods and its evidence."""

from __future__ import annotations

from collections.abc import Sequence

from detente.export.measures import product_label, rate_label
from detente.measures import MeasureLexicon
from detente.model import Measure


def measure_lines(measure: Measure, labels: dict[str, str]) -> list[str]:
    """Date, who on whom, what (with its rate), CAMEO code and id; the goods; the sentence."""
    when = measure.date.isoformat() if measure.date else "(undated) "
    rate = rate_label(measure.rate, measure.rate_unit)
    what = f"{measure.action} {labels.get(measure.instrument, measure.instrument)}" + (f" {rate}" if rate else "")
    answers = f"  answers {measure.in_response_to}" if measure.in_response_to else ""
    lines = [f"{when}  {measure.imposer or '?'} -> {measure.affected or '?'}  {what}  CAMEO {measure.cameo}"
             f"  {measure.measure_id}{answers}"]
    if measure.products:
        lines.append("    goods: " + "; ".join(product_label(p) for p in measure.products))
    lines.append(f"    \"{measure.sentence}\"")
    return lines


def format_measures(measures: Sequence[Measure]) -> str:
    """The table `detente measures` prints; "No measures." when there are none."""
    if not measures:
        return "No measures."
    labels = MeasureLexicon.load().instruments.labels
    return "\n".join(line for measure in measures for line in measure_lines(measure, labels))
