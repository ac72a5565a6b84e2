"""Actors: resolve every mention of a state, institution, person, party or organisation to a code.

Entry point: `ActorStage`, a pipeline stage over one article; `ActorDictionary` and `ActorResolver` for
direct use.
"""

from __future__ import annotations

from ..records import ArticleResult
from ..settings import Settings
from .dictionary import ActorDictionary, Entry, load_petrarch, split_code
from .resolver import ActorResolver

__all__ = ["ActorStage", "ActorDictionary", "ActorResolver", "Entry", "split_code", "load_petrarch",
           "build_dictionary"]


def build_dictionary(nlp, settings: Settings) -> ActorDictionary:
    """Return the shipped actor dictionary plus the users' actor and agent files from the settings."""
    tokenizer = nlp.tokenizer

    def tokenize(text: str) -> list[str]:
        return [t.text for t in tokenizer(text)]

    d = ActorDictionary(tokenize).load_defaults()
    for path in settings.actors:
        d.load_file(path)
    from .dictionary import load_user_file
    for path in settings.agents:
        load_user_file(d, path, agents=True)
    return d


class ActorStage:
    """Pipeline stage: actor mentions of the article, coded as of its publication date."""

    name = "actors"
    requires = ("doc", "published")
    provides = ("actors",)

    def __init__(self, nlp, settings: Settings) -> None:
        self.dictionary = build_dictionary(nlp, settings)
        self.resolver = ActorResolver(self.dictionary)

    def __call__(self, result: ArticleResult) -> ArticleResult:
        doc = result.doc
        result.actors = self.resolver.resolve(doc, result.article.published)
        for m in result.actors:
            sent = result.sentence_at(m.start)
            m.sentence = sent.index if sent else 0
        countries = {}
        for match in self.resolver.raw_matches:
            if match.category in {"state", "territory", "adjective", "capital"}:
                for i in range(match.start, match.end):
                    countries[i] = split_code(match.entry.code)[0]
        result.scratch["country_tokens"] = countries
        result.scratch["actor_entries"] = self.resolver.entries     # read by actors.dated.v1
        return result

