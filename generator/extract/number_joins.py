"""Figures written across several tokens: "2 226" (a space between thousands), "$400-million"
and "-a-year" (hyphenated scale and rate), "a quarter point" (a fraction of a point), and the
rate after an amount ("a year", "per month", "a share")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from generator.extract import number_words as W

GROUP_RE = re.compile(r"\d{3}")
LEAD_RE = re.compile(r"\d{1,3}")


def spaced_thousands(doc: Doc, i: int, end: int) -> tuple[int, float] | None:
    """ "2 226 hours", "1 250 000 people": digit groups split by single spaces, as (end, value).
    The first group has one to three digits, every later one exactly three."""
    if not LEAD_RE.fullmatch(doc[i].text) or doc[i].whitespace_ != " ":
        return None
    if i > 0 and doc[i - 1].like_num and doc[i - 1].whitespace_:
        return None  # "in 2016 226 people": a group only starts a figure
    j, digits = i + 1, doc[i].text
    while j < end and GROUP_RE.fullmatch(doc[j].text) and doc[j - 1].whitespace_ == " ":
        digits += doc[j].text
        j += 1
        if doc[j - 1].whitespace_ != " ":
            break
    if j == i + 1 or (j < end and (doc[j].text in {"-", ".", ",", "/", ":"} and not
                                   doc[j - 1].whitespace_)):
        return None  # "5 100-metre races", "2 300.5": not one figure
    return j, float(digits)


def comma_spaced_thousands(doc: Doc, i: int, end: int) -> tuple[int, float] | None:
    """ "$30, 000", "£507, 596": an amount whose thousands comma got a stray space after it,
    as (end, value); never a list ("£5, 100 and 200")."""
    if i == 0 or doc[i - 1].lower_ not in W.CURRENCY_SYMBOLS or i + 2 >= end:
        return None
    if not LEAD_RE.fullmatch(doc[i].text) or doc[i].whitespace_ or doc[i + 1].text != ",":
        return None
    if doc[i + 1].whitespace_ != " " or not GROUP_RE.fullmatch(doc[i + 2].text):
        return None
    after = doc[i + 3:min(i + 5, end)]
    if len(after) and (after[0].lower_ in {"and", "or", "to", ","} or after[0].like_num):
        return None
    return i + 3, float(doc[i].text + doc[i + 2].text)


def hyphen_scale(doc: Doc, j: int, end: int) -> bool:
    """ "$400-million": a hyphen that glues a scale word to the numeral before it."""
    return j + 1 < end and doc[j].text == "-" and not doc[j - 1].whitespace_ and (
        not doc[j].whitespace_ and doc[j + 1].lower_ in {"million", "billion", "trillion",
                                                         "thousand", "hundred"})


def hyphen_rate(doc: Doc, j: int, end: int) -> tuple[int, str] | None:
    """ "-a-year" after "$400-million": the rate written into a hyphenated adjective."""
    if j + 3 >= end + 1 or j + 3 >= len(doc):
        return None
    dash1, per, dash2, unit = doc[j], doc[j + 1], doc[j + 2], doc[j + 3]
    if dash1.text != "-" or dash2.text != "-" or dash1.whitespace_ or dash2.whitespace_:
        return None
    if per.lower_ not in {"a", "an", "per"} or unit.lower_ not in W.TIME_UNITS:
        return None
    return j + 4, W.TIME_UNITS[unit.lower_].rstrip("s")


FRACTION_WORDS = {"quarter": 0.25, "half": 0.5}


def point_fraction_at(doc: Doc, sent: Span, i: int) -> tuple[int, int, float, str] | None:
    """ "a quarter point", "a quarter-point", "a half percentage point", "a quarter of a
    percentage point": a fraction of a point, as (start, end, value, unit)."""
    if doc[i].lower_ not in {"a", "one"} or i + 2 >= sent.end:
        return None
    share = FRACTION_WORDS.get(doc[i + 1].lower_)
    if share is None:
        return None
    j = i + 2
    if doc[j].text == "-" and not doc[j].whitespace_ and not doc[j - 1].whitespace_:
        j += 1
    elif doc[j:j + 2].text.lower() in {"of a", "of one"}:
        j += 2  # "a quarter of a percentage point"
    unit = "points"
    if j < sent.end and doc[j].lower_ == "percentage":
        unit, j = "percentage points", j + 1
    if j >= sent.end or doc[j].lower_ not in {"point", "points"}:
        return None
    return i, j + 1, share, unit


def rate_after(doc: Doc, j: int, end: int) -> tuple[int, str | None]:
    """A rate after an amount of money: "an hour", "a year", "per month", "-a-year"."""
    if (glued := hyphen_rate(doc, j, end)) is not None:
        return glued
    if j + 1 < end and doc[j].lower_ in {"a", "an", "per", "each"} and (
        doc[j + 1].lower_ in W.TIME_UNITS
    ):
        return j + 2, W.TIME_UNITS[doc[j + 1].lower_].rstrip("s")
    if j + 1 < end and doc[j].lower_ in {"a", "an", "per"} and doc[j + 1].lower_ in PRICE_UNITS:
        return j + 2, doc[j + 1].lower_  # "300p a share", "$42 a barrel"
    return j, None


# What a price is quoted for: "300p a share", "$42 a barrel", "£5 per head".
PRICE_UNITS = {"share", "barrel", "tonne", "ton", "gallon", "litre", "liter", "ounce", "head",
               "kilo", "kilogram", "bushel"}
