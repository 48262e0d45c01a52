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
    ("declared Monday a public holiday for 8,500 staff"). ``g`` is the verb's child on the
    path down to the figure."""
    if verb.lemma_.lower() not in speech or g.dep_ in SUBJECTS or g.head.i != verb.i:
        return []
    passive = [c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ in {"NOUN", "PROPN"}]
    if passive and g.dep_ == "prep":
        return [_np(passive[0], skip, pp=True), (verb.i, verb.i + 1)]
    if g.dep_ != "prep" or g.i <= verb.i + 1:
        return []
    doc = verb.doc
    nouns = [t for t in doc[verb.i + 1:g.i] if t.pos_ == "NOUN" and verb.is_ancestor(t)
             and t.i not in skip and t.ent_type_ not in {"DATE", "TIME"}]
    if not nouns or nouns[-1].i + 1 != g.i:
        return []
    return [(verb.i, verb.i + 1), _np(nouns[-1], skip)]
