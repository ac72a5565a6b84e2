"""How force is told: the weapon that is the subject ("a roadside bomb blast killed 11 miners"), the means in
an "in" phrase ("were killed in an airstrike"), and who "they" are when they attack.

These rules refine a violent verb's code and source once its pattern has matched (coder.py).
"""

from __future__ import annotations

from typing import Callable

from .arguments import ActorIndex, Args

__all__ = ["FORCE", "armed_subject", "specific_code"]

FORCE = {"18", "19", "20"}
_GENERIC = {"180", "190", "200"}
# roles whose "strike" with no one struck is a walkout: teachers, doctors, workers and unions do not use force
_LABOUR = {"LAB", "EDU", "HLH", "CVL", "BUS", "MED"}


def _subject_token(v, a: Args):
    """The verb's subject word, or the one it shares with the verb it is coordinated with."""
    if a.subj_tok is not None:
        return a.subj_tok
    tok = v
    if v.dep_ == "advcl" and v.tag_ == "VBG":   # "a car bomb exploded near a checkpoint, killing five soldiers"
        return next((c for c in v.head.children if c.dep_ == "nsubj"), None)
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
    return None


def specific_code(v, a: Args, code: str, rule: str, nominal) -> tuple[str, str]:
    """The weapon or means a violent event names says how it was done: its noun's code replaces the verb's."""
    if v.lemma_.lower() == "strike" and a.dobj is None and not a.dobj_actors and a.subj and \
            all((m.role or "")[:3] in _LABOUR for m in a.subj):
        return "143", f"{rule}+labour"   # "teachers threatened to strike": a labour strike, 133 when threatened
    subj = _subject_token(v, a)
    weapon = nominal.pattern(subj) if subj is not None and not a.subj else None
    if weapon is not None and weapon.code[:2] in FORCE:
        # "a roadside bomb blast killed 11 miners", "the airstrikes targeted ... and killed ..."
        return weapon.code, f"instrument:{weapon.id}+{rule}"
    if code in _GENERIC:
        for c in v.children:   # "killed in an airstrike", "were killed in a gun battle with police"
            if c.dep_ == "prep" and c.lower_ in {"in", "during"}:
                for p in c.children:
                    means = nominal.pattern(p) if p.dep_ == "pobj" else None
                    if means is not None and means.code[:2] in FORCE and means.code not in _GENERIC:
                        return means.code, f"means:{means.id}+{rule}"
    return code, rule


def armed_subject(v, a: Args, ix: ActorIndex, armed: Callable) -> None:
    """ "They attacked the hotel", "They shot and killed people": a pronoun that attacks is the armed group
    the last sentences name, not the nearest plural (the officials meeting at the hotel)."""
    subj = _subject_token(v, a)
    if subj is None or subj.lower_ not in {"they", "it"} or a.subj_how not in {"nsubj", "inherited"}:
        return
    found = ix.antecedents.resolve(subj, prefer=armed)
    if found is not None:
        a.subj = [found]
