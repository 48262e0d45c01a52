"""A speaker written as a service and rank before a name, which the parser splits at the
rank's abbreviation point: "said Army Capt. Ana Ruiz" (subject "Capt"), "said Air Force 1st
Lt. Ana Ruiz" (subject "1st"). The person is the name that ends the run."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers

MAX_RUN = 6  # words from the subject to the name's first word


def _abbreviation_point(tok: Token) -> bool:
    """A "." written right after a short word: the point of "Capt.", "Lt.", "Sgt." (or the
    abbreviation kept whole as one word)."""
    word = tok.text[:-1]
    if tok.text.endswith(".") and len(word) <= 5 and word.isalpha() and word.istitle():
        return True
    if tok.text != "." or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return not prev.whitespace_ and prev.is_alpha and prev.is_title and len(prev) <= 5


def rank_run_person(sp: Speakers, head: Token) -> str | None:
    """The person named right after a capitalised subject through a rank's abbreviation
    point, with only capitalised words (or "1st"-like ordinals) between: "Army Capt. Ana
    Ruiz" → Ana Ruiz. None when the subject is itself a person's name, or when anything
    else (a comma, a lower-case word) comes between."""
    if head.pos_ != "PROPN" or head.ent_type_ == "PERSON":
        return None
    own = sp.actor_at(head.idx, head.idx + len(head.text))
    if own is not None and own.kind == "person":
        return None
    doc, pointed = head.doc, False
    for tok in doc[head.i : min(len(doc), head.i + MAX_RUN + 1)]:
        actor = sp.actor_at(tok.idx, tok.idx + len(tok.text)) if tok.i > head.i else None
        if actor is not None and actor.kind == "person" and tok.is_title:
            return actor.name if pointed else None
        if _abbreviation_point(tok):
            pointed = True
        elif not (tok.is_title or tok.is_upper or tok.like_num or tok.text[:1].isdigit()):
            return None
        elif tok.i > head.i and not doc[tok.i - 1].whitespace_:
            return None  # a piece of one written word ("U.S"), not a word of the run
    return None
