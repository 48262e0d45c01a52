"""Timeline (placeholder: to be replaced)."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.model import Article, TimelineEvent


def timeline(article: Article, doc: Doc) -> tuple[TimelineEvent, ...]:
    """Dated events of the story, in chronological order."""
    return ()
