"""A quote paragraph signed on the line below it: "“…”" then a line "- Ana Ruiz." (or
"- Ana Ruiz, speaking on Monday."): the quotes of the paragraph above are that person's."""

from __future__ import annotations

import re

from generator.extract.quote_marks import Region
from generator.extract.speakers import Speakers

# the next line: a dash, one to five capitalised words, then at most a short comma clause
BELOW = re.compile(
    r"[ \t]*[-\u2010\u2013\u2014\u2015]\s*"
    r"((?:[A-Z][\w.'\u2019-]*[ \t]+){0,4}[A-Z][\w'\u2019-]*)(?:,[^\n]{0,80})?\.?[ \t]*(?:\n|$)"
)
OPENERS = frozenset("\"'\u201c\u2018")
CLOSERS = " \t.,\"'\u201d\u2019"


def signed_below(speakers: Speakers, r: Region, para: tuple[int, int]) -> str | None:
    """The person named on a dash line right after a paragraph that opens with a quote mark
    and ends with quote ``r``'s closing mark ("- Reuters." under a story is a credit line)."""
    text, (lo, hi) = speakers.text, para
    if text[lo : lo + 1] not in OPENERS or r.start - 1 < lo:
        return None  # words of the article before the quote: not a quote paragraph
    if text[r.end : hi].strip(CLOSERS) or not text[r.end : hi].strip(" \t"):
        return None  # words after the quote, or no closing mark at all
    nxt = hi + 1
    while nxt < len(text) and text[nxt] == "\n":
        nxt += 1
    m = BELOW.match(text, nxt)
    if m is None:
        return None
    span = speakers.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    if span is None or not all(t.pos_ == "PROPN" for t in span):
        return None
    actor = speakers.actor_at(m.start(1), m.end(1)) or speakers.actor_named(m.group(1))
    if actor is not None:
        return actor.name if actor.kind == "person" else None
    return m.group(1) if all(t.ent_type_ == "PERSON" for t in span) else None
