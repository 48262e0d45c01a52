"""Figures whose counted noun is left out because an earlier figure of the sentence names it:
"won 412 delegates, to Ann Roe's 301 and Bo Hart's 97" (each name's delegates)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from generator.extract.number_spans import Quantity

_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
_CLOSERS = {",", ";", ")", "and", "or", "to", "versus", "vs", "vs.", "."}
_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


def _digits(tok: Token) -> bool:
    return tok.text.replace(",", "").replace(".", "").isdigit()


def _owner(doc: Doc, sent: Span, q: Quantity) -> str | None:
    """The name whose figure ``q`` is, written with a possessive right before it."""
    at = q.start - 1
    if at - 1 < sent.start or doc[at].text not in _POSSESSIVE:
        return None
    k = at
    while k > sent.start and doc[k - 1].pos_ == "PROPN":
        k -= 1
    if k == at or not any(t.ent_type_ in _NAME_LABELS for t in doc[k:at]):
        return None
    return doc[k:at].text


def _unit_before(doc: Doc, found: list[Quantity], q: Quantity) -> Quantity | None:
    """The nearest earlier count of the sentence with a plural counted noun."""
    for p in reversed([p for p in found if p.end <= q.start]):
        last = p.noun if p.noun is not None else p.end - 1
        if p.kind in {"count", "measure"} and p.unit is not None and p.value is not None and (
            doc[last].tag_ == "NNS"
        ):
            return p
    return None


def _elided(doc: Doc, sent: Span, q: Quantity) -> bool:
    """A count of digits that closes its phrase, nothing counted after it: "Hart's 97,"."""
    if q.kind != "count" or q.value is None:
        return False
    if q.noun is not None and q.noun < q.end + 1:
        return False  # "Hart's 97 votes": counted where it stands (not a noun the parse
        # reached past the phrase: "Roe's 301 and Ohio Senator Bo Hart's 97")
    if q.start != q.num or not _digits(doc[q.num]):
        return False
    nxt = doc[q.end] if q.end < sent.end else None
    return nxt is None or nxt.lower_ in _CLOSERS


def owned_figures(
    doc: Doc, sent: Span, found: list[Quantity], prior: str | None = None
) -> dict[int, tuple[str, str | None]]:
    """(owner, counted noun) of each elided figure written after a name's possessive, keyed by
    its numeral token; the noun is an earlier figure's of the sentence, else ``prior`` (what
    the paragraph's last sentence counted: "Lee won 31 delegates. He has 512 to Roe's 388")."""
    out: dict[int, tuple[str, str | None]] = {}
    for q in found:
        if not _elided(doc, sent, q):
            continue
        owner = _owner(doc, sent, q)
        if owner:
            counted = _unit_before(doc, found, q)
            out[q.num] = (owner, counted.unit if counted is not None else prior)
    return out


def owned_heads(
    doc: Doc, sent: Span, found: list[Quantity], owned: dict[int, tuple[str, str | None]]
) -> list[Quantity]:
    """``found`` with a bare figure set against an owned one ("has 512 to Roe's 388") given
    the owned figure's counted noun."""
    out = list(found)
    for k, q in enumerate(found[:-1]):
        nxt = found[k + 1]
        unit = owned.get(nxt.num, (None, None))[1]
        if unit is None or q.unit is not None or not _elided(doc, sent, q):
            continue
        if q.end < sent.end and doc[q.end].lower_ in {"to", "versus", "vs", "vs."}:
            out[k] = replace(q, unit=unit)
    return out


_COMPARATIVES = {"more", "fewer", "less"}


def compared_counts(doc: Doc, sent: Span, found: list[Quantity]) -> list[Quantity]:
    """``found`` with a bare figure before "more than" given the counted noun of the figure it
    is set against: "took 9.2 million votes, 1.4 million more than Lee got"."""
    out = list(found)
    for k, q in enumerate(found):
        if q.kind != "count" or q.unit is not None or q.noun is not None or q.value is None:
            continue
        if q.end + 1 >= sent.end or doc[q.end].lower_ not in _COMPARATIVES:
            continue
        if doc[q.end + 1].lower_ != "than":
            continue
        counted = _unit_before(doc, out[:k], q)
        if counted is not None:
            out[k] = replace(q, unit=counted.unit)
    return out


def of_total_about(doc: Doc, sent: Span, q: Quantity) -> str | None:
    """ "a handful of the senators, of 46 total, agreed": the figure counts the noun
    before the aside (a total of them), named with its modifiers."""
    if q.start - 3 < sent.start or q.end >= sent.end:
        return None
    if doc[q.start - 1].lower_ != "of" or doc[q.start - 2].text != ",":
        return None
    tail = doc[q.end : min(q.end + 2, sent.end)]
    if not tail or tail[0].lower_ not in ("total", "in") or (
        tail[0].lower_ == "in" and (len(tail) < 2 or tail[1].lower_ != "total")
    ):
        return None
    noun = doc[q.start - 3]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.tag_ not in ("NNS", "NNPS"):
        return None
    k = noun.i
    while k > sent.start and doc[k - 1].pos_ in ("PROPN", "ADJ", "NOUN") and doc[k - 1].dep_ in (
        "compound", "amod"
    ):
        k -= 1
    return f"{doc[k : noun.i + 1].text} in total"
