"""Figures set beside names: a tally ("The delegate count is Ann Roe 384, Bo Lee 300 and Cy
Day 151": each figure is its name's, counting delegates) and an apposition ("Both Nevada,
48 delegates, and Iowa, 31 delegates, are ...": 48 delegates are Nevada's)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.number_spans import Quantity

# Nouns that announce a tally of names with figures; "count"/"tally"/"total" take the counted
# noun from their compound ("delegate count" -> delegates).
TALLY_NOUNS = {"count", "tally", "total", "totals", "standings"}
LINKS = {",", "and", ";"}
NAME_ENTS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}


def _name_before(doc: Doc, sent: Span, at: int) -> tuple[int, str] | None:
    """The run of proper-noun tokens ending just before token ``at``: (start, text)."""
    k = at
    while k > sent.start and doc[k - 1].pos_ == "PROPN" and not doc[k - 1].is_punct:
        k -= 1
    return (k, doc[k:at].text) if k < at else None


def _unit(cue: Token) -> str | None:
    """The counted noun of a tally noun: "delegate count" -> "delegates"."""
    if cue.lower_ in {"count", "tally", "total", "totals"}:
        comp = [c for c in cue.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        if comp:
            word = comp[-1].lower_
            return word if word.endswith("s") else word + "s"
    return None


def name_tallies(doc: Doc, sent: Span, found: list[Quantity]) -> dict[int, tuple[str, str | None]]:
    """For each bare figure in a tally of names after a tally noun, (name, counted noun),
    keyed by the figure's numeral token. A tally needs two or more distinct names."""
    cue = next((t for t in sent if t.lower_ in TALLY_NOUNS and t.pos_ == "NOUN"), None)
    if cue is None:
        return {}
    run: list[tuple[Quantity, str]] = []
    prev_end = None
    for q in found:
        bare = q.kind == "count" and q.unit is None and q.noun is None and q.start == q.num
        nxt = doc[q.end] if q.end < sent.end else None
        closed = nxt is None or nxt.text in LINKS or nxt.text in {".", ")"}
        named = _name_before(doc, sent, q.start) if bare and doc[q.num].text.isdigit() else None
        if named is None or not closed or named[0] <= cue.i:
            continue
        between = doc[prev_end:named[0]] if prev_end is not None else None
        if between is not None and not all(t.text in LINKS or t.lower_ == "or" for t in between):
            break
        if prev_end is None and not all(
            t.pos_ in {"AUX", "PUNCT"} or t.lower_ in {"is", "was", "stands", "stood", "were"}
            for t in doc[cue.i + 1:named[0]]
        ) and doc[named[0] - 1].text != ":":
            return {}  # the run must follow its tally noun: "The count is A 3, B 2"
        run.append((q, named[1]))
        prev_end = q.end
    names = [n for _, n in run]
    if len(run) < 2 or len(set(names)) < len(names):
        return {}
    unit = _unit(cue)
    return {q.num: (name, unit) for q, name in run}


def apposed_name(doc: Doc, sent: Span, q: Quantity) -> str | None:
    """ "Florida, 99 delegates, and Ohio, ...": the name a figure's noun is set beside, when
    the noun is its apposition and a comma closes it."""
    at = q.noun if q.noun is not None else q.end - 1  # "155 seats" read as a measure
    if at == q.num or q.start <= sent.start + 1 or doc[at].pos_ != "NOUN":
        return None
    noun = doc[at]
    head = noun.head
    if noun.dep_ != "appos" or head.pos_ != "PROPN" or head.ent_type_ not in NAME_ENTS:
        return None
    if doc[q.start - 1].text != "," or doc[q.start - 2].i != head.i:
        return None
    after = doc[at + 1] if at + 1 < sent.end else None
    if after is None or after.text not in {",", ")"} or head.dep_ == "pobj":
        return None  # "In Paris, 300 people were hurt" is no apposition
    named = _name_before(doc, sent, head.i + 1)
    return named[1] if named else None
