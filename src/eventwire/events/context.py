"""Clause context of an event: who reports it (speech, quotes, "according to"), and its modality.

"X said that Y attacked Z" is Y's attack on Z, reported by X. A quote that runs over several sentences
is reported by the speaker its closing or opening sentence names, and "we" inside it is that speaker.
Modality: conditionals and questions are hypothetical, "plans to" intended, "will" future, "called on X
to" requested, reported speech reported.
"""

from __future__ import annotations

from typing import Optional

from ..nlp import sentences
from ..records import ActorMention
from .arguments import ActorIndex, Args
from .ontology import Ontology

__all__ = ["Context"]

_OPENING = {"“", "«"}
_CLOSING = {"”", "»"}


class Context:
    """Attribution and modality of the events of one Doc."""

    def __init__(self, ontology: Ontology, ix: ActorIndex) -> None:
        self.ix = ix
        self.o = ontology
        self.speech = set(ontology.word_class("speech"))
        self.modal = ontology.word_class("modal")
        self.family = ontology.word_class("family")
        self.conditional = set(ontology.word_class("conditional"))
        self.hedge = set(ontology.word_class("hedge"))
        self.future = set(ontology.word_class("future"))
        self.quotes = set(ontology.word_class("quote"))
        self.quoted: set[int] = set()            # tokens inside quotation marks
        self.quote_speaker: dict[int, ActorMention] = {}   # sentence start -> speaker of its quote
        self._find_quotes(ix.doc)

    # --- quotes ----------------------------------------------------------------------------------

    def _find_quotes(self, doc) -> None:
        """Mark quoted tokens and give every sentence of a quote the speaker named around it."""
        inside = False
        group: list = []
        self._last_speaker = None
        for sent in sentences(doc):
            opened_before = inside
            has_quote = False
            for t in sent:
                if t.text in self.quotes:
                    has_quote = True
                    inside = True if t.text in _OPENING else False if t.text in _CLOSING else not inside
                elif inside:
                    self.quoted.add(t.i)
            if opened_before or has_quote:
                group.append(sent)
            if not inside and group:
                self._give_speaker(group)
                group = []
            elif not inside and not has_quote:
                self._last_speaker = None   # narration between quotes ends the speaker's turn
        if group:
            self._give_speaker(group)

    def _give_speaker(self, sents: list) -> None:
        speaker = None
        for sent in reversed(sents):   # the attribution usually closes the quote: "...," he said.
            for t in sent:
                if t.i in self.quoted or self.o.lemma(t) not in self.speech or t.pos_ not in {"VERB", "AUX"}:
                    continue
                speaker = self.speaker(t)
                if speaker is not None:
                    break
            if speaker is not None:
                break
        if speaker is None:
            # a quote with no attribution of its own right after an attributed one continues it:
            # "“We will not leave Georgia alone,” the ambassador said. “We urge Russia to withdraw.”"
            speaker = self._last_speaker
        if speaker is None:
            return
        self._last_speaker = speaker
        for sent in sents:
            self.quote_speaker[sent.start] = speaker
            self.ix.speakers.setdefault(sent.start, speaker)

    # --- speech ----------------------------------------------------------------------------------

    def speech_head(self, v):
        """The speech verb whose reported clause v stands in, if any."""
        tok = v
        for _ in range(6):
            if tok.head.i == tok.i:
                break
            if tok.dep_ in {"ccomp", "parataxis"} and self.o.lemma(tok.head) in self.speech:
                return tok.head
            if tok.dep_ in {"conj", "ccomp", "advcl", "xcomp", "parataxis"}:
                tok = tok.head
                continue
            break
        return None

    def speaker(self, speech) -> Optional[ActorMention]:
        """The actor who speaks: the subject of the speech verb, or the actor after it ("said RIA Novosti X")."""
        subj = [c for c in speech.children if c.dep_ in {"nsubj", "nsubjpass"}]
        found = self.ix.actors(subj[0]) if subj else []
        if not found and not subj:
            for c in speech.children:
                m = self.ix.mention(c.i)
                if c.i > speech.i and m is not None and m.category != "media":
                    found = [m]
                    break
        if not found and speech.dep_ == "conj":
            return self.speaker(speech.head)
        return found[0] if found else None

    def according_to(self, v) -> Optional[ActorMention]:
        """ "according to X" on the verb or on its clause's root."""
        for head in (v, v.sent.root):
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ == "according":
                    for p in c.subtree:
                        if p.dep_ == "pobj" and self.ix.actors(p):
                            return self.ix.actors(p)[0]
        return None

    def attribute(self, v, cand) -> None:
        """Set the candidate's attribution (and make it reported) from speech, quotes or "according to"."""
        speech = self.speech_head(v)
        speaker = self.speaker(speech) if speech is not None else None
        if speaker is None and v.i in self.quoted:
            speaker = self.quote_speaker.get(v.sent.start)
        if speaker is None:
            speaker = self.according_to(v)
        if speaker is None:
            return
        cand.attribution = speaker
        if cand.modality == "asserted":
            cand.modality = "reported"
        if cand.note == "pronoun" and speech is not None and v.dep_ == "ccomp":
            # "Kalashnikov said that he does not rely on ...": the pronoun is the speaker
            cand.sources = [speaker]
            if cand.rule.startswith("pessimism"):
                cand.modality = "asserted"
        if not cand.sources and speech is None and v.i not in self.quoted and cand.rule.startswith("pessimism"):
            cand.sources = [speaker]
        if cand.sources and cand.sources[0] is speaker and cand.modality == "reported":
            cand.modality = "asserted"   # the speaker's own appeal or threat is not reported speech

    # --- modality --------------------------------------------------------------------------------

    def modality(self, v, a: Optional[Args] = None) -> str:
        """asserted, reported, future, intended, requested or hypothetical."""
        aux = {c.lower_ for c in v.children if c.dep_ in {"aux", "auxpass"}}
        if self._conditional(v) or v.sent.text.rstrip().endswith("?"):
            return "hypothetical"
        if aux & self.hedge:
            return "hypothetical"
        gov = self._governor(v)
        if gov is not None:
            lemma = self.o.lemma(gov)
            if self.family.get(lemma) == "appeal":
                addressed = any(c.dep_ in {"dobj", "dative"} or c.dep_ == "prep" and c.lower_ in {"on", "upon", "to"}
                                for c in gov.children)
                return "requested" if addressed else "intended"
            if lemma in self.modal:
                return self.modal[lemma]
        if aux & self.future:
            return "future"
        if self.speech_head(v) is not None or v.i in self.quoted:
            return "reported"
        return "asserted"

    def _governor(self, v):
        """The verb or adjective whose infinitive v is ("plans to visit", "is likely to veto")."""
        if v.dep_ == "xcomp":
            return v.head
        return None

    def _conditional(self, v) -> bool:
        tok = v
        for _ in range(4):
            if any(c.dep_ == "mark" and c.lower_ in self.conditional for c in tok.children):
                return True
            if tok.dep_ in {"conj", "xcomp"} and tok.head.i != tok.i:
                tok = tok.head
                continue
            break
        return False
