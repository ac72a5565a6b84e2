"""Running the pipeline over gold texts: each distinct text is processed once, in one batch."""

from __future__ import annotations

from typing import Iterable

from ..errors import EventwireError, PipelineError
from ..ingest import article_from_text
from ..records import ArticleResult
from .gold import GoldRecord

__all__ = ["process_gold"]


def process_gold(pipeline, records: Iterable[GoldRecord]) -> dict[tuple[str, str], ArticleResult]:
    """Return the pipeline's result for each distinct (text, publication date) of the records."""
    todo: dict[tuple[str, str], GoldRecord] = {}
    for r in records:
        todo.setdefault((r.text, r.published or ""), r)
    articles = []
    for (text, published), r in todo.items():
        try:
            articles.append(article_from_text(text, id=r.key, published=published[:10] or None, origin=f"{r.path}:{r.line}"))
        except EventwireError as exc:
            articles.append(exc)
    results = {}
    for key, result in zip(todo, pipeline.pipe(articles)):
        if isinstance(result, EventwireError):
            raise PipelineError(f"{result.message} (gold record)", code="E304")
        results[key] = result
    return results
