"""Whose figure a described subject's is: "The top seller was Acme, which ..., and the biggest
share -- 8% of 61 million trips": the phrase holding the figure hangs (without a verb between)
on the name a copula gives the subject, so the figure is that name's."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.number_its import subject_name

PASSABLE = {"NOUN", "NUM", "ADP", "ADJ", "SYM", "PROPN", "DET", "PUNCT"}


def copula_name(anchor: Token) -> str | None:
    """The proper name, attribute of "be" after a described subject, that the figure's phrase
    hangs on through nouns and prepositions only; None past any verb or another name."""
    tok = anchor
    for _ in range(8):
        if tok.head.i == tok.i or tok.pos_ not in PASSABLE:
            return None
        if tok.pos_ == "PROPN" and tok.dep_ == "attr" and tok.head.lemma_ == "be" and (
            tok.i != anchor.i
        ):
            return subject_name(tok) if _described(tok.head) else None
        if tok.pos_ == "PROPN" and tok.i != anchor.i:
            return None  # "the count is Lee 384, Roe 300": Roe's own figure
        tok = tok.head
    return None


def _described(be: Token) -> bool:
    """Whether "be" has a described subject before it ("The top seller was ...")."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NOUN" and c.i < be.i
               for c in be.children)
