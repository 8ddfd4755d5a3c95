"""Every command has help text and a section in docs/cli.md (regenerate with tools/render_cli_docs.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from detente.cli import cli

DOCS = (Path(__file__).resolve().parents[1] / "docs" / "cli.md").read_text()
README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_command_has_help_and_docs(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output or "Usage" in result.output
    assert f"### detente {name}\n" in DOCS


def test_readme_starts_with_the_two_setup_commands():
    first_block = README.split("```")[1]
    commands = [line.split("#")[0].strip() for line in first_block.splitlines()[1:] if line.strip()]
    assert commands == ["make demo", "make test"]
