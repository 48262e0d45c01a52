"""A change, then the level it reaches: "revenues added 4% to 142bn euros", "a 134% rise in
the deficit to $10.7bn". The level is about what the change is about."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract import number_context as C
from generator.extract.number_spans import Quantity

CHANGE_KINDS = {"percent", "money", "count", "measure"}


def reached_level(doc: Doc, change: Quantity, level: Quantity) -> bool:
    """Whether ``level`` is the "to" figure of the change ``change`` states: the "to" hangs
    off the verb the change completes or the noun ("rise") the change modifies."""
    if change.kind != "percent" or level.kind not in CHANGE_KINDS or level.kind == "percent":
        return False
    if level.start < 1 or doc[level.start - 1].lower_ != "to":
        return False
    to = doc[level.start - 1]
    lead = C.anchor(doc, level.start, level.end, level.noun, climb=False)
    if lead.head.i != to.i:
        return False
    moved = C.anchor(doc, change.start, change.end, change.noun, climb=False)
    return to.head.i in {moved.i, moved.head.i} and to.head.i < level.start
