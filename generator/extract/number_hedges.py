"""How a figure is hedged: "at least 646", "an estimated additional 5,000", "100 or more"."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.number_words import QUALIFIERS, TIME_UNITS

GAPPED_HEDGES = ("an estimated", "approximately", "roughly", "nearly", "almost")
_ADDING = frozenset({"add", "sum", "total", "tot", "amount", "come"})  # "adds up to", "came up to"
# Hedges that only bound a figure written right after them ("maybe 1,500 people", not "maybe
# a dozen"): adverbs that qualify many other words.
_BARE_HEDGES = frozenset({"only", "just", "barely", "exactly", "some", "maybe", "perhaps",
                          "probably", "possibly"})
PREPOSITIONAL = {"about", "over", "under", "around", "some", "below", "above"}


ORDINAL_RE = re.compile(r"^(\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|"
                        r"eighth|ninth|tenth|\w+teenth|\w+tieth)$", re.IGNORECASE)


def qualifier_before(doc: Doc, sent: Span, start: int, end: int) -> tuple[str | None, int]:
    """The hedge right before a figure ("at least 646") and the token where it begins."""
    for phrase in QUALIFIERS:
        n = len(phrase.split())
        s = start - n
        if s >= sent.start and doc[s:start].text.lower() == phrase:
            tok = doc[s]
            if phrase in PREPOSITIONAL and tok.dep_ == "prep" and (
                not start <= tok.head.i < end and not _possessive(doc, end)
                and not _bounds(tok, start, end) and not _hedged_amount(tok, start, end)
            ):
                continue  # "learn about 529 plans", "over the past 5 years"
            if phrase == "up to" and ORDINAL_RE.match(doc[start].text):
                continue  # "moved up to 15th": a place reached, no upper bound
            if phrase == "up to" and s > sent.start and doc[s - 1].lemma_.lower() in _ADDING:
                continue  # "that adds up to 185": a sum, not an upper bound
            if phrase in _BARE_HEDGES and n == 1 and (
                doc[start].pos_ not in {"NUM", "SYM"} and not doc[start].like_num
            ):
                continue
            return phrase, s
    if start - 2 >= sent.start and _gap_word(doc[start - 1]) and doc[start].like_num:
        for phrase in GAPPED_HEDGES:  # "an estimated additional 5,000", "roughly new 300"
            n = len(phrase.split())
            s = start - 1 - n
            if s >= sent.start and doc[s:start - 1].text.lower() == phrase:
                return phrase, s
    return None, start


def _bounds(prep: Token, start: int, end: int) -> bool:
    """ "earned over $5m", "won under 40 games": "over"/"under" whose object is the figure or
    the thing it counts bounds it; "over 5 years" says over what time, no bound."""
    doc = prep.doc
    if prep.lower_ not in {"over", "under"} or ORDINAL_RE.match(doc[start].text) or (
        doc[start].lower_ in {"one", "a", "an"} and end - start == 1
    ):
        return False  # "over seventh seed Acme", "sent over one band": no bound
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and objs[0].lower_ not in TIME_UNITS and (
        start <= objs[0].i < end or any(start <= c.i < end for c in objs[0].children))


def _hedged_amount(prep: Token, start: int, end: int) -> bool:
    """ "producing around $6.6bn": a preposition whose object is an amount itself (the named
    entity takes the word in) hedges it; "learn about 529 plans" has a noun for its object."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and start <= objs[0].i < end and prep.ent_type_ in AMOUNT_LABELS


AMOUNT_LABELS = {"MONEY", "PERCENT", "QUANTITY"}


def _possessive(doc: Doc, end: int) -> bool:
    """ "around four months' extra life": the figure owns the noun after it, so a preposition
    before it hedges the figure."""
    marks = {"'", "\u2019", "'s", "\u2019s"}
    return doc[end - 1].text in marks or (end < len(doc) and doc[end].text in marks)


def possessed(doc: Doc, end: int) -> list[tuple[int, int]]:
    """ "four months' extra life": the noun phrase a figure owns, as a token range."""
    if not _possessive(doc, end):
        return []
    k = end + (doc[end - 1].text not in {"'", "\u2019", "'s", "\u2019s"})
    j = k
    while j < len(doc) and j - k < 4 and doc[j].pos_ in {"ADJ", "NOUN"}:
        if doc[j].pos_ == "NOUN" and (j + 1 == len(doc) or doc[j + 1].pos_ != "NOUN"):
            return [(k, j + 1)]
        j += 1
    return []


def _gap_word(tok: Token) -> bool:
    """An adjective between a hedge and its figure ("roughly new 300"; often parsed as a verb)."""
    return tok.is_alpha and tok.is_lower and tok.tag_ in {"JJ", "VB", "VBN"}


def qualifier_after(doc: Doc, sent: Span, end: int) -> str | None:
    """A hedge after a figure: "100 or more", "50 or so", "$75,000 (£39,000) or above" (past
    a conversion in parentheses)."""
    span = after_hedge(doc, sent, end)
    return None if span is None else doc[span[0]:span[1]].text.lower()


def after_hedge(doc: Doc, sent: Span, end: int) -> tuple[int, int] | None:
    """Where the hedge after a figure stands: "or more" in "100 or more", else None."""
    if end < sent.end and doc[end].text == "(":
        close = next((t.i for t in doc[end:min(end + 6, sent.end)] if t.text == ")"), None)
        end = close + 1 if close is not None else end
    tail = doc[end:min(end + 2, sent.end)].text.lower()
    return (end, end + 2) if tail in AFTER_HEDGES else None


AFTER_HEDGES = {"or more", "or so", "or fewer", "or less", "or above", "or over", "or higher",
                "or below", "or under", "or lower"}
