"""Caption run-ins read as one person: "… against Malaga Benzema rolls around …", where a
caption opening on a surname follows a sentence ending in a club's or a place's name."""

from __future__ import annotations

from spacy.tokens import Doc


def run_in_body(doc: Doc, s: int, e: int, full_names: set[str]) -> bool:
    """True when the two-word person name at tokens ``s:e`` is a word used alone elsewhere,
    never as a person's, then the surname of a full name used elsewhere."""
    if e - s != 2:
        return False
    first, last = doc[s].text, doc[s + 1].text
    if not any(n.split()[-1] == last and n.split()[0] != first for n in full_names):
        return False
    alone = [t for t in doc if t.text == first and t.i != s]
    return bool(alone) and all(
        t.ent_type_ != "PERSON" and (t.i + 1 >= len(doc) or doc[t.i + 1].text != last)
        for t in alone
    )
