"""The `eventwire` command: thin wrappers over `eventwire.jobs` and the stage entry points."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Optional

import click
from rich.console import Console

from ..errors import ConfigError, EventwireError
from ..settings import load_settings
from .output import FORMATS, event_row, write_records

__all__ = ["main", "cli"]

_err = Console(stderr=True, highlight=False)


def _report(error: EventwireError) -> None:
    _err.print(f"[red]error:[/red] {error}", soft_wrap=True)


@contextmanager
def _out(path: Optional[str]):
    if path and path != "-":
        with open(path, "w", encoding="utf-8", newline="") as fh:
            yield fh
    else:
        yield sys.stdout


def _settings(ctx: click.Context, **flags):
    return load_settings(ctx.obj.get("config"), **{k: v for k, v in flags.items() if v not in (None, (), [])})


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", type=click.Path(dir_okay=False), help="Settings file (TOML); EVENTWIRE_CONFIG also works.")
@click.version_option(package_name="eventwire")
@click.pass_context
def cli(ctx: click.Context, config: Optional[str]) -> None:
    """eventwire: political event data from news text."""
    ctx.ensure_object(dict)
    ctx.obj["config"] = config


def _dictionary_options(f):
    for opt in reversed([
        click.option("--actors", "actors", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="Extra actor dictionary (eventwire TSV/YAML or PETRARCH); repeatable."),
        click.option("--agents", "agents", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="Extra PETRARCH agents dictionary; repeatable."),
    ]):
        f = opt(f)
    return f


def _extract_options(f):
    for opt in reversed([
        click.option("--published", help="Publication date (ISO) for articles that lack one."),
        click.option("--source", help="Outlet name for articles that lack one."),
        click.option("--model", help="Installed spaCy pipeline to use."),
        click.option("--n-process", type=int, help="Processes for spaCy."),
    ]):
        f = opt(f)
    return _dictionary_options(f)


def _run(fn):
    try:
        return fn()
    except EventwireError as exc:
        _report(exc)
        sys.exit(2)
    except BrokenPipeError:
        sys.exit(0)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", help="Write to this file instead of standard output.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "csv", "table"]), default="jsonl",
              show_default=True)
@_extract_options
@click.pass_context
def extract(ctx, paths, output, fmt, published, source, actors, agents, model, n_process):
    """Extract events from .txt/.jsonl files, directories or - (JSON Lines on stdin)."""
    from ..jobs import RunSummary, extract_paths

    def go():
        settings = _settings(ctx, actors=list(actors), agents=list(agents), model=model, n_process=n_process)
        summary = RunSummary()
        events = (e.to_dict() for e in extract_paths(paths, settings, published=published, source=source,
                                                      summary=summary, on_error=_report))
        with _out(output) as fh:
            write_records(events, fmt, fh, row=event_row)
        _err.print(summary.line())
        if summary.errors:
            sys.exit(1)
    _run(go)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", help="DuckDB file (default ./eventwire.duckdb or EVENTWIRE_DB).")
@_extract_options
@click.pass_context
def ingest(ctx, paths, db, published, source, actors, agents, model, n_process):
    """Extract and store articles, sentences, actor mentions and events."""
    from ..jobs import RunSummary, ingest_paths

    def go():
        settings = _settings(ctx, db=db, actors=list(actors), agents=list(agents), model=model, n_process=n_process)
        summary = RunSummary()
        counts = ingest_paths(paths, settings, published=published, source=source, summary=summary,
                              on_error=_report)
        _err.print(f"{summary.line()}; {counts} in {settings.db}")
        if summary.errors:
            sys.exit(1)
    _run(go)


def _query_options(f):
    for opt in reversed([
        click.option("--db", help="DuckDB file (default ./eventwire.duckdb or EVENTWIRE_DB)."),
        click.option("--actor", help="Events whose source or target code starts with this (e.g. RUSGOV, GEO)."),
        click.option("--dyad", help="Two codes A,B: events between them, either way."),
        click.option("--code", help="CAMEO code prefix (e.g. 19, 161)."),
        click.option("--since", help="Event date on or after (ISO)."),
        click.option("--until", help="Event date on or before (ISO)."),
        click.option("--current-only", is_flag=True, help="Hide background events (long before publication)."),
    ]):
        f = opt(f)
    return f


def _open_store(ctx, db):
    from ..store import Store

    settings = _settings(ctx, db=db)
    import os
    if not os.path.exists(settings.db):
        raise EventwireError(f"no database at {settings.db}; run `eventwire ingest` first or pass --db",
                             code="E404")
    return Store(settings.db, read_only=True)


@cli.command()
@_query_options
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--limit", type=int, help="At most this many events.")
@click.pass_context
def events(ctx, db, actor, dyad, code, since, until, current_only, fmt, limit):
    """Query stored events."""
    def go():
        pair = tuple(dyad.split(",")) if dyad else None
        if pair is not None and len(pair) != 2:
            raise ConfigError("--dyad takes two codes separated by a comma, e.g. RUS,GEO", code="E104")
        with _open_store(ctx, db) as store:
            records = (e.to_dict() for e in store.events(actor, pair, code, since, until, current_only, limit))
            write_records(records, fmt, sys.stdout, row=event_row)
    _run(go)


@cli.command()
@click.argument("a")
@click.argument("b")
@click.option("--db", help="DuckDB file.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.pass_context
def relations(ctx, a, b, db, fmt):
    """Events between two countries per year of event date, by quad class, with the Goldstein sum."""
    def go():
        with _open_store(ctx, db) as store:
            write_records(store.relations_by_year(a, b), fmt, sys.stdout, title=f"{a.upper()}–{b.upper()} by year")
    _run(go)


@cli.command()
@click.option("--db", help="DuckDB file to create or add to (default eventwire-demo.duckdb).")
@click.pass_context
def demo(ctx, db):
    """Extract and store the bundled example articles, then print their events and relations by year."""
    from ..jobs import RunSummary, example_paths, ingest_paths
    from ..store import Store

    def go():
        settings = _settings(ctx, db=db or "eventwire-demo.duckdb")
        summary = RunSummary()
        counts = ingest_paths(example_paths(), settings, summary=summary, on_error=_report)
        _err.print(f"{summary.line()}; {counts} in {settings.db}")
        with Store(settings.db, read_only=True) as store:
            write_records((e.to_dict() for e in store.events()), "table", sys.stdout, row=event_row,
                          title="Events in the example articles, by event date")
            write_records(store.relations_by_year("RUS", "GEO"), "table", sys.stdout,
                          title="Russia–Georgia relations by year of event")
    _run(go)


def _read_text(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    from ..ingest.readers import _decode

    with open(path, "rb") as fh:
        return _decode(fh.read(), path)


def _one_result(ctx, path_or_text: str, published: Optional[str], is_text: bool = False, stages=None,
                **flags):
    """Run the pipeline (or the named stages) on one file or text; keep its Doc and the stages' notes."""
    from ..ingest import article_from_text
    from ..pipeline import DEFAULT_STAGES, Pipeline

    text = path_or_text if is_text else _read_text(path_or_text)
    article = article_from_text(text, published=published, origin=None if is_text else path_or_text)
    pipeline = Pipeline(_settings(ctx, **flags), stages=stages or DEFAULT_STAGES)
    docs = list(pipeline.pipe([article], explain=True))
    if isinstance(docs[0], EventwireError):
        raise docs[0]
    return docs[0]


