"""Where the entity tagger's DATE label is wrong about a figure, and where a year is no figure.

The tagger labels some counts as dates ("at least eight holidays", "covered the course in 41"):
a count of a plain noun that is no calendar word, or a lone small number that the tagger made a
one-token date, is still a figure. A year ("by 2030 to 32 percent") never borrows the unit of the
figure after it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract import number_words as W
from generator.extract.number_spans import Quantity

# Nouns that mark a calendar span or point, so a DATE label on their count is right.
CALENDAR_NOUNS = {"weekend", "weekends", "weekday", "weekdays", "am", "pm", "a.m.", "p.m.",
                  "a.m", "p.m", "o'clock", "th", "st", "nd", "rd", "hrs"}
PARTS_OF_DAY = {"night", "nights", "morning", "evening", "afternoon"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Words before a lone number that make it a day of the month or a year: "on the 15", "in '41".
DAY_OR_YEAR_BEFORE = {"'", "\u2019", "the", "on", "of", "since", "until", "till", "from", "class"}


def year_like(doc: Doc, q: Quantity) -> bool:
    """A bare four-digit number from 1000 to 2100 with no counted noun: a year."""
    tok = doc[q.num]
    return q.noun is None and q.end == q.num + 1 and tok.text.isdigit() and (
        len(tok.text) == 4 and 1000 <= int(tok.text) <= 2100
    )


def dating_year(tok: Token) -> bool:
    """A year that dates a determined noun ("the original 1959 price", "the 2012-13 level"):
    it counts nothing, so the noun is still another figure's about."""
    head = tok.head
    return tok.text.isdigit() and len(tok.text) == 4 and 1900 <= int(tok.text) <= 2099 and (
        tok.i < head.i and any(c.dep_ in {"det", "poss"} for c in head.children))


def determined(doc: Doc, q: Quantity) -> bool:
    """A number word with a determiner and an adjective of its own ("the front nine"): it
    names a thing, it is no "one in four" ratio."""
    deps = {c.dep_ for c in doc[q.num].children}
    return q.start == q.num and doc[q.num].is_alpha and {"det", "amod"} <= deps


def _near_calendar(doc: Doc, sent: Span, q: Quantity) -> bool:
    """A month or weekday within two words of the figure ("Friday 13", "13 March")."""
    lo, hi = max(sent.start, q.start - 2), min(sent.end, q.end + 2)
    return any(t.lower_ in W.MONTHS or t.lower_ in WEEKDAYS for t in doc[lo:hi])


def _group_before_timex(doc: Doc, sent: Span, q: Quantity) -> bool:
    """ "a group of nine this month": the tagger ran the count into the time phrase after it."""
    if q.noun is not None or q.end != q.num + 1 or q.start != q.num or q.num - 2 < sent.start:
        return False
    if q.end + 1 >= sent.end or doc[q.end].lower_ not in {"this", "last", "next", "that"}:
        return False
    unit = doc[q.end + 1].lower_
    if unit not in W.TIME_UNITS and unit not in WEEKDAYS and unit not in {"weekend", "season"}:
        return False
    of, noun = doc[q.num - 1], doc[q.num - 2]
    return of.lower_ == "of" and noun.pos_ == "NOUN" and noun.lower_ not in W.TIME_UNITS


def _count_before_timex(doc: Doc, sent: Span, q: Quantity) -> bool:
    """ "fell from 102 to 81 last year": the tagger ran a bare count after a preposition or
    verb into the time phrase that follows it; "81 last year" is no date."""
    if q.noun is not None or q.end != q.num + 1 or q.start != q.num or q.start <= sent.start:
        return False
    if q.end + 1 >= sent.end or doc[q.end].lower_ not in {"this", "last", "next"}:
        return False
    unit = doc[q.end + 1].lower_
    if unit not in W.TIME_UNITS and unit not in WEEKDAYS and unit not in {"weekend", "season"}:
        return False
    if not doc[q.num].text.isdigit() or unit in PARTS_OF_DAY:
        return False  # "hit at 7.30 last night": a clock time
    prev = doc[q.start - 1]
    return prev.lower_ != "at" and prev.pos_ in {"ADP", "VERB", "AUX"} and (
        prev.lower_ not in DAY_OR_YEAR_BEFORE - {"from"})


def _out_of_last(doc: Doc, sent: Span, q: Quantity) -> bool:
    """ "won 10 out of their last 11": the total of a tally, not a span of time."""
    before = [t.lower_ for t in doc[max(sent.start, q.start - 4):q.start]]
    if not before or before[-1] != "last" or q.value is None or q.value > 100:
        return False
    return "out of" in " ".join(before[:-1])


def _plain_noun(noun: Token) -> bool:
    """A common noun that is no unit of time or calendar word ("holidays", "messages")."""
    return noun.pos_ == "NOUN" and noun.lower_ not in W.TIME_UNITS and (
        noun.lower_ not in CALENDAR_NOUNS and noun.lower_ not in W.MONTHS
    )


_SHARES = frozenset(W.PERCENT_WORDS) | {"per", "points"}  # "per" of "per cent"


def _paired_with_share(doc: Doc, sent: Span, end: int) -> bool:
    """ "11 and 8 percent": "and"/"or" and a figure whose unit is a share come next."""
    if end + 2 >= sent.end or doc[end].lower_ not in ("and", "or"):
        return False
    return doc[end + 1].like_num and doc[end + 2].lower_ in _SHARES


def date_tag_slip(doc: Doc, sent: Span, q: Quantity) -> bool:
    """True when a count the tagger labelled DATE is a figure all the same: "eight holidays"
    (a plain noun, not a unit of time) or a lone "41" the tagger made a date of its own."""
    tok = doc[q.num]
    if q.kind == "count" and q.value is not None and q.value >= 1_000_000 and q.noun is not None:
        return _plain_noun(doc[q.noun])  # "more than 30bn text messages": no date is that big
    if q.kind != "count" or q.value is None or q.value >= 1000 or year_like(doc, q):
        return False
    if _paired_with_share(doc, sent, q.end):
        return True  # "11 and 8 percent respectively": the first shares the second's unit
    if tok.text.isdigit() and len(tok.text) == 4:
        return False
    if _near_calendar(doc, sent, q):
        return False
    if q.noun is not None:
        noun = doc[q.noun]
        if any(t.like_num for t in doc[q.num + 1:q.noun]) or any(
                t.lower_ in {"age", "ages"} for t in doc[q.num + 1:q.noun + 1]):
            return False  # "the 18 to 34 age range": an age band, not a count
        return _plain_noun(noun)
    if _group_before_timex(doc, sent, q) or _count_before_timex(doc, sent, q):
        return True
    if not tok.text.isdigit() or q.end != q.num + 1 or q.start != q.num:
        return False
    if _out_of_last(doc, sent, q):
        return True
    ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
    if ent is None or ent.label_ != "DATE" or len(ent) != 1:
        return False
    prev = doc[q.start - 1] if q.start > sent.start else None
    nxt = doc[q.end] if q.end < sent.end else None
    if prev is None or prev.pos_ != "ADP" or prev.lower_ in DAY_OR_YEAR_BEFORE:
        return False  # "in 41" is a score; "Smith, 41," an age, "I'm 41" too
    return nxt is None or (nxt.is_punct and nxt.text not in {"/", "-", "'", "\u2019"})
