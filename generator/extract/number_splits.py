"""Poll results told as a split: "In a race between Lee and Kim, Lee was preferred 48 percent
versus 40 percent". Both shares are read by the clause's subject and verb (and object), with
the contest named in a fronted "in a race between ..." phrase; the other share is left out."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract import number_context as C
from generator.extract.number_ranges import CHANGE_VERBS
from generator.extract.number_render import render
from generator.extract.number_spans import Quantity

LINKS = {"versus", "vs", "vs.", "to"}
CONTESTS = {"between", "against", "versus", "with"}
SHARE_DEPS = {"npadvmod", "dobj", "attr", "appos"}


def _contest(verb: Token, skip: set[int]) -> tuple[int, int] | None:
    """A fronted "in a race between A and B" on the verb: the contest the split is a result of."""
    for prep in verb.lefts:
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.dep_ != "prep" or prep.lower_ != "in" or not objs:
            continue
        rival = next((c for c in objs[0].children
                      if c.dep_ == "prep" and c.lower_ in CONTESTS), None)
        if rival is None or set(range(prep.i, rival.right_edge.i + 1)) & skip:
            continue
        if rival.right_edge.i - prep.i < 12:
            return prep.i, rival.right_edge.i + 1
    return None


def _pair(doc: Doc, q: Quantity, found: list[Quantity]) -> Quantity | None:
    """The share told with this one: "48 percent versus 40 percent" (either side)."""
    for other in found:
        if other is q or other.kind != "percent":
            continue
        lo, hi = (q, other) if q.end <= other.start else (other, q)
        words = [t.lower_ for t in doc[lo.end:hi.start] if not t.is_space]
        if len(words) == 1 and words[0] in LINKS:  # "versus\u00a0": the space is a token
            return other
    return None


def split_about(doc: Doc, sent: Span, q: Quantity, found: list[Quantity]) -> str | None:
    """The about of a share in a split, from the clause both shares hang on; None otherwise."""
    if q.kind != "percent" or (other := _pair(doc, q, found)) is None:
        return None
    first, second = (q, other) if q.start < other.start else (other, q)
    tok = C.anchor(doc, first.start, first.end, first.noun, climb=False)
    verb = tok.head
    if tok.dep_ not in SHARE_DEPS or verb.pos_ != "VERB" or verb.i > tok.i:
        return None
    if doc[first.end:second.start].text.strip().lower() == "to" and (
        verb.lemma_ in CHANGE_VERBS or first.value is None or second.value is None
        or first.value <= second.value
    ):
        return None  # "rose 5 percent to 20 percent": a change, then the level it reached
    skip = set(range(q.start, q.end)) | set(range(other.start, other.end))
    race = _contest(verb, skip)
    subj = next((c for c in verb.children if c.dep_ in C.SUBJECTS and c.i < verb.i), None)
    if subj is not None and subj.pos_ in {"PROPN", "NOUN"}:
        ranges = [C._np(subj, skip), (verb.i, verb.i + 1)]
    elif subj is None and race is not None:  # the subject hung on the contest's last name
        ranges = [(race[0], verb.i + 1)]
    else:
        return None
    if verb.i < first.start <= verb.i + 6:  # "favored Lee 46 percent to 32 percent"
        ranges.append((verb.i, first.start))
    if race is not None:
        ranges.append(race)
    return render(doc, ranges, skip=skip) or None
