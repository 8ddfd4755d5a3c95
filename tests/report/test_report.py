"""The HTML report: self-contained, article text escaped, chart with turning points, CLI."""

from __future__ import annotations

import re
from datetime import date

import pytest
from click.testing import CliRunner

from detente.analysis.changepoints import find_turning_points
from detente.analysis.dyad import build_series
from detente.cli import cli
from detente.model import Actor, CodedDocument, Document, Event, stable_hash
from detente.ontology import Ontology
from detente.report import build_report, render_report
from detente.store import Store

HOSTILE = 'Officials said <script>alert("x")</script> & China detained a <b>Canadian</b> trader.'


def _doc(doc_id: str, published: date, url: str | None) -> Document:
    text = f"Story {doc_id}."
    return Document(doc_id=doc_id, text=text, url=url, published=published, source="Wire", origin=doc_id,
                    content_hash=stable_hash(text, length=32))


def _ev(document: Document, index: int, cameo: str, source: Actor, target: Actor, when: date,
        sentence: str, trigger: str) -> Event:
    info = Ontology.load()[cameo]
    start = sentence.index(trigger)
    event = Event(doc_id=document.doc_id, sentence_index=index, sentence=sentence, cameo=cameo, trigger=trigger,
                  rule="test.rule", source=source, target=target, url=document.url, published=document.published,
                  date=when, date_precision="day", trigger_start=start, trigger_end=start + len(trigger),
                  root=info.root, quad_class=info.quad_class, goldstein=info.goldstein)
    event.event_id = stable_hash(document.doc_id, index)
    return event


@pytest.fixture
def hostile_db(db_path):
    china, canada = Actor("China", "CHNGOV", "CHN", "GOV"), Actor("a <b>Canadian</b> trader", "CANBUS", "CAN", "BUS")
    a = _doc("a", date(2026, 8, 27), "javascript:alert(1)")
    b = _doc("b", date(2026, 8, 28), "https://news.example/b?x=1&y=2")
    with Store(db_path) as store:
        store.save_batch([CodedDocument(a, [_ev(a, 0, "173", china, canada, date(2026, 8, 26), HOSTILE, "detained")],
                                        [HOSTILE])])
        store.save_batch([CodedDocument(b, [_ev(b, 1, "173", china, canada, date(2026, 8, 26),
                                                "China detained a Canadian.", "detained")], ["x"])])
    return db_path


def test_article_text_is_escaped_and_nothing_is_fetched(hostile_db):
    with Store(hostile_db, read_only=True) as store:
        html, series = build_report(store, "CAN", "CHN")
    assert len(series.events) == 1 and series.events[0]["num_articles"] == 2
    assert "<script" not in html.lower()
    assert ("Officials said &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; China "
            "<mark>detained</mark> a &lt;b&gt;Canadian&lt;/b&gt; trader.") in html
    assert "<small>a &lt;b&gt;Canadian&lt;/b&gt; trader</small>" in html
    assert "javascript:" not in html  # not a link
    assert '<a href="https://news.example/b?x=1&amp;y=2">' in html
    assert not re.search(r"<link|<img|<iframe|\bsrc=|@import|url\(", html)
    external = set(re.findall(r"https?://[^\s\"'<>]+", html))
    assert external == {"http://www.w3.org/2000/svg", "https://news.example/b?x=1&amp;y=2"}
    assert html.count("<svg") == 1 and "1 more report" in html


def test_the_chart_marks_turning_points_and_the_table_lists_their_drivers():
    records = []
    for month, mean in enumerate([4.0, 3.4, 5.2, 3.0, 4.6, 3.8, -5.0, -6.0, -4.2, -5.6, -4.4, -5.2], start=1):
        for k, shift in enumerate((1.5, -1.5)):
            records.append({"date": date(2026, month, 5 + 10 * k), "goldstein": mean + shift, "cameo": "040",
                            "quad_class": 1 if mean > 0 else 4, "num_mentions": 1, "global_event_id": 2 * month + k,
                            "source_code": "AAA", "target_code": "BBB", "sentence": f"Event {month}.{k}."})
    series = build_series(records, "AAA", "BBB")
    series.turning_points = find_turning_points(series)
    series.penalty = 1.0
    html = render_report(series, {}, "test.duckdb", "0.0")
    assert "▼ 2026-07" in html and 'stroke-dasharray="6 4"' in html
    assert html.count("<tr class=driver>") == 3  # the three events of the hostile half that pull hardest
    assert len(re.findall(r"<rect [^>]*><title>2026-\d\d: 2 (verbal cooperation|material conflict)</title>", html)) == 12
    assert "<title>2026-07: mean Goldstein -5.00 over 2 events</title>" in html


