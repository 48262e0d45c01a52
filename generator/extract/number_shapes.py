"""Figures re-read from their neighbours: "at the age of 73" is an age, "200m gold" a track
distance, and a bare count after a counted figure ("sold 620,000 copies in a week and 2.8
million in total", "on 12 points, three ahead", "trails Kerr (250)") counts the same thing."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from generator.extract import number_words as W
from generator.extract.number_dates import year_like
from generator.extract.number_metres import track_distance
from generator.extract.number_spans import Quantity

# Words that may join two figures of one list: "..., three ahead", "... and 3.5 million".
LINKS = {"and", ",", "but", "while", "with", ";"}


def reshape(doc: Doc, sent: Span, q: Quantity) -> Quantity:
    """``q`` re-read as a track distance or as an age ("died at the age of 73")."""
    q = track_distance(doc, sent, q) or q
    if q.kind == "count" and q.noun is None and q.start - 2 >= sent.start and (
        doc[q.start - 2].lower_ == "age" and doc[q.start - 1].lower_ == "of"
    ) and q.value is not None and 0 < q.value < 130:
        return replace(q, kind="age", unit="years")
    if q.kind == "count" and q.noun is not None and doc[q.noun].lower_ in W.TIME_UNITS and all(
        t.lower_ in {"and", "or", "to"} or t.like_num for t in doc[q.end:q.noun]
    ):  # "between 12 and 18 months": a span of time, as the second figure is
        return replace(q, kind="duration", unit=W.TIME_UNITS[doc[q.noun].lower_])
    return q


def _bare(doc: Doc, sent: Span, q: Quantity) -> bool:
    """A count with no noun of its own: nothing counted follows it."""
    if q.kind != "count" or q.unit is not None or q.noun is not None or q.value is None:
        return False
    if not (doc[q.num].like_num or doc[q.num].pos_ == "NUM") or year_like(doc, q):
        return False
    nxt = doc[q.end] if q.end < sent.end else None
    if doc[q.num].dep_ in {"nsubj", "nsubjpass"} or doc[q.end - 1].dep_ in {"nsubj", "nsubjpass"}:
        return False  # "4 goats and 12 were sold": a new clause's subject
    return nxt is None or (nxt.pos_ not in {"NOUN", "PROPN", "NUM", "VERB", "AUX"}
                           and nxt.lower_ != "of"
                           and nxt.text not in {"-", "%", "/"})


def _last(q: Quantity) -> int:
    """The figure's last word: its counted noun, or its unit word."""
    return q.noun if q.noun is not None else q.end - 1


def _counted(doc: Doc, q: Quantity) -> bool:
    """A count of a plural common noun ("750,000 copies", "12 points")."""
    return q.kind in {"count", "measure"} and q.unit is not None and (
        doc[_last(q)].tag_ == "NNS" and q.value is not None and q.value != 1
    )


def elided_units(doc: Doc, sent: Span, found: list[Quantity]) -> list[Quantity]:
    """A bare count read with the unit of the counted figure just before it in the same
    verbless stretch: "on 12 points, three ahead of Leeds" counts points too."""
    out = list(found)
    for k in range(1, len(out)):
        prev, q = out[k - 1], out[k]
        if not _counted(doc, prev) or not _bare(doc, sent, q):
            continue
        gap = doc[_last(prev) + 1:q.start]
        if not 1 <= len(gap) <= 6 or not any(t.lower_ in LINKS for t in gap):
            continue
        if any(t.pos_ in {"VERB", "AUX", "NUM"} for t in gap):
            continue
        if doc[_last(prev)].dep_ == "pobj" and k >= 2 and _counted(doc, out[k - 2]):
            prev = out[k - 2]  # "20 goals in 30 games, and 4 in the cup": goals, again
        out[k] = replace(q, unit=prev.unit, kind=prev.kind)
    return _beside_names(doc, sent, out)


def _beside_names(doc: Doc, sent: Span, out: list[Quantity]) -> list[Quantity]:
    """A bare count in parentheses beside a name, after a counted figure of the sentence:
    "Lee has 151 goals and trails only Kerr (250)" counts goals too."""
    for k in range(1, len(out)):
        q = out[k]
        if not _bare(doc, sent, q) or q.start - 2 < sent.start or q.end >= sent.end:
            continue
        if doc[q.start - 1].text != "(" or doc[q.end].text != ")" or (
            doc[q.start - 2].pos_ != "PROPN"
        ):
            continue
        prev = next((p for p in reversed(out[:k]) if p.unit is not None), None)
        if prev is not None and (_counted(doc, prev) or _beside_name(doc, prev)):
            out[k] = replace(q, unit=prev.unit, kind=prev.kind)
    return out


def _beside_name(doc: Doc, q: Quantity) -> bool:
    """A figure in parentheses right after a name: "Kerr (250)"."""
    return q.start >= 2 and doc[q.start - 1].text == "(" and doc[q.start - 2].pos_ == "PROPN"
