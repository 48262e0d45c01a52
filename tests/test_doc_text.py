"""The document text built once (sentences written here)."""

from __future__ import annotations

from generator import nlp
from generator.extract.doc_text import doc_text


def test_the_text_is_the_documents_and_is_kept() -> None:
    doc = nlp.parse("Ana Ruiz said the plan was fair. Tom Hale disagreed.")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)
