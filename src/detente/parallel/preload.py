"""Imported by the server process that local workers are forked from: load everything once.

``LocalWorkers`` puts the run's coding options in the environment (``DETENTE_WORKER_OPTIONS``,
JSON: see ``executors.preload_options``) before the server starts; importing this module there
builds the pipeline for them (spaCy model, gazetteer, patterns), so that every worker forked
from it starts ready. Nothing else imports this module.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from detente.parallel.executors import PRELOAD_OPTIONS
from detente.parallel.work import warm_up
from detente.pipeline import CodingOptions


def _preload() -> None:
    text = os.environ.get(PRELOAD_OPTIONS)
    if not text:
        return
    given = json.loads(text)
    warm_up(CodingOptions(model=given["model"], parse_batch=given["parse_batch"],
                          pattern_files=[Path(p) for p in given["pattern_files"]],
                          components=tuple(given["components"])))


with contextlib.suppress(Exception):  # a worker that finds nothing loaded loads it itself (and reports)
    _preload()
