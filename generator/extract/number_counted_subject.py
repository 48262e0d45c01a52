"""A bare figure that the "number of X" reached counts X: "the number of shops has exceeded
4.2 million", "the total of registered voters rose to 12,400"."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from generator.extract.number_spans import Quantity

# Subject nouns that stand for a count of their "of"-object.
COUNT_NOUNS = {"number", "total", "tally", "count"}
_LINK_PREPS = {"to", "at", "above", "beyond", "past", "over", "from"}


def _verb_of(tok: Token) -> Token | None:
    """The verb a figure is the object of, directly or through "to"/"at" ("rose to 310")."""
    if tok.dep_ in {"dobj", "attr", "npadvmod"} and tok.head.pos_ in {"VERB", "AUX"}:
        return tok.head
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in _LINK_PREPS and head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    return None


def _counted_of(subject: Token) -> Token | None:
    """X in "the number of X": the plural noun object of the subject's "of"."""
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.tag_ in {"NNS", "NNPS"}:
                return obj
    return None


def counted_subject(doc: Doc, q: Quantity) -> Quantity:
    """A unitless count whose verb's subject is "the number of X" is a count of X."""
    if q.unit is not None or q.noun is not None or q.kind != "count":
        return q
    outside = [t for t in doc[q.start:q.end] if not q.start <= t.head.i < q.end]
    verb = _verb_of(outside[0]) if len(outside) == 1 else None
    if verb is None:
        return q
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lemma_.lower() not in COUNT_NOUNS:
        return q
    counted = _counted_of(subject)
    return q if counted is None else replace(q, unit=counted.lower_)
