"""Direct quotations (placeholder: to be replaced)."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.model import Actor, Article, Quote


def quotes(article: Article, doc: Doc, actors: tuple[Actor, ...]) -> tuple[Quote, ...]:
    """Direct quotations in text order."""
    return ()
