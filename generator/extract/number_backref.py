"""A figure whose about only points back ("puts the figure at $498 billion", "This figure was
… the level of 346,992"): it is read by the figure the sentence or the one before it gave."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

# "the figure", "that total", "figure went up": not "the number of people", "the number one
# spot" or "the total number", which say what they count.
POINTER = re.compile(r"(?:^|\b(?:the|this|that)\s+)(?:figure|number|total|sum|estimate)"
                     r"(?=\s*$|\s+(?:at|to|by|from|in|is|was|has|had|would|will|could|went|"
                     r"rose|fell|came|stood|compares|follows|followed)\b)", re.IGNORECASE)
MAX_WORDS = 9


def points_back(about: str | None) -> bool:
    """Whether an about names its thing only by pointing back to an earlier figure."""
    return bool(about) and POINTER.search(about) is not None


def read_back(doc: Doc, sent: Span, about: str, unit: str | None,
              earlier: list[tuple[int, str, str | None]]) -> str:
    """``about`` with the about of the figure before it, one in the same unit first
    (``earlier`` holds (sentence start, about, unit) in text order), when that figure is in
    this sentence or the one before."""
    if not points_back(about):
        return about
    prev_start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    near = [(a, u) for s, a, u in earlier if s >= prev_start and a and not points_back(a)]
    same = [a for a, u in near if u == unit]
    told = same[-1] if same else (near[-1][0] if near else None)
    return f"{about}: {' '.join(told.split()[:MAX_WORDS])}" if told else about
