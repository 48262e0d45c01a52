"""A name in apposition that ends right before a subjectless cue: "In a statement to the
paper, her adviser, Ana Ruiz, said: …" — the parse may hang the description and its name on
the object before ("the paper") and leave the cue without a subject; the name speaks. So
does a description set off the same way: "In a talk with Ana Ruiz, the candidate said"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def apposed_name(sp: Speakers, cue: Token) -> Token | None:
    """The last word of a known person's name right before ", <cue>", in apposition to a
    common noun (a description: "her adviser, Ana Ruiz,"), when the cue has no subject."""
    doc = cue.doc
    if cue.i < 4 or doc[cue.i - 1].text != "," or any(
        c.dep_ in SUBJECT_DEPS for c in cue.children
    ):
        return None
    name = doc[cue.i - 2]
    if name.pos_ != "PROPN" or name.dep_ != "appos" or sp.inside_quote(name.idx):
        return None
    head = name.head
    if head.pos_ != "NOUN" or head.i >= name.i or doc[name.left_edge.i - 1].text != ",":
        return None
    actor = sp.actor_at(name.idx, name.idx + len(name.text))
    return name if actor is not None and actor.kind == "person" else None


def apposed_description(sp: Speakers, cue: Token) -> Token | None:
    """The head of "the …" noun phrase right before a subjectless cue, set off by a comma
    after a name the parse hangs it on: "With Ana Ruiz, the candidate stated": the
    candidate, not Ruiz."""
    doc = cue.doc
    if cue.i < 4 or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    head = doc[cue.i - 1]
    if head.pos_ != "NOUN" or head.dep_ != "appos" or sp.inside_quote(head.idx):
        return None
    first = head.left_edge
    if first.lower_ != "the" or first.i < 2 or doc[first.i - 1].text != ",":
        return None
    return head if head.head.pos_ == "PROPN" and head.head.i < first.i else None
