"""Words at a figure's edges that its about needs: the cut-off words of "the world's top 50"
and the relative clause that says who "those" are in "50 points to those who managed to finish"."""

from __future__ import annotations

from spacy.tokens import Token

RANK_WORDS = {"top", "bottom", "last", "first", "final", "best", "worst", "leading"}


def rank_words(tok: Token, noun: int | None, begin: int) -> list[tuple[int, int]]:
    """ "the world's top 50", "the last 16": the words that make a bare figure a cut-off
    (``begin`` is where the figure and its hedge start)."""
    if noun is not None or tok.pos_ != "NUM":
        return []
    doc = tok.doc
    k = begin - 1
    if k < tok.sent.start or doc[k].lower_ not in RANK_WORDS:
        return []
    first = k
    if k - 2 >= tok.sent.start and doc[k - 1].tag_ == "POS":  # "the world's top 50"
        first = k - 2
        while first - 1 >= tok.sent.start and doc[first - 1].pos_ in {"DET", "ADJ", "PROPN"}:
            first -= 1
    return [(first, k + 1)]


def who_clause_end(tok: Token) -> int:
    """End of the relative clause that says who "those" or "anyone" are ("to those who tried
    to flee"), a few words at most; 0 for any other word."""
    if tok.lower_ not in {"those", "anyone", "anybody", "everyone", "everybody", "whoever"}:
        return 0
    rel = next((c for c in tok.rights if c.dep_ == "relcl"), None)
    return 0 if rel is None else min(rel.right_edge.i + 1, rel.i + 5)
