"""`eventwire serve`: the JSON API and web page over a database."""

from __future__ import annotations

import click

__all__ = ["register"]


def register(cli: click.Group) -> None:
    """Add the `serve` command to the command group."""
    from . import _err, _run, _settings

    @cli.command()
    @click.option("--db", help="DuckDB file to serve (default ./eventwire.duckdb or EVENTWIRE_DB).")
    @click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
    @click.option("--port", default=8765, show_default=True, type=int, help="Port to listen on.")
    @click.pass_context
    def serve(ctx, db, host, port):
        """Serve the JSON API (/api) and the web page (/) over a database until Ctrl-C."""
        from ..web import serve as run_server

        def go():
            settings = _settings(ctx, db=db)
            _err.print(f"eventwire: serving {settings.db} on http://{host}:{port}/ (API at /api; Ctrl-C stops)")
            try:
                run_server(settings, host, port)
            except KeyboardInterrupt:
                pass
            except OSError as exc:
                from ..errors import ConfigError

                raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror}", code="E107") from None
        _run(go)
