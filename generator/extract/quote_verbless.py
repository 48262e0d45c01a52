"""A quote after a colon whose clause has no speech verb and no action verb, yet names who
speaks: "The Acme board was firm in its ruling: “…”" (a named subject with an adjective after
"be") and "Here's Ruiz in 2010: “…”" (a named person presented). ``sp`` is the article's
``Speakers``; the quoted words begin at ``start``, ``lo`` is the paragraph start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from generator.extract.quote_lead import OTHERS_WORDS, colon_clause

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers

SPEAKING_KINDS = ("person", "organization")
# words of a time or place after the one presented: "Here's Ruiz in December 2010:"
BE_WORDS = frozenset({"is", "was", "'s", "\u2019s"})
PRESENT_TAIL = frozenset({"ADP", "DET", "NUM", "PROPN", "PUNCT"})


def _lead(sp: Speakers, start: int, lo: int) -> Span | None:
    """The clause before the colon right before the quote mark at ``start``."""
    lead = colon_clause(sp, start, lo)
    if lead is None or not len(lead):
        return None
    if any(t.lower_ in OTHERS_WORDS or sp.inside_quote(t.idx) for t in lead):
        return None
    return lead


def _actor_name(sp: Speakers, tok: Token) -> str | None:
    if tok.pos_ != "PROPN":
        return None
    actor = sp.actor_at(tok.idx, tok.idx + len(tok.text))
    return actor.name if actor is not None and actor.kind in SPEAKING_KINDS else None


def _stated(sp: Speakers, lead: Span) -> str | None:
    """ "The Acme board was firm in its ruling:": a named subject of "be" with an adjective
    and no other verb in the clause."""
    root = lead.root
    framing = {t.i for c in root.children if c.dep_ == "advcl" for t in c.subtree}
    if root.lemma_ != "be" or any(t.pos_ == "VERB" and t.i not in framing for t in lead):
        return None  # "As if speaking to her, the board was firm …": the frame has no say
    if not any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in root.children):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return _actor_name(sp, subj) if subj is not None else None


def _presented(sp: Speakers, lead: Span) -> str | None:
    """ "Here's Ruiz in 2010:": a person named right after "Here is", then only a time or
    place."""
    if len(lead) < 3 or lead[0].lower_ != "here" or lead[1].lower_ not in BE_WORDS:
        return None
    name = _actor_name(sp, lead[2])
    k = 3
    while k < len(lead) and lead[k].pos_ == "PROPN" and _actor_name(sp, lead[k]) == name:
        k += 1
    if name is None or not all(t.pos_ in PRESENT_TAIL for t in lead[k:]):
        return None
    if k < len(lead) and lead[k].pos_ != "ADP":
        return None  # "Here's Ruiz's plan:" or a list of names
    return name


def verbless_speaker(sp: Speakers, start: int, lo: int) -> str | None:
    """The named subject of a verbless clause that ends in a colon before the quote at
    ``start``, else None."""
    lead = _lead(sp, start, lo)
    if lead is None:
        return None
    return _stated(sp, lead) or _presented(sp, lead)
