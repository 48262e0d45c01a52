"""Tallies: "won 8 matches out of their last 9" counts matches twice, though the noun is
written once; the total takes the unit of the count before it."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from generator.extract.number_spans import Quantity

TALLY_FILLERS = {"their", "its", "his", "her", "our", "my", "your", "the", "last", "first",
                 "past", "previous", "next"}


def tally_total(doc: Doc, q: Quantity, nxt: Quantity) -> Quantity | None:
    """``nxt`` with the unit of ``q`` when it is the total of "Q out of (their last) NXT"."""
    if q.kind != "count" or q.unit is None or nxt.kind != "count" or nxt.unit is not None:
        return None
    start = max(q.end, q.noun + 1) if q.noun is not None else q.end
    words = [t.lower_ for t in doc[start:nxt.start]]
    if words[:2] != ["out", "of"] or not all(w in TALLY_FILLERS for w in words[2:]):
        return None
    if q.value is None or nxt.value is None or q.value > nxt.value:
        return None
    return replace(nxt, unit=q.unit, noun=q.noun)


COMPARE_BEFORE = {("up", "from"), ("down", "from"), ("compared", "with"), ("compared", "to")}
MORE_WORDS = {"more", "fewer", "extra", "additional", "less"}


def compared_total(doc: Doc, q: Quantity, nxt: Quantity) -> Quantity | None:
    """``nxt`` with the unit of ``q`` in "12 million homes ..., up from 9 million"."""
    if q.kind != "count" or q.unit is None or nxt.kind != "count" or nxt.unit is not None:
        return None
    if nxt.start - 2 < q.end or nxt.value is None or q.value is None:
        return None
    if tuple(t.lower_ for t in doc[nxt.start - 2:nxt.start]) not in COMPARE_BEFORE:
        return None
    if not 0.1 * q.value <= nxt.value <= 10 * q.value:
        return None  # "up from 3" after "2 million homes": a different measure
    return replace(nxt, unit=q.unit)


def more_noun(doc: Doc, q: Quantity) -> Quantity | None:
    """ "two million more people in work": the noun after the comparative is counted."""
    if q.kind != "count" or q.unit is not None or q.noun is not None or q.end + 1 >= len(doc):
        return None
    more, noun = doc[q.end], doc[q.end + 1]
    if more.lower_ not in MORE_WORDS or noun.tag_ != "NNS" or noun.sent != more.sent:
        return None
    return replace(q, unit=noun.lower_, noun=noun.i)
