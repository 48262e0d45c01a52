"""A change given as an adjunct after the level it changes: "exports hit a record in 2004,
up 35%", "it shredded 9,000 files - up 2,000 on 2001". The figure is about the thing that
moved, and the adjunct's "up"/"down" (with what it is measured against) says how."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract import number_context as C
from generator.extract import number_words as W
from generator.extract.number_phrases import noun_phrase
from generator.extract.number_spans import Quantity

MOVES = {"up", "down"}
BREAKS = {",", "-", "\u2013", "\u2014", "--", ";"}
# Verbs whose object is the level reached, so the subject is what moved ("profits hit $5m").
LEVEL_VERBS = {"reach", "hit", "total", "stand", "be", "rise", "fall", "climb", "drop", "grow",
               "increase", "decrease", "jump", "slip", "end", "close", "come", "top", "exceed"}
BASE_WORDS = {"on", "from", "against", "over", "compared", "than"}
SUBJECTS = {"nsubj", "nsubjpass"}


def _unit_noun(tok: Token) -> bool:
    """ "euros", "tonnes", "percent": a word that is a figure's unit, not a thing that moved."""
    low = tok.lower_
    return low in W.CURRENCY_WORDS or low in W.MEASURE_UNITS or low in W.PERCENT_WORDS or (
        low in W.TIME_UNITS)


def _mover(verb: Token) -> Token | None:
    """The noun whose level the clause gives: the object of "shredded 9,000 files", the
    subject of "sales reached $5m" or "sales were 40m"."""
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
    subjs = [c for c in verb.children if c.dep_ in SUBJECTS and c.pos_ in {"NOUN", "PROPN"}]
    if objs and verb.lemma_.lower() not in LEVEL_VERBS and not _unit_noun(objs[0]):
        return objs[0]
    if subjs and not _unit_noun(subjs[0]):
        return subjs[0]
    return None


def _base(doc: Doc, sent: Span, end: int) -> str:
    """What the change is measured against: "on four years ago", "from 2003"."""
    if end >= sent.end or doc[end].lower_ not in BASE_WORDS:
        return ""
    stop = min(doc[end].right_edge.i + 1, sent.end, end + 8)
    while stop > end + 1 and doc[stop - 1].is_punct:
        stop -= 1
    return doc[end:stop].text if stop > end + 1 else ""


def moved_about(doc: Doc, sent: Span, q: Quantity, about: str) -> str:
    """``about`` for a change adjunct ("..., up 35%"): the thing that moved, "up"/"down" and
    what it is measured against; ``about`` as it was for any other figure, or where it
    already names the thing and the move."""
    if q.kind not in {"percent", "count", "money", "measure"} or q.start - 2 < sent.start:
        return about
    move, brk = doc[q.start - 1], doc[q.start - 2]
    if move.lower_ not in MOVES or brk.text not in BREAKS:
        return about
    verb = move.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.i > move.i:
        return about
    mover = _mover(verb)
    if mover is None:
        return about
    words = {w.strip(",.;:'\"").lower() for w in about.split()}
    if mover.lower_ in words and move.lower_ in words:
        return about
    skip = {t.i for t in mover.subtree if t.like_num or t.dep_ in {"nummod", "quantmod"} or (
        t.head.dep_ == "nummod" and t.dep_ in {"advmod", "quantmod"})}
    thing = noun_phrase(doc, mover.i, skip) or mover.text
    anchor = C.anchor(doc, q.start, q.end, q.noun, climb=False)
    base = _base(doc, sent, max(q.end, anchor.i + 1))
    return " ".join(p for p in (thing, move.lower_, base) if p)
