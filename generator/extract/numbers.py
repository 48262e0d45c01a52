"""Numbers (placeholder: to be replaced)."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.model import Actor, Article, NumberFact


def numbers(article: Article, doc: Doc, actors: tuple[Actor, ...]) -> tuple[NumberFact, ...]:
    """Figures a reader would cite, in text order."""
    return ()
