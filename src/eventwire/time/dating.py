"""Date each event by what the text says: its clause's time expression, its sentence's, the narrative
time of its paragraph, else the publication date; `background` marks events well before publication."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Optional

from ..records import ArticleResult, EventDate, Timex
from .tense import clause_tense

__all__ = ["date_events", "period_start", "period_end", "day_of", "is_background"]

_DATED_TYPES = {"DATE", "TIME"}


def _usable(t: Timex) -> bool:
    return t.type in _DATED_TYPES and t.value[:4].isdigit() and t.precision is not None


def period_start(value: Optional[str]) -> Optional[dt.date]:
    """Return the first day a TIMEX value (2008, 2008-09, 2008-09-02, 2008-Q3, 2008-W36) can stand for."""
    if not value or not value[:4].isdigit():
        return None
    try:
        if len(value) >= 10 and value[4] == "-" and value[7] == "-":
            return dt.date.fromisoformat(value[:10])
        if "-W" in value:
            return dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        if "-Q" in value:
            return dt.date(int(value[:4]), int(value[6]) * 3 - 2, 1)
        if "-H" in value:
            return dt.date(int(value[:4]), 1 if value[6] == "1" else 7, 1)
        if len(value) >= 7 and value[4] == "-" and value[5:7].isdigit():
            return dt.date(int(value[:4]), int(value[5:7]), 1)
        return dt.date(int(value[:4]), 1, 1)
    except ValueError:
        return None


def period_end(value: Optional[str]) -> Optional[dt.date]:
    """Return the last day a TIMEX value can stand for (the counterpart of `period_start`)."""
    start = period_start(value)
    if start is None:
        return None
    if len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return start
    if "-W" in value:
        return start + dt.timedelta(days=6)
    if "-Q" in value:
        month = start.month + 2
    elif "-H" in value:
        month = start.month + 5
    elif len(value) >= 7 and value[4] == "-" and value[5:7].isdigit():
        month = start.month
    else:
        return dt.date(start.year, 12, 31)
    return dt.date(start.year, month, calendar.monthrange(start.year, month)[1])


def day_of(value: Optional[str]) -> Optional[dt.date]:
    """The day of an ISO date string (YYYY-MM-DD...), or None for anything else."""
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def is_background(value: Optional[str], published: Optional[str], threshold_days: int) -> bool:
    """True when an event's date ends more than `threshold_days` before publication."""
    if not value or not published:
        return False
    end = period_end(value)
    return end is not None and (dt.date.fromisoformat(published) - end).days > threshold_days


def _clause_verb(tok):
    """The verb whose clause a token belongs to."""
    for _ in range(30):
        if tok.pos_ in {"VERB", "AUX"} or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _first_conjunct(verb):
    # "removed Bashir and jailed him in April": conjoined verbs share their time.
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    return verb


def _dated_noun(ttok):
    """The noun an expression modifies ("the February 8 vote", "the election this month"), or None when
    it modifies a clause."""
    tok = ttok
    for _ in range(4):
        if tok.dep_ in {"compound", "amod", "nmod", "poss", "nummod", "npadvmod"} and \
                tok.head.pos_ in {"NOUN", "PROPN"}:
            return tok.head
        if tok.head.i == tok.i or tok.head.pos_ in {"VERB", "AUX"}:
            return None
        tok = tok.head
    return None


def _dates_a_noun(ttok) -> bool:
    """True when the expression modifies a noun: it dates that noun, not a clause."""
    return _dated_noun(ttok) is not None


def _relation(event_verb, timex_verb) -> Optional[str]:
    """'before' when the event's clause is "after X" below the dated clause, 'after' in the mirror case."""
    for a, b, when in ((event_verb, timex_verb, "before"), (timex_verb, event_verb, "after")):
        if a.dep_ == "advcl" and a.head.i == b.i:
            marks = {c.lower_ for c in a.children if c.dep_ == "mark"}
            if "after" in marks:
                return when
            if "before" in marks:
                return "after" if when == "before" else "before"
    return None


