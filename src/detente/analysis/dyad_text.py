"""A dyad series as text: an aligned table for people, CSV and JSON for machines.

Plain text with no colours or terminal-width wrapping, so the output is the same in a
terminal, a pipe and a test.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Any

from detente.analysis.dyad import DyadSeries, Period
from detente.ontology import QUAD_CLASS_NAMES, Ontology

QUAD_COLUMNS = ("verb.coop", "mat.coop", "verb.conf", "mat.conf")
CSV_QUAD = tuple(name.replace(" ", "_") for name in QUAD_CLASS_NAMES.values())  # verbal_cooperation, ...
PLURAL = {"day": "days", "week": "weeks", "month": "months", "year": "years"}


def code_name(code: str) -> str:
    try:
        return Ontology.load().nearest(code).name
    except KeyError:
        return ""


def signed(value: float | None, places: int = 1) -> str:
    """+2.0, -3.5, 0.0 (no sign on zero), or - when there is no value."""
    if value is None:
        return "-"
    text = f"{value:+.{places}f}"
    return text[1:] if float(text) == 0 else text


def _top(period: Period) -> str:
    return ", ".join(f"{code} ({n})" for code, n in period.top_codes())


def describe(series: DyadSeries) -> str:
    """The first line: which dyad, which way, which periods, how many events."""
    way = f"directed ({series.first} is the source)" if series.directed else "both directions"
    span = f", {series.periods[0].label} to {series.periods[-1].label}" if series.periods else ""
    mentions = series.mentions
    text = (f"{series.first}-{series.second}, {way}, by {series.by}{span}: {len(series.events)} events"
            f" from {mentions} mention{'s' if mentions != 1 else ''}")
    if series.undated:
        text += f" ({series.undated} undated left out)"
    return text


def period_rows(series: DyadSeries) -> list[list[str]]:
    rows = [["period", "events", *QUAD_COLUMNS, "Goldstein", "mean", "top codes"]]
    for p in series.periods:
        rows.append([p.label, str(p.events), *(str(n) for n in p.by_quad), signed(p.goldstein_sum),
                     signed(p.goldstein_mean, 2), _top(p)])
    return rows


def align_table(rows: list[list[str]]) -> list[str]:
    """Left-align the first and last columns, right-align the numbers between them."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [row[0].ljust(widths[0]), *(c.rjust(w) for c, w in zip(row[1:-1], widths[1:-1], strict=True)),
                 row[-1]]
        lines.append("  ".join(cells).rstrip())
    return lines


def event_line(event: dict[str, Any]) -> str:
    articles = event.get("num_articles") or 1
    return (f"{event['date']}  {event.get('source_code') or '?'} -> {event.get('target_code') or '?'}  "
            f"{event['cameo']} {code_name(event['cameo'])}  {signed(event['goldstein'])}  "
            f"({articles} article{'s' if articles != 1 else ''})")


def turning_point_lines(series: DyadSeries) -> list[str]:
    active = PLURAL[series.by] + " with events"
    method = (f"Pelt, l2 cost on the mean Goldstein of the {active}, penalty {series.penalty:.1f}"
              if series.penalty is not None else f"too few {active} to look for them")
    if not series.turning_points:
        return [f"Turning points: none ({method})"]
    lines = [f"Turning points ({method}):"]
    for tp in series.turning_points:
        way = "towards cooperation" if tp.direction == "up" else "towards conflict"
        lines.append(f"  {tp.label}  {tp.direction} ({way}): mean Goldstein {signed(tp.before, 2)} before, "
                     f"{signed(tp.after, 2)} from here")
        for event in tp.drivers:
            lines.append(f"    {event_line(event)}  moves the mean {signed(event['contribution'], 2)}")
            if event.get("sentence"):
                lines.append(f"      \"{event['sentence']}\"")
    return lines


def window(series: DyadSeries) -> str:
    """ " from 2026-01-01 to 2026-03-31", " from 2026-01-01", " up to 2026-03-31", or "" without bounds."""
    since = f" from {series.since.isoformat()}" if series.since else ""
    until = f" {'to' if since else 'up to'} {series.until.isoformat()}" if series.until else ""
    return since + until


def format_table(series: DyadSeries) -> str:
    lines = [describe(series)]
    if not series.periods:
        return "\n".join([*lines, f"No dated events for this dyad{window(series)}."])
    lines += ["", *align_table(period_rows(series))]
    codes = sorted({code for p in series.periods for code, _ in p.top_codes()})
    if codes:
        width = max(len(code) for code in codes)
        lines += ["", "Codes:", *(f"  {code:<{width}}  {code_name(code)}" for code in codes)]
    lines += ["", *turning_point_lines(series)]
    return "\n".join(lines)


def format_csv(series: DyadSeries) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["period", "start", "end", "events", "mentions", *CSV_QUAD, "goldstein_sum",
                     "goldstein_mean", "top_codes", "turning_point"])
    turns = {tp.index: tp.direction for tp in series.turning_points}
    for i, p in enumerate(series.periods):
        mean = p.goldstein_mean
        writer.writerow([p.label, p.start.isoformat(), p.end.isoformat(), p.events, p.mentions, *p.by_quad,
                         round(p.goldstein_sum, 2), "" if mean is None else round(mean, 4),
                         ";".join(f"{code}:{n}" for code, n in p.top_codes()), turns.get(i, "")])
    return out.getvalue().rstrip("\n")


def event_json(event: dict[str, Any]) -> dict[str, Any]:
    keys = ("global_event_id", "date", "date_precision", "source_code", "target_code", "cameo",
            "quad_class", "goldstein", "num_mentions", "num_sources", "num_articles", "sentence", "url",
            "contribution")
    record = {k: event.get(k) for k in keys}
    record["date"] = _iso(record["date"])
    record["cameo_name"] = code_name(event["cameo"])
    if record["contribution"] is None:  # only a turning point's drivers carry their share of the shift
        del record["contribution"]
    return record


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def series_json(series: DyadSeries) -> dict[str, Any]:
    return {
        "first": series.first, "second": series.second, "directed": series.directed, "by": series.by,
        "since": _iso(series.since), "until": _iso(series.until), "events": len(series.events),
        "mentions": series.mentions, "undated": series.undated,
        "periods": [{
            "period": p.label, "start": p.start.isoformat(), "end": p.end.isoformat(), "events": p.events,
            "mentions": p.mentions, **dict(zip(CSV_QUAD, p.by_quad, strict=True)),
            "goldstein_sum": round(p.goldstein_sum, 2),
            "goldstein_mean": None if p.goldstein_mean is None else round(p.goldstein_mean, 4),
            "top_codes": [{"cameo": c, "name": code_name(c), "events": n} for c, n in p.top_codes()],
        } for p in series.periods],
        "turning_points": [{
            "period": tp.label, "direction": tp.direction, "before": round(tp.before, 4),
            "after": round(tp.after, 4), "drivers": [event_json(e) for e in tp.drivers],
        } for tp in series.turning_points],
        "penalty": None if series.penalty is None else round(series.penalty, 4),
    }


def format_json(series: DyadSeries) -> str:
    return json.dumps(series_json(series), ensure_ascii=False, indent=2)


FORMATTERS = {"table": format_table, "csv": format_csv, "json": format_json}
