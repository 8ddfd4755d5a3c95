"""How far two codings of the dev set's sentences agree (a coder and the gold, or two coders):
the set-level figures of `detente eval` (detente.evaluation.sets), with the second coding in
the place of detente's output.

The coders' files hold {id, events} per line, without the text; the sentences are taken
from the gold file by id.

    .venv/bin/python tools/devset/agreement.py voa_diplomacy.jsonl coder_A.jsonl   # reference, other
    .venv/bin/python tools/devset/agreement.py coder_A.jsonl coder_B.jsonl
    .venv/bin/python tools/devset/agreement.py --sentences conflict_candidates.jsonl A.jsonl B.jsonl
"""

from __future__ import annotations

import json
from pathlib import Path

from detente.evaluation import GoldSet
from detente.evaluation.gold import read_gold_jsonl
from detente.evaluation.sets import agreement, format_sets

GOLD = Path(__file__).resolve().parents[2] / "tests" / "data" / "devset" / "voa_diplomacy.jsonl"


def read_coding(path: Path, texts: dict[str, str]) -> GoldSet:
    """A coding file ({id, events} per line) read as gold, with each sentence's text."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = (json.dumps(dict(row, text=texts[row["id"]]), ensure_ascii=False) for row in rows)
    return GoldSet(str(path), "jsonl", read_gold_jsonl("\n".join(lines), str(path)))


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=Path, default=GOLD,
                        help="a JSON Lines file with each sentence's id and text (default: the diplomacy gold)")
    parser.add_argument("reference", type=Path)
    parser.add_argument("other", type=Path)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.sentences.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = {str(row["id"]): str(row["text"]) for row in rows}
    reference, other = (read_coding(p, texts) for p in (args.reference, args.other))
    print(format_sets(agreement(reference, other)))


if __name__ == "__main__":
    main()
