"""How force is told: the weapon that is the subject ("a roadside bomb blast killed 11 miners"), the means in
an "in" phrase ("were killed in an airstrike"), and who "they" are when they attack.

These rules refine a violent verb's code and source once its pattern has matched (coder.py).
"""

from __future__ import annotations

from typing import Callable

from .arguments import ActorIndex, Args

__all__ = ["FORCE", "armed_subject", "means_agent", "specific_code"]

FORCE = {"18", "19", "20"}
_GENERIC = {"180", "190", "200"}


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


def means_agent(v, ix: ActorIndex, nominal) -> list:
    """Who wielded the means of a passive with no agent: "were killed in an Israeli airstrike", "were wounded in
    an attack by al-Shabab", "died in Russia's shelling of the city" (the means' "by" phrase, possessive or
    country word)."""
    for c in v.children:
        if c.dep_ != "prep" or c.lower_ not in {"in", "during"}:
            continue
        for p in c.children:
            means = nominal.pattern(p) if p.dep_ == "pobj" else None
            if means is None or means.code[:2] not in FORCE:
                continue
            for d in p.children:
                if d.dep_ == "agent" or d.dep_ == "prep" and d.lower_ == "by":
                    found = [m for b in d.children if b.dep_ == "pobj" for m in ix.actors(b)]
                    if found:
                        return found
                if d.dep_ == "poss" and ix.actors(d):
                    return ix.actors(d)
            own = ix.derived(p)
            if own is not None:
                return [own]
    return []
