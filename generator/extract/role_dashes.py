"""Dashes after a name that open no aside about it.

"The letter - sent to the attorney, Ann Roe - the Utah Republican asks ...": the dash after the
name closes an aside opened earlier, and the words after it are the subject of a new clause,
so they describe someone else. An aside about the name ("Bob Dudley - now head of BP - said")
ends at a second dash or at the end of the sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc

DASHES = frozenset({"-", "\u2013", "\u2014"})
FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})


def _spaced_dash(doc: Doc, i: int) -> bool:
    """A dash, not a hyphen: spaced on at least one side, or glued to the next word after a
    space ("a lawyer -suggests")."""
    spaced = doc[i].whitespace_ != "" or (i > 0 and doc[i - 1].whitespace_ != "")
    return doc[i].text[:1] in DASHES and spaced


def no_aside(doc: Doc, dash: int, end: int) -> bool:
    """The dash at token ``dash`` closes an earlier aside, or opens the subject of a new clause."""
    start = doc[dash].sent.start
    if sum(_spaced_dash(doc, k) for k in range(start, dash)) % 2:
        return True  # an odd number of dashes before: this one closes an aside
    for k in range(dash + 1, end):
        if _spaced_dash(doc, k):
            return False
        if doc[k].tag_ in ("WP", "WDT") or doc[k].lower_ == "that":
            return False  # "Jo Orr - a lawyer who says …": a relative clause inside the aside
        if doc[k].tag_ in FINITE and doc[k].dep_ not in ("amod", "compound"):
            return True  # the words after the dash are the subject of this verb
    return False
