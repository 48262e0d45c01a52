"""Last checks on a role read off one mention, before it is given to the person.

A word inside a quoted nickname is part of the name, not a title: "Lee 'Uncle Poo' Dolan" is
no uncle by that word. A role's number must fit one person (``role_number``); a role that runs
on or is name-calling is cut back or dropped (``role_runon``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.role_number import numbered, role_tokens
from generator.extract.role_runon import sound
from generator.extract.role_words import is_title

_DANGLING = frozenset(
    {"of", "to", "for", "the", "a", "an", "at", "with", "in", "and", "by", "from", "on"}
)
_ABBREV = frozenset(
    {"gov", "sen", "rep", "del", "gen", "lt", "col", "capt", "sgt", "jr", "sr", "co", "inc"}
    | {"corp", "ltd", "st", "dr", "mr", "mrs", "ms", "prof", "rev", "maj", "cmdr", "adm"}
)
_QUOTES = frozenset({"'", "\u2018", "\u2019", '"', "\u201c", "\u201d"})


def _in_nickname(doc: Doc, name: Span, role: str) -> bool:
    """The role is, or runs into, a quoted nickname inside or right before the name."""
    span = role_tokens(doc, name, role)
    if span is None or len(span) == 0:
        return False
    if any(_quote(t) for t in span):
        return True  # "Lee 'Uncle": a name's words cut at a quote mark
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None or not _quote(before) or before.whitespace_:
        return False
    close = next((t.i for t in doc[span.end : name.end + 1] if _quote(t)), None)
    return close is not None and name.start <= close < name.end  # "'Uncle Poo' Dolan"


def _quote(tok: Token) -> bool:
    """A quote mark, not the apostrophe of a plural possessive ("Wales' coach")."""
    if tok.text not in _QUOTES:
        return False
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return not (prev is not None and not prev.whitespace_ and prev.text.lower().endswith("s"))


def _trimmed(doc: Doc, name: Span, role: str) -> str | None:
    """The role without a dangling link word ("director of" -> "director"), another person's
    title after one ("co-chair for Sen." -> "co-chair"), or a sentence's full stop ("fan." ->
    "fan"); None if what is left ends in no title ("right man for")."""
    words = role.split(" ")
    cut = False
    if len(words) > 2 and words[-1].rstrip(".").lower() in _ABBREV and words[-2] in _DANGLING:
        words.pop()  # "national co-chair for Sen." cut at another person's title
        cut = True
    while len(words) > 1 and words[-1].lower() in _DANGLING:
        words.pop()
        cut = True
    last = words[-1]
    stem = last[:-1]
    plain = stem.isalpha() and (stem.isupper() or (stem.islower() and stem not in _ABBREV))
    if last.endswith(".") and len(stem) > 1 and plain:
        words[-1] = stem  # "fan.", "Labour MEP.": not "Sen.", "Co."
    out = " ".join(words)
    if not cut:
        return out
    span = role_tokens(doc, name, out)
    head = span[-1] if span is not None and len(span) else None
    return out if head is not None and is_title(head) else None


def vetted(doc: Doc, name: Span, role: str | None) -> str | None:
    """``role`` if it stands checked for the person ``name`` names, a fitted form, or None."""
    if not role or _in_nickname(doc, name, role):
        return None
    role = sound(doc, name, role)
    role = _trimmed(doc, name, role) if role else None
    return numbered(doc, name, role) if role else None


__all__ = ["vetted"]
