"""Two figures read as one: "X to Y", "between X and Y", "X-Y" and "1 in 4"."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.number_dates import year_like
from generator.extract.number_spans import Quantity


def merge_range(doc: Doc, sent: Span, q: Quantity, nxt: Quantity) -> Quantity | None:
    """Join "X to Y", "between X and Y", "X-Y" and "1 in 4" into one figure without a value."""
    gap = doc[q.end:nxt.start]
    link = gap.text.lower().strip()
    between = q.start > sent.start and doc[q.start - 1].lower_ == "between"
    after_from = q.start > sent.start and doc[q.start - 1].lower_ == "from"
    # "by 300m euros to 1.8bn euros": a change, then the level (a bare "by 5 to 10%" is a range)
    after_from = after_from or (q.start > sent.start and doc[q.start - 1].lower_ == "by"
                                and q.unit is not None)
    spanned = q.start - 2 >= sent.start and _SPAN_VERBS & {
        doc[q.start - 2].lemma_.lower(), doc[q.start - 2].lower_}
    after_from = after_from and not spanned  # "estimates ranged from 5bn to 8bn": one span
    same_unit = q.unit is None or q.unit.split(" per ")[0] == (nxt.unit or "").split(" per ")[0]
    same_unit = same_unit or (q.noun is not None and nxt.start <= q.noun < nxt.end)  # "14-18 mpg"
    falling = q.value is not None and nxt.value is not None and q.value > nxt.value
    if link == "to" and year_like(doc, q) and not year_like(doc, nxt) and q.start > sent.start and (
        doc[q.start - 1].lower_ in {"in", "by", "during", "since"}
    ):
        return None  # "from 3m in 2019 to 9m in 2025": a year, then the next level
    if link == "to" and falling:
        return None  # a score or a fall, two figures: "leads 43 percent to 38 percent"
    if link == "to" and _changed(doc, sent, q) and q.value is not None and (
        nxt.value is not None and nxt.value >= 3 * q.value
    ):
        return None  # "shares rose, adding $1.89 to $48.62": a change, then the level
    if falling and link in {"-", "\u2013", "\u2014"} and gap[0].whitespace_ and (
        q.kind in {"money", "percent"}
    ):
        return None  # "£35bn - £2.5bn less than forecast": a dash before a second figure
    if falling and link in {"-", "\u2013", "\u2014"} and doc[nxt.num].text.startswith("."):
        return None  # "in 46.45 - .02 outside his best": a margin, no range
    if link in {"-", "\u2013", "\u2014"} and " per " in (q.unit or "") and (
        " per " not in (nxt.unit or "") and gap[0].whitespace_
    ):
        return None  # "£1,900 a year -- £14,600 rather than ...": a dash sets an aside apart
    if (link in {"to", "-", "\u2013", "\u2014"} and same_unit and not after_from) or (
        link == "and" and between
    ):
        return Quantity(q.start, nxt.end, None, nxt.unit or q.unit, "range", q.num, nxt.noun)
    if link == "in" and q.kind == nxt.kind == "count" and q.unit is None and (
        q.value is not None and nxt.value is not None and q.value < nxt.value <= 1000
    ):
        return Quantity(q.start, nxt.end, None, nxt.unit, "ratio", q.num, nxt.noun)
    return None


# Verbs whose "from X to Y" is a span of figures, not a change: "ranged from 5 to 9".
_SPAN_VERBS = {"range", "ranged", "ranging", "vary", "varied", "varying"}


# Verbs of change: after one, "X to Y" is the change and the level it reaches.
CHANGE_VERBS = {"add", "rise", "gain", "climb", "jump", "fall", "drop", "lose", "shed", "slip",
                "cut", "increase", "decrease", "grow", "raise", "lift", "slide", "sink",
                "surge", "soar", "plunge", "tumble", "advance", "decline", "reduce", "boost"}


# Adverbs that mark a figure as a move: "closed down 5p to 250p".
MOVE_WORDS = {"up", "down"}


def _changed(doc: Doc, sent: Span, q: Quantity) -> bool:
    """Whether a verb of change takes the figure right after it ("adding $1.89", "rose by 4%"),
    or "up"/"down" marks it as a move ("closed down 5p to 250p")."""
    k = q.start - 1
    if k >= sent.start and doc[k].lower_ == "by":
        k -= 1
    if k > sent.start and doc[k].lower_ in MOVE_WORDS and doc[k - 1].pos_ in {
        "VERB", "AUX", "PROPN", "NOUN"
    }:
        return True  # "ended Monday down $1.33", "shares closed up 5p"
    return k >= sent.start and doc[k].pos_ == "VERB" and doc[k].lemma_.lower() in CHANGE_VERBS
