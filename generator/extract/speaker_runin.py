"""A caption run into the sentence after it: "… on the set of The Story of Kate Hale Ruiz
said: '…'" — the parse makes the title ("Story") the subject, but the speaker is the person
named right before the speech verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers


def run_in_name(sp: Speakers, head: Token) -> Token:
    """The last word of a person's name that ends a subject headed by a title-like proper noun
    which is no actor ("The Story of … Ruiz said"), else the head itself. A noun head ("the
    wife of Tom Hale said") and a named body ("the Bank of England said") are left alone."""
    last = head.right_edge
    if head.pos_ != "PROPN" or last.i == head.i or last.pos_ != "PROPN":
        return head
    if last.i + 1 != head.head.i or sp.actor_at(head.idx, head.idx + len(head.text)):
        return head  # the name must sit right before the verb; the head must be no actor
    if not any(t.lower_ == "of" for t in head.children):
        return head
    actor = sp.actor_at(last.idx, last.idx + len(last.text))
    return last if actor is not None and actor.kind == "person" else head
