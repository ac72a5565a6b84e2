"""What the grammar tests share: the events of a text, and the country pairs of a root."""

from __future__ import annotations

import eventwire


def events(text: str, published: str = "2021-08-13") -> list:
    """The events eventwire extracts from a text published on that date."""
    return eventwire.extract(text, published=published)


def pairs(found: list, root: str) -> set:
    """(source country, target country) of the events of a CAMEO root."""
    return {(e.source and e.source.country, e.target and e.target.country) for e in found if e.cameo.root == root}
