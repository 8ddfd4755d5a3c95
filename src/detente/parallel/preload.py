"""Imported by the server process that local workers are forked from: load everything once.

``LocalWorkers`` puts the run's coding options in the environment (``DETENTE_WORKER_OPTIONS``,
JSON) before the server starts; importing this module there builds the pipeline for them
(spaCy model, gazetteer, patterns), so that every worker forked from it starts ready.
"""

from __future__ import annotations

import contextlib
import json
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from detente.pipeline import CodingOptions

PRELOAD_OPTIONS = "DETENTE_WORKER_OPTIONS"


def preload_options(options: CodingOptions) -> str:
    """The options a worker's pipeline depends on, as the server process reads them."""
    return json.dumps({"model": options.model, "parse_batch": options.parse_batch,
                       "pattern_files": [str(p) for p in options.pattern_files],
                       "components": list(options.components)})


def _preload() -> None:
    text = os.environ.get(PRELOAD_OPTIONS)
    if not text:
        return
    from pathlib import Path

    from detente.parallel.work import warm_up
    from detente.pipeline import CodingOptions

    given = json.loads(text)
    warm_up(CodingOptions(model=given["model"], parse_batch=given["parse_batch"],
                          pattern_files=[Path(p) for p in given["pattern_files"]],
                          components=tuple(given["components"])))


if __name__ != "__main__":
    with contextlib.suppress(Exception):  # a worker that finds nothing loaded loads it itself (and reports)
        _preload()
