"""Every example in the help and in the README's "Using it" section runs on the demo database
and prints something: what a new user copies works."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.cli._examples import command_tree, help_examples, prepare_folder, run_example

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT.parent / "shared" / "eval" / "PLOVER_GSR_CAMEO.txt"


def readme_examples() -> list[str]:
    """The `$ ` lines of the console blocks in README.md's "Using it" section."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Using it\n", 1)[1].split("\n## ", 1)[0]
    blocks = [block.split("```", 1)[0] for block in section.split("```console\n")[1:]]
    return [line[2:] for block in blocks for line in block.splitlines() if line.startswith("$ ")]


HELP = [(name, line) for name, command in command_tree() for line in help_examples(command)]
README = [("README", line) for line in readme_examples()]


@pytest.fixture(scope="module")
def folder(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A user's folder after `detente demo`: detente.duckdb, articles/, the gold file (when beside us)."""
    return prepare_folder(tmp_path_factory.mktemp("examples"), demo_db, GOLD)


def test_the_readme_shows_runnable_examples():
    assert len(README) >= 5


@pytest.mark.parametrize(("where", "line"), HELP + README, ids=[f"{w}: {line[:60]}" for w, line in HELP + README])
def test_example_runs_and_prints(where: str, line: str, folder: Path):
    if "PLOVER_GSR_CAMEO.txt" in line and not (folder / GOLD.name).exists():
        pytest.skip("../shared is not beside the project")
    status, output = run_example(line, folder)
    assert status == 0, f"{where}: {line}\n{output}"
    assert output.strip(), f"{where}: {line} printed nothing"
