"""The counted noun past a name the parser took for it: in "five Wimbledon doubles titles" or
"eight ADAC Formula 4 meetings" the figure counts titles and meetings, not a name."""

from __future__ import annotations

from spacy.tokens import Doc, Token

# Tags a name-like modifier run may hold before the plural noun it modifies.
RUN_TAGS = {"NNP", "NNPS", "CD", "NN", "NNS", "VBZ"}


def common_head(doc: Doc, head: Token, limit: int) -> Token:
    """``head`` itself, or the lower-case plural noun closing the name-led run it starts."""
    if head.pos_ != "PROPN":
        return head
    for k in range(head.i + 1, min(head.i + 5, limit)):
        tok = doc[k]
        if tok.tag_ not in RUN_TAGS or not (tok.is_alpha or tok.like_num):
            return head
        nxt = doc[k + 1] if k + 1 < limit else None
        if tok.tag_ in {"NNS", "VBZ"} and tok.is_lower and tok.text.endswith("s") and (
            nxt is None or nxt.tag_ not in {"NN", "NNS", "NNP", "NNPS"}
        ):
            if tok.tag_ == "VBZ" and nxt is not None and nxt.tag_ not in {"IN", ".", ","}:
                return head  # "Wimbledon doubles its prize": a verb, not a noun
            return tok
    return head


def run_unit(doc: Doc, num: int, after: int, noun: int | None) -> str | None:
    """The unit as the whole name-led run when the counted noun lies past the name the figure
    hangs on: "four Facebook accounts" -> "facebook accounts"."""
    head = doc[num].head
    if noun is None or head.pos_ != "PROPN" or not after <= head.i < noun:
        return None
    return doc[after:noun + 1].text.lower()
