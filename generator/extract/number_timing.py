"""Figures that are spans of time: how long something takes, until when, after what."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.number_clause import MODALS, SPEECH_VERBS, _pp
from generator.extract.number_phrases import _np
from generator.extract.number_words import ESTIMATE_VERBS, TIME_UNITS


def _duration(doc: Doc, tok: Token, verb: Token, skip: set[int], path: set[int]) -> str | None:
    """ "could do it in 100 days" -> "time to do it" (with "estimated" when estimated)."""
    if tok.lower_ not in TIME_UNITS or tok.dep_ != "pobj" or tok.head.lower_ not in {
            "in", "within"} or tok.head.head.i != verb.i or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in {"det", "amod", "poss"} or (c.dep_ == "prep" and c.lower_ == "of")
           for c in tok.children):
        return None  # "in the past 48 hours", "within 48 hours of the match" say when
    upper = next((a for a in verb.ancestors if a.pos_ == "VERB"), None)
    est = upper is not None and upper.lemma_ in ESTIMATE_VERBS
    modal = any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)
    if not (est or modal) or any(t.tag_ == "JJS" for t in verb.subtree):
        return None  # "its lowest level in three years"
    comp = _pp(verb, skip, path)
    words = [verb.lemma_] + ([doc[slice(*comp)].text] if comp else [])
    return ("estimated " if est else "") + "time to " + " ".join(words)


def _timed_event(tok: Token, verb: Token) -> Token | None:
    """ "was found 16 hours after the storm hit": the main verb a span before or after
    an event times (the span's own clause names only the event it is counted from)."""
    if tok.lower_ not in TIME_UNITS or tok.dep_ != "npadvmod" or tok.head.i != verb.i:
        return None
    if verb.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in {"after", "before"}
                                       for m in verb.children):
        return None
    main = verb.head  # "was found alive": a passive "find" states no claim
    passive = any(c.dep_ == "nsubjpass" for c in main.children)
    return main if main.pos_ == "VERB" and (passive or main.lemma_ not in SPEECH_VERBS) else None


# Nouns for a moment or stretch itself: "any time in 17 months" runs up to no event.
SPAN_NOUNS = {"time", "point", "period", "stage", "moment"}


def _until(doc: Doc, tok: Token, skip: set[int]) -> str | None:
    """ "the first debate in 10 days" -> "until the first debate": what the span runs up to."""
    prep = tok.head
    if tok.lower_ not in TIME_UNITS or tok.dep_ != "pobj" or prep.lower_ not in {
            "in", "within"} or prep.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if any(c.dep_ in {"det", "amod", "poss"} for c in tok.children):
        return None  # "in the past 48 hours" says when
    event = prep.head
    if event.lower_ in SPAN_NOUNS:
        return None  # "quieter than at any time in 14 weeks": the span looked back over
    s, e = _np(event, skip, pp=True, clauses=False)  # "the contracts for his fight"
    e = event.i + 1 if e > prep.i > event.i else e
    return "until " + doc[s:max(e, event.i + 1)].text

