"""Article + parsed Doc → Briefing: every extractor, run once, in one place."""

from __future__ import annotations

import os
from pathlib import Path

from spacy.tokens import Doc

from generator.extract.actor_speakers import with_speakers
from generator.extract.actors import actors as extract_actors
from generator.extract.numbers import numbers as extract_numbers
from generator.extract.quotes import quotes as extract_quotes
from generator.extract.summary import description, summary, title
from generator.extract.timeline import timeline as extract_timeline
from generator.model import Actor, Article, Briefing, Source

MAX_TAGS = 6


def source_path(path: Path) -> str:
    """The seed's path as written in a briefing: relative to the working folder when inside it."""
    rel = os.path.relpath(path.absolute(), Path.cwd())
    return Path(rel).as_posix() if not rel.startswith("..") else path.absolute().as_posix()


def tags_for(actors: tuple[Actor, ...]) -> tuple[str, ...]:
    """Tags: the names of the most important actors."""
    return tuple(a.name for a in actors[:MAX_TAGS])


def brief(article: Article, doc: Doc) -> Briefing:
    """Run every extractor on one parsed article."""
    actors = extract_actors(article, doc)
    quotes = extract_quotes(article, doc, actors)
    actors = with_speakers(article, doc, actors, quotes)
    return Briefing(
        title=title(article, doc),
        date=article.date,
        description=description(article, doc),
        summary=summary(article, doc),
        source=Source(
            path=source_path(article.path),
            sha256=article.sha256,
            url=article.url,
            publisher=article.publisher,
        ),
        tags=tags_for(actors),
        actors=actors,
        numbers=extract_numbers(article, doc, actors, quotes),
        quotes=quotes,
        timeline=extract_timeline(article, doc),
    )
