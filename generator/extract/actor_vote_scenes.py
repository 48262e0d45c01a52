"""Places where a vote is held or won ("won the primary in Oregon", "a lead in Ohio"): in an
election story these are contests, kept as actors however many other settings it names."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.actor_words import word_set

_VOTE_WORDS = word_set(
    "primary primaries caucus caucuses ballot ballots delegates election elections voting "
    "voters polls"
)


def vote_scene(doc: Doc, spans: list[tuple[int, int]]) -> bool:
    """True when a sentence naming the place also speaks of a vote, its polls or its result."""
    for s, e in spans:
        toks = doc.char_span(s, e, alignment_mode="expand")
        if toks is None:
            continue
        if any(t.lower_ in _VOTE_WORDS for t in toks.sent):
            return True
    return False
