"""Figures inside a dash-set aside: "rising prices - reaching 4% in May - forced a rethink".

An aside set apart by a pair of spaced dashes is a clause of its own about the noun just before
the first dash; the words after the second dash belong to the main clause, not to the figure.
So such a figure is described by that noun and the aside's own words ("rising prices reaching
in May"), and a relative aside ("$5m of which is covered by insurance") by its clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.number_spans import Quantity

DASHES = {"-", "--", "\u2013", "\u2014"}
RELATIVE_OPENERS = {"which", "who", "that"}
MAX_WORDS = 12
LEAD_POS = {"ADJ", "NOUN", "PROPN", "NUM", "SYM"}
AFTER_HEDGES = {"more", "above", "less", "below", "over", "under", "so", "higher", "lower"}


def _dashes(doc: Doc, sent: Span) -> list[int]:
    """Spaced dashes of the sentence ("a - b"; not "month-on-month")."""
    return [t.i for t in sent if t.text in DASHES and t.i > sent.start
            and doc[t.i - 1].whitespace_ and t.whitespace_]


def _aside(doc: Doc, sent: Span, q: Quantity) -> tuple[int, int] | None:
    """The (first, second) dash pair that encloses the figure, if any."""
    marks = _dashes(doc, sent)
    for a, b in zip(marks[0::2], marks[1::2], strict=False):  # dashes pair up in order
        if a < q.start and q.end <= b:
            return a, b
    return None


def dash_about(doc: Doc, sent: Span, q: Quantity) -> str | None:
    """What a figure inside a dash-set clause is about: the noun before the first dash and the
    aside's own words, the figure left out. None when the aside is the figure alone ("the money
    -- $5m -- came") or holds no verb (then the usual reading applies)."""
    pair = _aside(doc, sent, q)
    if pair is None:
        return None
    a, b = pair
    inside = doc[a + 1:b]
    if not any(t.pos_ in {"VERB", "AUX"} for t in inside):
        return None
    if q.start == a + 1 and not any(t.pos_ == "VERB" for t in doc[q.end:b]):
        return None
    skip = set(range(q.start, q.end))
    if q.end + 1 < b and doc[q.end].lower_ == "or" and doc[q.end + 1].lower_ in AFTER_HEDGES:
        skip |= {q.end, q.end + 1}  # "$90,000 or above": the hedge, not the thing
    words = [t for t in inside if t.i not in skip]
    opener = doc[q.end] if q.start == a + 1 and q.end < b else doc[a + 1]
    relative = opener.lower_ in RELATIVE_OPENERS or (opener.lower_ == "of" and (
        opener.i + 1 < b and doc[opener.i + 1].lower_ in {"which", "whom"}))
    if not relative and opener.tag_ not in {"VBG", "VBN"}:
        return None  # "two versions - one offering ..., a second with ... -": a list
    words = [t for t in words if t.lower_ not in {"which", "who", "that"} or t.dep_ == "det"]
    if relative:  # "$155m of which will be covered": "of" ties the figure to the noun
        words = [t for t in words if not (t.lower_ == "of" and t.i == q.end)]
    before = doc[a - 1] if a - 1 >= sent.start else None
    lead = ""
    if before is not None and before.pos_ in {"NOUN", "PROPN"}:
        s = a - 1
        while s - 1 >= sent.start and (doc[s - 1].pos_ in LEAD_POS or doc[s - 1].dep_ in {
                "amod", "compound", "nummod", "poss", "case"}) and doc[s - 1].dep_ != "det":
            s -= 1  # "high pay", "rising prices", "the $5m deal": the words run up to it
        lead = doc[s:a].text
    text = "".join(t.text_with_ws for t in words[:MAX_WORDS]).strip(" ,;")
    return " ".join(f"{lead} {text}".split()) or None


def fronted_subject(doc: Doc, sent: Span, q: Quantity, about: str | None) -> str | None:
    """ "Sales - long the engine of growth - rose 4% ...": when the tagger took a word of the
    aside for the subject, the about names the noun phrase the sentence opens with instead."""
    marks = _dashes(doc, sent)
    if not about or len(marks) < 2 or not marks[1] < q.start:
        return about
    a, b = marks[0], marks[1]
    s = a
    while s - 1 >= sent.start and (doc[s - 1].pos_ in LEAD_POS or doc[s - 1].dep_ in {
            "det", "amod", "compound", "poss"}) and not doc[s - 1].is_punct:
        s -= 1  # "The group said home sales - ...": the noun phrase right before the dash
    opening = doc[s:a] if s > sent.start and doc[s - 1].pos_ == "VERB" else doc[sent.start:a]
    if not opening or len(opening) > 6 or doc[a - 1].pos_ not in {"NOUN", "PROPN"} or any(
            t.pos_ in {"VERB", "AUX"} or t.is_punct for t in opening):
        return about
    aside = {t.text for t in doc[a + 1:b]}
    words = about.split()
    k = 0
    while k < len(words) and words[k] in aside:
        k += 1
    if k == 0 or opening.text in about:
        return about
    return " ".join([opening.text, *words[k:]])
