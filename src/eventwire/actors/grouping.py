"""Regroup the phrases the parse split: a role noun before a body's name, a body's name before a role noun, a
country before a titled person; and drop a mention repeated inside a longer one with the same code.

These run on the resolver's groups (phrase head -> its matches) before the phrases are coded.
"""

from __future__ import annotations

from typing import Callable

from ..records import ActorMention

__all__ = ["name_after_role", "body_before_role", "country_before_title", "drop_repeats"]

_NAMED_CATEGORIES = {"organisation", "institution", "party", "media", "group"}


def name_after_role(doc, groups: dict, matches: list, phrase_head: Callable) -> None:
    """Merge a role noun right before a body's name (a word between at most) into the body's phrase."""
    # "the state news agency TASS", "media watchdog Reporters Without Borders", "the rebel group M23": that body,
    # whatever the parse made of the two
    named = {m.start: m for m in matches if m.category in _NAMED_CATEGORIES and m.entry is not None}
    for head, group in list(groups.items()):
        if not all(m.category == "agent" or m.category.startswith("anaphor") for m in group):
            continue
        end = max(m.end for m in group)
        body = named.get(end) or (named.get(end + 1) if end < len(doc) and doc[end].tag_ in {"NN", "VBP"} and
                                  doc[end].is_lower else None)     # (the tagger takes "watchdog" for a verb)
        if body is None and end + 2 < len(doc) and doc[end].text == ",":
            # "an armed group, the Syrian Democratic Forces": the name set off after the role noun
            cand = named.get(end + 2 if doc[end + 1].lower_ == "the" else end + 1)
            root = doc[cand.root] if cand is not None else None
            if cand is not None and cand.category in {"group", "organisation"} and (root.dep_ == "appos" or
                                                                                root.dep_ == "conj" and not any(
                    c.dep_ in {"cc", "conj"} for c in root.children)):
                body = cand     # (a conjunct only when it ends no list: not "militias, the SDF and IS")
        if body is not None and body.start > head:
            target = phrase_head(doc, body)
            if target != head and target in groups:
                groups[target][:0] = group
                del groups[head]


def body_before_role(groups: dict, matches: list) -> None:
    """Merge a body's name that the parse left alone right before a role noun into the role noun's phrase."""
    # "the ECOWAS standby force", "ECOWAS security chiefs": the body is whose the role is (the tagger takes
    # "ECOWAS" for a verb)
    named = {m.end: m for m in matches if m.category in _NAMED_CATEGORIES and m.entry is not None}
    alone = {id(g[0]): h for h, g in groups.items() if len(g) == 1}
    for head, group in list(groups.items()):
        if head not in groups or not all(m.category == "agent" for m in group):
            continue
        body = named.get(min(m.start for m in group))
        if body is not None and id(body) in alone and alone[id(body)] != head and alone[id(body)] in groups:
            del groups[alone[id(body)]]
            group.insert(0, body)


def country_before_title(doc, groups: dict) -> None:
    """Merge a country name right before a titled person's phrase into that phrase (the person's country)."""
    # "DR Congo President Felix Tshisekedi", whatever the parse made of it (here "Congo" the subject,
    # "Tshisekedi" another)
    starts = {min(m.start for m in g): h for h, g in groups.items()}
    for head, group in list(groups.items()):
        if len(group) != 1 or group[0].category not in {"state", "territory"}:
            continue
        nxt = starts.get(group[0].end)
        if nxt is not None and nxt != head and any(m.category == "person" for m in groups[nxt]) and \
                doc[group[0].end].text[:1].isupper() and doc[group[0].end].pos_ == "PROPN":
            groups[nxt][:0] = group
            del groups[head]


def drop_repeats(mentions: list[ActorMention]) -> list[ActorMention]:
    """Drop a mention inside a longer one with the same code: one actor, one mention."""
    # ("Duma Committee" in "the head of the Duma Committee ... Leonid Kalashnikov")
    out = []
    for m in mentions:
        if any(o is not m and o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
               and o.code == m.code for o in mentions):
            continue
        out.append(m)
    return out
