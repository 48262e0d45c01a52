"""The noun a count measures ("646 people", "thousands of homes") and its unit words."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract import number_words as W
from generator.extract.number_heads import common_head

# Nouns that say when, not what: "more than 25,000 today" counts nothing called "today".
WHEN_NOUNS = {"today", "tonight", "yesterday", "tomorrow", "now", "overnight"}
# Words that make the noun after them a point in time: "at 9 last night" counts no nights.
DEICTIC = {"last", "this", "next", "that", "yesterday", "tomorrow"}
TIME_POINTS = {"night", "morning", "evening", "afternoon", "season", "weekend", "term", "quarter"}


def counted_noun(doc: Doc, num: int, end: int, limit: int) -> int | None:
    """The noun a count measures: the head of "646 people", or "of"-object of "thousands of"."""
    noun = _counted_noun_at(doc, num, end, limit)
    if noun is not None and _time_noun(doc[noun]) and any(
            t.lower_ in DEICTIC for t in doc[end:noun]):
        return None  # "left at 9 last night", "rose to 81 last year": a time, no count of it
    return None if noun is None or doc[noun].lower_ in WHEN_NOUNS else noun


def _time_noun(tok: Token) -> bool:
    """A unit of time or a part of the day ("night", "week", "season")."""
    return tok.lower_ in W.TIME_UNITS or tok.lemma_.lower() in TIME_POINTS


def _counted_noun_at(doc: Doc, num: int, end: int, limit: int) -> int | None:
    head = doc[num].head
    if doc[num].dep_ in {"nummod", "compound", "quantmod", "amod", "nmod"} and (
        head.pos_ in {"NOUN", "PROPN"} and end <= head.i < min(end + 8, limit)
        # a longer gap only when all of it modifies the noun: "74 low- or mid-rise blocks"
        and (head.i < end + 5 or all(head.is_ancestor(t) for t in doc[end:head.i]))
    ):
        if head.i - 2 > num:  # not "a three-judge panel": the figure's own hyphen word
            head = _past_hyphen_adjective(doc, head)
        head = common_head(doc, head, limit)  # "five Wimbledon doubles titles"
        return head.i if head.i < limit else None
    of = end + 1 if end + 2 < limit and doc[end].lower_ == "out" else end  # "12 out of 23 ..."
    if of < limit and doc[of].lower_ == "of" and of + 1 < limit:
        for child in doc[of].children:
            if child.dep_ == "pobj" and child.pos_ in {"NOUN", "PROPN"}:
                return child.i
    if end + 2 < limit and hyphened(doc, end):
        return end + 2  # "four co-accused": the hyphenated word is the counted noun
    if end < limit and doc[end].pos_ == "NOUN" and doc[end].tag_ in {"NNS", "NN"}:
        return end
    return None


def _past_hyphen_adjective(doc: Doc, tok: Token) -> Token:
    """ "189 moderate-volume towers": a noun closing a hyphenated adjective is no counted noun;
    the noun it modifies is."""
    while tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and (
        tok.dep_ in {"compound", "amod", "nmod"} and tok.head.i == tok.i + 1
        and tok.head.pos_ in {"NOUN", "PROPN"}
    ):
        tok = tok.head
    return tok


def hyphened(doc: Doc, i: int) -> bool:
    """Whether tokens i, i+1, i+2 spell one hyphenated word ("co-accused") ending a phrase."""
    if i + 2 >= len(doc) or doc[i + 1].text != "-" or doc[i].whitespace_ or doc[i + 1].whitespace_:
        return False
    after = doc[i + 3] if i + 3 < len(doc) else None
    return doc[i].is_alpha and doc[i + 2].is_alpha and not W.is_number_word(doc[i].text) and (
        after is None or after.pos_ not in {"NOUN", "PROPN"} or after.text == "-")


def unit_words(doc: Doc, after: int, noun: int) -> str:
    """The counted noun with the common nouns compounded right before it ("job cuts")."""
    start = noun
    while start - 1 >= after and doc[start - 1].dep_ == "compound" and (
        doc[start - 1].pos_ == "NOUN" and doc[start - 1].is_alpha and len(doc[start - 1]) > 1
    ):
        start -= 1
    if noun - 2 == after and hyphened(doc, after):
        return doc[after:noun + 1].text.lower()  # "co-accused"
    if start > after and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
        start = noun  # "first-team players": the hyphenated word is a modifier as a whole
    return " ".join(t.lower_ for t in doc[start:noun + 1])
