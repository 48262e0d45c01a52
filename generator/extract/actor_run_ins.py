"""Caption run-ins read as one person: "… against Malaga Benzema rolls around …", where a
caption opening on a surname follows a sentence ending in a club's or a place's name."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.doc_text import tokens_of


def run_in_body(doc: Doc, s: int, e: int, full_names: set[str]) -> bool:
    """True when the two-word person name at tokens ``s:e`` is a word used alone elsewhere (as
    a place's or a body's, or never as a person's), then another full name's surname."""
    if e - s != 2:
        return False
    first, last = doc[s].text, doc[s + 1].text
    if len(first) < 3 or not doc[s].is_title:
        return False  # "S Taylor": an initial, not a club
    if not any(n.split()[-1] == last and n.split()[0] != first for n in full_names):
        return False
    alone = [doc[i] for i in tokens_of(doc, first) if i != s]
    if any(t.i + 1 < len(doc) and doc[t.i + 1].text == last for t in alone):
        return False
    bodies = [t for t in alone if t.ent_type_ in ("GPE", "ORG", "LOC")]
    return bool(alone) and (bool(bodies) or all(t.ent_type_ != "PERSON" for t in alone))
