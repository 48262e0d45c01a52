"""Newspapers and magazines the tagger missed or cut: "London's Evening Standard quoted",
"confirmed to The Hollywood Reporter", "The Columbus Dispatch" (kept whole), "Courierly
reported"."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.actor_words import OUTLET_HEADS
from generator.extract.given_names import is_given_name
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


def reporting_names(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Untagged proper nouns that are the subject of "reported": "Courierly reported, …" (no
    word the text gives a person elsewhere, no given name)."""
    people = {t.lower_ for e in doc.ents if e.label_ == "PERSON" for t in e}
    out = []
    for tok in doc:
        if tok.dep_ != "nsubj" or tok.head.lemma_ != "report" or tok.head.i < tok.i:
            continue
        words = doc[tok.left_edge.i : tok.i + 1]
        free = all(t.i not in taken and t.tag_ == "NNP" and t.is_title for t in words)
        named = any(t.lower_ in people for t in words) or is_given_name(words[0].text)
        if free and len(words) <= 3 and not named:
            out.append((words.start, words.end))
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
