"""Precision, recall and F1 counts, and the report an evaluation returns."""

from __future__ import annotations

import collections
from dataclasses import dataclass, field

__all__ = ["Score", "Accuracy", "Report"]


@dataclass
class Score:
    """Precision and recall counts of one measure; the two sides count their own right answers.

    With one-to-one matching both sides count the same matches; with overlap matching of spans one
    prediction may cover two expected items, so each side is counted on its own terms.
    """

    predicted: int = 0
    predicted_right: int = 0
    expected: int = 0
    expected_found: int = 0

    @property
    def precision(self) -> float:
        """Right predictions over predictions; 1.0 when nothing was predicted."""
        return self.predicted_right / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Expected items found over expected items; 1.0 when nothing was expected."""
        return self.expected_found / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, matched: int, predicted: int, expected: int) -> None:
        """Count a one-to-one match: how many matched, how many were predicted, how many expected."""
        self.predicted += predicted
        self.predicted_right += matched
        self.expected += expected
        self.expected_found += matched

    def to_dict(self) -> dict:
        """Return the counts and the three ratios."""
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "predicted": self.predicted, "predicted_right": self.predicted_right, "expected": self.expected,
                "expected_found": self.expected_found}


@dataclass
class Accuracy:
    """Right answers out of the cases judged."""

    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        """right / total (0.0 when nothing was judged)."""
        return self.right / self.total if self.total else 0.0

    def to_dict(self) -> dict:
        """Return the counts and the ratio."""
        return {"accuracy": round(self.value, 4), "right": self.right, "total": self.total}


@dataclass
class Report:
    """What one evaluation measured: headline scores, accuracies and a breakdown by category."""

    kind: str
    records: int = 0
    scores: dict[str, Score] = field(default_factory=lambda: collections.defaultdict(Score))
    accuracies: dict[str, Accuracy] = field(default_factory=lambda: collections.defaultdict(Accuracy))
    breakdown: dict[str, Score] = field(default_factory=lambda: collections.defaultdict(Score))
    breakdown_label: str = "category"

    def metric(self, name: str) -> float:
        """Look up a figure by a dotted name, e.g. `level1.f1`, `value.accuracy`, `span.precision`."""
        head, _, attr = name.partition(".")
        if head in self.scores:
            return getattr(self.scores[head], attr or "f1")
        if head in self.accuracies:
            return self.accuracies[head].value
        raise KeyError(name)

    def to_dict(self) -> dict:
        """Return the report as plain data."""
        return {"kind": self.kind, "records": self.records,
                "scores": {k: v.to_dict() for k, v in self.scores.items()},
                "accuracies": {k: v.to_dict() for k, v in self.accuracies.items()},
                self.breakdown_label: {k: self.breakdown[k].to_dict() for k in sorted(self.breakdown)}}

    def rows(self) -> list[dict]:
        """Return one flat row per measure and per category, for tables and CSV."""
        out = [{"measure": k, **v.to_dict(), "accuracy": ""} for k, v in self.scores.items()]
        out += [{"measure": k, "precision": "", "recall": "", "f1": "", "predicted": "", "predicted_right": "",
                 "expected": v.total, "expected_found": v.right, "accuracy": round(v.value, 4)}
                for k, v in self.accuracies.items()]
        out += [{"measure": f"{self.breakdown_label}:{k}", **self.breakdown[k].to_dict(), "accuracy": ""}
                for k in sorted(self.breakdown)]
        return out
