"""Nouns the tagger read as verbs right after a figure: "a $5m hit", "a 475m euro hit"."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.number_phrases import _np


def noun_after(doc: Doc, start: int, end: int, hedge: int, skip: set[int]) -> list[tuple[int, int]]:
    """ "took a 310m euro hit in charges": after "a" and a figure, a lowercase word tagged as a
    participle hung on the figure is the noun the figure sizes; its range and its phrase."""
    if end >= len(doc) or hedge < 1 or doc[hedge - 1].lower_ not in {"a", "an"}:
        return []
    word = doc[end]
    if not (word.is_alpha and word.is_lower) or word.tag_ not in {"VBN", "VBD"}:
        return []
    if not (hedge <= word.head.i < end or any(hedge <= c.i < end for c in word.children)):
        return []  # the figure and the word are parsed apart
    if any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "aux", "auxpass"} and not start <= c.i < end
           for c in word.children):
        return []  # "a 5% stake held by ...": a real participle clause
    ranges = [(end, end + 1)]
    preps = [c for c in word.rights if c.dep_ == "prep" and c.i == end + 1]
    objs = [c for p in preps for c in p.children if c.dep_ == "pobj" and c.i not in skip]
    if objs:
        ranges.append((end + 1, _np(objs[0], skip)[1]))
    return ranges
