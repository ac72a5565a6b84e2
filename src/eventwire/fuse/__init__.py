"""Fuse: event mentions that describe the same real event become one event (entry point: `fuse_pending`).

Fusing is incremental. Each stored mention not yet linked to an event is compared with the stored
events under its block key (CAMEO root and the unordered pair of sides, see `rules.block_key`) and
with the events made earlier in the same batch; it joins the best-matching one (`model.match`) or
starts a new event. Counts (`num_mentions`, `num_articles`, `num_sources`, ...) are then recomputed
in SQL for every event the batch touched, so they are always what the links say.
"""

from __future__ import annotations

from dataclasses import astuple
from typing import Iterable, Optional

from .model import EVENT_FIELDS, MENTION_FIELDS, FusedEvent, Mention, absorb, match, new_event
from .rules import period_start

__all__ = ["fuse_pending", "FuseCounts", "refresh_events", "Mention", "FusedEvent", "match"]


class FuseCounts:
    """What one fusion pass did."""

    def __init__(self) -> None:
        self.mentions = self.new_events = self.merged = 0


def _pending(con) -> list[Mention]:
    rows = con.execute(f"""SELECT {', '.join('m.' + f for f in MENTION_FIELDS)} FROM event_mentions m
        WHERE m.event_id IS NULL
        ORDER BY m.published NULLS LAST, m.article_id, m.sentence_idx, m.trigger_start, m.mention_id""").fetchall()
    return [Mention(*r) for r in rows]


def _candidates(con, keys: list[str]) -> dict[str, list[FusedEvent]]:
    out: dict[str, list[FusedEvent]] = {}
    rows = con.execute(f"""SELECT {', '.join(EVENT_FIELDS)}, num_mentions FROM events
                           WHERE list_contains(?, block_key) ORDER BY event_num""", [keys]).fetchall()
    for r in rows:
        e = FusedEvent(*r[:-1], size=r[-1] or 1)
        out.setdefault(e.block_key, []).append(e)
    return out


def fuse_pending(con, stale: Iterable[str] = ()) -> FuseCounts:
    """Link every unlinked mention to a new or stored event, then recompute the touched events' counts.

    `stale` names events whose mentions were deleted (an article was replaced): they are recounted
    and dropped when no mention is left. Call it inside the writer's transaction.
    """
    counts = FuseCounts()
    mentions = _pending(con)
    touched: dict[str, FusedEvent] = {}
    assigned_ids, assigned_events = [], []
    if mentions:
        by_key = _candidates(con, sorted({m.key for m in mentions}))
        next_num = con.execute("SELECT coalesce(max(event_num), 0) FROM events").fetchone()[0]
        for m in mentions:
            pool = by_key.setdefault(m.key, [])
            best = None
            for e in pool:
                found = match(e, m)
                if found is not None and (best is None or found[0] > best[1][0]):
                    best = (e, found)
            if best is None:
                next_num += 1
                event = new_event(m, next_num)
                pool.append(event)
                counts.new_events += 1
            else:
                event, (_score, swapped, code) = best
                absorb(event, m, swapped, code)
                counts.merged += 1
            touched[event.event_id] = event
            assigned_ids.append(m.mention_id)
            assigned_events.append(event.event_id)
        counts.mentions = len(mentions)
        _write_events(con, touched.values())
        con.execute("""UPDATE event_mentions SET event_id = a.event_id
                       FROM (SELECT unnest(?) AS mention_id, unnest(?) AS event_id) a
                       WHERE event_mentions.mention_id = a.mention_id""", [assigned_ids, assigned_events])
    refresh_events(con, set(touched) | set(stale))
    return counts


def _write_events(con, events: Iterable[FusedEvent]) -> None:
    rows = [list(astuple(e))[:-1] + [period_start(e.date_value) or e.date_start] for e in events]
    if not rows:
        return
    columns = EVENT_FIELDS + ["event_date"]
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "event_id")
    values = [list(col) for col in zip(*rows)]
    con.execute(f"""INSERT INTO events ({', '.join(columns)}) SELECT {', '.join(['unnest(?)'] * len(columns))}
                    ON CONFLICT (event_id) DO UPDATE SET {updates}""", values)


# Near-duplicate copies count once: each cluster (an article and the copies linked to it) is one
# article and its canonical article's outlet one source; the copies' mentions are counted apart.
_AGGREGATES = """
WITH m AS (
    SELECT m.event_id, m.article_id, m.published, m.background, m.sentence_idx,
           a.duplicate_of IS NOT NULL AS is_copy, coalesce(a.duplicate_of, m.article_id) AS cluster
    FROM event_mentions m JOIN articles a ON a.id = m.article_id
    WHERE list_contains(?, m.event_id)),
per_cluster AS (
    SELECT event_id, cluster, count(*) FILTER (WHERE NOT is_copy) AS own,
           count(*) FILTER (WHERE is_copy) AS copied
    FROM m GROUP BY event_id, cluster),
agg AS (
    SELECT c.event_id,
           sum(CASE WHEN c.own > 0 THEN c.own ELSE 1 END) AS num_mentions,
           count(*) AS num_articles,
           count(DISTINCT coalesce(ca.source, '')) AS num_sources,
           sum(c.copied) AS num_copies
    FROM per_cluster c JOIN articles ca ON ca.id = c.cluster GROUP BY c.event_id),
dates AS (
    SELECT event_id, min(published) AS first_reported, max(published) AS last_reported,
           bool_and(background) AS background, bool_or(p.paragraph = 0) AS is_root
    FROM m LEFT JOIN sentences p ON p.article_id = m.article_id AND p.idx = m.sentence_idx
    GROUP BY event_id)
SELECT agg.*, dates.first_reported, dates.last_reported, dates.background, dates.is_root
FROM agg JOIN dates USING (event_id)
"""


def refresh_events(con, event_ids: Optional[Iterable[str]] = None) -> None:
    """Recompute the counts and report dates of these events (all when None); drop those left without mentions."""
    if event_ids is None:
        ids = [r[0] for r in con.execute("SELECT event_id FROM events").fetchall()]
    else:
        ids = sorted(event_ids)
    if not ids:
        return
    con.execute("""DELETE FROM events WHERE list_contains(?, event_id)
                   AND event_id NOT IN (SELECT DISTINCT event_id FROM event_mentions WHERE event_id IS NOT NULL
                                        AND list_contains(?, event_id))""", [ids, ids])
    con.execute(f"""UPDATE events SET num_mentions = r.num_mentions, num_articles = r.num_articles,
                       num_sources = r.num_sources, num_copies = r.num_copies, first_reported = r.first_reported,
                       last_reported = r.last_reported, background = r.background, is_root = r.is_root
                    FROM ({_AGGREGATES}) r WHERE events.event_id = r.event_id""", [ids])

