"""A share the parser left without its verb: in "split between the two and up to 15 percent
could abstain" the figure is read as the object of "between" and "could abstain" as a verb with
no subject. A figure followed straight by a modal and such a subjectless verb is its subject."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract import number_context as C
from generator.extract.number_render import render
from generator.extract.number_spans import Quantity

BETWEEN = {"aux", "neg", "advmod"}


def stranded_about(doc: Doc, sent: Span, q: Quantity) -> str | None:
    """What the figure does when it is the lost subject of the verb right after it."""
    if q.end >= sent.end or doc[q.end].tag_ != "MD":
        return None
    tok = C.anchor(doc, q.start, q.end, q.noun, climb=False)
    if tok.dep_ in C.SUBJECTS:
        return None  # the parser has it right; the usual reading applies
    verb = next((t for t in doc[q.end:min(q.end + 4, sent.end)] if t.pos_ == "VERB"), None)
    if verb is None or any(t.dep_ not in BETWEEN for t in doc[q.end:verb.i]):
        return None
    if any(c.dep_ in C.SUBJECTS for c in verb.children) or tok.is_ancestor(verb):
        return None
    skip = set(range(q.start, q.end))
    end = min(verb.right_edge.i + 1, verb.i + 6, sent.end)
    return render(doc, [(q.end, end)], skip=skip) or None
