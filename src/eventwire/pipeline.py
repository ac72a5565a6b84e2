"""The pipeline: spaCy over batches of articles, then eventwire's stages over each parsed article."""

from __future__ import annotations

import collections
import time
from typing import Iterable, Iterator, Optional, Union

from .errors import EventwireError, InputError, PipelineError
from .nlp import load_model, sentences
from .records import Article, ArticleResult, Sentence
from .registry import stages as stage_registry
from .settings import Settings

__all__ = ["Pipeline", "DEFAULT_STAGES"]

DEFAULT_STAGES = ("time.publication.v1", "time.timex.v1", "actors.dictionary.v1", "places.gazetteer.v1",
                  "events.patterns.v1", "time.dating.v1", "actors.dated.v1")


class Pipeline:
    """Runs spaCy and the eventwire stages; checks at build time that each stage's needs come first."""

    def __init__(self, settings: Optional[Settings] = None, stages: Iterable[str] = DEFAULT_STAGES) -> None:
        self.settings = settings or Settings()
        self.nlp = load_model(self.settings.model)
        self.stages = [stage_registry.get(name)(self.nlp, self.settings) for name in stages]
        self._check_order()
        # Seconds spent in each of eventwire's stages since the pipeline was built (benchmarks read it).
        self.stage_seconds: dict[str, float] = {stage.name: 0.0 for stage in self.stages}

    def _check_order(self) -> None:
        available = {"doc", "sentences"}
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in available]
            if missing:
                raise PipelineError(f"stage {stage.name!r} needs {missing}, which no earlier stage provides; "
                                    f"order the stages so that they come first", stage=stage.name, code="E301")
            available.update(stage.provides)

    def process(self, article: Article) -> ArticleResult:
        """Run the whole pipeline on one article and return what it found (raises PipelineError)."""
        result = next(iter(self.pipe([article])))
        if isinstance(result, EventwireError):
            raise result
        return result

    def pipe(self, items: Iterable[Union[Article, InputError]], n_process: Optional[int] = None,
             keep_doc: bool = False, explain: bool = False) -> Iterator[Union[ArticleResult, EventwireError]]:
        """Yield a result (or the error) for each article, in input order; input errors pass through.

        `keep_doc` keeps the spaCy Doc and the stages' scratch on each result; `explain` also records
        why candidate events were dropped (in `result.scratch["explain"]`).
        """
        pending: collections.deque = collections.deque()
        seq = 0

        def feed():
            nonlocal seq
            for item in items:
                seq += 1
                if isinstance(item, Article):
                    yield item.text, (seq, item)
                else:
                    pending.append((seq, item))

        n_process = n_process or self.settings.n_process
        docs = self.nlp.pipe(feed(), as_tuples=True, batch_size=self.settings.batch_size, n_process=n_process)
        for doc, (number, article) in docs:
            while pending and pending[0][0] < number:
                yield pending.popleft()[1]
            yield self._run_stages(doc, article, keep_doc or explain, explain)
        while pending:
            yield pending.popleft()[1]

    def _run_stages(self, doc, article: Article, keep_doc: bool, explain: bool = False
                    ) -> Union[ArticleResult, PipelineError]:
        result = ArticleResult(article=article, doc=doc, sentences=_sentences(doc))
        if explain:
            result.scratch["explain"] = []
        for stage in self.stages:
            started = time.perf_counter()
            try:
                result = stage(result)
            except EventwireError as exc:
                return PipelineError(f"{article.origin or article.id}: stage {stage.name} failed: {exc.message}",
                                     stage=stage.name, article_id=article.id, code="E302")
            except Exception as exc:  # a bug in a stage must not stop the batch; the error names it
                return PipelineError(f"{article.origin or article.id}: stage {stage.name} failed: "
                                     f"{type(exc).__name__}: {exc}", stage=stage.name, article_id=article.id,
                                     code="E303")
            finally:
                self.stage_seconds[stage.name] += time.perf_counter() - started
        if not keep_doc:
            result.doc = None
            result.scratch = {}
        return result


def _sentences(doc) -> list[Sentence]:
    out = []
    paragraph = 0
    text = doc.text
    last_end = 0
    for i, sent in enumerate(sentences(doc)):
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        if start >= end:
            continue
        if "\n\n" in text[last_end:start] or "\n" in text[last_end:start] and i > 0:
            paragraph += 1
        end = start + len(text[start:end].rstrip())
        out.append(Sentence(len(out), start, end, text[start:end], paragraph))
        last_end = end
    return out
