"""The CLI stays thin: each command body parses, makes one library call and prints (about 30
lines at most), and no SQL or database driver appears under detente/cli/."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

CLI = Path(__file__).resolve().parents[2] / "src" / "detente" / "cli"
MODULES = sorted(CLI.glob("*.py"))
MAX_BODY_LINES = 30
SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE)\b[^\n]*\b(FROM|INTO|SET|TABLE)\b")


def _commands(tree: ast.Module) -> list[ast.FunctionDef]:
    """Functions decorated as click commands (``@click.command``, ``@group.command``)."""
    def is_command(decorator: ast.expr) -> bool:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        return isinstance(target, ast.Attribute) and target.attr in ("command", "group")
    return [node for node in tree.body if isinstance(node, ast.FunctionDef) and any(map(is_command, node.decorator_list))]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_command_bodies_are_short(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    long = []
    for function in _commands(tree):
        body = function.body[1:] if ast.get_docstring(function) else function.body
        if body and body[-1].end_lineno - body[0].lineno + 1 > MAX_BODY_LINES:
            long.append(function.name)
    assert not long, f"{path.name}: move the logic of {long} into the library"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_sql_in_the_cli(path):
    source = path.read_text(encoding="utf-8")
    assert not SQL.search(source), f"{path.name} writes SQL: ask a store query function instead"
    assert "duckdb" not in {name.split(".")[0] for node in ast.walk(ast.parse(source))
                            if isinstance(node, ast.Import) for name in (a.name for a in node.names)}


def test_every_command_module_is_checked():
    assert {p.stem for p in MODULES} >= {"__init__", "_util", "actors", "code", "demo", "dyad", "evaluate", "export",
                                         "measures", "report"}
