"""The tense of the clause a time expression belongs to, read off the parse.

"met on Tuesday" is past, "will meet on Tuesday", "plans to meet on Tuesday" and "is due on Tuesday" are
future, and "meets on Tuesday" is present, which in news points ahead. Speech verbs in the present
("says", "tells") report what was said, so they count as past.
"""

from __future__ import annotations

from typing import Optional

__all__ = ["clause_tense", "clause_tense_of", "tenses_for"]

_SPEECH = {"say", "tell", "report", "announce", "claim", "state", "add", "note", "write", "confirm", "insist"}
_SCHEDULED = {"schedule", "set", "due", "slate", "expect", "plan", "poise"}


def _clause_verb(tok):
    for _ in range(8):
        if tok.pos_ in {"VERB", "AUX"}:
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def clause_tense(span) -> Optional[str]:
    """Return "past", "future", "present", "habitual" or None (no verb governs it) for a spaCy span."""
    verb = _clause_verb(span.root)
    return None if verb is None else clause_tense_of(verb)


def clause_tense_of(verb) -> Optional[str]:
    """The tense of one verb's clause, from its tag and auxiliaries."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    lowers = {a.lower_ for a in auxes}
    if lowers & {"will", "shall", "'ll", "would", "wo"}:
        return "future"
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "plans to meet on Tuesday" points ahead; "tried to overthrow him on Feb. 7" need not
        governor = _clause_verb(verb.head) if verb.head.i != verb.i else None
        if governor is not None and governor.i != verb.i and clause_tense_of(governor) == "past":
            return None
        return "future"
    if verb.lemma_ in _SCHEDULED and verb.tag_ == "VBN" and lowers & {"is", "are", "'s", "'re"}:
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes) or lowers & {"has", "have", "'ve"}:
        return "past"
    if verb.tag_ == "VBN" and not auxes:
        # "the summit held in February" is past; "a report set for release Friday" is ahead
        return "future" if verb.lemma_ in _SCHEDULED else "past"
    if verb.tag_ in {"VBZ", "VBP"} or any(a.tag_ in {"VBZ", "VBP"} for a in auxes):
        if verb.lemma_ in _SPEECH:
            return "past"
        # "residents hear gunfire at night" is a habit; "it is 6 a.m. here" and "is meeting" are now
        return "habitual" if verb.lemma_ != "be" and verb.tag_ != "VBG" and not auxes else "present"
    return None


def tenses_for(doc, cands) -> list[Optional[str]]:
    """One tense per time expression candidate (None where the parse says nothing)."""
    out = []
    for c in cands:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        out.append(clause_tense(span) if span is not None and len(span) else None)
    return out
