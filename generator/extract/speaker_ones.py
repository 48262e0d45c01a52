"""A speaker written as "one of" a group and then named in apposition: "said one of their
lawyers, Ana Ruiz" (the parser makes "one" the subject and hangs the name on "lawyers")."""

from __future__ import annotations

from spacy.tokens import Token


def named_one(subj: Token) -> Token | None:
    """The name in apposition to "one" or to the group of "one of …", else None: "one of
    her aides, Ana Ruiz" → Ruiz. Only a proper name, right after the group's comma."""
    if subj.lower_ != "one":
        return None
    heads = [subj]
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        heads += [c for c in of.children if c.dep_ == "pobj"]
    for head in heads:
        for appos in (c for c in head.children if c.dep_ == "appos" and c.i > head.i):
            if appos.pos_ == "PROPN" and head.doc[appos.left_edge.i - 1].text == ",":
                return appos
    return None
