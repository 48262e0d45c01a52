"""Briefing one test text: as the pipeline does, or with the tagger's entities set by hand."""

from __future__ import annotations

import datetime
from pathlib import Path

from generator.brief import brief
from generator.furniture import furniture_spans
from generator.model import Article, Briefing
from generator.nlp import parse


def brief_text(text: str, date: datetime.date | None = None) -> Briefing:
    """The briefing of ``text``, its page furniture found as the reader finds it."""
    spans = furniture_spans(text)
    article = Article(path=Path("test.txt"), text=text, sha256="0", date=date, furniture=spans)
    return brief(article, parse(text))


def brief_with(
    text: str,
    ents: list[tuple[str, str]] | list[tuple[str, str, int]],
    furniture: bool = False,
) -> Briefing:
    """The briefing of ``text`` with the tagger's entities replaced by ``ents`` (words, label,
    and optionally the offset to look from): the tagger's misses, written out so the test
    does not hang on one model's guesses. ``furniture``: find page furniture as the reader
    does (else none)."""
    doc = parse(text)
    spans = []
    for words, label, *after in ents:
        start = text.index(words, after[0] if after else 0)
        span = doc.char_span(start, start + len(words), label=label)
        assert span is not None
        spans.append(span)
    doc.ents = spans
    spans = tuple(furniture_spans(text)) if furniture else ()
    return brief(Article(path=Path("test.txt"), text=text, sha256="0", furniture=spans), doc)
