"""Checks on the attribute of "X is the Y" before it is read as X's role.

A guess ("Maybe X is the Y", "X might be the Y") or a plea ("X is actually a Y") states no
fact, and an attribute that the tagger takes whole, with its "the", as a name ("X is the Iron
Duke") is an epithet or a title of a work, not an office.
"""

from __future__ import annotations

from spacy.tokens import Token

_HEDGES = frozenset({"maybe", "perhaps", "possibly", "probably", "supposedly", "allegedly",
                     "actually", "really"})  # "X is actually a devoted father": a plea
_GUESS_AUX = frozenset({"might", "may", "could", "would"})
_NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


def guessed(verb: Token) -> bool:
    """The copula ``verb`` is hedged by an adverb or a modal of guessing."""
    return any(
        (c.dep_ == "advmod" and c.lower_ in _HEDGES) or (c.dep_ == "aux" and c.lower_ in _GUESS_AUX)
        for c in verb.children
    )


def named_phrase(attr: Token) -> bool:
    """The attribute is a capitalised phrase the tagger reads as one name from its "the" on."""
    if attr.ent_type_ not in _NAME_LABELS or not attr.text[:1].isupper():
        return False
    det = attr.left_edge
    return det.lower_ == "the" and det.ent_type_ == attr.ent_type_ and det.ent_iob_ == "B"


__all__ = ["guessed", "named_phrase"]
