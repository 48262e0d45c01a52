"""One amount in several currencies: "$3bn (2.2bn euros; £1.6bn)" is one figure, converted."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from generator.extract.number_spans import Quantity

SEPARATORS = {";", ",", "/"}


def _opening(doc: Doc, sent: Span, q: Quantity) -> int | None:
    """The "(" right after an amount or after its currency word ("30bn pesos (")."""
    k = q.end
    if k < sent.end and q.unit is not None and doc[k].lower_ == q.unit.lower():
        k += 1
    return k if k < sent.end and doc[k].text == "(" else None


def _chain(doc: Doc, sent: Span, found: list[Quantity], k: int) -> int | None:
    """Index of the last amount in the parentheses after ``found[k]``, if they hold only
    amounts in other currencies."""
    q = found[k]
    if q.kind not in {"money", "count"} or q.unit is None or q.value is None:
        return None
    opening = _opening(doc, sent, q)
    if opening is None:
        return None
    units = {q.unit}
    pos, j = opening + 1, k + 1
    while j < len(found):
        nxt = found[j]
        if nxt.start != pos or nxt.kind != "money" or nxt.unit in units or nxt.end >= sent.end:
            return None
        units.add(nxt.unit)
        after = doc[nxt.end].text
        if after == ")":
            return j
        if after not in SEPARATORS:
            return None
        pos, j = nxt.end + 1, j + 1
    return None


def mark_conversions(doc: Doc, sent: Span, found: list[Quantity]) -> list[Quantity]:
    """Mark each conversion: the amount keeps the parentheses aside from its about, each
    converted amount is described by the first one."""
    out = list(found)
    k = 0
    while k < len(out):
        last = _chain(doc, sent, out, k)
        if last is None:
            k += 1
            continue
        q = out[k]
        aside = (_opening(doc, sent, q) or q.end, out[last].end + 1)
        out[k] = replace(q, aside=aside)
        for j in range(k + 1, last + 1):
            out[j] = replace(out[j], about_of=(q.start, q.end, q.noun), aside=aside)
        k = last + 1
    return out


def converted(q: Quantity, nxt: Quantity) -> bool:
    """True when ``nxt`` is a conversion of ``q`` (or both convert the same amount)."""
    return nxt.aside != (0, 0) and nxt.aside == q.aside
