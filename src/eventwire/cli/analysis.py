"""The analysis commands: timeline, compare-sources, actors-top, dyads-top (thin wrappers over `eventwire.analysis`)."""

from __future__ import annotations

import sys

import click

from .output import FORMATS, write_records

__all__ = ["register"]


def _common(f):
    for opt in reversed([
        click.option("--db", help="DuckDB file (default ./eventwire.duckdb or EVENTWIRE_DB)."),
        click.option("--since", help="Event date on or after (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--until", help="Event date on or before (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True),
    ]):
        f = opt(f)
    return f


def _until(value):
    """--until 2008 means to the end of 2008, --until 2008-08 to the end of August."""
    from ..analysis.common import check_date
    from ..fuse.rules import period_end

    day = check_date(value, "--until")
    if day and len(value.strip()) < 10:
        return period_end(value.strip()).isoformat()
    return day


def _roots_row(r: dict) -> dict:
    return {**r, "roots": " ".join(f"{k}:{v}" for k, v in r["roots"].items())}


@click.command()
@click.argument("a")
@click.argument("b")
@click.option("--by", type=click.Choice(["month", "quarter", "year"]), default="month", show_default=True)
@click.option("--by-published", is_flag=True, help="Also show the publication-date view (how GDELT dates events).")
@click.option("--plot", type=click.Path(dir_okay=False), help="Also draw the timeline to FILE.png or FILE.html.")
@_common
@click.pass_context
def timeline(ctx, a, b, by, by_published, plot, db, since, until, fmt):
    """Relations of A and B per period: events per quad class, Goldstein sum and mean, cooperation–conflict index."""
    from ..analysis import timeline as run_timeline, write_plot
    from ..analysis.common import check_date
    from . import _err, _open_store, _run

    def go():
        with _open_store(ctx, db) as store:
            tl = run_timeline(store.con, a, b, by=by, since=check_date(since, "--since"), until=_until(until),
                              by_published=by_published)
        write_records(tl.rows, fmt, sys.stdout, title=f"{tl.a}–{tl.b} by {by} of event date")
        if tl.too_coarse:
            _err.print(f"{tl.too_coarse} events dated only more coarsely than a {by} are left out "
                       f"(use --by year to count them)")
        if plot:
            _err.print(f"plot written to {write_plot(tl, plot)}")
    _run(go)


@click.command("compare-sources")
@click.option("--dyad", help="Two codes A,B: only events between them, either way.")
@click.option("--exclusive", is_flag=True, help="List the events only one outlet reports instead of the summary.")
@_common
@click.pass_context
def compare_sources(ctx, dyad, exclusive, db, since, until, fmt):
    """Per outlet: events per CAMEO root, mean Goldstein, share of background events, events no other outlet has."""
    from ..analysis import compare_sources as run_compare, exclusive_events
    from ..analysis.common import check_date, parse_dyad
    from . import _open_store, _run

    def go():
        pair, start, end = parse_dyad(dyad), check_date(since, "--since"), _until(until)
        with _open_store(ctx, db) as store:
            summary = run_compare(store.con, pair, start, end)
            only = exclusive_events(store.con, pair, start, end)
        if exclusive:
            write_records(only, fmt, sys.stdout, title="Events only one outlet reports")
            return
        write_records(summary, fmt, sys.stdout, row=_roots_row if fmt in {"table", "csv"} else None,
                      title="Outlets compared (events per CAMEO root)")
        if fmt == "table":
            write_records(only, fmt, sys.stdout, title="Events only one outlet reports")
    _run(go)


def _ranking(name: str, fn_name: str, doc: str):
    @click.command(name, help=doc)
    @click.option("--limit", type=int, default=20, show_default=True, help="How many to list.")
    @click.option("--level", type=click.Choice(["code", "country"]), default="code", show_default=True,
                  help="Rank full actor codes (RUSGOV) or countries (RUS).")
    @_common
    @click.pass_context
    def command(ctx, limit, level, db, since, until, fmt):
        from .. import analysis
        from ..analysis.common import check_date
        from . import _open_store, _run

        def go():
            with _open_store(ctx, db) as store:
                rows = getattr(analysis, fn_name)(store.con, check_date(since, "--since"), _until(until),
                                                  limit=limit, level=level)
            write_records(rows, fmt, sys.stdout)
        _run(go)
    return command


actors_top = _ranking("actors-top", "actors_top", "Rank the most active actors (as source or target) in a period.")
dyads_top = _ranking("dyads-top", "dyads_top", "Rank the pairs of actors with the most events between them.")


def register(cli: click.Group) -> None:
    """Add the analysis and store commands to the `eventwire` group."""
    from .store import export, migrate

    for command in (timeline, compare_sources, actors_top, dyads_top, export, migrate):
        cli.add_command(command)
