"""An institution's long name the tagger split into pieces: "the University of Ohio M.D.
Fairlane Cancer Center" read as a body, a place and a person is one body."""

from __future__ import annotations

from spacy.tokens import Doc

# Last words of an institution's name.
INSTITUTION_HEADS = frozenset(
    {"center", "centre", "hospital", "institute", "clinic", "museum", "laboratory",
     "laboratories", "library", "school", "college", "infirmary"}
)


def _spaced(doc: Doc, i: int) -> bool:
    """Token ``i`` ends one name and a space follows it; no possessive ("NYU's Brennan")."""
    return bool(doc[i].whitespace_) and doc[i].tag_ != "POS"


def institution_runs(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Join runs of tagged names set side by side with nothing but a space between them when
    the last ends in an institution's word: one body."""
    out = sorted(spans)
    k = 0
    while k < len(out):
        s, _, label = out[k]
        j = k
        while j + 1 < len(out) and out[j + 1][0] == out[j][1] and _spaced(doc, out[j][1] - 1):
            j += 1  # the next name starts where this one ends, a space between
        last = doc[out[j][1] - 1]
        if j > k and last.lower_ in INSTITUTION_HEADS and last.is_title and label == "ORG":
            out[k : j + 1] = [(s, out[j][1], "ORG")]
        k += 1
    return out
