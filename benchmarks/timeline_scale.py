"""Analyses over 1,000,000 synthetic stored events: how long `timeline` and the other queries take.

Usage: python benchmarks/timeline_scale.py [--events N] [--runs R] [--db FILE]

The events are generated in SQL into a store at the current schema: 60 countries with roles, CAMEO codes
from the ontology's own table, dates over 2000–2024 at day, month and year precision, 10% not factual, and
one RUS–GEO event in twenty so the dyad has ~50,000 events. Each event has 1–3 mentions in 200,000
articles (so the publication-date view joins ~2 million mentions). Printed: the median and the slowest of R
runs of each query, each run on a fresh connection's cache-warm file.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

_COUNTRIES = ("RUS GEO UKR USA CHN FRA DEU GBR TUR IRN ISR PSE SYR IRQ EGY SAU IND PAK AFG JPN KOR PRK BRA ARG "
              "MEX CAN AUS ZAF NGA KEN ETH SDN LBY DZA MAR POL BLR ARM AZE KAZ UZB ITA ESP NLD BEL SWE NOR FIN "
              "GRC SRB HUN ROU BGR VNM THA IDN PHL MYS").split()
_ROLES = ["", "GOV", "MIL", "OPP", "LEG", "BUS"]


def build(db: str, n: int) -> None:
    """Fill a new store with n synthetic events, their mentions and articles."""
    from eventwire.events.ontology import cameo_table
    from eventwire.store import Store

    table = cameo_table()
    codes = sorted(c for c in table if len(c) >= 3)
    with Store(db) as store:
        con = store.con
        con.execute("CREATE TEMP TABLE codes AS SELECT unnest(?) AS code, unnest(?) AS goldstein, unnest(?) AS quad",
                    [codes, [table[c].goldstein for c in codes], [table[c].quad_class for c in codes]])
        con.execute("CREATE TEMP TABLE codes_n AS SELECT row_number() OVER (ORDER BY code) - 1 AS k, * FROM codes")
        ncodes, ncountries = len(codes), len(_COUNTRIES)
        con.execute(f"""
            CREATE TEMP TABLE gen AS
            SELECT i,
                   CASE WHEN i % 20 = 0 THEN 'RUS' ELSE list_extract(?, (hash(i, 1) % {ncountries})::INT + 1) END AS sc,
                   CASE WHEN i % 20 = 0 THEN 'GEO' ELSE list_extract(?, (hash(i, 2) % {ncountries})::INT + 1) END AS tc,
                   list_extract(?, (hash(i, 3) % 6)::INT + 1) AS sr, list_extract(?, (hash(i, 4) % 6)::INT + 1) AS tr,
                   (hash(i, 5) % {ncodes})::INT AS k,
                   DATE '2000-01-01' + (hash(i, 6) % 9131)::INT AS d,
                   CASE hash(i, 7) % 10 WHEN 0 THEN 'year' WHEN 1 THEN 'month' WHEN 2 THEN 'month' ELSE 'day' END
                       AS prec,
                   CASE WHEN hash(i, 8) % 10 = 0 THEN 'intended' ELSE 'factual' END AS polarity,
                   1 + (hash(i, 9) % 3)::INT AS nm
            FROM range({n}) t(i)""", [list(_COUNTRIES), list(_COUNTRIES), _ROLES, _ROLES])
        con.execute("""
            INSERT INTO events (event_id, event_num, block_key, source_code, source_country, target_code,
                target_country, cameo_code, cameo_root, goldstein, quad_class, date_value, date_precision, date_basis,
                event_date, date_start, date_end, polarity, negated, modality, background, num_mentions, num_articles,
                num_sources, num_copies, first_reported, last_reported, is_root)
            SELECT 'e' || i, i + 1, c.code[1:2] || '|' || least(sc, tc) || '|' || greatest(sc, tc), sc || sr, sc,
                   tc || tr, tc, c.code, c.code[1:2], c.goldstein, c.quad,
                   CASE prec WHEN 'day' THEN strftime(d, '%Y-%m-%d') WHEN 'month' THEN strftime(d, '%Y-%m')
                        ELSE strftime(d, '%Y') END,
                   prec, 'explicit',
                   CASE prec WHEN 'day' THEN d WHEN 'month' THEN date_trunc('month', d) ELSE date_trunc('year', d) END,
                   d, d, polarity, false, CASE WHEN polarity = 'factual' THEN 'asserted' ELSE 'intended' END,
                   false, nm, nm, nm, 0, d + 1, d + nm, false
            FROM gen JOIN codes_n c USING (k)""")
        con.execute("""
            INSERT INTO event_mentions (mention_id, article_id, sentence_idx, trigger_start, source_code,
                source_country, target_code, target_country, cameo_code, cameo_root, goldstein, quad_class,
                event_date, published, event_id)
            SELECT 'm' || e.event_num || '-' || j, 'a' || (hash(e.event_num, j) % 200000), 0, 0, e.source_code,
                   e.source_country, e.target_code, e.target_country, e.cameo_code, e.cameo_root, e.goldstein,
                   e.quad_class, e.event_date, DATE '2000-01-02' + (hash(e.event_num, j) % 200000 % 9131)::INT,
                   e.event_id
            FROM events e, range(e.num_mentions) r(j)""")
        con.execute("""
            INSERT INTO articles (id, content_hash, published, source)
            SELECT 'a' || k, md5(k::VARCHAR), DATE '2000-01-02' + (k % 9131)::INT, 'outlet' || (k % 40)
            FROM range(200000) t(k)""")


def timed(fn, runs: int) -> tuple[float, float]:
    """Median and slowest seconds of `runs` calls."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), max(times)


