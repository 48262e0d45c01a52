"""Places in a league table: "the world's fifth richest country", "the 27th best place to
live", "the UK is 32nd for crime", "111th out of 133 countries"."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract import number_context as C
from generator.extract.number_spans import Quantity

DIGITS = re.compile(r"^\d{1,4}(st|nd|rd|th)$", re.IGNORECASE)


def ranked_at(doc: Doc, sent: Span, i: int, value: int) -> Quantity | None:
    """The place an ordinal at token ``i`` gives in a ranking, if it gives one."""
    tok = doc[i]
    nxt = doc[i + 1] if i + 1 < sent.end else None
    if nxt is None or value < 2:
        return None
    if nxt.tag_ == "JJS" and nxt.head.pos_ in {"NOUN", "PROPN"} and nxt.head.i > nxt.i and (
        nxt.head.i - nxt.i <= 2
    ):  # "the 27th best country": a place, and the noun it ranks
        return Quantity(i, i + 1, value, None, "rank", i, nxt.head.i)
    if not DIGITS.match(tok.text):
        return None
    if nxt.lower_ == "out" and i + 2 < sent.end and doc[i + 2].lower_ == "of":
        return Quantity(i, i + 1, value, None, "rank", i)  # "111th out of 133"
    if (first := _first_place(tok)) is not None and (
        ranked_at(doc, sent, first.i, 2) is not None
    ):  # "is 32nd for disease, and 33rd for crime"
        return Quantity(i, i + 1, value, None, "rank", i)
    prev = doc[i - 1] if i > sent.start else None
    if tok.dep_ in {"attr", "acomp"} and tok.head.lemma_ == "be" and (
        prev is None or prev.pos_ not in {"DET", "PRON"} or prev.lower_ in {"is", "are"}
    ) and nxt.lower_ in {"for", "in", "on", ",", ".", "and", "among", "out"}:
        return Quantity(i, i + 1, value, None, "rank", i)  # "the UK is 32nd for crime"
    return None


RANK_PREPS = {"for", "on", "in", "among"}


def _gapped_verb(tok: Token) -> Token | None:
    """The verb a gapped place hangs on: "..., and 33rd for crime", "..., and for X 80th"."""
    if tok.dep_ == "conj":
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "conj" and tok.head.lower_ == "for":
        return tok.head.head
    return None


def _first_place(tok: Token) -> Token | None:
    """The place a gapped place follows: "is 32nd ..., and 33rd" -> "32nd"."""
    verb = _gapped_verb(tok)
    if verb is None or verb.lemma_ != "be":
        return None
    firsts = [c for c in verb.children if c.dep_ in {"attr", "acomp"} and c.i < tok.i
              and DIGITS.match(c.text)]
    return firsts[0] if firsts else None


def _phrases(tok: Token, skip: set[int]) -> list[tuple[int, int]]:
    """The "for ..."/"on ..." phrases hanging on ``tok``, each cut at eight words."""
    out = []
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in RANK_PREPS and child.i not in skip:
            out.append((child.i, min(child.right_edge.i + 1, child.i + 8)))
    return out


def ranking_about(doc: Doc, q: Quantity) -> str | None:
    """What a league-table place ranks: its subject and noun with the "for ..." phrases of the
    clause ("Britain is 50th for freedom of religion" keeps "for freedom of religion")."""
    tok = doc[q.num]
    noun = doc[q.noun] if q.noun is not None else None
    first = _first_place(tok)
    base = first if first is not None else (noun or tok)
    verb = base.head
    if verb.pos_ not in {"VERB", "AUX"} or base.dep_ not in {"attr", "acomp", "oprd", "dobj",
                                                             "npadvmod"}:
        return None
    subj = C._stand_in(C._subject(verb), verb)
    skip = {tok.i}
    spans = [C._np(subj, skip)] if subj is not None else []
    if noun is not None:
        spans.append((noun.left_edge.i, noun.i + 1))
        spans += _phrases(noun, skip)
    if base is tok:
        spans += _phrases(verb, skip)
    elif base is noun and any(c.tag_ == "JJS" for c in noun.lefts):  # "the 19th best city
        # in the region for transport": what the superlative is best for
        spans += [p for p in _phrases(verb, skip) if p[0] > noun.i and doc[p[0]].lower_ == "for"]
    else:  # a gapped place: its own phrases, or those fronted before the first
        own = _phrases(tok, skip) or ([(tok.head.i, tok.i)] if tok.dep_ == "pobj" else [])
        spans += own
    if not any(doc[s[0]].lower_ == "for" for s in spans):
        return None
    words = [t.text for s, e in sorted(set(spans)) for t in doc[s:e] if t.i not in skip]
    return " ".join(words) or None