@cli.command()
@click.argument("path")
@click.option("--published", help="Publication date (ISO) to resolve relative expressions.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.pass_context
def timex(ctx, path, published, fmt):
    """Print the time expressions of a text file (or -) with their TIMEX3 values."""
    def go():
        result = _one_result(ctx, path, published, stages=("time.publication.v1", "time.timex.v1"))
        rows = [{"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
                 "bound": t.bound} for t in result.timexes]
        write_records(rows, fmt, sys.stdout)
    _run(go)


@cli.command()
@click.argument("path")
@click.option("--published", help="Publication date (ISO); people are coded as of this date.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@_dictionary_options
@click.pass_context
def actors(ctx, path, published, fmt, actors, agents):
    """Print each actor mention of a text file (or -): span, code and the rule that decided it."""
    def go():
        result = _one_result(ctx, path, published, actors=list(actors), agents=list(agents))
        rows = [{"start": m.start, "end": m.end, "text": m.text, "code": m.code, "category": m.category,
                 "rule": m.rule} for m in result.actors]
        write_records(rows, fmt, sys.stdout)
    _run(go)


@cli.command()
@click.argument("sentence")
@click.option("--published", help="Publication date (ISO).")
@_dictionary_options
@click.pass_context
def explain(ctx, sentence, published, actors, agents):
    """Show the parse, the actors and why each event was coded (or a candidate dropped) for a sentence."""
    def go():
        result = _one_result(ctx, sentence, published, is_text=True, actors=list(actors), agents=list(agents))
        doc = result.doc
        out = sys.stdout
        out.write("parse:\n")
        for t in doc:
            out.write(f"  {t.i:>3} {t.text:<16} {t.lemma_:<14} {t.pos_:<6} {t.dep_:<10} -> {t.head.i}\n")
        out.write("actors:\n")
        for m in result.actors:
            out.write(f"  {m.text!r} {m.code} ({m.category}; {m.rule})\n")
        out.write("time expressions:\n")
        for t in result.timexes:
            out.write(f"  {t.text!r} {t.type} {t.value}\n")
        out.write("events:\n")
        for e in result.events:
            out.write(f"  {e.trigger.text!r}: {e.source.code if e.source else '-'} -> "
                      f"{e.target.code if e.target else '-'} {e.cameo.code} {e.cameo.name} "
                      f"[{e.rule}] date={e.date.value} ({e.date.basis}) neg={e.negated} {e.modality}\n")
            cand = result.scratch.get("candidates", {}).get(e.event_id)
            if cand is not None and cand.why:
                said = f"; said by {e.attribution.text}" if e.attribution else ""
                out.write(f"      why: {cand.why}{said}; confidence {e.confidence}\n")
        out.write("dropped:\n")
        for d in result.scratch["explain"]:
            out.write(f"  {d['token']!r}: {d['why']}\n")
    _run(go)


def _register_commands() -> None:
    # Commands that live in their own modules are added here, explicitly, not on import.
    from . import analysis, evaluate

    evaluate.register(cli)
    analysis.register(cli)
    from . import serve

    serve.register(cli)
    from . import distributed

    distributed.register(cli)


_register_commands()


def main() -> None:
    """Run the eventwire command line."""
    cli(obj={})
