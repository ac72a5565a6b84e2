"""Events: P/R/F1 at three levels, per root, negation and modality, and date accuracy.

Level 1 matches the CAMEO root with the source and target countries (first three letters of the codes),
level 2 the root with the full actor codes, level 3 the exact CAMEO code with the full actor codes.
Matching is one-to-one within each gold record (a sentence). Negated events are scored apart, in
`negated`, so that "did not attack" is neither a missed attack nor a false one. Date accuracy is judged
on matched events and on gold events whose trigger a system event shares, whatever its code: `date` counts
a system date right when it lies inside the gold date at the gold's precision, `date_exact` only when the
values are equal.
"""

from __future__ import annotations

import collections
from typing import Optional

from ..records import ArticleResult, Event
from ..time import period_end, period_start
from .gold import GoldRecord
from .scores import Report

__all__ = ["score_events", "date_within", "LEVELS"]


def _country(code):
    return (code or "")[:3] or None


LEVELS = {
    "level1": lambda code, src, tgt: (code[:2], _country(src), _country(tgt)),
    "level2": lambda code, src, tgt: (code[:2], src or None, tgt or None),
    "level3": lambda code, src, tgt: (code, src or None, tgt or None),
}


def _system_triple(e: Event) -> tuple:
    return e.cameo.code, e.source.code if e.source else None, e.target.code if e.target else None


def _gold_triple(g: dict) -> tuple:
    return str(g["code"]), g.get("source"), g.get("target")


def _pairs(gold: list[dict], got: list[Event]) -> list[tuple[dict, Event]]:
    """Match gold and system events one to one on the level-1 key, preferring exact codes."""
    free = list(got)
    out = []
    for level in ("level3", "level2", "level1"):
        key = LEVELS[level]
        for g in [g for g in gold if all(g is not p[0] for p in out)]:
            hit = next((e for e in free if key(*_system_triple(e)) == key(*_gold_triple(g))), None)
            if hit is not None:
                free.remove(hit)
                out.append((g, hit))
    return out


def date_within(value: Optional[str], gold: str) -> bool:
    """True when the system's date lies inside the gold date at the gold's stated precision.

    "2025-03-13" is right for a gold "2025-03" or "2025"; "2025" is not right for a gold "2025-03-13".
    """
    if not value:
        return False
    if value == gold:
        return True
    s, e, gs, ge = period_start(value), period_end(value), period_start(gold), period_end(gold)
    return None not in (s, e, gs, ge) and gs <= s and e <= ge


def _by_trigger(gold: list[dict], got: list[Event], pairs: list) -> list[tuple[dict, Event]]:
    """Pair the gold events left over with a system event on the same trigger, whatever its code.

    Dating is judged on these too: the date of an event does not depend on getting its code right.
    """
    taken = {id(g) for g, _ in pairs}
    out = []
    for g in gold:
        if id(g) in taken or "trigger_start" not in g:
            continue
        hit = next((e for e in got if e.trigger.start < g["trigger_end"] and g["trigger_start"] < e.trigger.end),
                   None)
        if hit is not None:
            out.append((g, hit))
    return out


def score_events(records: list[GoldRecord], results: dict[tuple[str, str], ArticleResult]) -> Report:
    """Score coded events against `events` gold records (one sentence or article each)."""
    report = Report("events", breakdown_label="root")
    for r in records:
        report.records += 1
        start, end = r.span
        result = results[(r.text, r.published or "")]
        got_all = [e for e in result.events if start <= e.trigger.start < end]
        gold_all = r.labels.get("events", [])
        got = [e for e in got_all if not e.negated]
        gold = [g for g in gold_all if not g.get("negated")]
        for level, key in LEVELS.items():
            g_keys = collections.Counter(key(*_gold_triple(g)) for g in gold)
            s_keys = collections.Counter(key(*_system_triple(e)) for e in got)
            report.scores[level].add(sum((g_keys & s_keys).values()), len(got), len(gold))
            if level == "level1":
                for root in set(k[0] for k in g_keys) | set(k[0] for k in s_keys):
                    g_r = collections.Counter({k: n for k, n in g_keys.items() if k[0] == root})
                    s_r = collections.Counter({k: n for k, n in s_keys.items() if k[0] == root})
                    report.breakdown[root].add(sum((g_r & s_r).values()), sum(s_r.values()), sum(g_r.values()))
        key = LEVELS["level1"]
        g_neg = collections.Counter(key(*_gold_triple(g)) for g in gold_all if g.get("negated"))
        s_neg = collections.Counter(key(*_system_triple(e)) for e in got_all if e.negated)
        report.scores["negated"].add(sum((g_neg & s_neg).values()), sum(s_neg.values()), sum(g_neg.values()))
        pairs = _pairs(gold, got)
        for g, e in pairs + _by_trigger(gold, got, pairs):
            if g.get("date"):
                report.accuracies["date"].total += 1
                report.accuracies["date"].right += date_within(e.date.value, g["date"])
                report.accuracies["date_exact"].total += 1
                report.accuracies["date_exact"].right += e.date.value == g["date"]
        for g, e in pairs:
            if g.get("modality"):
                report.accuracies["modality"].total += 1
                report.accuracies["modality"].right += e.modality == g["modality"]
    return report
