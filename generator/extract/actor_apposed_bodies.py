"""Bodies the tagger missed that the text marks as bodies: "Rise Up Ohio, a super PAC that
backs Tom Hale", "Ana Ruiz of The Ledger"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.actor_words import ORG_DESCRIPTORS

_KINDS = ORG_DESCRIPTORS | {"pac", "nonprofit", "coalition", "association", "foundation", "lobby"}
_JOINERS = frozenset({"to", "of", "for", "and", "the", "on"})  # "Vote for Change"
_FREE_LABELS = ("", "ORG", "PRODUCT", "WORK_OF_ART")  # untagged, or tagged as a thing


def apposed_bodies(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Token ranges of capitalised names, not wholly tagged, set off by a comma and followed by
    "a/an" + a noun for a kind of body."""
    out = []
    for comma in doc:
        if comma.text != "," or not _described(doc, comma.i + 1):
            continue
        start = _name_start(doc, comma.i)
        if start is None or all(i in taken for i in range(start, comma.i)):
            continue
        out.append((start, comma.i))
    return out


def affiliated_bodies(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Token ranges of untagged names after a person's name and "of"/"at" that open with a
    capital "The" mid-sentence: "Ana Ruiz of The Ledger" (a home town never reads so)."""
    out = []
    for ent in doc.ents:
        i = ent.end
        if ent.label_ != "PERSON" or i + 2 >= len(doc) or doc[i].lower_ not in ("of", "at"):
            continue
        if doc[i + 1].text != "The" or doc[i + 1].is_sent_start:
            continue
        end = i + 2
        while end < len(doc) and end - i <= 4 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end > i + 2 and not any(k in taken for k in range(i + 2, end)):
            out.append((i + 1, end))
    return out


def _described(doc: Doc, i: int) -> bool:
    """ "a super PAC", "an advocacy group" from ``i``: the article, up to two modifiers, then a
    noun for a kind of body."""
    if i >= len(doc) or doc[i].text not in ("a", "an"):
        return False
    for tok in doc[i + 1 : i + 4]:
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.lower_ in _KINDS and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN")):
            return True  # the head noun: not "a party member"
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN") or tok.is_punct:
            return False
    return False


def _name_start(doc: Doc, end: int) -> int | None:
    """The start of the capitalised name that ends before ``end`` and opens its sentence,
    joined by "to", "of" and the like: "Rise Up Ohio", "Vote for Change"."""
    i = end - 1
    while i >= 0 and _name_part(doc[i]) and not doc[i].is_sent_start:
        i -= 1
    if i < 0 or not _name_part(doc[i]) or not doc[i].is_sent_start:
        return None
    words = doc[i:end]
    if not words[0].is_title or not words[-1].is_title or len(words) > 6:
        return None
    return i


def _name_part(tok: Token) -> bool:
    """A word a body's name can hold: capitalised and free, or a joining word."""
    if tok.lower_ in _JOINERS and tok.is_lower:
        return True
    return tok.is_title and tok.is_alpha and tok.ent_type_ in _FREE_LABELS
