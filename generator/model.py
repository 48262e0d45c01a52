"""The data model: one article in, one briefing out.

Every extracted record keeps character offsets into ``Article.text`` (``start``/``end``), so
tests and ``briefings check`` can point back to the sentence it came from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

ActorKind = Literal["person", "organization", "place", "group"]


@dataclass(frozen=True)
class Article:
    """One seed article, normalised (NFC, LF line endings, no BOM, no invisible controls)."""

    path: Path  # the seed file
    text: str  # the article's text, paragraphs separated by newlines
    sha256: str  # of the seed file's bytes
    title: str | None = None  # from the seed's metadata
    date: dt.date | None = None  # publication date, from the seed's metadata
    url: str | None = None
    publisher: str | None = None
    author: str | None = None
    furniture: tuple[tuple[int, int], ...] = ()  # (start, end) of page furniture lines

    def is_furniture(self, start: int, end: int) -> bool:
        """True when the span [start, end) overlaps page furniture (captions, link headlines)."""
        return any(s < end and start < e for s, e in self.furniture)


@dataclass(frozen=True)
class Actor:
    name: str  # canonical full form: "Abbas Araghchi"
    kind: ActorKind
    role: str | None = None  # from the text: "Iranian Foreign Minister"
    aliases: tuple[str, ...] = ()  # other forms in the text: ("Araghchi",)
    mentions: int = 1
    spans: tuple[tuple[int, int], ...] = ()  # (start, end) of every mention in Article.text


@dataclass(frozen=True)
class NumberFact:
    value: float | int | None  # 646; None where the text gives no exact figure
    text: str  # as written: "at least 646"
    unit: str | None  # "people", "USD", "percent"
    about: str  # what it measures: "people killed during the unrest"
    qualifier: str | None  # "at least", "about", "more than", "up to"
    source: str | None  # who states it: "activists"
    sentence: str  # the sentence it comes from, verbatim
    start: int = 0  # offsets of `text` in Article.text
    end: int = 0


@dataclass(frozen=True)
class Quote:
    text: str  # the quoted words, without the quotation marks
    speaker: str | None  # an actor's canonical name, or a group ("crowds")
    sentence: str
    start: int = 0  # offsets of `text` in Article.text
    end: int = 0


@dataclass(frozen=True)
class TimelineEvent:
    date: dt.date | None  # resolved against the publication date when known
    when: str  # as written: "Thursday", "Monday night"
    day_offset: int | None  # days from the publication day (0 = that day)
    event: str  # what happened then, one sentence
    start: int = 0  # offsets of `when` in Article.text
    end: int = 0
    precision: Literal["day", "month", "year"] = "day"


@dataclass(frozen=True)
class Source:
    path: str  # ends in the seed's file name
    sha256: str
    url: str | None = None
    publisher: str | None = None


@dataclass(frozen=True)
class Briefing:
    title: str
    date: dt.date | None
    description: str
    summary: str
    source: Source
    tags: tuple[str, ...] = ()
    actors: tuple[Actor, ...] = ()
    numbers: tuple[NumberFact, ...] = ()
    quotes: tuple[Quote, ...] = ()
    timeline: tuple[TimelineEvent, ...] = field(default_factory=tuple)
