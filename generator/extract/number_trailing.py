"""A report cited after the figures it gives: "..., figures from the trade office show."

A sentence can close on its source as a run-in cue: a comma, a report noun, "from" or "by", who
made the report, and a verb of showing or saying. The tagger often reads the last verb as a noun
("the trade office show"), so the cue is read from the words themselves.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.number_context import REPORT_NOUNS

CLOSING_VERBS = {"show", "shows", "showed", "shown", "suggest", "suggests", "suggested",
                 "indicate", "indicates", "indicated", "reveal", "reveals", "revealed",
                 "say", "says", "said", "find", "finds", "found", "confirm", "confirms",
                 "confirmed"}
OWNER_PREPS = {"from", "by"}
MAX_OWNER = 8  # words of the report's owner at most


def trailing_report(doc: Doc, sent: Span, num: int) -> Span | None:
    """Who made the report a sentence closes on, when the figure at ``num`` comes before it:
    "..., figures from the trade office show." -> "the trade office"."""
    end = sent.end
    while end > sent.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end - sent.start < 5 or doc[end - 1].lower_ not in CLOSING_VERBS:
        return None
    verb = end - 1
    for k in range(verb - 2, max(sent.start, verb - MAX_OWNER - 3), -1):
        if doc[k].lower_ not in OWNER_PREPS:
            continue
        noun, comma = doc[k - 1], doc[k - 2] if k - 2 >= sent.start else None
        if comma is None or comma.text != "," or num >= comma.i:
            return None
        if noun.lower_ not in REPORT_NOUNS and noun.lemma_.lower() not in REPORT_NOUNS:
            return None
        owner = doc[k + 1:verb]
        if not owner or len(owner) > MAX_OWNER or any(t.is_punct for t in owner):
            return None
        return owner
    return None
