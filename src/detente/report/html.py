"""The dyad report as one self-contained HTML page: inline CSS and SVG, no script, no links
to fetch. Every piece of article text goes through ``html.escape``: a story that contains
``<script>`` shows it as text.
"""

from __future__ import annotations

from html import escape
from typing import Any

from detente.analysis.dyad import DyadSeries
from detente.analysis.dyad_text import code_name, describe, signed
from detente.model import DOCUMENT_PRECISION
from detente.ontology import QUAD_CLASS_NAMES
from detente.report.chart import QUAD_COLOURS, render_chart
from detente.report.map import EventGeo, render_map

MAX_EVENTS = 2000  # rows in the events table; the chart and turning points use every event

CSS = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222;
       max-width: 1140px; margin: 24px auto; padding: 0 16px; }
h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 28px 0 8px; }
.meta { color: #555; margin: 0 0 12px; } .small, small { color: #666; font-size: 12.5px; }
svg.chart { width: 100%; height: auto; border: 1px solid #ddd; border-radius: 4px; background: #fff; }
svg .tick { font-size: 11px; fill: #555; } svg .axis { font-size: 12px; fill: #333; }
svg .gold { fill: #2c3e91; } svg .legend { font-size: 12px; fill: #333; }
svg .turnlabel { font-size: 12px; font-weight: 600; fill: #6a1b9a; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
th, td { border-bottom: 1px solid #e4e4e4; padding: 5px 6px; text-align: left; vertical-align: top; }
th { background: #f3f3f3; position: sticky; top: 0; } td.num { text-align: right; white-space: nowrap; }
td.date { white-space: nowrap; } tr.driver td { background: #f6effa; }
mark { background: #fff1a8; padding: 0 1px; }
.quad { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; }
.turn { border-left: 4px solid #6a1b9a; padding: 2px 12px; margin: 10px 0; }
.turn h3 { margin: 0 0 2px; font-size: 16px; } .turn ul { margin: 4px 0; padding-left: 18px; }
blockquote { margin: 2px 0 6px; color: #333; } details summary { cursor: pointer; color: #2c3e91; }
.empty { color: #777; font-style: italic; }
svg.map { display: block; width: 100%; height: auto; max-height: 480px; border: 1px solid #ddd; border-radius: 4px; }
ul.places { max-height: 220px; overflow: auto; font-size: 13px; margin: 6px 0; }
"""


def _actor(event: dict[str, Any], side: str) -> str:
    code = event.get(f"{side}_code") or "?"
    label = event.get(f"{side}_name") or event.get(f"{side}_text") or ""
    extra = f" <small>{escape(label)}</small>" if label else ""
    return f"<b>{escape(code)}</b>{extra}"


def evidence(row: dict[str, Any]) -> str:
    """The sentence, escaped, with the trigger word marked when its offsets fit the sentence."""
    sentence = row.get("sentence") or ""
    start, end = row.get("trigger_start"), row.get("trigger_end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(sentence):
        return (f"{escape(sentence[:start])}<mark>{escape(sentence[start:end])}</mark>"
                f"{escape(sentence[end:])}")
    return escape(sentence)


def _link(url: str | None, text: str) -> str:
    if url and url.lower().startswith(("http://", "https://")):
        return f'<a href="{escape(url, quote=True)}">{escape(text)}</a>'
    return escape(text)


def _event_summary(event: dict[str, Any]) -> str:
    return (f"{escape(str(event['date']))} {_actor(event, 'source')} → {_actor(event, 'target')}: "
            f"{escape(event['cameo'])} {escape(code_name(event['cameo']))} "
            f"(Goldstein {escape(signed(event['goldstein']))})")


def _turning_points(series: DyadSeries) -> str:
    if series.penalty is None:
        method = f"Too few {escape(series.by)}s with events to look for turning points."
    else:
        method = (f"Breaks in the mean Goldstein weight of the {escape(series.by)}s with events, found by "
                  f"Pelt (ruptures, l2 cost, penalty {series.penalty:.1f}); under each, the events of its "
                  "first period that pull hardest the new way.")
    parts = ["<h2>Turning points</h2>", f'<p class="small">{method}</p>']
    if not series.turning_points:
        parts.append('<p class="empty">No turning point found.</p>')
    for tp in series.turning_points:
        way = "▲ towards cooperation" if tp.direction == "up" else "▼ towards conflict"
        items = "".join(f"<li>{_event_summary(e)}<blockquote>“{evidence(e)}”</blockquote></li>"
                        for e in tp.drivers)
        parts.append(f'<div class="turn"><h3>{escape(tp.label)}: {way}</h3>'
                     f"<div>mean Goldstein {escape(signed(tp.before, 2))} before, "
                     f"{escape(signed(tp.after, 2))} from here</div><ul>{items}</ul></div>")
    return "\n".join(parts)


def _periods_table(series: DyadSeries) -> str:
    head = "".join(f'<th><span class="quad" style="background:{c}"></span>{escape(n)}</th>'
                   for c, n in zip(QUAD_COLOURS, QUAD_CLASS_NAMES.values(), strict=True))
    rows = []
    for p in series.periods:
        codes = ", ".join(f"{escape(c)} ({n})" for c, n in p.top_codes())
        rows.append(f"<tr><td>{escape(p.label)}</td><td class=num>{p.events}</td>"
                    + "".join(f"<td class=num>{n}</td>" for n in p.by_quad)
                    + f"<td class=num>{escape(signed(p.goldstein_sum))}</td>"
                    f"<td class=num>{escape(signed(p.goldstein_mean, 2))}</td><td>{codes}</td></tr>")
    return (f"<details><summary>Per {escape(series.by)}: counts, Goldstein sum and mean, top codes</summary>"
            f"<table><tr><th>period</th><th>events</th>{head}<th>Goldstein</th><th>mean</th>"
            f"<th>top codes</th></tr>{''.join(rows)}</table></details>")


def _measures_table(series: DyadSeries) -> str:
    if not series.measures:
        return ""
    rows = "".join(
        f"<tr><td class=date>{escape(str(m['date']))}</td><td>{escape(m.get('imposer') or '?')} → "
        f"{escape(m.get('affected') or '?')}</td><td>{escape(m.get('action') or '')} "
        f"{escape(m.get('instrument') or '')}</td><td>{escape(m.get('sentence') or '')}</td></tr>"
        for m in series.measures)
    return ("<h2>Trade measures</h2><table><tr><th>date</th><th>imposer → affected</th><th>measure</th>"
            f"<th>evidence</th></tr>{rows}</table>")


def _reports(event: dict[str, Any], mentions: list[dict[str, Any]]) -> str:
    others = [m for m in mentions if m["mention_id"] != event.get("first_mention_id")]
    if not others:
        return ""
    items = "".join(f"<li>“{evidence(m)}” <small>{_link(m.get('url'), m.get('site') or '')}"
                    f" {escape(str(m.get('published') or ''))} · {escape(m.get('rule') or '')}</small></li>"
                    for m in others)
    more = f"{len(others)} more report{'s' if len(others) != 1 else ''}"
    return f"<details><summary>{more}</summary><ul>{items}</ul></details>"


def _place_and_tone(geo: EventGeo | None) -> str:
    """The events table's cell for where an event happened and its AvgTone."""
    if geo is None:
        return "<td></td>"
    where = escape(geo.location.name) if geo.location else ""
    if geo.location is not None and geo.location.precision == DOCUMENT_PRECISION:
        where += " <small>(article's place)</small>"
    tone = f"<br><small>tone {escape(signed(geo.tone, 1))}</small>" if geo.tone is not None else ""
    return f"<td>{where}{tone}</td>"


def _events_table(series: DyadSeries, mentions: dict[int, list[dict[str, Any]]], limit: int,
                  geo: dict[int, EventGeo] | None = None) -> str:
    drivers = {e.get("global_event_id") for tp in series.turning_points for e in tp.drivers}
    shown = series.events[:limit]
    rows = []
    for e in shown:
        gid = e.get("global_event_id")
        colour = QUAD_COLOURS[e["quad_class"] - 1]
        source = _link(e.get("url"), "article") if e.get("url") else ""
        rows.append(
            f'<tr{" class=driver" if gid in drivers else ""}><td class=date id="event-{gid}">{escape(str(e["date"]))}'
            f'<br><small>{escape(e.get("date_precision") or "")}</small></td>'
            f"<td>{_actor(e, 'source')} → {_actor(e, 'target')}</td>"
            f'<td><span class="quad" style="background:{colour}"></span><b>{escape(e["cameo"])}</b> '
            f"{escape(code_name(e['cameo']))}</td><td class=num>{escape(signed(e['goldstein']))}</td>"
            f"<td class=num>{e.get('num_mentions') or 1} / {e.get('num_articles') or 1} / "
            f"{e.get('num_sources') or 1}</td>"
            f"{_place_and_tone(geo.get(gid) if geo is not None and gid is not None else None)}"
            f"<td>{evidence(e)} <small>{escape(e.get('rule') or '')} {source}</small>"
            f"{_reports(e, mentions.get(gid, []) if gid is not None else [])}</td></tr>")
    note = (f'<p class="small">Showing the first {limit} of {len(series.events)} events.</p>'
            if len(series.events) > limit else "")
    return ("<h2>Events</h2><p class=\"small\">Each event once, however often reported: reports = mentions / "
            "articles / sources. Rows tinted violet drive a turning point. The marked word is the trigger. Where: "
            "the place of the first report (GeoNames); tone: the mean tone of the articles reporting it (GDELT's "
            "AvgTone, -100 to +100, from VADER).</p>"
            f"{note}<table><tr><th>date</th><th>source → target</th><th>event</th><th>Goldstein</th>"
            f"<th>reports</th><th>where, tone</th><th>evidence</th></tr>{''.join(rows)}</table>")


def render_report(series: DyadSeries, mentions: dict[int, list[dict[str, Any]]], origin: str,
                  version: str, limit: int = MAX_EVENTS, geo: dict[int, EventGeo] | None = None) -> str:
    """The whole page. ``mentions`` maps global_event_id to that event's mentions; ``geo`` to
    its place and tone (``detente.report.map.event_geo``), shown on the map and in the table."""
    title = f"{series.first}–{series.second}"
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)} · detente report</title><style>{CSS}</style></head><body>",
        f"<h1>{escape(title)}: how the relationship moved</h1>",
        f'<p class="meta">{escape(describe(series))}</p>',
        render_chart(series),
        render_map(series.events, geo) if geo is not None and series.events else "",
        _turning_points(series),
        _measures_table(series),
        "<h2>Periods</h2>", _periods_table(series),
        _events_table(series, mentions, limit, geo),
        f'<p class="small">Made by detente {escape(version)} from {escape(origin)}. Codes: CAMEO; '
        "Goldstein weights and QuadClass as in GDELT.</p>",
        "</body></html>",
    ]) + "\n"
