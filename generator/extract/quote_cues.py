"""Which quotation a speech verb near it belongs to.

``opens_next``: a cue after a quote that ends in a colon and an opening mark introduces the
next quote, not the one before ("“…,” while Diaz added: “…”"); ``first_person``: a cue whose
subject is "I" or "we" outside the quotation marks found is speech reported inside someone's
words (single marks nested in single marks), so the quote goes on with the voice around it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from generator.extract.quote_marks import Region
from generator.extract.quote_sentences import phrase_end

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers

OPENING = "\"'\u201c\u2018"
FIRST_PERSON = frozenset({"i", "we"})


def opens_next(text: str, cue: Token) -> bool:
    """The cue's phrase ends in a colon followed by an opening quotation mark."""
    last = phrase_end(cue)
    tail = text[last.idx + len(last.text) : last.idx + len(last.text) + 6].lstrip()
    return tail.startswith(":") and tail[1:].lstrip()[:1] in OPENING


def first_person(speakers: Speakers, cue: Token) -> bool:
    """The cue's own subject is "I" or "we" (not a quoted one)."""
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lower_ in FIRST_PERSON and not speakers.inside_quote(subj.idx)


def introduces_next(text: str, r: Region, a_lo: int, a_hi: int, found: list[Region]) -> bool:
    """A question or exclamation followed by a new sentence (a capital letter) that ends in a
    colon before the next quote: that sentence's speech verb introduces the next quote."""
    words = text[r.start : r.end].rstrip("\"'\u201d\u2019 ")
    tail = text[a_lo:a_hi].lstrip(" \u00a0\"'\u201d\u2019")
    return (
        words.endswith(("?", "!"))
        and tail[:1].isupper()
        and tail.rstrip().endswith(":")
        and any(q.start > r.end and q.start - 1 <= a_hi + 3 for q in found)
    )
