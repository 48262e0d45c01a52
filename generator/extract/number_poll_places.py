"""Polls named by their place: in "the Acme average of Ohio polls" the polls were taken in
Ohio, and the figure is Acme's."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

POLL_WORDS = {"poll", "polls", "survey", "surveys"}
PLACE_ENTS = {"GPE", "LOC"}


def place_of_poll(report: Token, owner: Token) -> bool:
    """Whether ``owner`` is a place compound on a poll word ("a Florida poll")."""
    return report.lower_ in POLL_WORDS and owner.dep_ == "compound" and (
        owner.ent_type_ in PLACE_ENTS
    )


def outer_owner(doc: Doc, report: Token) -> Span | None:
    """The named owner of the noun a poll word hangs on by "of" ("the Acme average of Ohio
    polls" -> Acme); a capitalised compound counts, as the parser may tag a run-together
    name a common noun."""
    prep = report.head
    if report.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
        return None
    outer = prep.head
    names = [c for c in outer.children if c.dep_ in {"compound", "poss"} and c.text[:1].isupper()
             and c.i < outer.i and c.ent_type_ not in PLACE_ENTS]
    if not names:
        return None
    last = names[-1]
    ent = next((e for e in doc.ents if e.start <= last.i < e.end), None)
    return ent if ent is not None and ent.end <= outer.i else doc[last.left_edge.i:last.i + 1]
