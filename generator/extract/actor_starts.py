"""Opening words of a body's name the tagger cut off: "Blu-ray" before "Disc Association",
"Finance and" before "Economy Ministry", an acronym before "Business Chamber"."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.actor_words import HONORIFICS, TITLE_NOUNS

_PAIRED_HEADS = frozenset({"ministry", "department", "committee", "commission", "office"})


def org_start(doc: Doc, s: int, e: int, taken: set[int]) -> int:
    """The start of a body's name once the words the tagger cut before ``s`` are put back."""
    if s >= 3 and _glued_word(doc, s):
        return s - 3  # "Blu" "-" "ray" + "Disc Association"
    if s >= 2 and doc[s - 1].lower_ == "and" and doc[e - 1].lower_ in _PAIRED_HEADS:
        first = doc[s - 2]
        opens = s < 3 or not doc[s - 3].is_title or doc[s - 3].lower_ == "the"
        if first.is_title and first.i not in taken and opens and doc[s].is_title:
            return s - 2  # "Finance and Economy Ministry", "Foreign and Commonwealth Office"
    if s >= 1 and _acronym(doc, s - 1, taken):
        return s - 1  # "NSW" + "Business Chamber"
    return s


def _glued_word(doc: Doc, s: int) -> bool:
    """ "Blu-ray" right before the name: a capitalised word, a hyphen and a word, no spaces."""
    a, dash, b = doc[s - 3], doc[s - 2], doc[s - 1]
    glued = dash.text == "-" and not a.whitespace_ and not dash.whitespace_
    named = b.tag_ in ("NNP", "NNPS")  # not "Leeds-based Skin Garden"
    return glued and named and a.is_title and b.is_alpha and bool(b.whitespace_) and not a.ent_type_


def _acronym(doc: Doc, i: int, taken: set[int]) -> bool:
    """An untagged acronym that opens the name: "NSW", "PIRG" (not "CEO", "Dr")."""
    tok = doc[i]
    word = tok.text.lower()
    if i in taken or not tok.is_alpha or not tok.is_upper or not 2 <= len(tok.text) <= 6:
        return False
    return tok.tag_ == "NNP" and word not in TITLE_NOUNS and word not in HONORIFICS
