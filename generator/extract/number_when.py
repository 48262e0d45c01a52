"""When a figure held, said right after it: "a 7% rise last year", "the 4.1% rise seen a year
earlier", "down from £3.4bn in March 2019", "2 million copies in the first ten days".

The parse hangs such a time phrase on the figure's noun or on the verb, so the figure's about
misses it, though it is what sets one figure apart from the other in a comparison.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.number_spans import Quantity

# Prepositions that set a figure in a stretch of time: "in March", "over the first week".
TIME_PREPS = {"in", "during", "over", "within", "since", "for"}
YEAR_PREPS = TIME_PREPS | {"by"}  # and the year a figure is to be reached by: "by 2030"
LONGEST = 6  # words of a time phrase worth carrying into the about


def dated_after(doc: Doc, sent: Span, q: Quantity, about: str) -> str:
    """``about`` with the time phrase that follows the figure (past its noun and a participle
    such as "seen"), when a date entity starts there. A rank's time phrase bounds the ranking
    ("the sixth time in three years"), so ranks keep their own about."""
    if not about or q.kind == "rank":
        return about
    k = q.end
    if k < sent.end and doc[k].tag_ in {"NN", "NNS"} and doc[k].ent_type_ != "DATE":
        k += 1  # the figure's own noun: "a 7% rise"
    k = _past_aside(doc, sent, k)  # "15.8 percent (57 million) by 2030"
    k = _past_share_of(doc, sent, k)  # "15.8 percent of the population by 2030"
    first = k
    if k < sent.end and doc[k].tag_ == "VBN":
        k += 1  # "seen", "recorded"
    if k < sent.end and doc[k].lower_ in YEAR_PREPS and doc[k].ent_type_ != "DATE":
        k += 1
    if k >= sent.end or doc[k].ent_type_ != "DATE" or doc[k].ent_iob_ != "B":
        return about
    end = k + 1
    while end < sent.end and doc[end].ent_iob_ == "I" and end - k < LONGEST:
        end += 1
    if end < sent.end and doc[end].ent_iob_ == "I":
        return about  # a long date phrase is a clause of its own, not the figure's time
    phrase = doc[first:end].text
    if doc[k:end].text.lower() in about.lower():
        return about
    return f"{about} {phrase}"


def _past_aside(doc: Doc, sent: Span, k: int) -> int:
    """The index after a short bracketed aside at ``k`` ("(57 million)"), else ``k``."""
    if k >= sent.end or doc[k].text != "(":
        return k
    close = next((i for i in range(k + 1, min(k + 6, sent.end)) if doc[i].text == ")"), None)
    if close is None:
        return k
    k = close + 1
    if k + 1 < sent.end and doc[k].lower_ == "per" and doc[k + 1].lower_ == "cent":
        return k + 2  # "17.1 (65 million) per cent by 2040": the unit after the aside
    return k + 1 if k < sent.end and doc[k].lower_ in ("percent", "%") else k


def _past_share_of(doc: Doc, sent: Span, k: int) -> int:
    """The index after "of" and what a share is of, when a year follows ("of the nation's
    population by 2030"), else ``k``."""
    if k >= sent.end or doc[k].lower_ != "of":
        return k
    for i in range(k + 1, min(k + LONGEST + 1, sent.end - 1)):
        if doc[i].text in (",", ";") or doc[i].like_num:
            return k
        if doc[i].lower_ in YEAR_PREPS and doc[i + 1].ent_type_ == "DATE":
            return i
    return k
