"""Descriptions that stand for someone just named: "the 30-year-old" when the text never gives
an age, "the organisation" after a sentence about a named organisation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _sentences_before(sp: Speakers, head: Token, back: int) -> list[Span]:
    """The head's sentence and up to ``back`` sentences before it, nearest first."""
    sents: list[Span] = [head.sent]
    while len(sents) <= back and sents[-1].start > 0:
        sents.append(sp.doc[sents[-1].start - 1].sent)
    return sents


def aged_person(sp: Speakers, head: Token) -> str | None:
    """ "said the 30-year-old" with no age given anywhere: the one person named outside
    quotation marks in that sentence or the two before it; None when there are several."""
    lo = head.sent.start_char
    narrated = 0  # sentences with words outside quotation marks, the head's own aside
    for sent in _sentences_before(sp, head, 8)[1:]:
        lo = sent.start_char
        narrated += any(not sp.inside_quote(t.idx) for t in sent if not t.is_punct)
        if narrated == 2:
            break
    named = {
        actor.name
        for s, _e, actor in sp.mentions
        if actor.kind == "person" and lo <= s < head.idx and not sp.inside_quote(s)
    }
    return named.pop() if len(named) == 1 else None


def subject_org(sp: Speakers, head: Token) -> str | None:
    """ "The organisation … said" after "The Acme Trust, which is independent of the Zed
    network, urged caution": the organisation that is the subject of the sentence before
    (or of the head's own sentence, before the head), not one named inside its clauses."""
    for sent in _sentences_before(sp, head, 1):
        for tok in sent:
            if tok.i >= head.i or tok.dep_ not in SUBJECT_DEPS or sp.inside_quote(tok.idx):
                continue
            if tok.head.dep_ not in ("ROOT", "conj") or tok.pos_ != "PROPN":
                continue
            actor = sp.actor_at(tok.idx, tok.idx + len(tok.text))
            if actor is not None and actor.kind == "organization":
                return actor.name
    return None


def spoken_org(sp: Speakers, head: Token) -> str | None:
    """ "the group said" after "A spokesperson for Acme, which runs the Zed, said …": the
    organisation that spoke last in the head's sentence (before it) or the one before, not
    the organisation named last."""
    narrated = 0  # sentences before the head's with words outside quotation marks
    for sent in _sentences_before(sp, head, 4):
        if sent.start < head.sent.start:
            narrated += any(not sp.inside_quote(t.idx) for t in sent if not t.is_punct)
        if narrated > 1:
            break
        cues = [t for t in sent if t.i < head.i and sp.is_cue(t)]
        for cue in reversed(cues):
            subj = sp.subject(cue)
            if subj is None or subj.i == head.i or subj.lemma_.lower() == head.lemma_.lower():
                continue  # no loop through another "the group said"
            name = sp.speaker(cue)
            actor = sp.actor_named(name) if name is not None else None
            if actor is not None and actor.kind == "organization":
                return actor.name
    return None
