"""A quote relayed by a reporter: "Hale told her “…”, the website states" — the words are
Hale's (the speech verb that governs them), not the outlet's that reports the sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers


def _person(speakers: Speakers, name: str | None) -> bool:
    actor = speakers.actor_named(name) if name else None
    return actor is not None and actor.kind == "person"


def relayed(speakers: Speakers, span: Span, cue: Token, governing: Token) -> Token | None:
    """The speech verb before the quote that said its words, when the cue after the quote
    only reports the sentence: that verb governs the quote (or the reporting cue, as the
    parse hangs “…”, the website states" on "told"), has a person as its speaker, and the
    reporting cue names no person (an outlet, a document). Else None."""
    if cue.i < span.end:
        return None
    if governing.i == cue.i:
        governing = next((a for a in cue.ancestors if speakers.is_cue(a)), cue)
    if governing.i >= span.start:
        return None
    if cue.sent.start != governing.sent.start and not span.start <= cue.sent.start < span.end:
        return None  # (the parse may end a sentence inside the quote: "… boys!!! Bring …")
    if _person(speakers, speakers.speaker(governing)) and not _person(
        speakers, speakers.speaker(cue)
    ):
        return governing
    return None
