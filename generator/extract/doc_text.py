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


_WORDS_KEY = "briefings.words"


def tokens_of(doc: Doc, word: str) -> list[int]:
    """Indices of the tokens whose text is ``word``, from an index built once per document."""
    index = doc.user_data.get(_WORDS_KEY)
    if index is None:
        index = {}
        for tok in doc:
            index.setdefault(tok.text, []).append(tok.i)
        doc.user_data[_WORDS_KEY] = index
    return index.get(word, [])
