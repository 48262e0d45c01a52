"""Which other cues may stand in when a quote's own cue names no speaker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})


def subordinate(cue: Token, other: Token) -> bool:
    """``other`` hangs in a clause under ``cue`` other than its subject: "“…,” said Ruiz,
    explaining he …" or "“…” Ruiz said when Diaz asked": whoever speaks there is not the
    one who said the quote (but "footage of Ruiz saying “…” shows" and "ends with footage of
    Ruiz saying, “…”" keep Ruiz: a subject or a prepositional phrase, not a clause)."""
    tok = other
    while tok.head.i != tok.i:
        if tok.head.i == cue.i:
            return tok.dep_ not in SUBJECTS and tok.dep_ != "prep"
        tok = tok.head
    return False


def parenthetical_cue(speakers: Speakers, span: Span) -> Token | None:
    """A speech verb set off inside the clause that holds the quote: "The mayor, Ruiz said,
    has built a “…”" — Ruiz speaks, not the clause's subject."""
    inside = range(span.start, span.end)
    root = next(
        (t for t in span if (t.head.i not in inside or t.head == t) and not t.is_quote), None
    )
    verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None) if root else None
    if verb is None or verb.i in inside:
        return None
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # … said, had been and passed
    for child in (c for v in verbs for c in v.children):
        aside = child.dep_ == "parataxis" and child.i < span.start and speakers.is_cue(child)
        if aside and any(c.dep_ in SUBJECTS for c in child.children):
            return child
    return None
