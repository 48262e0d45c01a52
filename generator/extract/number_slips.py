"""Where the entity tagger's name label is wrong about a figure: "the 255 Britons" tagged as
one organisation is still a count of people."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.number_spans import Quantity


def name_tag_slip(doc: Doc, sent: Span, q: Quantity) -> bool:
    """A figure the tagger ran a name onto (see ``_run_on``), or a count whose entity is just
    "[the] N Plurals" with a plural proper noun as the counted
    noun: a group of people the tagger took for a name ("the 255 Britons")."""
    if _run_on(doc, q):
        return True
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


def _run_on(doc: Doc, q: Quantity) -> bool:
    """ "a stint at Fernbrook Hall of nine months": a lowercase span of time after a
    lowercase preposition, tagged as the tail of the name before it."""
    if q.kind != "duration" or q.start < 1 or doc[q.start - 1].lower_ not in {"of", "for"}:
        return False
    ent = next((e for e in doc.ents if e.start <= q.num < e.end), None)
    if ent is None or ent.start >= q.start - 1 or ent.end != q.end:
        return False
    return all(not t.is_alpha or t.is_lower for t in doc[q.start - 1:q.end])
