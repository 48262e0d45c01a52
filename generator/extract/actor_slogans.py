"""A place named only as a word inside a slogan ("make America great again") is no actor."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def slogan_word(doc: Doc, span: Span) -> bool:
    """The name is the object of "make" in "make X <adjective> again"."""
    s, e = span.start, span.end
    if s == 0 or e + 1 >= len(doc) or doc[s - 1].lemma_ != "make":
        return False
    return doc[e].pos_ == "ADJ" and doc[e + 1].lower_ == "again"
