"""Where the entity tagger's name label is wrong about a figure: "the 255 Britons" tagged as
one organisation is still a count of people."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.number_spans import Quantity


def name_tag_slip(doc: Doc, sent: Span, q: Quantity) -> bool:
    """A count whose entity is just "[the] N Plurals" with a plural proper noun as the counted
    noun: a group of people the tagger took for a name ("the 255 Britons")."""
    if q.kind != "count" or q.noun is None or q.noun not in {q.end - 1, q.end}:
        return False
    tok, noun = doc[q.num], doc[q.noun]
    if noun.tag_ != "NNPS" or not (tok.text.isdigit() or tok.is_lower):
        return False
    ent = next((e for e in doc.ents if e.start <= q.num < e.end), None)
    if ent is None or ent.label_ not in {"ORG", "NORP"} or ent.end != q.noun + 1:
        return False
    lead = [t.lower_ for t in doc[ent.start:q.num]]
    return all(w in {"the", "some", "all"} for w in lead)
