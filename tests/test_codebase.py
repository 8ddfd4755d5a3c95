"""The shape of the code, checked: one home for each idea.

- no class over 300 lines (collaborators are passed in, not inherited);
- no module-level English word list in Python: words live in ``data/lexicon/*.yaml``, each
  list with a sentence on what it is for, and parse labels in ``nlp/labels.py``;
- every lexicon list is well formed and read by some module;
- stages import only downwards: measures know nothing of events, and no stage imports the CLI.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from detente.data import data_path, lexicon_problems, load_yaml

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "detente"
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "data" not in p.relative_to(PACKAGE).parts[:1])
LABELS = PACKAGE / "nlp" / "labels.py"
WORDLIKE = re.compile(r"^[a-z][a-z'’. -]*$")
# Module-level collections of lowercase strings that are names of the program's own choices
# (formats, record kinds, option values), not knowledge of English.
NOT_LANGUAGE = {
    ("export/formats.py", "EXPORT_FORMATS"), ("export/measures.py", "KINDS"), ("export/measures.py", "MEASURE_FORMATS"),
    ("analysis/dyad.py", "PERIODS"), ("analysis/dyad_text.py", "QUAD_COLUMNS"), ("analysis/dyad_text.py", "PLURAL"),
    ("analysis/dyad_text.py", "FORMATTERS"), ("evaluation/score.py", "LABELLED_ATTRS"),
    ("store/dedup.py", "PRECISION_RANK"), ("store/dedup.py", "SLACK_DAYS"), ("ontology/cameo.py", "QUAD_CLASS_NAMES"),
    ("server/exports.py", "EXPORT_MEDIA"), ("__init__.py", "_LAZY"),
}
MAX_CLASS_LINES = 300


def _relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def _strings(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("frozenset", "set",
                                                                                          "tuple", "list"):
        return [s for arg in node.args for s in _strings(arg)]
    if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        return [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    if isinstance(node, ast.Dict):
        keys = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
        values = [v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
        return keys + values
    if isinstance(node, ast.BinOp):
        return _strings(node.left) + _strings(node.right)
    return []


def _word_lists(tree: ast.Module) -> list[tuple[str, int]]:
    found = []
    bodies = [tree.body] + [n.body for n in tree.body if isinstance(n, ast.ClassDef)]
    for body in bodies:
        for node in body:
            if isinstance(node, ast.Assign):
                targets, value = node.targets, node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                targets, value = [node.target], node.value
            else:
                continue
            strings = _strings(value)
            words = [s for s in strings if WORDLIKE.match(s)]
            if len(words) >= 3 and not any("_" in s for s in strings):  # column names are identifiers
                name = targets[0].id if isinstance(targets[0], ast.Name) else ast.unparse(targets[0])
                found.append((name, node.lineno))
    return found


@pytest.mark.parametrize("path", MODULES, ids=_relative)
def test_no_word_list_in_python(path):
    if path == LABELS:
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    lists = [(n, line) for n, line in _word_lists(tree) if (_relative(path), n) not in NOT_LANGUAGE]
    assert not lists, (f"{_relative(path)} defines word or label lists {lists}: move words to "
                       "data/lexicon/*.yaml and parse labels to nlp/labels.py")


@pytest.mark.parametrize("path", MODULES, ids=_relative)
def test_no_class_over_300_lines(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    long = [(n.name, n.end_lineno - n.lineno + 1) for n in ast.walk(tree)
            if isinstance(n, ast.ClassDef) and n.end_lineno - n.lineno + 1 > MAX_CLASS_LINES]
    assert not long, f"{_relative(path)}: classes over {MAX_CLASS_LINES} lines: {long}"


LEXICON_FILES = sorted(data_path("lexicon").glob("*.yaml"))


@pytest.mark.parametrize("path", LEXICON_FILES, ids=lambda p: p.name)
def test_lexicon_file_is_well_formed_and_used(path):
    raw = load_yaml(path.read_text(encoding="utf-8"))
    assert lexicon_problems(raw) == []
    source = "\n".join(p.read_text(encoding="utf-8") for p in MODULES)
    unused = [key for key in raw if f'"{path.stem}.{key}"' not in source]
    assert not unused, f"lists no module reads: {unused}"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return names


@pytest.mark.parametrize("path", [p for p in MODULES if _relative(p).startswith("measures/")], ids=_relative)
def test_measures_do_not_import_events(path):
    assert not {m for m in _imports(path) if m.startswith("detente.events")}


@pytest.mark.parametrize("path", [p for p in MODULES if not _relative(p).startswith(("cli", "__main__"))], ids=_relative)
def test_library_does_not_import_the_cli(path):
    assert not {m for m in _imports(path) if m.startswith("detente.cli") or m == "click"}
