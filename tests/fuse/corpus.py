"""A small corpus written for these tests: the same events told by several outlets, and events that differ
from them in one way only (month, actors, code), so fusion must merge the first and keep the others apart."""

from __future__ import annotations

from eventwire.ingest import article_from_text
from eventwire.records import Article

# id: (published, outlet, text)
TOLD = {
    "one-0315": ("2023-03-15", "Agency One",
                 "Russian and Georgian diplomats met in Prague on March 14, 2023 to discuss trade and transport "
                 "links between the two countries. Turkey accused Greece of provocations on March 14, 2023. "
                 "Russia also criticized Georgia on the same day."),
    "two-0316": ("2023-03-16", "Daily Two",
                 "Russian and Georgian officials met in Prague on Tuesday, March 14, 2023, the ministry said. "
                 "Russia and Georgia signed a trade agreement in June 2023."),
    "three-0314": ("2023-03-14", "Wire Three", "Russia met with Georgia in Prague on Tuesday."),
    "two-0622": ("2023-06-22", "Daily Two", "Russian and Georgian diplomats met again in Prague on June 20, 2023."),
    "three-0315": ("2023-03-15", "Wire Three",
                   "Georgia met with Russia in Prague on Tuesday. Georgian diplomats held talks with Russian "
                   "diplomats on March 14."),
    "one-arm": ("2023-03-15", "Agency One", "Armenian and Georgian diplomats met in Prague on March 14, 2023."),
}

# A syndicated copy of the first story under another outlet's name, with a credit line added.
COPY = ("one-0315-reprint", "2023-03-15", "Reprint Four", TOLD["one-0315"][2] + " (Reporting by Agency One.)")

_cache: dict = {}


def article(aid: str, published: str, outlet: str, text: str) -> Article:
    """Build an article with a fixed id, date and outlet."""
    return article_from_text(text, id=aid, published=published, source=outlet)


def told_articles() -> list[Article]:
    """The corpus as articles, in the order above."""
    return [article(aid, pub, outlet, text) for aid, (pub, outlet, text) in TOLD.items()]


def results(pipeline, with_copy: bool = False) -> list:
    """Run the pipeline once per session over the corpus (and the copy) and return the results by id."""
    if "told" not in _cache:
        arts = told_articles() + [article(*COPY)]
        _cache["told"] = {r.article.id: r for r in pipeline.pipe(arts)}
    out = [_cache["told"][aid] for aid in TOLD]
    return out + [_cache["told"][COPY[0]]] if with_copy else out