def main() -> None:
    """Print the query times."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--db", help="DuckDB file (default: a temporary file, removed afterwards)")
    args = ap.parse_args()
    from eventwire.analysis import actors_top, compare_sources, dyads_top, timeline
    from eventwire.store import Store

    db = args.db or os.path.join(tempfile.mkdtemp(prefix="ew-tl-"), "synthetic.duckdb")
    t0 = time.perf_counter()
    build(db, args.events)
    print(f"built {db} in {time.perf_counter() - t0:.1f} s")
    with Store(db, read_only=True) as store:
        con = store.con
        c = store.counts()
        print(f"{c['events']:,} events, {c['event_mentions']:,} mentions, {c['articles']:,} articles")
        n_dyad = sum(r["events"] for r in timeline(con, "RUS", "GEO", by="year").rows)
        print(f"RUS–GEO: {n_dyad:,} factual events")
        queries = {
            "timeline RUS GEO --by month": lambda: timeline(con, "RUS", "GEO", by="month"),
            "timeline RUS GEO --by year --since 2010 --until 2015": lambda: timeline(
                con, "RUS", "GEO", by="year", since="2010-01-01", until="2015-12-31"),
            "timeline RUSGOV GEO --by quarter": lambda: timeline(con, "RUSGOV", "GEO", by="quarter"),
            "timeline RUS GEO --by month --by-published": lambda: timeline(con, "RUS", "GEO", by="month",
                                                                            by_published=True),
            "actors-top --limit 20": lambda: actors_top(con),
            "dyads-top --level country": lambda: dyads_top(con, level="country"),
            "compare-sources --dyad RUS,GEO": lambda: compare_sources(con, ("RUS", "GEO")),
        }
        for name, fn in queries.items():
            fn()                                   # first run reads the file into DuckDB's buffer
            median, worst = timed(fn, args.runs)
            print(f"{name}: median {median * 1000:.0f} ms, slowest {worst * 1000:.0f} ms ({args.runs} runs)")
    # The whole command, as a user runs it: a new process, imports, opening the file, the query, the table.
    command = [sys.executable, "-c", "from eventwire.cli import main; main()", "timeline", "RUS", "GEO", "--db", db,
               "--format", "csv"]
    median, worst = timed(lambda: subprocess.run(command, check=True, capture_output=True), 3)
    print(f"eventwire timeline RUS GEO (new process, end to end): median {median * 1000:.0f} ms, "
          f"slowest {worst * 1000:.0f} ms (3 runs)")
    if not args.db:
        os.remove(db)
        os.rmdir(os.path.dirname(db))


if __name__ == "__main__":
    main()
