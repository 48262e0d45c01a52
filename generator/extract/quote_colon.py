"""A name as a label before a quote: "- Coach Ana Ruiz: “We played well.”".

A line that opens with a person's name (after a dash or bullet and a title) and a colon,
with no verb, gives the words that follow to that person; so does a name closing a line
after a spaced dash ("Turnout rose again - Ana Ruiz: “…”"), also an organisation's. A
source label ("From Ruiz's blog post: “…”") gives them to the text's owner.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.extract.speaker_documents import TEXT_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span

    from generator.extract.speakers import Speakers

BULLETS = " \t-\u2013\u2014\u2022*"
MAX_WORDS = 10
SPACED_DASH = re.compile(r"\s[-\u2013\u2014]\s+")
MAX_BYLINE = 5
SOURCE_LABEL = re.compile(r"(?:^|[.!?]\s+|\n)(From\s[^.!?:\n]{2,80}):$")


def colon_label(sp: Speakers, start: int, lo: int) -> str | None:
    """The actor named by a verbless "Name:" label that opens the text before the quote
    mark at ``start`` (the quoted words begin at ``start``; ``lo`` is the paragraph start)."""
    before = sp.text[lo : start - 1].rstrip()
    if not before.endswith(":"):
        return None
    line_start = max(before.rfind("\n") + 1, 0)
    line = before[line_start:-1]
    byline = _after_dash(sp, lo + line_start, line)
    if byline is not None:
        return byline
    head = line.strip(BULLETS)
    if not head or len(head.split()) > MAX_WORDS:
        return None
    begin = lo + line_start + len(line) - len(line.lstrip(BULLETS))
    span = sp.doc.char_span(begin, begin + len(head), alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return None  # "He said:" is a cue, not a label
    return _actor_ending(sp, span, ("person",))


def _after_dash(sp: Speakers, begin: int, line: str) -> str | None:
    """The actor named by the words after the last spaced dash of a line, when they are a
    name alone (no verb, no "and"): "Polls agree - Ana Ruiz" → Ana Ruiz."""
    dashes = list(SPACED_DASH.finditer(line))
    if not dashes or not dashes[-1].start():
        return None
    head = line[dashes[-1].end() :].rstrip()
    if not head or len(head.split()) > MAX_BYLINE:
        return None
    at = begin + dashes[-1].end()
    span = sp.doc.char_span(at, at + len(head), alignment_mode="expand")
    if span is None or not all(t.pos_ == "PROPN" or t.text == "." for t in span):
        return None
    return _actor_ending(sp, span, ("person", "organization"))


def _actor_ending(sp: Speakers, span: Span, kinds: tuple[str, ...]) -> str | None:
    """The name of the actor of one of ``kinds`` whose mention ends the label ``span``."""
    last = span[-1]
    actor = sp.actor_at(last.idx, last.idx + len(last.text))
    return actor.name if actor is not None and actor.kind in kinds else None


def source_label(sp: Speakers, start: int, lo: int) -> str | None:
    """The owner of the text a verbless "From X's post:" label names before the quote mark
    at ``start``: "From Ruiz's blog post: “…”" → Ruiz."""
    before = sp.text[lo : start - 1].rstrip()
    m = SOURCE_LABEL.search(before)
    if m is None:
        return None
    span = sp.doc.char_span(lo + m.start(1), lo + m.end(1), alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    for tok in span:
        if tok.dep_ == "poss" and tok.head.lemma_.lower() in TEXT_NOUNS and tok.head in span:
            actor = sp.actor_at(tok.idx, tok.idx + len(tok.text))
            if actor is not None and actor.kind in ("person", "organization"):
                return actor.name
    return None
