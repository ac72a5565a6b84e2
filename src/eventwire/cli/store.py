"""The store commands: export (events or mentions to files) and migrate (a file to the current schema)."""

from __future__ import annotations

import click

__all__ = ["export", "migrate"]


@click.command()
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv", "jsonl", "gdelt"]), required=True)
@click.option("--events", "kind", flag_value="events", default=True, help="Export fused events (the default).")
@click.option("--mentions", "kind", flag_value="mentions", help="Export event mentions instead.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="File to write.")
@click.option("--db", help="DuckDB file (default ./eventwire.duckdb or EVENTWIRE_DB).")
@click.pass_context
def export(ctx, fmt, kind, output, db):
    """Write stored events or mentions as Parquet, CSV, JSON Lines or GDELT 2.0 columns (tab-separated)."""
    from ..export import export as run_export
    from . import _err, _open_store, _run

    def go():
        with _open_store(ctx, db) as store:
            n = run_export(store.con, fmt, output, kind)
        _err.print(f"{n} {kind} written to {output}")
    _run(go)


@click.command()
@click.option("--db", help="DuckDB file (default ./eventwire.duckdb or EVENTWIRE_DB).")
@click.pass_context
def migrate(ctx, db):
    """Bring a database written by an earlier eventwire to the current schema (and fuse its mentions)."""
    import os

    from ..errors import StoreError
    from ..store import SCHEMA_VERSION, Store
    from . import _err, _run, _settings

    def go():
        path = _settings(ctx, db=db).db
        if not os.path.exists(path):
            raise StoreError(f"no database at {path}; pass --db", code="E404")
        with Store(path) as store:
            counts = store.counts()
        _err.print(f"{path} is at schema version {SCHEMA_VERSION}: {counts['events']} events from "
                   f"{counts['event_mentions']} mentions in {counts['articles']} articles")
    _run(go)
