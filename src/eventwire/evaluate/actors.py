"""Actor mentions: precision and recall of (country, role) per mention, spans matching on overlap."""

from __future__ import annotations

from ..records import ArticleResult
from .gold import GoldRecord
from .scores import Report

__all__ = ["score_actors"]


def _label(country, role) -> tuple:
    return (country or None, role or None)


def score_actors(records: list[GoldRecord], results: dict[tuple[str, str], ArticleResult]) -> Report:
    """Score resolved actor mentions against `mentions` gold records, with recall per gold category."""
    report = Report("actors")
    overall = report.scores["mention"]
    for r in records:
        report.records += 1
        start, end = r.span
        result = results[(r.text, r.published or "")]
        got = [m for m in result.actors if start <= m.start < end]
        gold = r.labels.get("mentions", [])
        for g in gold:
            hit = next((m for m in got if m.start < g["end"] and g["start"] < m.end), None)
            right = hit is not None and _label(hit.country, hit.role) == _label(g.get("country"), g.get("role"))
            for score in (overall, report.breakdown[g.get("category") or "other"]):
                score.expected += 1
                score.expected_found += right
        for m in got:
            hit = next((g for g in gold if m.start < g["end"] and g["start"] < m.end), None)
            right = hit is not None and _label(m.country, m.role) == _label(hit.get("country"), hit.get("role"))
            category = (hit or {}).get("category") or m.category or "other"
            for score in (overall, report.breakdown[category]):
                score.predicted += 1
                score.predicted_right += right
            report.accuracies["code"].total += hit is not None
            report.accuracies["code"].right += hit is not None and m.code == hit.get("code")
    return report
