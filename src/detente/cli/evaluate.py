"""`detente eval`: score the coder against a gold file (a thin layer over detente.evaluation)."""

from __future__ import annotations

from pathlib import Path

import click

from detente.cli._util import library_errors


@click.command(name="eval")
@click.argument("gold", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--errors", "show_errors", is_flag=True,
              help="List every miss, wrong type or actor and false alarm, with rule and trigger.")
@click.option("--split", type=click.Choice(["dev", "heldout", "all"]), default="all", show_default=True,
              help="Score one half of a set drawn from stories: dev (even story ids) or heldout (odd).")
@click.option("--no-context", "no_context", is_flag=True,
              help="Code each sentence alone, even when the gold gives the sentences before it.")
@click.option("--patterns", "pattern_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="An extra pattern file (YAML); may be repeated.")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Score only the first N gold sentences (of the split).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def eval_command(gold: Path, show_errors: bool, split: str, no_context: bool, pattern_files: tuple[str, ...],
                 limit: int | None, fmt: str) -> None:
    """Code the sentences of GOLD and print precision, recall and F1 against it.

    GOLD is the PLOVER gold-standard JSON array (PLOVER_GSR_CAMEO.txt; its older type
    names such as DEMAND are read as PLOVER 1.0's) or JSON Lines of {id, text, published,
    events: [{source, target, cameo | plover, symmetric}]}, optionally with context (the
    sentences before, coded with it as one document), title and doc_id (the story, for
    --split); the format is detected from the content. Next to the per-event figures the
    report gives root-code and dyad P/R/F1 per sentence, no-event silence and the share of
    event sentences found, with the bar set by the dev set's inter-coder agreement.
    The project's dev set is tests/data/devset/voa_diplomacy.jsonl (--split dev or heldout).

    \b
    Example:
        detente eval PLOVER_GSR_CAMEO.txt --errors --limit 50
    """
    from detente.evaluation import evaluate, format_report
    from detente.pipeline import CodingOptions

    with library_errors():
        report = evaluate(gold, limit=limit, options=CodingOptions(pattern_files=[Path(p) for p in pattern_files]),
                          split=split, context=not no_context)
    click.echo(format_report(report, errors=show_errors, fmt=fmt))
