"""The dyad report: one self-contained HTML file with the chart, turning points and events."""

from __future__ import annotations

from datetime import date
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from detente.analysis.dyad import DyadSeries, dyad_series
from detente.errors import DetenteError, Errors
from detente.report.html import MAX_EVENTS, render_report
from detente.report.map import event_geo
from detente.store import Store

__all__ = ["build_report", "render_report", "report_summary", "write_report"]


def _version() -> str:
    try:
        return version("detente")
    except PackageNotFoundError:
        return "(development)"


def build_report(store: Store, first: str, second: str, by: str = "month", since: date | None = None,
                 until: date | None = None, directed: bool = False,
                 origin: str | None = None) -> tuple[str, DyadSeries]:
    """The report's HTML for a dyad in ``store``, and the series it shows."""
    series = dyad_series(store, first, second, by=by, since=since, until=until, directed=directed)
    mentions: dict[int, list[dict[str, Any]]] = {}
    for row in store.mentions_of([e["global_event_id"] for e in series.events[:MAX_EVENTS]]):
        mentions.setdefault(row["global_event_id"], []).append(row)
    geo = event_geo(store, [e["global_event_id"] for e in series.events if e.get("global_event_id") is not None])
    return render_report(series, mentions, origin or Path(store.path).name, _version(), geo=geo), series


def write_report(store: Store, out: str | Path, first: str, second: str, **options: object) -> DyadSeries:
    """Write the report to ``out`` (UTF-8) and return the series it shows."""
    html, series = build_report(store, first, second, **options)  # type: ignore[arg-type]
    try:
        Path(out).write_text(html, encoding="utf-8")
    except OSError as exc:
        raise DetenteError(Errors.E024.format(path=out, detail=exc.strerror or exc)) from exc
    return series


def report_summary(out: str | Path, series: DyadSeries) -> str:
    """The line `detente report` prints once the page is written: the dyad and what the page shows."""
    pair = f"{series.first}-{series.second}"
    if not series.events:
        return f"Wrote {out}: {pair}, no dated events to chart."
    periods, turns = len(series.periods), len(series.turning_points)
    return (f"Wrote {out}: {pair}, {len(series.events)} events in {periods} {series.by}{'s' if periods != 1 else ''}, "
            f"{turns} turning point{'s' if turns != 1 else ''}.")
