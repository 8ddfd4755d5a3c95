"""The dyad chart as inline SVG, drawn in Python: no JavaScript, no fonts or files to fetch.

Stacked bars count the events of each period by QuadClass (left axis); a line follows the
mean Goldstein weight of the periods with events (right axis, -10 to +10); dashed vertical
lines mark turning points; diamonds along the bottom mark trade measures when stored.
Hovering a bar, point or marker shows its numbers (SVG <title>, no script needed).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable
from html import escape
from itertools import pairwise

from detente.analysis.dyad import DyadSeries, Period
from detente.ontology import QUAD_CLASS_NAMES

Scale = Callable[[float], float]  # a value to a y coordinate
Link = Callable[[str, str], str]  # ("period" or "turn", label) -> href, for a chart people click on

QUAD_COLOURS = ("#7fc97f", "#1b7837", "#fdb863", "#d7301f")  # verbal/material cooperation, conflict
LINE_COLOUR = "#2c3e91"
TURN_COLOUR = "#6a1b9a"
MEASURE_COLOUR = "#b8860b"

WIDTH, HEIGHT = 1100, 420
LEFT, RIGHT, TOP, BOTTOM = 56, 60, 48, 64


def quad_css() -> str:
    """CSS classes q1..q4 that colour a QuadClass swatch as the chart does (no inline styles needed)."""
    return "".join(f".q{quad} {{ background: {colour}; }}\n" for quad, colour in enumerate(QUAD_COLOURS, start=1))


def count_ticks(value: int) -> list[int]:
    """Whole-number ticks from 0 to a round maximum at or above ``value`` (at most 6)."""
    magnitude = 1
    while True:
        for step in (magnitude, 2 * magnitude, 5 * magnitude):
            if math.ceil(max(value, 1) / step) <= 5:
                top = step * math.ceil(max(value, 1) / step)
                return list(range(0, top + 1, step))
        magnitude *= 10


def _fmt(x: float) -> str:
    return f"{x:.1f}"


def render_chart(series: DyadSeries, link: Link | None = None) -> str:
    """The SVG element for ``series`` (an empty-state message when it has no periods).

    With ``link`` (the dashboard), each period's bar and each turning point is a link, reachable
    with the keyboard and named for screen readers; without it (the report) the chart is an image.
    """
    if not series.periods:
        return '<p class="empty">No dated events for this dyad.</p>'
    n = len(series.periods)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / n
    ticks = count_ticks(max(p.events for p in series.periods))
    count_max = ticks[-1]
    y_count = lambda c: TOP + plot_h - c / count_max * plot_h  # noqa: E731
    y_gold = lambda g: TOP + plot_h / 2 - g / 10 * (plot_h / 2)  # noqa: E731
    role = 'role="group"' if link else 'role="img"'
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" {role} '
             f'aria-label="Events per {series.by} by QuadClass and mean Goldstein weight" class="chart">']
    parts += _axes(series, ticks, y_count, y_gold, slot)
    parts += _bars(series, y_count, slot, link)
    parts += _goldstein_line(series, y_gold, slot)
    parts += _turning_points(series, slot, link)
    parts += _measures(series, slot)
    parts += _legend(bool(series.measures))
    parts.append("</svg>")
    return "\n".join(parts)


def _axes(series: DyadSeries, ticks: list[int], y_count: Scale, y_gold: Scale, slot: float) -> list[str]:
    plot_bottom = HEIGHT - BOTTOM
    out = [f'<rect x="{LEFT}" y="{TOP}" width="{WIDTH - LEFT - RIGHT}" height="{plot_bottom - TOP}" '
           'fill="#fafafa" stroke="#ccc"/>']
    for c in ticks:
        y = _fmt(y_count(c))
        out.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y}" y2="{y}" stroke="#eee"/>')
        out.append(f'<text x="{LEFT - 6}" y="{y}" class="tick" text-anchor="end" dy="4">{c:g}</text>')
    for g in (-10, -5, 0, 5, 10):
        y = _fmt(y_gold(g))
        label = f"{g:+d}" if g else "0"
        out.append(f'<text x="{WIDTH - RIGHT + 6}" y="{y}" class="tick gold" dy="4">{label}</text>')
    zero = _fmt(y_gold(0))
    out.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{zero}" y2="{zero}" stroke="{LINE_COLOUR}" '
               'stroke-dasharray="2 4" stroke-opacity="0.5"/>')
    out.append(f'<text x="16" y="{TOP + (plot_bottom - TOP) / 2:.0f}" class="axis" text-anchor="middle" '
               f'transform="rotate(-90 16 {TOP + (plot_bottom - TOP) / 2:.0f})">events</text>')
    out.append(f'<text x="{WIDTH - 14}" y="{TOP + (plot_bottom - TOP) / 2:.0f}" class="axis gold" '
               f'text-anchor="middle" transform="rotate(90 {WIDTH - 14} {TOP + (plot_bottom - TOP) / 2:.0f})">'
               'mean Goldstein</text>')
    every = max(1, math.ceil(len(series.periods) / 20))
    for i, period in enumerate(series.periods):
        if i % every:
            continue
        x = LEFT + (i + 0.5) * slot
        out.append(f'<text x="{_fmt(x)}" y="{plot_bottom + 14}" class="tick" text-anchor="end" '
                   f'transform="rotate(-40 {_fmt(x)} {plot_bottom + 14})">{escape(period.label)}</text>')
    return out


def _linked(parts: list[str], href: str, label: str) -> list[str]:
    return [f'<a href="{escape(href, quote=True)}" aria-label="{escape(label, quote=True)}">', *parts, "</a>"]


def _bars(series: DyadSeries, y_count: Scale, slot: float, link: Link | None = None) -> list[str]:
    out = []
    width = max(1.0, slot * 0.7)
    for i, period in enumerate(series.periods):
        x = LEFT + i * slot + (slot - width) / 2
        bars = _period_bars(period, x, width, y_count)
        if link and period.events:
            # a transparent rectangle over the whole slot makes thin bars easy to hit
            hit = (f'<rect x="{_fmt(LEFT + i * slot)}" y="{TOP}" width="{_fmt(slot)}" '
                   f'height="{HEIGHT - BOTTOM - TOP}" class="hit" fill="transparent"/>')
            label = f"{period.label}: {period.events} event{'s' if period.events != 1 else ''}, show them"
            bars = _linked([hit, *bars], link("period", period.label), label)
        out += bars
    return out


def _period_bars(period: Period, x: float, width: float, y_count: Scale) -> list[str]:
    out = []
    base = 0
    for quad, count in enumerate(period.by_quad):
        if not count:
            continue
        top, bottom = y_count(base + count), y_count(base)
        tip = f"{period.label}: {count} {QUAD_CLASS_NAMES[quad + 1]}"
        out.append(f'<rect x="{_fmt(x)}" y="{_fmt(top)}" width="{_fmt(width)}" height="{_fmt(bottom - top)}" '
                   f'fill="{QUAD_COLOURS[quad]}"><title>{escape(tip)}</title></rect>')
        base += count
    return out


def _goldstein_line(series: DyadSeries, y_gold: Scale, slot: float) -> list[str]:
    """Solid between neighbouring periods, thin and dashed across quiet ones."""
    points = [(i, LEFT + (i + 0.5) * slot, y_gold(p.goldstein_mean), p) for i, p in enumerate(series.periods)
              if p.goldstein_mean is not None]
    out = []
    for (i1, x1, y1, _), (i2, x2, y2, _) in pairwise(points):
        style = 'stroke-width="2"' if i2 - i1 == 1 else 'stroke-width="1" stroke-dasharray="3 4"'
        out.append(f'<line x1="{_fmt(x1)}" y1="{_fmt(y1)}" x2="{_fmt(x2)}" y2="{_fmt(y2)}" '
                   f'stroke="{LINE_COLOUR}" {style}/>')
    for _, x, y, p in points:
        tip = f"{p.label}: mean Goldstein {p.goldstein_mean:+.2f} over {p.events} events"
        out.append(f'<circle cx="{_fmt(x)}" cy="{_fmt(y)}" r="3.5" fill="{LINE_COLOUR}">'
                   f'<title>{escape(tip)}</title></circle>')
    return out


def _turning_points(series: DyadSeries, slot: float, link: Link | None = None) -> list[str]:
    out = []
    for tp in series.turning_points:
        x = _fmt(LEFT + tp.index * slot)
        arrow = "▲" if tp.direction == "up" else "▼"
        tip = f"Turning point {tp.label}: mean Goldstein {tp.before:+.2f} before, {tp.after:+.2f} after"
        mark = (f'<g class="turn" data-turn="{escape(tp.label, quote=True)}"><title>{escape(tip)}</title>'
                f'<line x1="{x}" x2="{x}" y1="{TOP - 6}" y2="{HEIGHT - BOTTOM}" stroke="{TURN_COLOUR}" '
                'stroke-width="2" stroke-dasharray="6 4"/>'
                f'<text x="{x}" y="{TOP - 10}" class="turnlabel" text-anchor="middle">'
                f'{arrow} {escape(tp.label)}</text></g>')
        out += _linked([mark], link("turn", tp.label), f"{tip}; show its events") if link else [mark]
    return out


def _measures(series: DyadSeries, slot: float) -> list[str]:
    """A diamond per measure at the bottom of its period, stacked upwards within a period."""
    out = []
    starts = [p.start for p in series.periods]
    stacked: dict[int, int] = {}
    for measure in series.measures:
        day = measure["date"]
        if day < starts[0] or day > series.periods[-1].end:
            continue
        i = bisect_right(starts, day) - 1
        level = stacked[i] = stacked.get(i, -1) + 1
        x, y = LEFT + (i + 0.5) * slot, HEIGHT - BOTTOM - 8 - 13 * level
        tip = (f"{day}: {measure.get('imposer') or '?'} {measure.get('action') or ''} "
               f"{measure.get('instrument') or ''} on {measure.get('affected') or '?'}")
        out.append(f'<path d="M{_fmt(x)} {_fmt(y - 6)} l6 6 l-6 6 l-6 -6 z" fill="{MEASURE_COLOUR}" stroke="#fff">'
                   f'<title>{escape(tip)}</title></path>')
    return out


def _legend(measures: bool) -> list[str]:
    out, x = [], LEFT
    items = [*zip(QUAD_COLOURS, QUAD_CLASS_NAMES.values(), strict=True)]
    for colour, name in items:
        out.append(f'<rect x="{x}" y="12" width="12" height="12" fill="{colour}"/>'
                   f'<text x="{x + 16}" y="22" class="legend">{name}</text>')
        x += 30 + 7 * len(name)
    out.append(f'<line x1="{x}" x2="{x + 18}" y1="18" y2="18" stroke="{LINE_COLOUR}" stroke-width="2"/>'
               f'<text x="{x + 22}" y="22" class="legend">mean Goldstein</text>')
    x += 140
    out.append(f'<line x1="{x + 6}" x2="{x + 6}" y1="10" y2="26" stroke="{TURN_COLOUR}" stroke-width="2" '
               f'stroke-dasharray="4 3"/><text x="{x + 14}" y="22" class="legend">turning point</text>')
    if measures:
        x += 120
        out.append(f'<path d="M{x + 6} 12 l6 6 l-6 6 l-6 -6 z" fill="{MEASURE_COLOUR}"/>'
                   f'<text x="{x + 16}" y="22" class="legend">trade measure</text>')
    return out
