"""Broadcast shows named as if they were bodies: a title shaped "Meet the Press" (a word, then
"the") given a weekday's edition ("Sunday's X") or set before an interview noun ("his X
interview"). Bodies with such a shape ("Save the Children") are rarely cued so."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.actor_words import word_set

_DAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
_ON_AIR = word_set("interview interviews appearance episode broadcast segment edition show")


_NETWORKS = word_set("abc bbc cbs cnn nbc msnbc pbs npr fox itv c-span cnbc sky")


def aired_show(doc: Doc, start: int, end: int) -> bool:
    """True when the name at tokens ``start:end`` is a show's title cued by a weekday or an
    interview noun, or heard "on" a network ("on CNN's State of the Union")."""
    if _on_network(doc, start):
        return True
    if end - start < 3 or doc[start + 1].lower_ != "the" or not doc[start + 2].text[:1].isupper():
        return False
    weekday = start >= 2 and doc[start - 1].lower_ in ("'s", "\u2019s")
    weekday = weekday and doc[start - 2].lower_ in _DAYS
    on_air = end < len(doc) and doc[end].lower_ in _ON_AIR
    return weekday or on_air


def _on_network(doc: Doc, start: int) -> bool:
    """ "on CNN's X", "appeared on Fox News' X": a broadcaster's possessive after "on"."""
    if start < 3 or doc[start - 1].lower_ not in ("'s", "\u2019s", "'", "\u2019"):
        return False
    net = start - 2
    if doc[net].lower_ == "news" and doc[net - 1].lower_ in _NETWORKS:
        net -= 1
    return doc[net].lower_ in _NETWORKS and net > 0 and doc[net - 1].lower_ == "on"
