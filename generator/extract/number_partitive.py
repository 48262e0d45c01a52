"""Pronoun partitives: "48 buses, 29 of them double-deckers" counts buses that are
double-deckers, so the figure takes the antecedent's noun and the words after "of them"."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from generator.extract.number_spans import Quantity

PARTITIVE_PRONOUNS = {"them", "those", "these"}
# Words that end the verbless predicate after "of them".
_STOPS = {"and", "or", "but", "while", "which", "who", "that"}
_MAX_WORDS = 5


def _predicate(doc: Doc, sent: Span, q: Quantity) -> tuple[int, int] | None:
    """Token range of the verbless words after "N of them" ("double-deckers", "teenagers")."""
    if q.noun is not None or q.unit is not None or q.end + 2 >= sent.end:
        return None
    if doc[q.end].lower_ != "of" or doc[q.end + 1].lower_ not in PARTITIVE_PRONOUNS:
        return None
    i = start = q.end + 2
    while i < sent.end and i - start < _MAX_WORDS:
        tok = doc[i]
        if tok.lower_ in _STOPS or (tok.is_punct and tok.text != "-") or tok.like_num:
            break
        if tok.pos_ in {"VERB", "AUX"}:
            return None  # "34 of them were sold": the verb's clause says it already
        i += 1
    if i - start >= _MAX_WORDS:  # "of them from private gifts worth more than ...": to the noun
        nouns = [t.i for t in doc[start:i] if t.pos_ == "NOUN" and t.tag_ == "NNS"]
        return (start, nouns[-1] + 1) if nouns and doc[start].pos_ == "ADP" else None
    return (start, i) if i > start else None


def _antecedent(doc: Doc, sent: Span, q: Quantity) -> str | None:
    """The plural noun just before the figure that "them" stands for ("61 lifts, 34 of ...")."""
    for i in range(q.start - 1, max(sent.start, q.start - 4) - 1, -1):
        tok = doc[i]
        if tok.tag_ == "NNS":
            return tok.lower_
        if not (tok.is_punct or tok.like_num):
            return None
    return None


def partitive(doc: Doc, sent: Span, q: Quantity) -> Quantity:
    """A bare count "N of them ..." counts the noun just before it."""
    if _predicate(doc, sent, q) is None:
        return q
    noun = _antecedent(doc, sent, q)
    return q if noun is None else replace(q, unit=noun)


def partitive_about(doc: Doc, sent: Span, q: Quantity, about: str | None) -> str | None:
    """The about of "34 of them double-deckers" keeps what they are: "double-deckers"."""
    span = _predicate(doc, sent, replace(q, unit=None))
    if span is None:
        return about
    words = doc[span[0]:span[1]].text
    base = about or ""
    return about if words.lower() in base.lower() else f"{base} {words}".strip()
