"""Sides the tagger took for places or people: a name a rival beats or is beaten by ("if
Elmbury fail to beat Rovington")."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.actor_countries import is_country

# Verbs of a contest between sides: "Elmbury fail to beat Rovington", "they defeated Elmbury".
_CONTEST_VERBS = frozenset({"beat", "defeat", "thrash", "outplay", "overcome", "eliminate"})


def contested(doc: Doc, start: int, end: int) -> bool:
    """True when the name at tokens ``start:end`` (no country's) is a side in a contest with
    another name: subject or object of "beat" and the like ("Elmbury fail to beat Rovington",
    "Rovington defeated Elmbury")."""
    root = doc[end - 1]
    if is_country(doc[start:end].text) or root.dep_ not in ("nsubj", "dobj"):
        return False
    verb = root.head
    if root.dep_ == "nsubj" and verb.lemma_.lower() not in _CONTEST_VERBS:
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)  # "fail to beat"
    if verb.lemma_.lower() not in _CONTEST_VERBS:
        return False
    subject = verb.head if verb.dep_ == "xcomp" else verb
    args = [c for c in (*verb.children, *subject.children) if c.dep_ in ("nsubj", "dobj")]
    return any(c.i != root.i and c.pos_ == "PROPN" for c in args)
