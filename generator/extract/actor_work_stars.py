"""A show or film named as what a performer is a star of: "Blue Lines star Ann Lee", "The Night
Kitchen star" (outside sport, where "Rovington star Ann Lee" names a club)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.doc_text import doc_text

# Words of a sports report: a side's star is a club's player, not a show's.
_SPORT = re.compile(
    r"\b(?:\d{1,2}-\d{1,2}|striker|midfielder|defender|goalkeeper|winger|penalty|league|"
    r"coach|kick-off|scored|goals?|wickets?|innings|touchdowns?|match|champions?|cup|"
    r"tournament|season|race)\b",
    re.IGNORECASE,
)
_NAMES = frozenset({"GPE", "LOC", "NORP", "PERSON"})


def star_vehicle(doc: Doc, start: int, end: int) -> bool:
    """True when the name at tokens ``start:end`` is right before "star" and the article is
    no sports report: the name is a show's (a place, a people or a person is not)."""
    if end >= len(doc) or doc[end].lower_ not in {"star", "stars"}:
        return False
    if any(t.ent_type_ in _NAMES for t in doc[start:end]):
        return False  # "Hollywood star", "British star"
    return len(_SPORT.findall(doc_text(doc))) < 2
