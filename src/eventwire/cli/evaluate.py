"""`eventwire eval`: score the pipeline against gold sets, optionally failing under pinned floors."""

from __future__ import annotations

import sys

import click

from ..errors import PipelineError
from .output import FORMATS, write_records

__all__ = ["register"]


def eval_command(ctx_settings, kind: str, gold: tuple[str, ...], corpus: str, fmt: str, floors_path: str):
    """Score one kind of output, print the report, and return the lines of floors it falls below."""
    from ..evaluate import below_floors, evaluate, read_floors
    from ..pipeline import Pipeline

    floors = read_floors(floors_path).get(kind, {}) if floors_path else {}
    report = evaluate(kind, gold, Pipeline(ctx_settings), corpus or None)
    if fmt in ("json", "jsonl"):
        write_records([report.to_dict()], fmt, sys.stdout)
    else:
        write_records(report.rows(), fmt, sys.stdout, title=f"{kind}: {report.records} gold records")
    return below_floors(report, floors)


def register(cli: click.Group) -> None:
    """Add the `eval` command to the command group."""
    from . import _report, _run, _settings

    @cli.command("eval")
    @click.argument("kind", type=click.Choice(["actors", "events", "timex"]))
    @click.argument("gold", nargs=-1, required=True)
    @click.option("--corpus", help="JSONL corpus that stand-off gold records point into (setting `corpus`).")
    @click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
    @click.option("--floors", "floors_path", type=click.Path(dir_okay=False),
                  help="TOML file of minimum scores; exit 1 when any is missed.")
    @click.option("--model", help="Installed spaCy pipeline to use.")
    @click.pass_context
    def eval_(ctx, kind, gold, corpus, fmt, floors_path, model):
        """Score actors, events or time expressions against gold JSONL files (format: docs/gold.md)."""
        def go():
            settings = _settings(ctx, model=model, corpus=corpus)
            failures = eval_command(settings, kind, gold, settings.corpus, fmt, floors_path)
            for line in failures:
                _report(PipelineError(line, code="E305"))
            if failures:
                sys.exit(1)
        _run(go)
