"""Figures that are no figures: dates, clock times, years, phone numbers, labels, names,
codes, list markers, idioms and the pronoun "one"."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from generator.extract import number_words as W
from generator.extract.number_clock_times import clock_time, month_day
from generator.extract.number_dates import date_tag_slip
from generator.extract.number_owners import paren_figure
from generator.extract.number_slips import name_tag_slip
from generator.extract.number_spans import Quantity
from generator.model import Article

NAME_LABELS = {"PERSON", "ORG", "PRODUCT", "EVENT", "FAC", "WORK_OF_ART", "LAW", "GPE", "LOC",
               "NORP", "LANGUAGE"}
PHONE_RE = re.compile(r"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b|\b\d{3}-\d{4}\b")


_GRADES = frozenset({"grade", "stage", "level", "category", "tier", "class", "phase"})


def _pronoun_one(doc: Doc, sent: Span, q: Quantity) -> bool:
    """ "one of the cats", "no one", "one notable exception": "one" that counts nothing."""
    tok = doc[q.num]
    if tok.dep_ != "nummod" and q.end == q.num + 1:
        return True
    prev = doc[q.start - 1] if q.start > sent.start else None
    if prev is not None and prev.lower_ in W.ONE_PRONOUN_BEFORE:
        return True
    nxt = doc[q.end] if q.end < sent.end else None
    if nxt is not None and nxt.lower_ in ("of", "such"):
        return True  # "one of the cats", "One such politician"
    noun = doc[q.noun] if q.noun is not None else tok.head
    return noun.lemma_.lower() in W.ONE_IDIOM_NOUNS or noun.lower_ in W.ONE_IDIOM_NOUNS


def _in_name(doc: Doc, sent: Span, q: Quantity) -> bool:
    """ "One World Labs", "Formula One", "Channel Four": a capitalised number word inside a
    run of capitalised words names something. At the start of a sentence the whole phrase
    up to the counted noun must be capitalised ("Two Democratic senators" is a count)."""
    tok = doc[q.num]
    if not tok.is_alpha or not tok.is_title or q.end != q.num + 1:
        return False
    prev = doc[q.num - 1] if q.num > sent.start else None
    nxt = doc[q.num + 1] if q.num + 1 < sent.end else None
    opening = prev is None or prev.is_punct
    if not opening and prev.is_title and prev.is_alpha:
        return True  # "Formula One", "Air Force One"
    if nxt is None or not (nxt.is_title and nxt.is_alpha):
        return False
    if not opening:
        return True  # "works for One World Labs"
    k = q.num + 1
    while k < sent.end and doc[k].is_alpha and doc[k].is_title:
        k += 1
    return k - q.num > 2 and (k == sent.end or not doc[k].is_alpha or doc[k].pos_ != "NOUN")


def _titled_count(doc: Doc, sent: Span, q: Quantity) -> bool:
    """ "will sing One Night on Friday": a capitalised number word and its capitalised noun
    after a lower-case word mid-sentence name a title, they count nothing."""
    tok = doc[q.num]
    if q.noun not in {None, q.num + 1} or q.end != q.num + 2 or q.num <= sent.start:
        return False
    prev, noun = doc[q.num - 1], doc[q.num + 1]
    return tok.is_alpha and tok.is_title and noun.is_alpha and noun.is_title and prev.is_lower


def _contrastive_one(doc: Doc, sent: Span, q: Quantity) -> bool:
    """ "one element ... another element", "one side ... the other": "one" sets up a
    contrast, it does not count."""
    if doc[q.num].lower_ != "one":
        return False
    for t in doc[q.end:sent.end]:
        if t.lower_ == "another" or (t.lower_ == "other" and doc[t.i - 1].lower_ == "the"):
            return True
    return False


def _code_not_count(doc: Doc, sent: Span, q: Quantity) -> bool:
    """ "a 911 call", "the 999 operator", "a 747 jet": a number that names, not counts."""
    tok = doc[q.num]
    if not tok.text.isdigit() or q.start != q.num:
        return False
    nxt = doc[q.num + 1] if q.num + 1 < sent.end else None
    if nxt is None or nxt.pos_ not in {"NOUN", "PROPN"} or len(nxt) < 3 or nxt.is_upper:
        return False  # "a 5 W charger": a unit, not a name
    if tok.text in W.SERVICE_CODES:
        return True
    prev = doc[q.start - 1] if q.start > sent.start else None
    return prev is not None and prev.lower_ in {"a", "an"} and nxt.tag_ in {"NN", "NNP"}


# A numbered heading run into the text: "... a long career 1. THE FIRST TITLE He lifted".
_CAPS_HEADING = re.compile(
    r"\.\s+['\"\u2018\u201c]?[A-Z][A-Z'\u2019]*(?:\s+['\"\u2018\u201c]?[A-Z][A-Z'\u2019!?,]*)+\b"
)


def _list_marker(article: Article, doc: Doc, q: Quantity) -> bool:
    """ "1) The race ...", "2. The art ...": an item number at the start of a line, or one
    before a heading in capitals."""
    tok = doc[q.num]
    if not tok.text.isdigit() or q.num + 1 >= len(doc) or doc[q.num + 1].text not in {")", "."}:
        return False
    if len(tok.text) <= 2 and _CAPS_HEADING.match(article.text, tok.idx + len(tok.text)):
        return True
    line = article.text.rfind("\n", 0, tok.idx) + 1
    return not article.text[line:tok.idx].strip()


def _idiom(doc: Doc, sent: Span, q: Quantity) -> bool:
    """ "zero tolerance", "two-bit", "one-sided": a number word inside a set phrase or a
    hyphenated adjective that counts nothing (ages and measures, "two-year", are figures)."""
    tok = doc[q.num]
    if not tok.is_alpha:
        return False
    lo, hi = max(sent.start, q.num - 3), min(sent.end, q.num + 5)
    window = doc[lo:hi].text.lower()
    at = tok.idx - doc[lo].idx
    for phrase in W.NUMBER_IDIOMS:
        k = window.find(phrase)
        while k >= 0:
            if k <= at < k + len(phrase):
                return True
            k = window.find(phrase, k + 1)
    if q.kind != "count" or q.num + 2 >= sent.end or doc[q.num + 1].text != "-":
        return False
    tail = doc[q.num + 2]
    if tok.whitespace_ or doc[q.num + 1].whitespace_ or not tail.is_alpha:
        return False
    return tail.lower_ in W.IDIOM_TAILS or (tail.lower_.endswith("ed") and tail.pos_ != "NOUN")


def not_a_figure(article: Article, doc: Doc, sent: Span, q: Quantity) -> bool:
    """Dates, clock times, years, phone numbers, labels and names are not figures."""
    tok = doc[q.num]
    if article.is_furniture(doc[q.start].idx, doc[q.end - 1].idx + len(doc[q.end - 1])):
        return True
    labels = {doc[i].ent_type_ for i in range(q.start, q.end)}
    ago = q.kind == "duration" and q.end < sent.end and doc[q.end].lower_ == "ago"
    if labels & NAME_LABELS and q.kind not in {"money", "percent", "measure", "rank"} and not (
        ago or name_tag_slip(doc, sent, q)
    ):
        return True  # "Seventy-four years ago" may be tagged with a dateline's name
    measured_range = q.kind == "range" and q.unit is not None and (  # "between 12 and 18 months"
        q.unit.lower() not in W.MONTHS | W.CLOCK_WORDS  # not "19-20 March", "10-11 a.m."
        and not (len(doc[q.start].text) == 4 and doc[q.start].text.isdigit())  # "2014 — 7.7%"
    )
    if labels & {"DATE", "TIME"} and q.kind not in {"age", "duration", "money", "percent",
                                                    "rank", "measure"} and not measured_range and (
        not paren_figure(doc, sent, q)  # "Delta (70)" is a score
        and not date_tag_slip(doc, sent, q)  # "eight holidays", "the front nine in 41"
    ):
        return True
    prev = doc[q.start - 1] if q.start > sent.start else None
    nxt = doc[q.end] if q.end < sent.end else None
    if nxt is not None and (nxt.lower_ in W.CLOCK_WORDS or nxt.lower_ in W.MONTHS):
        return q.kind in {"count"}
    if prev is not None and prev.lower_ in W.MONTHS:
        return True
    if q.kind in {"count", "vague"} and q.value is not None and tok.text.isdigit() and (
        len(tok.text) == 4 and 1000 <= int(tok.text) <= 2100 and q.noun is None
    ):
        return True
    if q.kind == "count" and prev is not None and prev.lower_ in _GRADES:
        return True  # "a grade two hamstring tear", "stage 4 cancer": a label, not a count
    if q.kind == "count" and prev is not None and q.noun is None:
        if prev.lower_ in W.LABEL_WORDS or prev.lower_.rstrip(".") in W.LABEL_WORDS:
            return True
        if prev.pos_ == "PROPN" and prev.whitespace_ and prev.lower_ not in W.MONTHS:
            return True  # "Apollo 11", "Section 427"
    if q.kind == "count" and prev is not None and prev.pos_ == "PROPN" and q.noun is not None and (
        doc[q.noun].pos_ == "PROPN" and tok.text.isdigit()
    ):
        return True  # "iPhone 11 Pro"
    if nxt is not None and nxt.text == "-" and q.end + 1 < sent.end and (
        doc[q.end + 1].lower_ in {"thirds", "quarters", "fifths", "third", "quarter", "halves"}
    ):
        return True  # "two-thirds" is a share, not a count
    if prev is not None and prev.text in {"-", "/"} and not prev.whitespace_ and q.start >= 2:
        before = doc[q.start - 2]
        if not before.whitespace_ and before.is_alpha and not W.is_number_word(before.text) and (
            before.lower_ not in {"now", "then"}  # "his now-two-year-old son"
        ):
            return True
    if _idiom(doc, sent, q):
        return True
    if tok.lower_ == "one" and q.kind == "count" and (
        _pronoun_one(doc, sent, q) or _contrastive_one(doc, sent, q)
    ):
        return True
    if q.kind == "count" and _in_name(doc, sent, q):
        return True
    if q.kind in {"count", "duration"} and _titled_count(doc, sent, q):
        return True
    if q.kind == "count" and _code_not_count(doc, sent, q):
        return True
    if _list_marker(article, doc, q):
        return True
    if clock_time(doc, sent, q) or month_day(doc, q):
        return True  # "rang the bell at 11.30", "from 3-8 May"
    line_start = doc[q.start].idx
    for m in PHONE_RE.finditer(sent.text):
        if m.start() <= line_start - sent.start_char < m.end():
            return True
    return False
