"""Signs that a lone name the tagger read as a body is a person's: a first name or initials
left just before it ("Al Kellock", "J P McManus"), or a list of people it stands in
("Chris Marsh, Dido, Robbie Lane")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.actor_words import ORG_DESCRIPTORS, _words
from generator.extract.given_names import is_given_name

_INITIAL = re.compile(r"[A-Z]\.?")


def person_signs(doc: Doc, start: int, end: int) -> int:
    """How strongly the words around the one-word name at tokens ``start:end`` make it a
    person's."""
    if end - start != 1:
        return 0
    n = 0
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.is_title and is_given_name(prev.text):
        n += 2  # "veteran Al Kellock": the first name the mention left out
    elif prev is not None and _INITIAL.fullmatch(prev.text) and prev.text not in ("A", "I"):
        n += 2  # "patron J P McManus"
    tok = doc[start]
    mates = [t for t in tok.conjuncts if t.ent_type_]
    named = all(t.i > 0 and is_given_name(doc[t.i - 1].text) for t in mates)
    if mates and named and all(t.ent_type_ == "PERSON" for t in mates) and tok.tag_ == "NNP":
        n += 1  # "the likes of Chris Marsh, Dido and Robbie Lane"
    return n


# Nouns for a body that stand right before its name: "investment bank Hallam Stoke" (the
# kinds of body, less those that also lead teams, parties and places, plus a few more).
_BODY_NOUNS = (
    ORG_DESCRIPTORS - _words("club team party union movement paper shop store station")
) | _words(
    """
    reinsurer carmaker analyst consultancy consultants regulator inspector auctioneers
    auctioneer brand conglomerate house
    """
)
# Nouns that follow a body's name but never a person's: "the Hallam division", "Hallam shares".
_BODY_AFTER = frozenset(
    {"division", "subsidiary", "auctioneers", "shares", "headquarters", "factory", "factories",
     "plant", "plants"}
)


def body_signs(doc: Doc, start: int, end: int, text: str) -> int:
    """How strongly the words around the name at tokens ``start:end`` make it a body's:
    "investment bank X", "London-based X", "X, which"."""
    n = 0
    prev = doc[start - 1] if start > 0 else None
    tied = prev is not None and (prev.head.i in range(start, end) or doc[end - 1].head == prev)
    if tied and prev is not None and prev.text in _BODY_NOUNS:
        n += 2  # lowercase only: "Bank" would open the name
    elif prev is not None and prev.lower_.endswith("-based"):
        n += 2  # "Leeds-based Hallam Stoke"
    after = doc[end : end + 2]
    if len(after) == 2 and after[0].text == "," and after[1].lower_ == "which":
        n += 1  # "Hallam Stoke, which": a person takes "who"
    words = [t.text for t in after]
    if words[:1] and (words[0] in _BODY_AFTER or words in (["chief", "executive"], ["and", "Co"])):
        n += 2  # "Hallam Stoke auctioneers", "Hallam chief executive Ann Lee", "Hallam and Co"
    if len(after) == 2 and after[0].text == ",":
        appos = [t for t in doc[end + 1 : end + 9] if t.dep_ == "appos" and t.head.i == end - 1]
        if appos and appos[0].text in _BODY_NOUNS:
            n += 2  # "Hallam Re, the world's largest reinsurance company,"
    return n
