"""Score detente on the development set: root F1, dyad (root, source, target country) P/R/F1
and no-event silence, coding each sentence after its two sentences of context.

The set is split by story: stories with an even id are the development half (look at their
errors freely), stories with an odd id are held out (only their figures, never their
sentences, should guide work).

    .venv/bin/python tools/devset/score.py [--split dev|heldout|all] [--errors] [--alone]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from agreement import compare

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "devset" / "voa_diplomacy.jsonl"


def split_of(record: dict[str, object]) -> str:
    return "dev" if int(str(record["doc_id"])) % 2 == 0 else "heldout"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=["dev", "heldout", "all"], default="dev")
    parser.add_argument("--errors", action="store_true", help="print each sentence whose coding differs (dev only)")
    parser.add_argument("--alone", action="store_true", help="code each sentence without its context")
    args = parser.parse_args()
    from detente.ingest.readers import IngestOptions, make_document
    from detente.pipeline import Pipeline

    records = [r for r in map(json.loads, GOLD.read_text(encoding="utf-8").splitlines())
               if args.split == "all" or split_of(r) == args.split]
    options = IngestOptions(check_language=False)
    documents = []
    for r in records:
        text = r["text"] if args.alone else f"{r['context']} {r['text']}".strip()
        documents.append(make_document(text, r["id"], options, doc_id=r["id"],
                                       published=date.fromisoformat(r["published"])))
    gold, predicted, rules = {}, {}, {}
    for record, coded in zip(records, Pipeline().run(documents), strict=True):
        last = len(coded.sentences) - 1
        events = [e for e in coded.events if e.sentence_index == last]
        gold[record["id"]] = record["events"]
        predicted[record["id"]] = [{"cameo": e.cameo, "source": e.source.code if e.source else None,
                                    "target": e.target.code if e.target else None} for e in events]
        rules[record["id"]] = [e.rule for e in events]
    for name, value in compare(gold, predicted).items():
        shown = " / ".join(f"{v:.3f}" for v in value) if isinstance(value, tuple) else value
        print(f"{name:24} {shown}")
    if args.errors and args.split == "dev":
        for record in records:
            g = sorted((e["cameo"], e["source"], e["target"]) for e in record["events"])
            p = sorted((e["cameo"], e["source"], e["target"]) for e in predicted[record["id"]])
            if [x[0][:2] for x in g] != [x[0][:2] for x in p]:
                print(f"\n{record['id']}: {record['text']}\n  gold: {g}\n  pred: {p}  {rules[record['id']]}")


if __name__ == "__main__":
    main()
