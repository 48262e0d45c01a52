"""A bare count joined to a counted figure and set in another place: "250 pregnant women
infected in Ohio and 180 in Utah" counts pregnant women infected in Utah."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from generator.extract.number_spans import Quantity

_PLACE_PREPS = frozenset({"in", "on", "at", "across", "from", "outside"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def _place_phrase(doc: Doc, prep: Token) -> bool:
    """ "in Utah", "on the Ohio side": a place preposition with a named place."""
    return prep.lower_ in _PLACE_PREPS and any(
        t.ent_type_ in _PLACES for c in prep.children if c.dep_ == "pobj" for t in c.subtree
    )


def _partner(doc: Doc, sent: Span, q: Quantity, found: list[Quantity]) -> Quantity | None:
    """The counted figure a bare count after "and" mirrors, place for place."""
    if q.unit is not None or q.noun is not None or q.value is None or q.kind != "count":
        return None
    if q.start - 1 <= sent.start or doc[q.start - 1].lower_ != "and" or q.end >= sent.end:
        return None
    if not _place_phrase(doc, doc[q.end]) or doc[q.num].dep_ != "conj":
        return None
    head = doc[q.num].head
    prev = next((p for p in found if p.noun == head.i and p.end <= q.start), None)
    if prev is None or prev.unit is None or doc[head.i].tag_ != "NNS":
        return None
    placed = any(_place_phrase(doc, t) for t in doc[head.i : q.start] if t.dep_ == "prep")
    return prev if placed else None


def place_units(doc: Doc, sent: Span, found: list[Quantity]) -> list[Quantity]:
    """Bare counts that mirror a counted figure in another place take its unit."""
    out = list(found)
    for k, q in enumerate(out):
        prev = _partner(doc, sent, q, out)
        if prev is not None:
            out[k] = replace(q, unit=prev.unit, kind=prev.kind)
    return out


def place_about(doc: Doc, sent: Span, q: Quantity, found: list[Quantity]) -> str | None:
    """The counted noun's phrase without its place, then the count's own place: "pregnant
    women infected with the virus in Utah"."""
    if q.end >= sent.end or doc[q.end].lower_ not in _PLACE_PREPS:
        return None
    bare = replace(q, unit=None, kind="count")
    prev = _partner(doc, sent, bare, found)
    if prev is None or prev.noun is None:
        return None
    noun = doc[prev.noun]
    drop = {t.i for t in doc[prev.start : prev.end] if t.i != noun.i}
    for t in noun.subtree:
        if t.dep_ == "prep" and _place_phrase(doc, t):
            drop |= {w.i for w in t.subtree}
        if t.dep_ in ("cc", "conj") and t.head.i == noun.i:
            drop |= {w.i for w in t.subtree}
    drop |= {t.i for t in noun.children if t.dep_ == "det"}
    words = [t.text for t in noun.subtree if t.i not in drop]
    own = doc[q.end : doc[q.end].right_edge.i + 1].text
    return f"{' '.join(words)} {own}"
