"""A total a verb brings to a figure: "..., bringing the total number of files held to over
2,400", "which brings the total to nearly 900": the figure is the total's, so it counts what
the total counts ("number of files"), else what the last plain count before it counted."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from generator.extract.number_implied import (
    SENTENCES_BACK,
    TOTAL_NOUNS,
    _outside,
    _plain_count_unit,
)
from generator.extract.number_spans import Quantity

BRING_VERBS = {"bring", "push", "take", "raise", "lift", "put", "swell", "boost", "increase"}
MAX_WORDS = 12


def _total(doc: Doc, q: Quantity) -> tuple[Token, Token] | None:
    """(the total noun, the "to" before the figure) when a bringing verb takes both."""
    tok = _outside(doc, q)
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ != "to":
        return None
    to = tok.head
    sent = to.sent
    verbs = [t for t in doc[max(sent.start, to.i - MAX_WORDS - 2):to.i]
             if t.pos_ == "VERB" and t.lemma_.lower() in BRING_VERBS]
    if not verbs:
        return None  # "bringing the total ... judged to be secret to 2,400": "to" misattached
    obj = next((c for c in verbs[-1].children if c.dep_ == "dobj" and c.i < to.i), None)
    if obj is None or any(t.lower_ == "to" and t.dep_ == "prep" for t in doc[obj.i:to.i]):
        return None
    totalled = obj.lemma_.lower() in TOTAL_NOUNS or (obj.lemma_.lower() == "number" and any(
        c.lower_ == "total" for c in obj.lefts))
    return (obj, to) if totalled else None


def _counted(obj: Token) -> str | None:
    """The plural noun of the total's "of" phrase ("number of files" -> files)."""
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for o in prep.children:
                if o.dep_ == "pobj" and o.tag_ == "NNS":
                    return o.lower_
    return None


def brought_total_unit(doc: Doc, sent: Span, q: Quantity,
                       told: list[tuple[int, str, str | None]]) -> Quantity:
    """A bare figure a total is brought to counts the total's things, named in the total's
    "of" phrase or by the last plain count in this sentence or the few before."""
    if q.unit is not None or q.noun is not None or q.kind != "count":
        return q
    found = _total(doc, q)
    if found is None:
        return q
    unit = _counted(found[0])
    if unit is None:
        start = sent.start
        for _ in range(SENTENCES_BACK):
            start = doc[start - 1].sent.start if start > 0 else start
        units = [u for s, _, u in told if s >= start and _plain_count_unit(u)]
        unit = units[-1] if units else None
    return replace(q, unit=unit) if unit else q


def brought_total_about(doc: Doc, q: Quantity) -> str | None:
    """The total's own words, from its noun phrase up to the "to" ("total number of files in
    the archive judged to be secret")."""
    found = _total(doc, q)
    if found is None:
        return None
    obj, to = found
    start = obj.left_edge.i
    if doc[start].dep_ == "det":
        start += 1
    if to.i - start > MAX_WORDS:
        return None
    return doc[start:to.i].text.strip(" ,") or None
