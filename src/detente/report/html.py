"""The dyad report as one self-contained HTML page: inline CSS and SVG, no script, no links
to fetch. Every piece of article text goes through ``html.escape``: a story that contains
``<script>`` shows it as text.
"""

from __future__ import annotations

from html import escape
from typing import Any

from detente.analysis.dyad import DyadSeries
from detente.analysis.dyad_text import describe, signed
from detente.model import DOCUMENT_PRECISION
from detente.ontology import QUAD_CLASS_NAMES
from detente.report.chart import quad_css, render_chart
from detente.report.map import EventGeo, render_map
from detente.report.views import (
    ActorLabel,
    EventView,
    MeasureView,
    ProductView,
    event_view,
    evidence,
    measure_views,
    method_note,
    turning_point_views,
)

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
""" + quad_css()


def _actor(label: ActorLabel) -> str:
    extra = f" <small>{escape(label.detail)}</small>" if label.detail else ""
    return f"<b>{escape(label.code)}</b>{extra}"


def _link(url: str | None, text: str) -> str:
    if url and url.lower().startswith(("http://", "https://")):
        return f'<a href="{escape(url, quote=True)}">{escape(text)}</a>'
    return escape(text)


def _event_summary(event: EventView) -> str:
    share = f", moves the mean {escape(event.contribution)}" if event.contribution else ""
    return (f"{escape(event.date)} {_actor(event.source)} → {_actor(event.target)}: "
            f"{escape(event.cameo)} {escape(event.cameo_name)} (Goldstein {escape(event.goldstein)}{share})")


def _turning_points(series: DyadSeries) -> str:
    parts = ["<h2>Turning points</h2>", f'<p class="small">{escape(method_note(series))}</p>']
    if not series.turning_points:
        parts.append('<p class="empty">No turning point found.</p>')
    for tp in turning_point_views(series):
        items = "".join(f"<li>{_event_summary(e)}<blockquote>“{e.evidence}”</blockquote></li>" for e in tp.drivers)
        parts.append(f'<div class="turn"><h3>{escape(tp.label)}: {escape(tp.way)}</h3>'
                     f"<div>{escape(tp.summary)}</div><ul>{items}</ul></div>")
    return "\n".join(parts)


def _periods_table(series: DyadSeries) -> str:
    head = "".join(f'<th><span class="quad q{quad}"></span>{escape(name)}</th>'
                   for quad, name in QUAD_CLASS_NAMES.items())
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


def _product(product: ProductView) -> str:
    hs = (f' <abbr title="{escape(product.hs_name, quote=True)}">HS {escape(product.hs)}</abbr>'
          if product.hs_name else (f" HS {escape(product.hs)}" if product.hs else ""))
    return f"{escape(product.text)}{hs}" + (f" <b>{escape(product.rate)}</b>" if product.rate else "")


def _goods(measure: MeasureView) -> str:
    return "; ".join(_product(p) for p in measure.products) or '<span class="empty">not named</span>'


def _measures_table(series: DyadSeries) -> str:
    views = measure_views(series.measure_records)
    if not views:
        return ""
    rows = []
    for m in views:
        answers = f'<br><small>answers <a href="#m-{escape(m.in_response_to)}">{escape(m.in_response_to)}</a></small>' \
            if m.in_response_to else ""
        rows.append(
            f'<tr id="m-{escape(m.measure_id)}"><td class=date>{escape(m.date)}</td>'
            f"<td>{escape(m.imposer)} → {escape(m.affected)}</td><td>{escape(m.what)}{answers}</td>"
            f"<td>{_goods(m)}</td><td class=date>{escape(m.effective_date) or '-'}</td><td>{m.evidence}</td></tr>")
    return ("<h2>Trade measures</h2><table><tr><th>date</th><th>imposer → affected</th><th>measure</th>"
            f"<th>goods [HS 2022] and rates</th><th>takes effect</th><th>evidence</th></tr>{''.join(rows)}</table>")


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
    rows = []
    for row in series.events[:limit]:
        e = event_view(row)
        source = _link(e.url, "article") if e.url else ""
        rows.append(
            f'<tr{" class=driver" if e.global_event_id in drivers else ""}>'
            f'<td class=date id="event-{e.global_event_id}">{escape(e.date)}'
            f"<br><small>{escape(e.precision)}</small></td><td>{_actor(e.source)} → {_actor(e.target)}</td>"
            f'<td><span class="quad q{e.quad_class}"></span><b>{escape(e.cameo)}</b> {escape(e.cameo_name)}</td>'
            f"<td class=num>{escape(e.goldstein)}</td><td class=num>{escape(e.reports)}</td>"
            f"{_place_and_tone(geo.get(e.global_event_id) if geo and e.global_event_id is not None else None)}"
            f"<td>{e.evidence} <small>{escape(e.rule)} {source}</small>"
            f"{_reports(row, mentions.get(e.global_event_id, []) if e.global_event_id is not None else [])}</td></tr>")
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
        # the sections, in page order: a new one (a map, say) is one more entry here
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
