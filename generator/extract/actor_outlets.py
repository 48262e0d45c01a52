"""Newspapers and magazines the tagger missed or cut: "London's Evening Standard quoted",
"confirmed to The Hollywood Reporter", "The Columbus Dispatch" (kept whole)."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.actor_words import OUTLET_HEADS
from generator.extract.role_words import POSSESSIVE


def outlet_runs(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Runs of two or more capitalised words outside entities ending in a newspaper word,
    after "the" or an owner's "'s": "The Hollywood Reporter", "London's Evening Standard"."""
    out = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j not in taken and doc[j].is_title and doc[j].pos_ == "PROPN":
            j += 1
        if j - i >= 2 and doc[j - 1].lower_ in OUTLET_HEADS and _introduced(doc, i):
            out.append((i, j))
        i = max(j, i + 1)
    return out


def _introduced(doc: Doc, i: int) -> bool:
    """ "the X", "The X" opening the run, or "London's X": the run names one title."""
    if i > 0 and (doc[i - 1].lower_ == "the" or doc[i - 1].text in POSSESSIVE):
        return True
    return doc[i].text == "The"


def outlet_tail(doc: Doc, end: int, taken: set[int]) -> int:
    """The end of a name the tagger cut before its newspaper word: "The Hollywood" + "Reporter",
    "Columbus" + "Dispatch"."""
    if end < len(doc) and end not in taken and doc[end].is_title and doc[end].pos_ == "PROPN":
        return end + 1 if doc[end].lower_ in OUTLET_HEADS else end
    return end
