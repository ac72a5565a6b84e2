"""Time: publication dates, time expressions and event dates.

Entry points: `PublicationDateStage`, `TimexStage` and `DatingStage` (pipeline stages), `tag` for text.
"""

from __future__ import annotations

import datetime as dt

from ..records import ArticleResult
from ..settings import Settings
from .dating import date_events, is_background, period_end, period_start
from .pubdate import PublicationDate, infer_publication
from .normalise import normalise, tag, to_timexes
from .tense import clause_tense, tenses_for
from .timex import TimexCandidate, find_timexes, sentence_is_future

__all__ = ["PublicationDateStage", "TimexStage", "DatingStage", "tag", "find_timexes", "normalise",
           "infer_publication", "PublicationDate", "date_events", "is_background", "period_end", "period_start", "TimexCandidate",
           "sentence_is_future", "to_timexes", "clause_tense"]


class PublicationDateStage:
    """Pipeline stage: the publication date from metadata, else inferred from the text."""

    name = "publication"
    requires = ("sentences",)
    provides = ("published", "timex_candidates")

    def __init__(self, nlp, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, result: ArticleResult) -> ArticleResult:
        article = result.article
        cands = find_timexes(article.text)
        result.scratch["timex_candidates"] = cands
        if article.published is None:
            pub = infer_publication(article.text, article.dateline_date, cands)
            article.published, article.published_basis, article.published_uncertain = \
                pub.value, pub.basis, pub.uncertain
        return result


class TimexStage:
    """Pipeline stage: every time expression, normalised against the publication date."""

    name = "timex"
    requires = ("sentences", "published", "timex_candidates")
    provides = ("timexes",)

    def __init__(self, nlp, settings: Settings) -> None:
        pass

    def __call__(self, result: ArticleResult) -> ArticleResult:
        published = result.article.published
        anchor = dt.date.fromisoformat(published) if published else None
        cands = result.scratch["timex_candidates"]
        tenses = tenses_for(result.doc, cands) if result.doc is not None else None
        result.timexes = to_timexes(cands, result.article.text, anchor, result.sentences, tenses)
        return result


class DatingStage:
    """Pipeline stage: each event's date, its basis and whether it is background."""

    name = "dating"
    requires = ("events", "timexes")
    provides = ("event_dates",)

    def __init__(self, nlp, settings: Settings) -> None:
        self.background_days = settings.background_days

    def __call__(self, result: ArticleResult) -> ArticleResult:
        date_events(result, self.background_days)
        return result
