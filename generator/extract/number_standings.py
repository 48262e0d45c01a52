"""Places in a table or chart: "the Reds are sixth in the Premiership", "entered the chart at
number five". A league position or a chart entry is a figure a reader cites."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract import number_context as C
from generator.extract import number_words as W
from generator.extract.number_spans import Quantity

# Objects of "in"/"on" that make an ordinal after "be" an idiom, not a place: "second in
# command", "fifth in line", "first in years".
NOT_STANDINGS = {"command", "line", "years", "decades", "months", "weeks", "history", "time",
                 "importance", "size", "value", "age", "order", "number", "terms", "charge",
                 "row"}
# Words before "number N" that make it a chart or table position: "in at number five".
POSITION_PREPS = {"at", "to"}
# Verbs that take a chart place straight: "reached number 13", "hit number one".
POSITION_VERBS = {"reach", "hit", "enter", "top"}


def standing_verb(tok: Token) -> Token | None:
    """The "be" an ordinal completes when "in"/"on" a table follows: "are 10th in the table"."""
    if tok.dep_ not in {"acomp", "attr", "advmod"} or tok.head.lemma_ != "be":
        return None
    preps = [c for c in (*tok.children, *tok.head.children)
             if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in {"in", "on"}]
    objs = [c for p in preps for c in p.children if c.dep_ == "pobj"]
    if not objs or objs[0].lower_ in NOT_STANDINGS or objs[0].ent_type_ in {"DATE", "TIME"}:
        return None
    return tok.head


def standing_at(doc: Doc, sent: Span, i: int, value: int) -> Quantity | None:
    """ "are sixth in the Premiership": an ordinal place after "be", with the table named."""
    tok = doc[i]
    if tok.lower_ in {"first", "last"} or standing_verb(tok) is None or (
        i > sent.start and doc[i - 1].pos_ == "DET"
    ):  # "ours was the second in a row of cottages"
        return None
    return Quantity(i, i + 1, value, None, "rank", i)


def standing_about(doc: Doc, q: Quantity) -> str | None:
    """ "The Reds are sixth in the Premiership" -> "The Reds in the Premiership"."""
    tok = doc[q.num]
    verb = standing_verb(tok)
    if verb is None:
        return None
    subj = C._stand_in(C._subject(verb), verb)
    name = doc[slice(*C._np(subj, {q.num}))].text if subj is not None else ""
    prep = doc[tok.i + 1]
    place = doc[prep.i:prep.right_edge.i + 1].text.rstrip(" ,;:-")
    return " ".join(w for w in (name, "place", place) if w)


def chart_number_at(doc: Doc, sent: Span, i: int) -> Quantity | None:
    """ "at number five", "climbed to number 3": a place in a chart (lower-case "number";
    a capital "Number 10" names Downing Street)."""
    if i - 2 < sent.start or doc[i - 1].text not in {"number", "no", "no."}:
        return None
    if doc[i - 2].lower_ not in POSITION_PREPS and not (
        doc[i - 2].lemma_ in POSITION_VERBS and doc[i - 2].pos_ == "VERB"
    ):
        return None
    tok = doc[i]
    value = int(tok.text) if tok.text.isdigit() and len(tok.text) <= 3 else None
    value = value if value is not None else W.UNITS_WORDS.get(tok.lower_)
    if not value or (i + 1 < sent.end and doc[i + 1].is_alpha and doc[i + 1].is_title):
        return None  # "at number 10 Downing Street"
    return Quantity(i - 1, i + 1, value, None, "rank", i)


def chart_about(doc: Doc, q: Quantity) -> str | None:
    """ "Red Kite was a new entry in the listings, at number seven" -> "Red Kite ... position
    number": the clause's subject and verb, read as a chart position."""
    if doc[q.start].lower_ not in {"number", "no", "no."}:
        return None
    verb = doc[q.start - 1].head if q.start > 0 else doc[q.start]
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subj = C._stand_in(C._subject(verb), verb) if verb.pos_ in {"VERB", "AUX"} else None
    name = doc[slice(*C._np(subj, {q.num}))].text if subj is not None else ""
    return " ".join(w for w in (name, verb.text, "position number") if w)
