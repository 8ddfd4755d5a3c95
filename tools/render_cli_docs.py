"""Regenerate docs/cli.md: real runs of the commands with their output, then every --help.

    .venv/bin/python tools/render_cli_docs.py           # rewrite docs/cli.md
    .venv/bin/python tools/render_cli_docs.py --check   # exit 1 when docs/cli.md is stale

The examples (``DOC_EXAMPLES`` in detente/cli/_examples.py) run in-process in a scratch
folder holding what a user has after `detente demo`: the demo database as detente.duckdb,
the demo articles in articles/ and the PLOVER gold file (from ../shared) under its own name.
Commands name only those relative paths, so the output holds no absolute path, temporary
name or timing, and help is rendered at a fixed width: the same code gives the same file.
tests/test_docs.py renders into memory with the session's demo database and compares.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from detente.cli._examples import prepare_folder, render_docs

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "cli.md"
GOLD = ROOT.parent / "shared" / "eval" / "PLOVER_GSR_CAMEO.txt"

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="Exit 1 when docs/cli.md differs; write nothing.")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        text = render_docs(prepare_folder(Path(scratch), gold=GOLD))
    if args.check:
        stale = DOC.read_text(encoding="utf-8") != text
        print("docs/cli.md is stale: run tools/render_cli_docs.py" if stale else "docs/cli.md is up to date")
        return 1 if stale else 0
    DOC.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
