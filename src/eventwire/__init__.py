"""eventwire: political event data from news text — who did what to whom, when and where, with evidence."""

from __future__ import annotations

from typing import Optional

from .errors import ApiError, ConfigError, EventwireError, InputError, PipelineError, StoreError
from .ingest import article_from_text, read_articles
from .pipeline import Pipeline
from .records import (ActorMention, ActorRef, Article, ArticleResult, Attribution, Cameo, Event, EventDate,
                      Location, Plover, Sentence, Span, Timex)
from .settings import Settings, load_settings

__version__ = "0.1.0"
__all__ = [
    "extract", "Pipeline", "Settings", "load_settings", "read_articles", "article_from_text",
    "Article", "ArticleResult", "Event", "ActorMention", "ActorRef", "Cameo", "Plover", "EventDate", "Location",
    "Attribution", "Sentence", "Span", "Timex",
    "EventwireError", "ConfigError", "InputError", "PipelineError", "StoreError", "ApiError", "__version__",
]

_default_pipeline: Optional[Pipeline] = None


def extract(text: str, published: Optional[str] = None, source: Optional[str] = None,
            pipeline: Optional[Pipeline] = None) -> list[Event]:
    """Return the events of one article's text (publication date as ISO date, if known)."""
    global _default_pipeline
    if pipeline is None:
        if _default_pipeline is None:
            _default_pipeline = Pipeline(load_settings())
        pipeline = _default_pipeline
    article = article_from_text(text, published=published, source=source)
    return pipeline.process(article).events
