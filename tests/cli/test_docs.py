"""docs/cli.md is what tools/render_cli_docs.py makes now; every command has help with an example."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from click.testing import CliRunner

from detente.cli import cli
from detente.cli._examples import command_tree, help_examples, prepare_folder, render_docs

ROOT = Path(__file__).resolve().parents[2]
DOCS = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")
GOLD = ROOT.parent / "shared" / "eval" / "PLOVER_GSR_CAMEO.txt"  # as tools/render_cli_docs.py uses it
COMMANDS = dict(command_tree())


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_a_reference_section(name):
    heading = "###" if name.count(" ") < 2 else "####"
    assert f"\n{heading} {name}\n\n```output\nUsage: {name} " in DOCS


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_help_ends_with_an_example_block(name):
    examples = help_examples(COMMANDS[name])
    assert examples, f"`{name} --help` should end with a \\b block headed Example: (sqlite-utils style)"
    assert all(line.startswith(("detente ", "echo ")) for line in examples)
    result = CliRunner().invoke(cli, [*name.split()[1:], "--help"])
    assert result.exit_code == 0
    assert result.output.split("\n\n  Example:\n", 1)[1].split("\n\n", 1)[0].split("\n") == [
        f"      {line}" for line in examples]  # shown unwrapped, as written


def test_docs_match_a_fresh_render(demo_db, tmp_path):
    if not GOLD.exists():
        pytest.skip("../shared is not beside the project (the eval example needs its gold file)")
    fresh = render_docs(prepare_folder(tmp_path, demo_db, GOLD))
    diff = list(difflib.unified_diff(DOCS.splitlines(), fresh.splitlines(), "docs/cli.md", "fresh", lineterm=""))
    assert not diff, "docs/cli.md is stale: run .venv/bin/python tools/render_cli_docs.py\n" + "\n".join(diff[:40])


def test_readme_starts_with_the_two_setup_commands():
    first_block = README.split("```")[1]
    commands = [line.split("#")[0].strip() for line in first_block.splitlines()[1:] if line.strip()]
    assert commands == ["make demo", "make test"]
