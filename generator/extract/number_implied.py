"""Counts whose noun is only implied, read from a noun the parse ties them to.

"Savers will split £36m, with 80,000 getting a payout": the bare 80,000 is the subject of
the "with" clause, so it counts what the clause it hangs on has as its subject (savers).
"Some 40m parcels were posted ... The yearly total is expected to top 2bn": a bare figure that a
"total" reaches counts what the last plain count just before it counted (parcels).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from generator.extract import number_words as W
from generator.extract.number_counted_subject import _verb_of
from generator.extract.number_spans import Quantity

# Subjects that stand for a count of something named before: "the annual total", "the figure".
TOTAL_NOUNS = {"total", "tally", "figure", "count"}
SUBJECTS = {"nsubj", "nsubjpass"}
SENTENCES_BACK = 3  # how far back the count that names the total's thing may be


def _outside(doc: Doc, q: Quantity) -> Token | None:
    """The one token of the figure whose head lies outside it."""
    outside = [t for t in doc[q.start:q.end] if not q.start <= t.head.i < q.end]
    return outside[0] if len(outside) == 1 else None


def _bare(q: Quantity) -> bool:
    return q.unit is None and q.noun is None and q.kind == "count"


def with_clause_unit(doc: Doc, q: Quantity) -> Quantity:
    """A bare count that is the subject of a "with ... -ing" clause counts the plural subject
    of the clause the "with" hangs on."""
    tok = _outside(doc, q) if _bare(q) else None
    if tok is None or tok.dep_ != "nsubj" or tok.head.tag_ not in {"VBG", "VBN"}:
        return q
    verb = tok.head
    if verb.dep_ not in {"pcomp", "advcl"} or verb.head.lower_ != "with":
        return q
    main = verb.head.head
    subject = next((c for c in main.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NNS":
        return q
    return replace(q, unit=subject.lower_)


def _plain_count_unit(unit: str | None) -> bool:
    """A unit that names counted things ("text messages"), not money, shares or time."""
    if not unit or not unit.replace(" ", "").isalpha() or unit != unit.lower():
        return False
    last = unit.split()[-1]
    return last.endswith("s") and last not in W.TIME_UNITS and last not in {
        "percent", "points", "pence", "cents", "times"}


def _subject_of(tok: Token) -> Token | None:
    verb = _verb_of(tok)
    while verb is not None and verb.dep_ == "xcomp" and not any(
            c.dep_ in SUBJECTS for c in verb.children):
        verb = verb.head  # "is set to exceed 25bn": the subject is the passive verb's
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)


def total_unit(doc: Doc, sent: Span, q: Quantity,
               told: list[tuple[int, str, str | None]]) -> Quantity:
    """A bare figure that "the total" reaches counts what the nearest count before it counted
    (in this sentence or the few before), when that count named plain things."""
    tok = _outside(doc, q) if _bare(q) else None
    subject = _subject_of(tok) if tok is not None else None
    if subject is None or subject.lemma_.lower() not in TOTAL_NOUNS or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        return q
    start = sent.start
    for _ in range(SENTENCES_BACK):
        start = doc[start - 1].sent.start if start > 0 else start
    units = [u for s, _, u in told if s >= start and _plain_count_unit(u)]
    return replace(q, unit=units[-1]) if units else q
