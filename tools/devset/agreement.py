"""How far two independent codings of the same sentences agree (or a coding and a gold file).

Per sentence, events are compared as multisets of CAMEO roots (root F1), of (root, source
country, target country) triples (dyad recall/precision), and on whether the sentence holds
an event at all (no-event agreement). Background events count like the others.

    python tools/devset/agreement.py coder_A.jsonl coder_B.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def country(code: str | None) -> str:
    """The country part of an actor code ("USAGOV" -> "USA"); organisations stay whole."""
    if not code:
        return "-"
    return code if code.startswith(("IGO", "NGO", "IMG", "MNC")) else code[:3]


def load(path: Path) -> dict[str, list[dict[str, object]]]:
    return {r["id"]: r["events"] for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def prf(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def compare(gold: dict[str, list[dict[str, object]]], other: dict[str, list[dict[str, object]]]) -> dict[str, object]:
    roots = triples = [0, 0, 0]
    roots, triples = [0, 0, 0], [0, 0, 0]
    silent_both = silent_gold = event_both = event_gold = 0
    for key, gold_events in gold.items():
        events = other.get(key, [])
        g_roots = Counter(str(e["cameo"])[:2] for e in gold_events)
        o_roots = Counter(str(e["cameo"])[:2] for e in events)
        roots[0] += sum((g_roots & o_roots).values())
        roots[1] += sum(o_roots.values())
        roots[2] += sum(g_roots.values())
        g_tri = Counter((str(e["cameo"])[:2], country(e.get("source")), country(e.get("target")))  # type: ignore[arg-type]
                        for e in gold_events)
        o_tri = Counter((str(e["cameo"])[:2], country(e.get("source")), country(e.get("target")))  # type: ignore[arg-type]
                        for e in events)
        triples[0] += sum((g_tri & o_tri).values())
        triples[1] += sum(o_tri.values())
        triples[2] += sum(g_tri.values())
        if not gold_events:
            silent_gold += 1
            silent_both += not events
        else:
            event_gold += 1
            event_both += bool(events)
    return {
        "sentences": len(gold),
        "root P/R/F1": prf(*roots),
        "dyad P/R/F1": prf(*triples),
        "no-event silence": silent_both / silent_gold if silent_gold else None,
        "event sentences found": event_both / event_gold if event_gold else None,
    }


def main() -> None:
    first, second = (load(Path(p)) for p in sys.argv[1:3])
    for name, value in compare(first, second).items():
        shown = " / ".join(f"{v:.3f}" for v in value) if isinstance(value, tuple) else value
        print(f"{name:24} {shown}")


if __name__ == "__main__":
    main()
