"""Days told from another date: "On March 2, 2015, the paper ran the story, and the following
day the committee asked for the files" dates the request March 3, 2015; "the day before" and
"two days earlier" count back.

Only where the same or one of the two sentences before gives a day to count from (a date or a
weekday); with none, "the next day" says nothing a reader can place, and it is left out.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from generator.extract.dates import Timex

BACK_SENTENCES = 2  # how far back the day counted from may be (a quote may split a sentence)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_AFTER = re.compile(
    r"\b(?:(?P<next>the\s+(?:following|next)\s+day)"
    r"|(?P<prev>the\s+(?:previous|preceding)\s+day|the\s+day\s+before)"
    r"|(?P<n>a|one|two|three|four|five|six|seven|\d)\s+days?\s+(?P<dir>later|earlier))\b",
    re.IGNORECASE,
)
# "the day before the vote", "the day before Easter": a day told from an event, not a date
_BEFORE_EVENT = re.compile(r"\s+(?:the|a|an|his|her|their|its|that|this|[A-Z0-9])\b")


def _shift(m: re.Match[str]) -> int:
    if m["next"]:
        return 1
    if m["prev"]:
        return -1
    word = m["n"].lower()
    days = int(word) if word.isdigit() else _COUNTS[word]
    return -days if m["dir"].lower() == "earlier" else days


def _calendar_day(t: Timex) -> bool:
    """A day one can count from: "March 2, 2015", "on Tuesday"."""
    if t.kind == "weekday":
        return t.shift in (None, 0)
    return t.kind == "date" and t.day is not None and t.month is not None


def days_after(
    text: str, doc: Doc, timexes: list[Timex], inside_quote: list[tuple[int, int]]
) -> list[tuple[Timex, Timex, Span]]:
    """(the expression as a day shift, the date it counts from, its sentence) for each "the
    following day" / "two days later" / "the day before" whose base day is in its sentence or
    one of the two before."""
    out = []
    for m in _AFTER.finditer(text):
        if any(s <= m.start() < e for s, e in inside_quote):
            continue
        if m.group(0).lower().endswith("before") and _BEFORE_EVENT.match(text, m.end()):
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        first = sent.start
        for _ in range(BACK_SENTENCES):
            first = doc[first - 1].sent.start if first > 0 else first
        lo = doc[first].idx
        bases = [t for t in timexes if lo <= t.start < m.start() and _calendar_day(t)]
        if not bases:
            continue
        base = bases[-1]
        if any(base.end <= t.start < m.start() and t.kind != "duration" for t in timexes):
            continue  # another date between: which one it counts from is unsure
        day = Timex(m.start(), m.end(), m.group(0), "deictic", shift=_shift(m))
        out.append((day, base, sent))
    return out
