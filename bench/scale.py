"""Scale: `detente code` on the VOA corpus repeated 1x, 4x and 16x (each copy with its own ids and
text), each into a new database, as whole processes. Time should grow linearly (the cost of a
document stays within 15% whatever the size) and peak memory should stay flat.

Run: .venv/bin/python bench/scale.py [--sizes 1 4 16] [--workers N]
"""

from __future__ import annotations

import argparse
import itertools
import tempfile
from pathlib import Path

from measure import DETENTE, mb, timed, write_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 4, 16], help="copies of the corpus")
    parser.add_argument("--workers", type=int, default=None, help="--workers for detente code (default: its own)")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for copies in args.sizes:
            corpus, db = Path(tmp) / f"voa-x{copies}.jsonl", Path(tmp) / f"x{copies}.duckdb"
            documents, _ = write_corpus(corpus, copies=copies)
            command = [DETENTE, "code", str(corpus), "--db", str(db)]
            if args.workers:
                command += ["--workers", str(args.workers)]
            run = timed(command)
            rows.append((copies, documents, run))
            print(f"x{copies:<3} {documents:6} documents  {run.seconds:8.1f} s  {documents / run.seconds:6.1f} docs/s  "
                  f"{1000 * run.seconds / documents:6.0f} ms/doc  peak memory {mb(run.main_peak)} main, "
                  f"{mb(run.child_peak) if run.child_peak else '-'} largest child ({len(run.peaks)} processes)",
                  flush=True)
    if len(rows) < 2:
        return
    (_, n0, first), (_, n1, last) = rows[0], rows[-1]
    marginal = [(b.seconds - a.seconds) / (nb - na) for (_, na, a), (_, nb, b) in itertools.pairwise(rows)]
    print()
    print("cost of a document between sizes (start-up taken out): "
          + ", ".join(f"{1000 * m:.0f} ms" for m in marginal)
          + (f"; spread {max(marginal) / min(marginal) - 1:.0%} (goal: within 15%)" if min(marginal) > 0 else ""))
    print(f"time x{rows[-1][0]} / x{rows[0][0]}: {last.seconds / first.seconds:.1f} for {n1 / n0:.0f}x the documents")
    peaks = [max(r.main_peak, r.child_peak) for _, _, r in rows]
    print(f"largest process peak: {', '.join(mb(p) for p in peaks)}; "
          f"x{rows[-1][0]} / x{rows[0][0]}: {peaks[-1] / peaks[0]:.2f} (flat: goal <= 1.15)")


if __name__ == "__main__":
    main()
