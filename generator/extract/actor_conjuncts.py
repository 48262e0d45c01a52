"""A body's name the tagger missed beside one it tagged: "Fitch and Moody's" (a list of bodies
names bodies)."""

from __future__ import annotations

from spacy.tokens import Doc, Token


def conjoined_bodies(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """One untagged proper noun joined by "and" to a tagged body, on either side."""
    out = []
    for i, tok in enumerate(doc):
        if i in taken or not _bare_name(tok):
            continue
        after = doc[i + 1 : i + 3]
        before = doc[max(i - 2, 0) : i]
        first = len(after) == 2 and after[0].lower_ == "and" and after[1].ent_type_ == "ORG"
        last = len(before) == 2 and before[1].lower_ == "and" and before[0].ent_type_ == "ORG"
        if (first and after[1].ent_iob_ == "B") or last:
            out.append((i, i + 1))  # "Fitch and Moody's", "Moody's and Fitch"
    return out


def _bare_name(tok: Token) -> bool:
    """A capitalised proper noun of one word inside a sentence (not "All" + "Blacks")."""
    if tok.is_sent_start or tok.tag_ not in ("NNP", "NNPS") or not tok.text[:1].isupper():
        return False
    doc = tok.doc
    return not doc[tok.i - 1].is_title and not (tok.i + 1 < len(doc) and doc[tok.i + 1].is_title)
