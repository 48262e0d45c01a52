"""A number word standing for people named before ("split between the two and up to 15
percent could abstain"): the parser hangs it on the next figure's noun, so it would read as
"2 percent". With "the" before it and a coordinated figure between it and that noun, it
counts nothing of its own and is no figure."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.number_spans import Quantity

DETERMINERS = {"the", "these", "those"}


def unborrowed(doc: Doc, found: list[Quantity]) -> list[Quantity]:
    """``found`` without a "the two" that only borrows the noun of the figure after it."""
    out: list[Quantity | None] = list(found)
    for k, q in enumerate(found[:-1]):
        nxt = found[k + 1]
        if q.noun is None or not nxt.start <= q.noun < nxt.end + 1 or q.start == 0 or (
            nxt.kind not in {"percent", "money"}  # "the two and three bedroom flats": both count
        ):
            continue
        if doc[q.start - 1].lower_ not in DETERMINERS or not doc[q.num].is_alpha:
            continue
        if not any(t.dep_ == "cc" for t in doc[q.end:nxt.start]):
            continue
        out[k] = None
    return [q for q in out if q is not None]
