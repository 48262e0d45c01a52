"""A gap or a distance read against something: "0.3 seconds behind Perez", "30 miles north of
Leeds". The about is the comparison itself, with the subject that stands ahead or apart."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract import number_context as C
from generator.extract.number_spans import Quantity

# Words that place a figure against a point of reference; the ones in ``NEED_OF`` take "of".
PLACES = {"ahead", "behind", "clear", "adrift", "north", "south", "east", "west", "northeast",
          "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
          "south-west", "away", "off", "short"}
NEED_OF = {"ahead", "clear", "adrift", "north", "south", "east", "west", "northeast",
           "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
           "south-west", "short"}
LINKS = {"of", "from", "than"}
NP_POS = {"DET", "ADJ", "PROPN", "NOUN", "NUM", "PART"}
GAP_KINDS = {"duration", "measure", "count", "percent"}


def _reference(doc: Doc, sent: Span, i: int) -> int:
    """End of the noun phrase starting at ``i`` ("his team-mate Nico Rosberg"), 7 words at most."""
    j = i
    while j < sent.end and j - i < 7:
        t = doc[j]
        glued = t.text == "-" and not t.whitespace_ and j > i and not doc[j - 1].whitespace_
        owner = t.tag_ == "PRP$" or t.text in {"'s", "\u2019s"}
        of = t.lower_ == "of" and j > i and j + 1 < sent.end and doc[j + 1].pos_ in NP_POS
        if t.pos_ not in NP_POS and not (owner or glued or of):
            break
        j += 1
    while j > i and (doc[j - 1].pos_ in {"DET", "PART"} or doc[j - 1].lower_ == "of"):
        j -= 1
    return j


def relative_about(doc: Doc, sent: Span, q: Quantity) -> str | None:
    """ "Hamilton was 0.04 seconds ahead of Rosberg" -> "Hamilton ahead of Rosberg"; "a town
    301 miles west of the capital" -> "west of the capital"."""
    if q.kind not in GAP_KINDS or q.unit is None or q.end >= sent.end:
        return None
    word = doc[q.end]
    if word.lower_ not in PLACES:
        return None
    k = q.end + 1
    if k < sent.end and doc[k].lower_ in LINKS:
        k += 1
    elif word.lower_ in NEED_OF or word.lower_ == "away":
        return None  # "ahead" alone, "away" alone: no point of reference
    stop = _reference(doc, sent, k)
    if stop == k or not any(t.pos_ in {"NOUN", "PROPN"} for t in doc[k:stop]):
        return None
    text = doc[q.end:stop].text
    verb = doc[q.num].head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i and verb.i >= q.start:
        verb = verb.head
    subj = C._stand_in(C._subject(verb), verb) if verb.pos_ in {"VERB", "AUX"} else None
    if subj is not None and subj.i < q.start and subj.pos_ in {"PROPN", "NOUN"}:
        s, e = C._np(subj, set(range(q.start, q.end)))
        if e <= q.start and e - s <= 5:
            text = f"{doc[s:e].text} {text}"
    return text


COMPARATIVES = {"more", "less", "fewer", "higher", "lower", "cheaper", "dearer", "bigger",
                "larger", "smaller", "longer", "shorter", "faster", "slower", "above", "below"}


def comparison_about(doc: Doc, sent: Span, q: Quantity) -> str | None:
    """ "$41,120, which is nearly $6,000 more than it pays today" -> "more than it pays today";
    "the plan pays $2,000 less than the old one" -> "plan pays less than the old one"."""
    if q.end + 1 >= sent.end or doc[q.end].lower_ not in COMPARATIVES or (
        doc[q.end + 1].lower_ != "than"
    ):
        return None
    stop = q.end + 2
    while stop < sent.end and not doc[stop].is_punct and stop - q.end < 9:
        stop += 1
    if stop == q.end + 2:
        return None
    text = doc[q.end:stop].text
    verb = doc[q.num].head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subj = C._stand_in(C._subject(verb), verb) if verb.pos_ in {"VERB", "AUX"} else None
    if subj is not None and subj.i < q.start and subj.pos_ in {"PROPN", "NOUN"}:
        s, e = C._np(subj, set(range(q.start, q.end)))
        if e <= q.start and e - s <= 5:
            said = "" if verb.lemma_ == "be" else f" {verb.text}"
            text = f"{doc[s:e].text}{said} {text}"
    return text


def ago_about(doc: Doc, sent: Span, q: Quantity) -> str | None:
    """ "Eight years ago, when Smith ran for president, ..." -> "when Smith ran for president":
    the clause that says what happened that long ago."""
    k = q.end
    if q.kind != "duration" or k + 2 >= sent.end or doc[k].lower_ != "ago":
        return None
    if doc[k + 1].text != "," or doc[k + 2].lower_ != "when":
        return None
    verb = doc[k + 2].head
    if verb.pos_ not in {"VERB", "AUX"} or verb.i < k + 2:
        return None
    stop = min(verb.right_edge.i + 1, k + 2 + 12, sent.end)
    return doc[k + 2:stop].text.rstrip(" ,")


def later_about(doc: Doc, sent: Span, q: Quantity) -> str | None:
    """ "Two days later, the council voted to close …" -> "later, the council voted": a span
    of time that opens its sentence dates the clause after it."""
    k = q.end
    if q.kind != "duration" or k + 2 >= sent.end or doc[k].lower_ not in {"later", "earlier"}:
        return None
    if any(t.pos_ in {"VERB", "AUX", "PROPN"} for t in doc[sent.start : q.start]):
        return None  # "returned 12 months later, …": the figure does not open the sentence
    if doc[k + 1].text != "," or doc[k + 2].dep_ == "mark":
        return None  # "Two months later, as voters went …": a clause of its own
    verb = next((t for t in doc[k + 2 : sent.end] if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.i - k > 8:
        return None
    stop = min(verb.i + 3, sent.end)
    for t in doc[k + 4 : stop]:
        if t.is_punct or t.dep_ == "cc":
            stop = t.i
            break
    return f"{doc[k].text}, {doc[k + 2 : stop].text}"
