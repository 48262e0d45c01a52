"""Find the figures in a sentence, token by token: value, unit and the tokens they cover."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.extract import number_words as W
from generator.extract.number_counted import counted_noun, unit_words
from generator.extract.number_heads import run_unit
from generator.extract.number_joins import (
    comma_spaced_thousands,
    hyphen_scale,
    point_fraction_at,
    rate_after,
    spaced_thousands,
)
from generator.extract.number_units import parts_after, unit_after


@dataclass(frozen=True)
class Quantity:
    """One figure found in a sentence (token indices into the Doc, ``end`` exclusive)."""

    start: int  # first token of the figure (currency symbol included)
    end: int  # one past the last token of the figure (unit words included)
    value: float | int | None
    unit: str | None
    kind: str  # count | money | percent | age | duration | measure | vague | range
    num: int  # the main numeral token
    noun: int | None = None  # the counted noun ("people" in "646 people"), if any
    about_of: tuple[int, int, int | None] | None = None  # (start, end, noun) to describe it by
    aside: tuple[int, int] = (0, 0)  # tokens to leave out of its about: "(£352m)"


FRACTIONS = {"quarter of": 0.25, "third of": 1 / 3, "half of": 0.5, "half": 0.5,
             "three quarters of": 0.75, "two thirds of": 2 / 3, "two-thirds of": 2 / 3,
             "three-quarters of": 0.75, "one-third of": 1 / 3, "one-quarter of": 0.25}


def _scale_glued(doc: Doc, j: int) -> bool:
    """A short scale word written against the numeral ("5m", "£2bn" split by spaCy)."""
    glued = doc[j].lower_.rstrip(".")  # "$375m." ends a sentence: spaCy keeps "m." whole
    if glued in {"bn", "tn"} and doc[j - 1].text[-1:].isdigit():
        return True  # "£35 bn": only a scale reads so
    return doc[j - 1].whitespace_ == "" and glued in {"m", "bn", "mn", "k", "b", "tn"}


def _core(doc: Doc, i: int, end: int) -> tuple[int, float | None, str | None] | None:
    """The numeral run starting at ``i``: (end, value, currency glued to the digits)."""
    tok = doc[i]
    m = W.numeral(tok.text)
    words: list[str] = []
    cur = None
    j = i
    if m:
        cur = W.CURRENCY_SYMBOLS.get((m.group("cur") or "").lower())
        words = [str(W.numeral_value(m))]
        spaced = spaced_thousands(doc, i, end) if not (cur or m.group("scale")) else None
        spaced = spaced or (None if m.group("scale") else comma_spaced_thousands(doc, i, end))
        if spaced is not None:  # "2 226 hours"
            i, words[0] = spaced[0] - 1, str(spaced[1])
        if m.group("pct"):
            return i + 1, W.numeral_value(m), "%"
        if m.group("unit"):
            return i + 1, W.numeral_value(m), "=" + W.GLUED_UNITS[m.group("unit").lower()]
        j = i + 1
    elif W.is_number_word(tok.text) or (
        tok.lower_ in {"a", "an", "half"} and i + 1 < end
        and doc[i + 1].lower_ in {"hundred", "thousand", "million", "billion", "dozen", "a", "an"}
    ):
        words = [tok.text]
        j = i + 1
    else:
        return None
    if words == ["one"] and doc[j:j + 2].text.lower() in {"-half", "half"} and j + 2 <= end:
        return j + 2, 0.5, cur  # "one-half percent"
    while j < end:
        t = doc[j].lower_
        if t.endswith(".") and _scale_glued(doc, j):
            t = t[:-1]
        if hyphen_scale(doc, j, end):  # "$400-million"
            j += 1
            continue
        half = _and_a_half(doc, j, end)
        if half and (W.is_number_word(words[-1]) or words[-1][:1].isdigit()):
            words += ["and", "a", "half"]  # "two-and-a-half years", "3 and a half"
            j = half
            continue
        scale = t in {"hundred", "thousand", "million", "billion", "trillion", "dozen"} or (
            t in W.SCALES and _scale_glued(doc, j)
        )
        compound = W.is_number_word(t) and W.is_number_word(words[-1]) and not words[-1].isdigit()
        joined = j + 1 < end and _joins(t, words[-1], doc[j + 1].lower_)
        half_a = t in {"a", "an"} and words == ["half"]
        fraction = bool(m) and len(words) == 1 and re.fullmatch(r"\d+/\d+", t) is not None and (
            doc[j - 1].whitespace_ != ""
        )
        if joined:  # "twenty-nine", "one hundred and five": take the joiner and the word
            words += [t, doc[j + 1].lower_]
            j += 2
            continue
        if scale or compound or half_a or fraction:
            words.append(t)
        else:
            break
        j += 1
    value = W.words_value(words)
    if value is None:
        return None
    return j, value, cur


TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
ONES = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}


def _joins(link: str, last: str, nxt: str) -> bool:
    """ "twenty-nine" (tens, hyphen, ones) or "hundred and five" (scale, "and", number word)
    is one number; "two and three" is two."""
    last = last.lower()
    if link == "-":
        return last in TENS and nxt in ONES
    return link == "and" and last in SCALE_WORDS - {"dozen"} and W.is_number_word(nxt)


def _and_a_half(doc: Doc, j: int, end: int) -> int | None:
    """End of "and a half" / "-and-a-half" starting at token ``j``, else None."""
    want = ["and", "a", "half"]
    k = j
    while k < end and want:
        t = doc[k].lower_
        if t == "-" and not doc[k - 1].whitespace_:
            k += 1
            continue
        if t != want[0]:
            return None
        want.pop(0)
        k += 1
    return None if want else k


FEW = {"couple", "few", "several"}
SCALE_WORDS = {"dozen", "hundred", "thousand", "million", "billion", "trillion"}


def _few_dozen(doc: Doc, sent: Span, i: int) -> tuple[int, int] | None:
    """ "a couple dozen", "a few hundred", "several thousand": approximate, no exact value."""
    if doc[i].lower_ not in FEW:
        return None
    j = i + 1
    if doc[i].lower_ == "couple" and j < sent.end and doc[j].lower_ == "of":
        j += 1
    k = j
    while k < sent.end and doc[k].lower_ in SCALE_WORDS:
        k += 1
    if k == j:
        return None
    start = i - 1 if i > sent.start and doc[i - 1].lower_ in {"a", "an"} else i
    return start, k


def _vague(doc: Doc, i: int, end: int) -> int | None:
    """End of an approximate amount: "hundreds", "tens of thousands", "dozens"."""
    if doc[i].lower_ not in W.VAGUE or doc[i].pos_ not in {"NOUN", "NUM"}:
        return None
    j = i + 1
    if j + 1 < end and doc[j].lower_ == "of" and doc[j + 1].lower_ in W.VAGUE:
        j += 2
    return j


def quantity_at(doc: Doc, sent: Span, i: int) -> Quantity | None:
    """The figure that starts at token ``i`` of ``sent``, if one does."""
    end = sent.end
    tok = doc[i]
    cur = W.CURRENCY_SYMBOLS.get(tok.lower_)
    if cur and i + 1 < end and W.numeral(doc[i + 1].text):
        core = _core(doc, i + 1, end)
    elif tok.lower_ == "us" and i + 2 < end and doc[i + 1].text == "$":
        cur = "USD"
        core = _core(doc, i + 2, end)
    else:
        cur = None
        core = _core(doc, i, end)
    if core is None and (point := point_fraction_at(doc, sent, i)) is not None:
        start, pend, value, unit = point  # "a quarter point"
        return Quantity(start, pend, value, unit, "measure", start + 1)
    if core is None and (few := _few_dozen(doc, sent, i)) is not None:
        start, vend = few
        noun = counted_noun(doc, vend - 1, vend, end)
        return Quantity(start, vend, None, doc[noun].lower_ if noun else None, "vague", i, noun)
    if core is None:
        vend = _vague(doc, i, end)
        if vend is None:
            return None
        noun = counted_noun(doc, vend - 1, vend, end)
        return Quantity(i, vend, None, doc[noun].lower_ if noun else None, "vague", i, noun)
    j, value, glued = core
    part = doc[max(i - 5, sent.start):i].text.lower()
    for word, share in FRACTIONS.items():  # "a quarter of a million", "two-thirds of a million"
        if value is not None and tok.lower_ in {"a", "an"} and part.endswith(word) and (
            len(part) == len(word) or not part[-len(word) - 1].isalpha()
        ):
            i, value = i - len(word.split()) - 2 * word.count("-"), value * share
            if i - 1 >= sent.start and doc[i - 1].lower_ in {"a", "an", "one"}:
                i -= 1
            break
    num = i + 1 if cur and doc[i].lower_ != "us" else (i + 2 if cur else i)
    part = None if cur or glued else parts_after(doc, j, end)
    if part is not None and value is not None:  # "four-hundredths of a second"
        j, share, unit, kind = part
        return Quantity(i, j, value / share, unit, kind, num)
    if glued == "%" or glued == "=percent":
        return Quantity(i, j, value, "percent", "percent", num)
    if glued == "=pence" and (rated := rate_after(doc, j, end))[1]:  # "300p a share"
        return Quantity(i, rated[0], value, f"pence per {rated[1]}", "measure", num)
    if glued and glued.startswith("="):
        return Quantity(i, j, value, glued[1:], "measure", num)
    cur = cur or glued
    if cur:
        j, rate = rate_after(doc, j, end)
        return Quantity(i, j, value, f"{cur} per {rate}" if rate else cur, "money", num)
    j2, unit, kind = unit_after(doc, j, end)
    if kind == "money":
        j3, rate = rate_after(doc, j2, end)
        return Quantity(i, j3, value, f"{unit} per {rate}" if rate else unit, kind, num)
    noun = None
    if unit is None:
        noun = counted_noun(doc, j - 1, j2, end)
        unit = unit_words(doc, j2, noun) if noun is not None else None
        unit = run_unit(doc, j - 1, j2, noun) or unit  # "four Facebook accounts"
        if noun is not None and doc[noun].lower_ in W.TIME_UNITS and all(
            t.dep_ == "amod" for t in doc[j2:noun]
        ):  # "two long years", "two rapid centuries": a span of time with an adjective
            kind, unit = "duration", W.TIME_UNITS[doc[noun].lower_]
    return Quantity(i, j2, value, unit, kind, num, noun)


def is_token_number(tok: Token) -> bool:
    """Whether a token could start a figure (cheap pre-filter)."""
    low = tok.lower_
    return bool(
        W.numeral(tok.text) or W.is_number_word(low) or low in W.VAGUE
        or low in W.CURRENCY_SYMBOLS or low in {"a", "an", "half", "us"} or low in FEW
    )
