"""A body's name the tagger missed in a list of bodies it tagged: "Fitch and Moody's",
"Vodafone or Orange", "BT, Energis, NTT" (a list of bodies names bodies)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

_JOINS = frozenset({"and", "or", "nor"})


def conjoined_bodies(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """One untagged proper noun joined to a tagged body by "and"/"or" on either side, or by
    commas to tagged bodies on both sides."""
    out = []
    for i, tok in enumerate(doc):
        if i in taken or not _bare_name(tok):
            continue
        after = doc[i + 1 : i + 3]
        before = doc[max(i - 2, 0) : i]
        first = len(after) == 2 and after[1].ent_type_ == "ORG" and after[1].ent_iob_ == "B"
        last = len(before) == 2 and before[0].ent_type_ == "ORG"
        if (first and after[0].lower_ in _JOINS) or (last and before[1].lower_ in _JOINS):
            out.append((i, i + 1))  # "Fitch and Moody's", "Moody's and Fitch"
        elif first and last and after[0].text == "," and before[1].text == ",":
            out.append((i, i + 1))  # "Deutsche Telekom, Energis, NTT"
    return out


def _bare_name(tok: Token) -> bool:
    """A capitalised proper noun of one word inside a sentence (not "All" + "Blacks")."""
    if tok.is_sent_start or tok.tag_ not in ("NNP", "NNPS") or not tok.text[:1].isupper():
        return False
    doc = tok.doc
    return not doc[tok.i - 1].is_title and not (tok.i + 1 < len(doc) and doc[tok.i + 1].is_title)
