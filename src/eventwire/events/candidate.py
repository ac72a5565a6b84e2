"""An event the coder found, before the stage dates and places it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..records import ActorMention

__all__ = ["Candidate"]


@dataclass
class Candidate:
    """One coded event mention: trigger token, code, rule and the actors on each side."""

    trigger: int                              # token index
    code: str
    rule: str
    sources: list = field(default_factory=list)
    targets: list = field(default_factory=list)
    negated: bool = False
    modality: str = "asserted"
    attribution: Optional[ActorMention] = None
    confidence: float = 0.7
    clause_verb: int = -1
    note: str = ""                            # "pronoun": the subject was a pronoun
    why: str = ""                             # how the roles were found, for `eventwire explain`
    pairs: list = field(default_factory=list)  # actors acting on each other ("talks between A and B")