def test_trade_measures_show_on_the_timeline_when_stored(hostile_db):
    with Store(hostile_db) as store:
        if not store.has_table("measures"):  # the schema makes it; a minimal stand-in otherwise
            store.query("CREATE TABLE measures (measure_id VARCHAR, doc_id VARCHAR, content_hash VARCHAR, "
                        "imposer VARCHAR, affected VARCHAR, instrument VARCHAR, action VARCHAR, date DATE, "
                        "published DATE, sentence VARCHAR)")
        store.query("INSERT INTO measures (measure_id, doc_id, content_hash, imposer, affected, instrument, action, "
                    "date, published, sentence) VALUES ('m1', 'a', 'h', 'CHN', 'CAN', 'tariff', 'impose', "
                    "'2026-08-20', NULL, 'China put a 25% <tariff> on lobster.'), ('m2', 'a', 'h', 'USA', 'CAN', "
                    "'tariff', 'impose', '2026-08-21', NULL, 'Not this dyad.')")
        html, series = build_report(store, "CANBUS", "CHN")
    assert [m["sentence"] for m in series.measures] == ["China put a 25% <tariff> on lobster."]
    assert "Trade measures" in html and "China put a 25% &lt;tariff&gt; on lobster." in html
    assert "<td>impose import tariff</td>" not in html  # words, not identifiers
    assert "<title>2026-08-20: CHN impose tariff on CAN</title>" in html


def test_cli_writes_the_report(hostile_db, tmp_path):
    out = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["report", "--dyad", "CHN", "can", "--db", str(hostile_db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output == f"Wrote {out}: CHN-CAN, 1 events in 1 month, 0 turning points.\n"
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    bad = CliRunner().invoke(cli, ["report", "--dyad", "CAN", "--db", str(hostile_db)])
    assert bad.exit_code == 2


def test_count_axis_ticks_are_round():
    from detente.report.chart import count_ticks

    assert count_ticks(7) == [0, 2, 4, 6, 8]
    assert count_ticks(0) == [0, 1]
    assert count_ticks(140) == [0, 50, 100, 150]


def test_the_demo_ends_by_writing_the_main_pairs_report(tmp_path):
    from detente.demo import run_demo

    lines: list[str] = []
    out = tmp_path / "report.html"
    run_demo(str(tmp_path / "demo.duckdb"), echo=lines.append, report_path=str(out))
    assert lines[-2].startswith("Report on CAN-CHN (turning points: ")
    assert lines[-1] == f"  {out.resolve().as_uri()}"
    html = out.read_text(encoding="utf-8")
    assert "<h1>CAN–CHN: how the relationship moved</h1>" in html and "<svg" in html


def test_the_demo_report_shows_goods_rates_one_label_per_side_and_drivers_that_moved_the_mean(demo_db):
    with Store(demo_db, read_only=True) as store:
        html, _ = build_report(store, "CAN", "CHN")
    table = html.split("<h2>Trade measures</h2>", 1)[1].split("</table>", 1)[0]
    assert "import_tariff" not in table and "impose surtax / additional duty" in table
    assert re.search(r'canola oil <abbr title="Rape, colza or mustard oil[^"]*">HS 1514</abbr> <b>100%</b>', table)
    assert re.search(r'pork <abbr title="Meat of swine[^"]*">HS 0203</abbr> <b>10%</b>', table)
    assert "<td class=date>2026-04-01</td>" in table  # the cut on pork takes effect on 1 April
    assert 'answers <a href="#m-' in table
    assert not re.search(r"<b>(\w+)</b> <small>\1</small>", html)  # never "CHN CHN"
    turns = html.split("<h2>Turning points</h2>", 1)[1].split("<h2>", 1)[0]
    blocks = re.findall(r"<h3>(\d{4}-\d{2}): (▲|▼)[^<]*</h3>.*?<ul>(.*?)</ul>", turns, flags=re.S)
    assert blocks, "the demo's CAN-CHN series has at least one turning point"
    for period, arrow, drivers in blocks:
        moves = [float(m) for m in re.findall(r"moves the mean ([+-]?\d+\.\d+)", drivers)]
        assert moves and all((m > 0) == (arrow == "▲") for m in moves)  # each driver moves it the turn's way
        assert moves == sorted(moves, key=abs, reverse=True)  # the largest share of the move first
        dates = re.findall(r"<li>(\d{4}-\d{2})-\d{2} ", drivers)
        assert all(d >= period for d in dates)  # drivers come from the new level, not before the break


def test_every_hs_code_the_products_name_has_a_name():
    from detente.data import read_tsv
    from detente.report.views import hs_name

    codes = {row["hs"] for row in read_tsv("measures/products.tsv") if row["hs"]}
    assert codes and all(hs_name(code) for code in codes)
    assert hs_name("2306").startswith("Oil-cake") and hs_name("XI") == "Textiles and textile articles"
    assert hs_name("230690") == hs_name("2306")  # a subheading not listed: its heading's name
    assert hs_name(None) == hs_name("") == hs_name("7701") == ""  # chapter 77 is reserved
