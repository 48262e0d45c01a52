"""Broadcast shows named as if they were bodies: a title shaped "Meet the Press" (a word, then
"the") given a weekday's edition ("Sunday's X") or set before an interview noun ("his X
interview"). Bodies with such a shape ("Save the Children") are rarely cued so."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.actor_words import word_set

_DAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
_ON_AIR = word_set("interview interviews appearance episode broadcast segment edition show")


def aired_show(doc: Doc, start: int, end: int) -> bool:
    """True when the name at tokens ``start:end`` is a show's title cued by a weekday or an
    interview noun."""
    if end - start < 3 or doc[start + 1].lower_ != "the" or not doc[start + 2].text[:1].isupper():
        return False
    weekday = start >= 2 and doc[start - 1].lower_ in ("'s", "\u2019s")
    weekday = weekday and doc[start - 2].lower_ in _DAYS
    on_air = end < len(doc) and doc[end].lower_ in _ON_AIR
    return weekday or on_air
