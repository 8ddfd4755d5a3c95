"""The coding snapshot: the demo corpus, the PLOVER gold and the VOA stories code exactly as
tests/data/snapshots/*.tsv records. A change of output must be deliberate: rerun
``tools/snapshot.py`` and review the diff it makes to those files."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location("snapshot_tool", ROOT / "tools" / "snapshot.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("corpus", ["demo", "plover", "voa"])
def test_coding_output_matches_the_snapshot(corpus, pipeline):
    tool = _tool()
    if corpus != "demo" and not tool.SHARED.exists():
        pytest.skip("../shared is not beside the project")
    changed = tool.diff(corpus, tool.snapshot_lines(corpus))
    assert not changed, "\n".join(changed[:60]) + "\n(run tools/snapshot.py and review the diff)"
