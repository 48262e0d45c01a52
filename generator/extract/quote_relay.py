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


def reports_speech(speakers: Speakers, cue: Token) -> bool:
    """A passive "as reported by Acme News" hung on another speech verb: the outlet only
    relays that speech ("Ruiz said in an interview, as reported by Acme News"), so it is
    not a speech of its own that a following quote goes on with."""
    if cue.dep_ != "advcl" or not speakers.is_cue(cue.head):
        return False
    marked = any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
    return marked and any(c.dep_ == "agent" for c in cue.children)
