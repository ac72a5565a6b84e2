"""Time expressions: span F1 (strict offsets and overlap), value and type accuracy on matched spans."""

from __future__ import annotations

from ..records import ArticleResult
from .gold import GoldRecord
from .scores import Report

__all__ = ["score_timex"]


def score_timex(records: list[GoldRecord], results: dict[tuple[str, str], ArticleResult]) -> Report:
    """Score the pipeline's time expressions against `timexes` gold records."""
    report = Report("timex", breakdown_label="type")
    for r in records:
        report.records += 1
        start, end = r.span
        result = results[(r.text, r.published or "")]
        got = {(t.start, t.end): t for t in result.timexes if start <= t.start < end}
        gold = {(g["start"], g["end"]): g for g in r.labels.get("timexes", [])}
        matched = gold.keys() & got.keys()
        report.scores["span"].add(len(matched), len(got), len(gold))
        report.scores["span_overlap"].predicted += len(got)
        report.scores["span_overlap"].predicted_right += sum(
            any(s < ge and gs < e for gs, ge in gold) for s, e in got)
        report.scores["span_overlap"].expected += len(gold)
        report.scores["span_overlap"].expected_found += sum(
            any(s < ge and gs < e for s, e in got) for gs, ge in gold)
        for k in matched:
            report.accuracies["value"].total += 1
            report.accuracies["value"].right += got[k].value == gold[k]["value"]
            report.accuracies["type"].total += 1
            report.accuracies["type"].right += got[k].type == gold[k].get("type")
        for kind in {g.get("type") for g in gold.values()} | {t.type for t in got.values()}:
            g_k = {k for k, g in gold.items() if g.get("type") == kind}
            s_k = {k for k, t in got.items() if t.type == kind}
            report.breakdown[kind].add(len(g_k & s_k), len(s_k), len(g_k))
    return report
