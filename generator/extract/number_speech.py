"""Figures hung straight on a verb of saying or estimating: "Losses are estimated at $5m",
"declared a holiday for 8,500 staff". The verb then states what the figure is, not who
says it, so its passive subject or its object belongs in the figure's about."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.number_phrases import _np

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}


def speech_ranges(verb: Token, g: Token, skip: set[int],
                  speech: set[str]) -> list[tuple[int, int]]:
    """Ranges naming what a figure under a verb of ``speech`` measures, else []: the passive
    subject ("the death toll was put at 50") or the object before the figure's preposition
    ("declared Friday a rest day for 6,200 workers"). ``g`` is the verb's child on the
    path down to the figure."""
    if verb.lemma_.lower() not in speech or g.dep_ in SUBJECTS or g.head.i != verb.i:
        return []
    passive = [c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ in {"NOUN", "PROPN"}]
    if passive and g.dep_ == "prep":
        return [_np(passive[0], skip, pp=True), (verb.i, verb.i + 1)]
    if g.dep_ == "prep" and verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"} and any(
            c.dep_ == "dobj" and c.lower_ in {"which", "that"} for c in verb.children):
        return [_np(verb.head, skip), (verb.i, verb.i + 1)]  # "the storms, which it put at $6m"
    if g.dep_ != "prep" or g.i <= verb.i + 1:
        return []
    doc = verb.doc
    nouns = [t for t in doc[verb.i + 1:g.i] if t.pos_ == "NOUN" and verb.is_ancestor(t)
             and t.i not in skip and t.ent_type_ not in {"DATE", "TIME"}]
    if nouns and nouns[-1].i + 1 == g.i:
        return [(verb.i, verb.i + 1), _np(nouns[-1], skip)]
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
            and verb.i < c.i < g.i and c.i not in skip]
    if objs and doc[g.i - 1].is_punct:  # "put the cost of aid for A, B and C, at $5bn"
        s, _e = _np(objs[0], skip)
        return [(verb.i, verb.i + 1), (s, objs[0].i + 1), *_of_phrase(objs[0], skip)]
    return []


def _of_phrase(noun: Token, skip: set[int]) -> list[tuple[int, int]]:
    """ "the amount of aid": the noun's own "of" phrase, without what hangs on it."""
    for c in noun.rights:
        objs = [o for o in c.children if o.dep_ == "pobj" and o.i not in skip]
        if c.dep_ == "prep" and c.lower_ == "of" and objs:
            return [(c.i, objs[0].i + 1)]
    return []


def placed(verb: Token) -> bool:
    """ "put six schools in special measures": "put" states a figure only with "at"
    ("put the toll at 50"); without it, it places something."""
    return verb.lemma_.lower() == "put" and not any(
        c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)


def placed_subject(verb: Token) -> bool:
    """ "Cornwall showed the highest rate at 7%": a place that shows a figure is what
    the figure is about, not who states it."""
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.pos_ != "PROPN":
        return False
    compass = any(t.lower_ in COMPASS for t in subj.subtree)  # "the South West", untagged
    return subj.ent_type_ in {"GPE", "LOC"} or compass


# Words that make a proper name a region: "the North East", "the West Midlands".
COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
           "midlands"}


def raised_verb(verb: Token, g: Token) -> Token | None:
    """ "30,000 fans are estimated to have flocked to the town": the verb the figure's subject
    is said to do, when it is the passive subject of a verb of speech or belief."""
    if g.dep_ != "nsubjpass" or g.head.i != verb.i or not any(
            c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}
                 and c.i > verb.i and any(a.lower_ == "to" for a in c.children)), None)
