"""A bare count that is part of a counted whole named before it takes the whole's unit.

"Of the 31 nurses suspended, 19 have been reinstated", "Police held 40 protesters and 12 were
charged", "39 nations ..., with 29 cutting back": the later figure stands alone as the subject
of its verb and counts the same things as the larger count before it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from generator.extract.number_spans import Quantity

SUBJECTS = {"nsubj", "nsubjpass"}


def part_units(doc: Doc, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each bare subject count given the unit of an earlier, larger count."""
    out = list(found)
    for k, q in enumerate(found):
        tok = doc[q.num]
        if q.kind != "count" or q.unit is not None or q.noun is not None or q.value is None:
            continue
        if q.end != q.num + 1 or tok.dep_ not in SUBJECTS or tok.head.pos_ not in {"VERB", "AUX"}:
            continue
        if any(c.dep_ == "prep" for c in tok.children):
            continue  # "21 of the 28 officials": the "of" phrase names what it counts
        whole = next((p for p in reversed(found[:k]) if p.kind == "count" and p.unit
                      and p.noun is not None and p.value is not None and p.value >= q.value
                      and doc[p.noun].pos_ == "NOUN"), None)
        if whole is not None:
            out[k] = replace(q, unit=whole.unit)
    return out
