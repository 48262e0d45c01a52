"""Subjects of subordinate clauses, which a later he/she seldom refers to.

In "Ruiz backed Diaz while the senator was running, he said" the "he" is Ruiz, the subject of
the clause the "while" clause hangs on, not the senator, the subject of the "while" clause.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Doc, Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
TIME_MARKS = frozenset({"while", "when", "as", "after", "before", "since", "until", "once"})
MARKS = TIME_MARKS | {"because", "although", "though", "whereas"}


class _Event(Protocol):
    pos: int
    subject: bool


def _head_word(doc: Doc, pos: int) -> Token | None:
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span[0]
    while tok.dep_ in ("compound", "flat", "amod") and tok.head != tok:
        tok = tok.head
    return tok


def subordinate_subject(doc: Doc, pos: int, before: Sequence[_Event]) -> bool:
    """The mention at ``pos`` is the subject of a "while"/"when"/… clause that hangs on a
    clause whose own subject is a person among ``before`` (who is then the likelier referent)."""
    tok = _head_word(doc, pos)
    if tok is None or tok.dep_ not in SUBJECT_DEPS:
        return False
    verb = tok.head
    if verb.dep_ != "advcl" or verb.head == verb:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in MARKS for c in verb.children):
        return False
    main = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
    if main is None or main.pos_ not in ("PROPN", "NOUN"):
        return False
    lo, hi = main.left_edge.idx, main.right_edge.idx + len(main.right_edge)
    return any(e.subject and lo <= e.pos < hi for e in before)
