"""Role words: which of a phrase's role words (agents.tsv) say its role, and the role they give.

An organisation the dictionaries lack is known by the words of its name (org_patterns.tsv): "the Elephant
Protection Society" is an environmental body (ENV), "Amnesty International" an international NGO.

"Deputy Foreign Minister" is a minister, "intelligence officials" are spies (while "intelligence" alone is
information), "opposition MP" is the opposition, "U.S. health officials" are the health officials' country's.
"""

from __future__ import annotations

from typing import Optional

__all__ = ["phrase_agents", "agents_role", "pattern_org"]

_ROLE_PRIORITY = ["ELI", "OPP", "SPY", "JUD", "LEG", "COP", "MIL", "MED", "GOV", "REB", "INS", "SEP", "UAF",
                  "PTY", "BUS", "LAB", "EDU", "REL", "HRI", "ENV", "HLH", "REF", "AGR", "CRM", "CVL", "NGO", "ORG"]
_MINISTERS = {"minister", "ministers", "ministry", "secretary", "premier", "chancellor"}
_OFFICIALS = {"official", "officials", "authority", "authorities", "agency", "service", "chief", "chiefs"}


def phrase_agents(doc, group: list, head: int, actor_tokens: set) -> list:
    """The role words of a phrase that say its role: not "deputy" before a title, nor a modifier-only word alone."""
    agents = [m for m in group if m.category == "agent"]
    starts = {m.start for m in agents}
    out = []
    for a in agents:
        word = a.entry.phrase[-1]
        use = a.entry.extra.get("use", "")
        if word == "deputy" and (a.end in starts or doc[a.root].dep_ in {"compound", "amod"}):
            continue        # "Deputy Foreign Minister", "deputy caliph": the title that follows says the office
        on_head = a.start <= head < a.end
        if use == "modifier" and (on_head or head not in actor_tokens) and not (
                on_head and any(m.category in {"state", "adjective"} and not m.locator and m.root != head
                                for m in group)):
            continue        # "intelligence" alone is information, "intelligence officials" are spies; "Turkish
            # intelligence" is the service
        if use == "modifier-head" and not (on_head and len(agents) > 1):
            continue
        out.append(a)
    return out

def agents_role(agents: list, head: int) -> tuple:
    """(role, rule, explicit-only) that the role words of a phrase give, the strongest first."""
    roles = [(a.entry.code.lstrip("~"), a) for a in agents]
    minister = next(((r, a) for r, a in roles if r == "GOV" and a.entry.phrase[-1] in _MINISTERS), None)
    if minister is not None and not any(r in {"OPP", "ELI"} for r, _ in roles):
        # "French Minister of Armed Forces", "Minister of Justice": a minister governs
        return minister[0], minister[1].entry.rule, False
    on_head = [(r, a) for r, a in roles if a.start <= head < a.end and r not in {"*"}]
    if any(r == "OPP" for r, _ in roles) and (not on_head or on_head[0][0] in {"LEG", "GOV", "PTY", "ELI"}):
        r, a = next((r, a) for r, a in roles if r == "OPP")     # "opposition MP", "opposition leader"
    elif on_head and on_head[0][0] == "GOV" and on_head[0][1].entry.phrase[-1] in _OFFICIALS and any(
            r not in {"GOV", "*"} for r, a in roles if not a.start <= head < a.end):
        # "U.S. health officials", "party officials": the modifier says whose officials
        r, a = next((r, a) for r, a in roles if r not in {"GOV", "*"} and not a.start <= head < a.end)
    elif on_head and on_head[0][0] == "PTY" and any(r == "GOV" for r, _ in roles):
        r, a = next((r, a) for r, a in roles if r == "GOV")     # "China's ruling Communist Party"
    elif on_head and on_head[0][0] != "GOV":
        r, a = on_head[0]
    else:
        ranked = [(r, a) for r, a in roles if r in _ROLE_PRIORITY]
        if not ranked:
            return None, "", False
        r, a = min(ranked, key=lambda x: _ROLE_PRIORITY.index(x[0]))
    return r, a.entry.rule, a.entry.extra.get("use", "") == "explicit"


def pattern_org(doc, m, patterns: dict) -> Optional[tuple]:
    """(role, rule) of an unknown organisation match `m` from the words of its name (role None: an organisation,
    but of no role its name says), or None when the name is no organisation's."""
    last = doc[m.end - 1].text
    role, kind = patterns.get(last, ("", ""))
    if kind not in {"head", "international"}:
        # "the Committee for Freedom", "Council for Human Rights": a head word whose "for/of/on" complement
        # names the topic; the head must come before it
        at = next((t.i for t in doc[m.start:m.end - 2] if patterns.get(t.text, ("", ""))[1] == "head" and
                   doc[t.i + 1].lower_ in {"for", "of", "on"}), None)
        topic = next((t.text for t in doc[at + 2:m.end] if patterns.get(t.text, ("", ""))[1] == "topic"),
                     None) if at is not None else None
        if topic is None:
            return None
        return patterns[topic][0], f"org_patterns.tsv:{doc[at].text}+{topic}"
    if kind == "international":
        return role, f"org_patterns.tsv:{last}"
    topic = next((t.text for t in doc[m.start:m.end - 1] if patterns.get(t.text, ("", ""))[1] == "topic"), None)
    if topic is not None:
        return patterns[topic][0], f"org_patterns.tsv:{last}+{topic}"
    return (role if role != "*" else None), f"org_patterns.tsv:{last}"
