"""The coding snapshot: what detente codes from three fixed corpora, one line per record.

A change to how sentences are coded shows up as a diff of tests/data/snapshots/*.tsv, so
that every change of output is deliberate and reviewed; a change of structure leaves the
files byte-identical (tests/test_snapshot.py checks that).

    .venv/bin/python tools/snapshot.py            # rewrite the snapshot files
    .venv/bin/python tools/snapshot.py --check    # exit 1 and show the diff when they differ
    .venv/bin/python tools/snapshot.py --full DIR # also write every record's whole JSON

Corpora: the VOA stories and the PLOVER gold sentences from ../shared, and the bundled demo
corpus (HTML, text and JSON Lines through the same readers as `detente code`).
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SNAPSHOTS = ROOT / "tests" / "data" / "snapshots"
CORPORA = ("demo", "plover", "voa")


def _actor(actor: dict[str, Any] | None) -> str:
    if actor is None:
        return "-"
    return "|".join(str(actor[k]) if actor[k] is not None else "" for k in ("code", "text", "name"))


def event_line(record: dict[str, Any]) -> str:
    """One event as a tab-separated line: where, what, who, when and by which rule."""
    span = record["trigger_span"]
    return "\t".join([
        "E", str(record["doc_id"]), str(record["sentence_index"]), f"{span[0]}-{span[1]}",
        record["cameo"], record["plover"] or "", _actor(record["source"]), _actor(record["target"]),
        record["date"] or "", record["date_precision"] or "", record["trigger"], record["rule"],
    ])


def measure_line(record: dict[str, Any]) -> str:
    """One trade measure as a tab-separated line."""
    products = ";".join(f"{p['text']}={p['hs'] or ''}@{p['rate'] if p['rate'] is not None else ''}"
                        for p in record["products"])
    span = record["trigger_span"]
    return "\t".join([
        "M", str(record["doc_id"]), str(record["sentence_index"]), f"{span[0]}-{span[1]}",
        record["instrument"], record["action"], record["imposer"] or "", record["affected"] or "",
        products, "" if record["rate"] is None else f"{record['rate']:g}{record['rate_unit'] or ''}",
        record["date"] or "", record["effective_date"] or "", record["cameo"] or "",
        "in_response_to" if record["in_response_to"] else "", record["rule"],
    ])


def _coded(corpus: str) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(document id, its records as contract dicts) for every document of ``corpus``."""
    from detente import pipeline as pipeline_module
    from detente.ingest import IngestOptions, iter_documents

    pipeline = pipeline_module.Pipeline()
    if corpus == "plover":
        from detente.evaluation import code_records, read_gold

        for result in code_records(read_gold(SHARED / "eval" / "PLOVER_GSR_CAMEO.txt").records, pipeline):
            yield result.record.record_id, [e.to_dict() for e in result.events]
        return
    if corpus == "voa":
        inputs = [str(SHARED / "corpus" / "voa_stories.jsonl")]
    else:
        from detente.demo import demo_inputs

        inputs = demo_inputs()  # the articles `detente demo` codes, not the corpus's notes (README, EXPECTED)
    items = iter_documents(inputs, IngestOptions(check_language=False))
    for result in pipeline.run(items):
        if result.document is None:
            continue
        records = [e.to_dict() for e in result.events] + [m.to_dict() for m in result.measures]
        yield result.document.doc_id, records


def snapshot_lines(corpus: str, full: Path | None = None) -> list[str]:
    lines: list[str] = []
    out = (full / f"{corpus}.jsonl").open("w", encoding="utf-8") if full else None
    for doc_id, records in _coded(corpus):
        lines.append(f"D\t{doc_id}\t{len(records)}")
        for record in records:
            lines.append(event_line(record) if record["kind"] == "event" else measure_line(record))
            if out is not None:
                out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    if out is not None:
        out.close()
    return lines


def diff(corpus: str, lines: Iterable[str]) -> list[str]:
    path = SNAPSHOTS / f"{corpus}.tsv"
    old = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return list(difflib.unified_diff(old, list(lines), f"{corpus}.tsv (stored)", f"{corpus}.tsv (now)",
                                     lineterm="", n=0))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument("--full", type=Path, help="also write each corpus's full JSON records here")
    parser.add_argument("corpora", nargs="*", help=f"some of {', '.join(CORPORA)} (default: all)")
    args = parser.parse_args(argv)
    if args.full:
        args.full.mkdir(parents=True, exist_ok=True)
    unknown = set(args.corpora) - set(CORPORA)
    if unknown:
        parser.error(f"unknown corpus {sorted(unknown)}: choose from {', '.join(CORPORA)}")
    status = 0
    for corpus in args.corpora or CORPORA:
        lines = snapshot_lines(corpus, args.full)
        if args.check:
            changed = diff(corpus, lines)
            if changed:
                status = 1
                print("\n".join(changed[:200]))
                print(f"{corpus}: {sum(1 for c in changed if c[:1] in '+-') - 2} lines differ")
            else:
                print(f"{corpus}: identical ({len(lines)} lines)")
        else:
            SNAPSHOTS.mkdir(parents=True, exist_ok=True)
            (SNAPSHOTS / f"{corpus}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
            print(f"{corpus}: wrote {len(lines)} lines")
    return status


if __name__ == "__main__":
    sys.exit(main())
