"""The person a one-person description stands for when nothing else names them: the one
who was last a subject just before it. ``sp`` is the article's ``Speakers``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from generator.model import Actor

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers


def recent_person(sp: Speakers, head: Token, sex: str | None, reach: int = 800) -> Actor | None:
    """The person who was last a subject (a speaker or one a pronoun stands for) within
    ``reach`` characters before a description of one ("He made a cameo. “…,” said the
    label's founder"), of sex ``sex`` where known."""
    for e in reversed(sp.history):
        if e.pos >= head.idx or sp.inside_quote(e.pos):
            continue
        if head.idx - e.pos > reach:
            return None
        usable = e.subject and not e.reported and not e.minor and e.actor.kind == "person"
        fits = sex is None or sp.sex.get(e.actor.name, sex) == sex
        if usable and fits and _main_clause(sp.token_at(e.pos)):
            return e.actor
    return None


def _main_clause(tok: Token | None) -> bool:
    """The word at a mention heads the subject of its sentence's main verb (not "and Diaz is
    his pick", a conjoined clause)."""
    while tok is not None and tok.dep_ in ("compound", "flat") and tok.head != tok:
        tok = tok.head
    return tok is not None and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"

