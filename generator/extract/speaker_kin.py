"""A relative named earlier in a pair: "her mother" after "her parents Jane and Mark" is Jane
(the one with a woman's first name); "his son" after "his son and daughter, Tom and Ann
Ruiz" is Tom (the names in the order of the nouns). ``sp`` is the article's ``Speakers``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from generator.extract.speaker_gender import first_name_sex
from generator.model import Actor

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers

PARENT_SEX = {"mother": "f", "mum": "f", "mom": "f", "father": "m", "dad": "m"}
PARENTS = frozenset({"parents", "parent"})
KIN = frozenset({"son", "daughter", "wife", "husband", "brother", "sister", "mother",
                 "father", "grandson", "granddaughter", "stepson", "stepdaughter"})
JOINS = frozenset({"and", ","})
REACH = 3000  # characters back to look for the pair


def named_parent(sp: Speakers, head: Token) -> Actor | None:
    """The person a "her mother" / "his father" stands for, named as one of a pair of
    parents before it ("Ella's parents Jane and Mark", "her parents, Mark and Jane")."""
    if not any(t.dep_ in ("poss", "det") for t in head.lefts):
        return None
    sex = PARENT_SEX.get(head.lower_)
    for tok in reversed(sp.doc[: head.i]):
        if head.idx - tok.idx > REACH:
            break
        if tok.lower_ == head.lower_ and not sp.inside_quote(tok.idx):
            found = _respective(sp, tok)
            if found is not None:
                return found
    if sex is None:
        return None
    for tok in reversed(sp.doc[: head.i]):
        if head.idx - tok.idx > REACH:
            return None
        if tok.lower_ not in PARENTS or sp.inside_quote(tok.idx):
            continue
        found = _pair(sp, tok, sex)
        if found is not None:
            return found
    return None


def _pair(sp: Speakers, parents: Token, sex: str) -> Actor | None:
    """Of the persons named in the few words after "parents", the one of sex ``sex``."""
    hits: list[Actor] = []
    for tok in sp.doc[parents.i + 1 : parents.i + 7]:
        if tok.is_punct and tok.text != ",":
            break
        actor = sp.actor_at(tok.idx, tok.idx + len(tok.text)) if tok.pos_ == "PROPN" else None
        if actor is not None and actor.kind == "person" and actor not in hits:
            hits.append(actor)
    fits = [a for a in hits if first_name_sex(a.name) == sex]
    return fits[0] if len(hits) >= 2 and len(fits) == 1 else None


def _respective(sp: Speakers, noun: Token) -> Actor | None:
    """The person named for ``noun`` in "his son and daughter, Tom and Ann Ruiz": as many
    persons named after the run of relative nouns as there are nouns, taken in order."""
    doc, lo, hi = sp.doc, noun.i, noun.i
    while lo >= 2 and doc[lo - 1].lower_ in JOINS and doc[lo - 2].lower_ in KIN:
        lo -= 2
    while hi + 2 < len(doc) and doc[hi + 1].lower_ in JOINS and doc[hi + 2].lower_ in KIN:
        hi += 2
    nouns = [t for t in doc[lo : hi + 1] if t.lower_ in KIN]
    if len(nouns) < 2 or hi + 1 >= len(doc) or doc[hi + 1].text != ",":
        return None
    people: list[Actor] = []
    for tok in doc[hi + 2 : hi + 2 + 4 * len(nouns)]:
        if (tok.is_punct and tok.text != ",") or tok.pos_ not in ("PROPN", "CCONJ", "PUNCT"):
            break
        actor = sp.actor_at(tok.idx, tok.idx + len(tok.text)) if tok.pos_ == "PROPN" else None
        if actor is not None and actor.kind == "person" and actor not in people:
            people.append(actor)
    if len(people) != len(nouns):
        return None
    return people[[t.i for t in nouns].index(noun.i)]