def _prep_bound(ttok) -> Optional[str]:
    """The bound a preposition over the expression gives ("severed after Moscow August 26, 2008 recognized",
    where a name stands between "after" and the date)."""
    word = ttok.head.lower_
    return word if ttok.dep_ == "pobj" and word in {"after", "since", "before", "until"} else None


def _tensed(verb):
    """The verb that carries the tense: "shooting many" takes it from "singled out", a conjunct from the first."""
    for _ in range(4):
        if verb.tag_ in {"VBG", "VBN"} and verb.dep_ in {"advcl", "xcomp", "conj"} and \
                not any(c.dep_ in {"aux", "auxpass"} for c in verb.children) and verb.head.pos_ in {"VERB", "AUX"}:
            verb = verb.head
        else:
            break
    return verb


def _auxes(verb) -> set[str]:
    """The verb's auxiliaries; a conjunct with neither its own nor a subject shares its first conjunct's
    ("have condemned the arrest and urged ...")."""
    for _ in range(4):
        auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
        if auxes or verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"} or \
                any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            return auxes
        verb = verb.head
    return auxes


def _tells_the_past(verb) -> bool:
    """A clause in the simple or perfect past, which may take its time from the sentence before."""
    auxes = _auxes(verb)
    if auxes & {"has", "have", "'s", "'ve", "will", "would", "'ll", "is", "are", "am"}:
        return False
    return verb.tag_ == "VBD" or "had" in auxes or "was" in auxes or "were" in auxes


def _points_ahead(ttok) -> bool:
    """True when the expression's clause is in the future ("will meet Tuesday", "would take effect Monday")."""
    return clause_tense(ttok.doc[ttok.i:ttok.i + 1]) == "future"


def _story_date(result: ArticleResult, by_sentence: dict, published: Optional[str],
                ahead: set) -> Optional[Timex]:
    """The day the lead's news happened: a day-precise date in the first two sentences, at most a week
    before publication. Later past-tense sentences that name no time mostly tell of that day."""
    if not published:
        return None
    pub = dt.date.fromisoformat(published)
    for s in result.sentences[:2]:
        for t, ttok in by_sentence.get(s.index, []):
            if t.precision == "day" and t.bound is None and t.start not in ahead:
                try:
                    day = dt.date.fromisoformat(t.value[:10])
                except ValueError:
                    continue
                if 0 <= (pub - day).days <= 7:
                    return t
    return None


def _event_date(t: Timex, basis: str, bound: Optional[str]) -> EventDate:
    return EventDate(t.value[:10] if t.precision == "day" else t.value, t.precision, basis, t.text, bound)


def date_events(result: ArticleResult, background_days: int) -> None:
    """Set `date` and `background` on every event of the result."""
    doc = result.doc
    published = result.article.published
    dated = [t for t in result.timexes if _usable(t)]
    candidates = result.scratch.get("candidates", {})
    by_sentence: dict[int, list[tuple[Timex, object]]] = {}
    for t in dated:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and len(span):
            by_sentence.setdefault(t.sentence, []).append((t, span.root))
    # expressions of clauses that look ahead, once per expression (several events may look back at each)
    ahead = {t.start for pairs in by_sentence.values() for t, ttok in pairs if _points_ahead(ttok)}
    paragraphs_known = len({s.paragraph for s in result.sentences}) > 1
    story = _story_date(result, by_sentence, published, ahead)
    for ev in result.events:
        cand = candidates.get(ev.event_id)
        # (a span per event, not a map of every token: building all tokens costs more than the events need)
        span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        trigger = span[0] if span is not None and len(span) and span[0].idx == ev.trigger.start else None
        date = None
        ev_verb = None
        if trigger is not None:
            ev_verb = _clause_verb(trigger) if cand is None or cand.clause_verb < 0 else doc[cand.clause_verb]
            date = _own_date(ev_verb, by_sentence.get(ev.sentence.index, []), trigger)
        if date is None and ev_verb is not None and _tells_the_past(_tensed(ev_verb)):
            date = _narrative(result, ev.sentence.index, by_sentence, paragraphs_known, ahead)
            if date is None and story is not None and ev.sentence.index > 0:
                date = _event_date(story, "narrative", None)
        if date is None:
            date = EventDate(published, "day", "publication") if published else EventDate(None, "day", "unknown")
        ev.date = date
        ev.background = is_background(date.value, published, background_days)


