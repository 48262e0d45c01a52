"""One amount in several currencies: "$3bn (2.2bn euros; £1.6bn)" is one figure, converted;
likewise a share told again as an amount: "8 per cent (£17,000)"."""

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


# what joins a share to the same change told as an amount: "8 per cent (£17,000)", "12 per cent
# - or £38,000 -", "61 per cent or £90,000"
RESTATING = {"(", "or", "- or", "\u2013 or", "\u2014 or", "-- or", ", or"}
SHARE_AND_AMOUNT = frozenset({"percent", "money"})
COMPARATIVES = {"more", "less", "higher", "lower", "up", "down", "cheaper", "dearer"}


def _restated(doc: Doc, sent: Span, q: Quantity, nxt: Quantity) -> tuple[int, int] | None:
    """The aside (token range) when ``nxt`` tells ``q`` again in other terms (a share as an
    amount or an amount as a share), else None."""
    if frozenset({q.kind, nxt.kind}) != SHARE_AND_AMOUNT or q.value is None:
        return None
    start = q.end + (doc[q.end].lower_ in COMPARATIVES)  # "12 per cent more (£38,000)"
    link = " ".join(doc[start:nxt.start].text.split())
    if link not in RESTATING or nxt.value is None:
        return None
    after = doc[nxt.end].text if nxt.end < sent.end else ""
    if nxt.kind == "percent" and after == "of":
        return None  # "$1.4tn, or 4.9 percent of output": a share with its own whole
    if link == "(":
        return (start, nxt.end + 1) if after == ")" else None
    if link[0] in "-\u2013\u2014":
        return (start, nxt.end + 1) if after.startswith(link[0]) else None
    return start, nxt.end


def mark_restatements(doc: Doc, sent: Span, found: list[Quantity]) -> list[Quantity]:
    """Mark each figure told again in other terms: "prices 8 per cent (£17,000) higher". The
    first keeps the restatement aside from its about; the second is described by the first,
    as a conversion is."""
    out = list(found)
    for k in range(len(out) - 1):
        q, nxt = out[k], out[k + 1]
        if q.aside != (0, 0) or nxt.aside != (0, 0):
            continue
        aside = _restated(doc, sent, q, nxt)
        if aside is None:
            continue
        out[k] = replace(q, aside=aside)
        out[k + 1] = replace(nxt, about_of=(q.start, q.end, q.noun), aside=aside)
    return out


def converted(q: Quantity, nxt: Quantity) -> bool:
    """True when ``nxt`` is a conversion of ``q`` (or both convert the same amount)."""
    return nxt.aside != (0, 0) and nxt.aside == q.aside
