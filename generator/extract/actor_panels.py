"""Words that carry a body's name on past its head: "Coalition for the Homeless", "Bank of
England", and "on" after a panel's head ("the Senate Committee on Foreign Relations"; not
"the Committee on Tuesday"); a body's name split by the tagger at "and" ("the Texas Parks" +
"Wildlife Department")."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc

from generator.extract.actor_words import MONTHS, ORG_HEADS, PANEL_HEADS, WEEKDAYS


def joins(doc: Doc, i: int) -> bool:
    """True when the word at token ``i`` may join more capitalised words to a body's name."""
    low = doc[i].lower_
    if low in ("and", "of", "for"):
        return True
    if low != "on" or i == 0 or i + 1 >= len(doc):
        return False
    if doc[i - 1].lower_.rstrip(".") not in PANEL_HEADS:
        return False
    return doc[i + 1].lower_.rstrip(".") not in WEEKDAYS | MONTHS


def panel_named(form: str) -> bool:
    """A panel's name carried on by "on": "House Select Committee on Benghazi"."""
    words = form.lower().split()
    return any(w.rstrip(".") in PANEL_HEADS and n == "on" for w, n in pairwise(words))


def halves(doc: Doc, i: int) -> bool:
    """ "the Texas Parks" + "and" + "Wildlife Department": a plural first half read as a body,
    then a one-word second half that ends in a body's head noun."""
    if doc[i].lower_ != "and" or i == 0 or i + 2 >= len(doc):
        return False
    first, second, head = doc[i - 1], doc[i + 1], doc[i + 2]
    if first.tag_ != "NNPS" or first.ent_type_ != "ORG" or second.ent_iob_ != "B":
        return False
    if second.ent_type_ != "ORG" or head.ent_iob_ != "I" or head.lower_ not in ORG_HEADS:
        return False
    return i + 3 >= len(doc) or doc[i + 3].ent_iob_ != "I"
