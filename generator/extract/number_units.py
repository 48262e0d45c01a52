"""The unit words after a numeral: percent, degrees, points, time and measure units,
currencies, weights and decimal parts ("four-hundredths of a second")."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract import number_words as W


def unit_after(doc: Doc, j: int, end: int) -> tuple[int, str | None, str]:
    """Unit words after the numeral: (new end, unit, kind)."""
    t = doc[j].lower_ if j < end else ""
    nxt = doc[j + 1].lower_ if j + 1 < end else ""
    if t in W.PERCENT_WORDS:
        return j + 1, "percent", "percent"
    if t in {"°", "degree", "degrees"}:  # "3,000°C", "20 degrees Celsius"
        scale = TEMPERATURE.get(nxt)
        if scale is not None and (t != "°" or not doc[j].whitespace_):
            return j + 2, f"degrees {scale}", "measure"
        return j + 1, "degrees", "measure"
    if t == "per" and nxt == "cent":
        return j + 2, "percent", "percent"
    if t == "percentage" and nxt in {"point", "points"}:
        return j + 2, "percentage points", "measure"
    if t == "basis" and nxt in {"point", "points"}:
        return j + 2, "basis points", "measure"
    if t == "-" and doc[j - 1].whitespace_ == "" and j + 1 < end:  # "86-year-old", "35-foot"
        if nxt in W.TIME_UNITS and j + 3 < end + 1 and doc[j + 2:j + 4].text.lower() == "-old":
            return j + 4, W.TIME_UNITS[nxt], "age"
        if nxt in W.TIME_UNITS and j + 2 < end and doc[j + 2].lower_ == "old" and (
            doc[j + 1].whitespace_
        ):
            return j + 3, W.TIME_UNITS[nxt], "age"  # "the 39-year old treasurer"
        if nxt in W.TIME_UNITS:
            return j + 2, W.TIME_UNITS[nxt], "duration"
        if nxt in W.MEASURE_UNITS:
            return j + 2, W.MEASURE_UNITS[nxt], "measure"
        return j, None, "count"
    if t in W.TIME_UNITS:
        k = j + 1
        if k < end and doc[k].text in {"'", "\u2019"}:  # "five years' probation"
            k += 1
        if k + 1 < end + 1 and k < end and doc[k].lower_ == "old":
            return k + 1, W.TIME_UNITS[t], "age"
        return k, W.TIME_UNITS[t], "duration"
    if t in {"pound", "pounds"} and _weighed(doc, j):
        return j + 1, "pounds", "measure"  # "weighs nearly 700 pounds": a weight
    if t in W.CURRENCY_WORDS and t not in {"p"}:
        return j + 1, W.CURRENCY_WORDS[t], "money"
    if t == "in" and not doc[j - 1].whitespace_ and doc[j - 1].text[-1:].isdigit():
        return j + 1, "inches", "measure"  # "a 42in screen": glued, "in" is no preposition
    if t in W.MEASURE_UNITS and not (t == "m" and doc[j - 1].whitespace_):
        if t in {"point", "points"} and doc[j].pos_ not in {"NOUN"}:
            return j, None, "count"
        return j + 1, W.MEASURE_UNITS[t], "measure"
    cased = t not in W.UPPER_ONLY_UNITS or doc[j].text == t.upper()  # "25 F", not "two f---"
    if t in W.GLUED_UNITS and t != "p" and cased and not doc[j - 1].is_alpha:  # "6 kW" split
        unit = W.GLUED_UNITS[t]
        return j + 1, unit, "percent" if unit == "percent" else "measure"
    return j, None, "count"


WEIGHT_WORDS = {"weigh", "weight", "heavy", "heavier", "overweight", "underweight"}


def _weighed(doc: Doc, j: int) -> bool:
    """Whether "pounds" at ``j`` is a weight: a word of weighing just before the figure or
    governing it ("weighing 12 pounds", "a weight of 9 pounds", "3 pounds heavier")."""
    tok = doc[j]
    near = doc[max(tok.sent.start, j - 5):min(tok.sent.end, j + 2)]
    return tok.head.lemma_.lower() in WEIGHT_WORDS or any(
        t.lemma_.lower() in WEIGHT_WORDS for t in near)


TEMPERATURE = {"c": "Celsius", "f": "Fahrenheit", "celsius": "Celsius", "fahrenheit": "Fahrenheit",
               "centigrade": "Celsius"}


PARTS = {"tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100, "thousandth": 1000,
         "thousandths": 1000}


def parts_after(doc: Doc, j: int, end: int) -> tuple[int, int, str | None, str] | None:
    """ "three tenths of a second", "four-hundredths": a decimal fraction of a unit, as
    (end, divisor, unit, kind)."""
    if j + 1 < end and doc[j].text == "-" and not doc[j - 1].whitespace_:
        j += 1
    if j >= end or doc[j].lower_ not in PARTS:
        return None
    share, j = PARTS[doc[j].lower_], j + 1
    if j + 2 < end and doc[j].lower_ == "of" and doc[j + 1].lower_ in {"a", "an"}:
        unit = doc[j + 2].lower_
        if unit in W.TIME_UNITS:
            return j + 3, share, W.TIME_UNITS[unit], "duration"
        if unit in W.MEASURE_UNITS:
            return j + 3, share, W.MEASURE_UNITS[unit], "measure"
    return j, share, None, "count"