def _ancestors(verb) -> dict[int, int]:
    """The event's verb and the verbs whose clauses hold it, by how many steps up they are."""
    out, tok, steps = {verb.i: 0}, verb, 0
    while tok.head.i != tok.i and steps < 40:
        tok, steps = tok.head, steps + 1
        if tok.pos_ in {"VERB", "AUX"}:
            out.setdefault(tok.i, steps)
    return out


def _own_date(ev_verb, own: list, trigger=None) -> Optional[EventDate]:
    """The expression of the event's own clause, else one related to it ("after ..."), else that of the
    nearest clause holding it. A date inside a clause below the event's ("which recognized it in 2018")
    or beside it dates that clause only. A noun event takes the date that modifies it ("Tuesday's attack")."""
    if trigger is not None and trigger.pos_ in {"NOUN", "PROPN"}:
        for t, ttok in own:
            noun = _dated_noun(ttok)
            if noun is not None and noun.i == trigger.i:
                return _event_date(t, "relative" if t.anchored else "explicit", t.bound)
    verb = _first_conjunct(ev_verb)
    up = _ancestors(verb)
    related, holding, nominal = None, [], None
    for t, ttok in own:
        tverb = _first_conjunct(_clause_verb(ttok))
        if tverb.i in {verb.i, ev_verb.i} and not _dates_a_noun(ttok):
            return _event_date(t, "relative" if t.anchored else "explicit", t.bound or _prep_bound(ttok))
        rel = _relation(ev_verb, tverb)
        if rel and related is None:
            related = (t, rel)
        elif tverb.i in up and not _dates_a_noun(ttok):
            holding.append((up[tverb.i], t))
        elif tverb.i in up and nominal is None:
            nominal = t
    if related is not None:
        t, rel = related
        return _event_date(t, "relative" if t.anchored else "explicit", rel)
    t = min(holding, key=lambda h: h[0])[1] if holding else nominal
    return _event_date(t, "relative" if t.anchored else "explicit", t.bound) if t is not None else None


def _narrative(result: ArticleResult, index: int, by_sentence: dict, paragraphs_known: bool,
               ahead: set) -> Optional[EventDate]:
    """The time an earlier sentence set, for a past-tense clause that names none.

    Within a paragraph the last dated sentence (up to three back) sets it; where the text has no
    paragraph breaks only the sentence just before can, since news sentences rarely share a time.
    """
    sentences = result.sentences
    if not 0 <= index < len(sentences):
        return None
    paragraph = sentences[index].paragraph
    reach = 3 if paragraphs_known else 1
    for back in range(1, reach + 1):
        i = index - back
        if i < 0 or sentences[i].paragraph != paragraph:
            return None
        # what a sentence says will happen ("would take effect Wednesday") sets no time for what follows
        times = [t for t, _ in by_sentence.get(sentences[i].index, [])
                 if (t.bound is None or t.bound == "since") and t.start not in ahead]
        if not paragraphs_known:
            # Without paragraphs, a year named just before is more often background than the time of
            # what follows; a day, a week or a month carries.
            times = [t for t in times if t.precision in {"day", "week", "month"}]
        if times:
            t = times[-1]
            return _event_date(t, "narrative", t.bound)
    return None
