"""A paragraph of quotes signed at its end by a dash and a name ("“…” ― Ana Ruiz."): every
quote in it is that person's words, whatever cue words sit inside the quotes' own text."""

from __future__ import annotations

import re

from generator.extract.quote_marks import Region
from generator.extract.quote_signed_below import signed_below
from generator.extract.speakers import Speakers

# a closing mark (or the full stop after it), a dash, then up to five capitalised words
SIGNED = re.compile(
    r"[\"'\u2019\u201d][.,]?\s*[\u2015\u2014\u2013]+\s*"
    r"((?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w'\u2019-]*)\.?\s*$"
)


def signature(speakers: Speakers, r: Region, para: tuple[int, int]) -> str | None:
    """The name signing the paragraph that holds quote ``r``, if the paragraph ends with a
    dash signature after the quote."""
    lo, hi = para
    if not lo <= r.start < hi:
        return None
    m = SIGNED.search(speakers.text, r.start, hi)
    if m is None or m.start() < r.end:
        return signed_below(speakers, r, para)  # “…” / - Ana Ruiz.
    doc = speakers.doc
    span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    names = [t for t in span or [] if t.pos_ == "PROPN"]
    return speakers.name_of(names[-1]) if names else None
