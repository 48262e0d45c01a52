"""A figure whose clause has a pronoun subject that points back to the clause before it:
"The record came out in 1983 and that produced four hits", "The firm cut costs and this saved
$5m". The figure is about the first clause's subject, so the about names it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract import number_context as C
from generator.extract.number_phrases import noun_phrase
from generator.extract.number_spans import Quantity

POINTERS = {"that", "this"}  # "it" is too often empty: "it is thought that ..."
SUBJECTS = {"nsubj", "nsubjpass"}


def _verb_of(tok: Token) -> Token | None:
    """The nearest verb above the figure, within a few steps."""
    g = tok
    for _ in range(4):
        if g.pos_ in {"VERB", "AUX"} and g.dep_ not in {"aux", "auxpass"}:
            return g
        if g.head.i == g.i:
            return None
        g = g.head
    return None


def conj_subject(doc: Doc, q: Quantity, about: str) -> str:
    """``about`` with the earlier clause's subject before it, where the figure's clause is
    joined to that clause ("... and that provided five hits") and its subject is a pointing
    pronoun; ``about`` unchanged otherwise."""
    tok = C.anchor(doc, q.start, q.end, q.noun, climb=False)
    verb = _verb_of(tok)
    if verb is None or verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"}:
        return about
    own = [c for c in verb.children if c.dep_ in SUBJECTS]
    if not own or own[0].lower_ not in POINTERS or own[0].pos_ not in {"PRON", "DET"}:
        return about
    if own[0].left_edge.i <= q.num <= own[0].right_edge.i:
        return about
    first = [c for c in verb.head.children if c.dep_ in SUBJECTS and c.pos_ in {"NOUN", "PROPN"}]
    if not first or first[0].i > verb.i:
        return about
    thing = noun_phrase(doc, first[0].i, set())
    if not thing or first[0].text.lower() in about.lower().split():
        return about
    return f"{thing} {about}" if about else thing
