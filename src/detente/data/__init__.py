"""Package data: dictionaries, lexicons and reference tables (see README.md here)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def data_path(relative: str) -> Path:
    """The path of a bundled data file, e.g. ``data_path("cameo/events.tsv")``."""
    return Path(str(resources.files("detente.data").joinpath(relative)))


def read_tsv(relative: str) -> list[dict[str, str]]:
    """Rows of a bundled tab-separated file with a header line, as dicts of strings."""
    import csv

    with data_path(relative).open(encoding="utf-8", newline="") as fh:
        return [
            {k: (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]


def load_yaml(text: str) -> object:
    """YAML as people write it: ``on``, ``off``, ``yes`` and ``no`` stay words, not booleans.

    Pattern files say ``prep: on`` ("crack down on"); YAML 1.1 would silently read True.
    """
    import yaml

    return yaml.load(text, Loader=_WordsLoader)  # a SafeLoader subclass


def _make_loader():
    import re

    import yaml

    class WordsLoader(yaml.SafeLoader):
        """SafeLoader whose booleans are only true/false."""

    WordsLoader.yaml_implicit_resolvers = {
        key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
        for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    WordsLoader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
    return WordsLoader


_WordsLoader = _make_loader()
