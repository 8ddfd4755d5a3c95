"""How to code: the options of a run, with their defaults read from ``pipeline.cfg``.

Kept apart from :mod:`detente.pipeline` (which imports spaCy and every stage) so that the
CLI can read its options and start worker processes before it imports anything heavy.
"""

from __future__ import annotations

import configparser
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

__all__ = ["CodingOptions", "default_config"]


def default_config() -> configparser.SectionProxy:
    """The ``[pipeline]`` section of the bundled ``pipeline.cfg``."""
    parser = configparser.ConfigParser()
    parser.read_string(resources.files("detente").joinpath("pipeline.cfg").read_text(encoding="utf-8"))
    return parser["pipeline"]


_DEFAULTS = default_config()


@dataclass(slots=True)
class CodingOptions:
    """How to code (one options object for the library and the CLI); defaults from pipeline.cfg.

    ``workers``: processes that parse and code (this one writes); ``scheduler``: a Dask
    scheduler (``tcp://host:8786``, or ``local:N`` for a cluster of N processes here) to code
    on instead; either way the output is that of one process. ``recode``: code documents the
    store already holds (by default they are skipped before parsing).
    """

    model: str = _DEFAULTS["model"]
    batch_size: int = int(_DEFAULTS["batch_size"])
    parse_batch: int = int(_DEFAULTS["parse_batch"])
    pattern_files: list[Path] = field(default_factory=list)
    components: tuple[str, ...] = tuple(_DEFAULTS["components"].split())
    workers: int = 1
    scheduler: str | None = None
    recode: bool = False
