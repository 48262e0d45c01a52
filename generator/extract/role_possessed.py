"""A bare noun owned by a pronoun right before a name: "his marker Ana Ruiz", "her principal
patron Tom Baker" (the noun is the person's relation to the owner)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.actor_words import (
    GROUP_NOUNS,
    HONORIFICS,
    INSTITUTION_NOUNS,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    PLACE_HEADS,
    VEHICLE_NOUNS,
)
from generator.extract.role_words import POSS_PRON, bare, para_start

_NOT_ROLES = (
    frozenset(
        {
            "name", "way", "time", "home", "hometown", "team", "side", "club", "word", "song",
            "album", "book", "film", "movie", "show", "horse", "dog", "cat", "country", "city",
            "town", "village", "state", "company", "firm", "business", "brand", "label",
            "shop", "store", "restaurant", "hotel", "school", "college", "university", "house",
            "ship", "boat", "car", "novel", "play", "series", "band", "group", "party",
        }
    )
    | ORG_DESCRIPTORS
    | INSTITUTION_NOUNS
    | GROUP_NOUNS
    | VEHICLE_NOUNS
    | PLACE_HEADS
)


def _person_shaped(name: Span) -> bool:
    """Two or more capitalised name words, none a body's or a place's head word."""
    words = [t for t in name if t.is_alpha]
    if len(words) < 2 or not all(t.text[:1].isupper() for t in words):
        return False
    return not any(bare(t.text) in ORG_HEADS | PLACE_HEADS for t in words)


def possessed_noun(doc: Doc, name: Span) -> str | None:
    """ "his marker Ana Ruiz" -> "marker": a lowercase singular noun (with up to two lowercase
    adjectives) between "his"/"her"/"their" and a person's two-word name."""
    if not _person_shaped(name):
        return None
    floor = para_start(doc, name.start)
    head = name.start - 1
    while head > floor and bare(doc[head].text) in HONORIFICS:
        head -= 1
    if head <= floor or doc[head].tag_ != "NN" or not doc[head].is_lower:
        return None
    if not doc[head].is_alpha or doc[head].lower_ in _NOT_ROLES:
        return None
    i = head - 1
    while i > floor and i > head - 3 and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i -= 1
    if doc[i].lower_ not in POSS_PRON:
        return None
    return doc[i + 1 : head + 1].text
