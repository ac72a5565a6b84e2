"""`eventwire distribute` and `eventwire distribute-summary`: thin wrappers over `eventwire.distributed`."""

from __future__ import annotations

import sys

import click

from .output import FORMATS, write_records

__all__ = ["register"]


def register(cli: click.Group) -> None:
    """Add the `distribute` and `distribute-summary` commands to the command group."""
    from . import _err, _report, _run, _settings

    @cli.command()
    @click.argument("paths", nargs=-1, required=True)
    @click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
                  help="Folder for the Parquet partitions (events/, articles/, errors/); workers write it.")
    @click.option("--scheduler", help="Dask scheduler address (tcp://host:port); default: start a local cluster.")
    @click.option("--workers", type=int, help="Worker processes of the local cluster (default: one per core).")
    @click.option("--partition-size", type=int, help="Input records per partition (default 500).")
    @click.option("--published", help="Publication date (ISO) for articles that lack one.")
    @click.option("--source", help="Outlet name for articles that lack one.")
    @click.option("--model", help="Installed spaCy pipeline to use (on every worker).")
    @click.pass_context
    def distribute(ctx, paths, out_dir, scheduler, workers, partition_size, published, source, model):
        """Extract events on a Dask cluster into Parquet partitions that DuckDB reads (docs/distributed.md)."""
        from ..distributed import run_distributed

        def go():
            settings = _settings(ctx, scheduler=scheduler, dask_workers=workers, partition_size=partition_size,
                                 model=model)
            summary = run_distributed(paths, out_dir, settings, published=published, source=source,
                                      on_error=_report, progress=_err.is_terminal)
            _err.print(summary.line())
            if summary.errors:
                sys.exit(1)
        _run(go)

    @cli.command("distribute-summary")
    @click.argument("out_dir", type=click.Path(file_okay=False))
    @click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
    def distribute_summary(out_dir, fmt):
        """Count the partitions, articles, events and errors of a `distribute` output folder with DuckDB."""
        from ..distributed import parquet_summary

        _run(lambda: write_records([parquet_summary(out_dir)], fmt, sys.stdout, title=out_dir))
