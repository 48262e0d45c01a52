"""Whose figure "its" makes it: "Acme Stores also suffered, leaving its sales 5% higher" is
Acme's, so the about names the firm the pronoun stands for."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.number_spans import Quantity

SUBJECTS = {"nsubj", "nsubjpass"}


def subject_name(subj: Token) -> str:
    """The proper name a subject ends in, without its description ("vendor Acme Stores")."""
    first = subj.i
    while first > subj.left_edge.i and subj.doc[first - 1].pos_ in {"PROPN", "PART"}:
        first -= 1
    if subj.doc[first].pos_ == "PART":
        first += 1
    return subj.doc[first:subj.i + 1].text


def its_owner(doc: Doc, sent: Span, q: Quantity, about: str | None) -> str | None:
    """The named subject before the sentence's "its" when the about holds that "its" and no
    name of its own: the first proper-noun subject of the sentence, before the pronoun."""
    if not about or "its" not in about.split():
        return None
    its = [t for t in doc[sent.start:q.start] if t.lower_ == "its" and t.dep_ == "poss"]
    if not its:
        return None
    subjects = [t for t in doc[sent.start:its[-1].i] if t.dep_ in SUBJECTS]
    if not subjects:
        return None
    subj = subjects[0]
    named = [c for c in subj.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
             and c.left_edge.i == subj.i + 1]  # "vendor Acme Stores"
    if subj.pos_ == "NOUN" and named:
        subj = named[0]
    if subj.pos_ != "PROPN" or subj.ent_type_ == "PERSON":
        return None
    return subject_name(subj)
