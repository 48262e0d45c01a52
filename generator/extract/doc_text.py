"""The text of a parsed document, built once: spaCy's ``Doc.text`` joins every token again on
each access, which the extractors, asking for it per name, would pay thousands of times."""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "briefings.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, kept in ``doc.user_data`` after the first call."""
    found = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = doc.text
    return found
