"""A count before a participle and its noun ("475 pledged delegates", "30 injured workers")
that the parser read as the participle's subject: the noun after the participle is what it
counts."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from generator.extract.number_render import render
from generator.extract.number_spans import Quantity


def participle_noun(doc: Doc, found: list[Quantity]) -> list[Quantity]:
    """``found`` with a bare count given the noun its participle modifies."""
    out = list(found)
    for k, q in enumerate(found):
        if q.kind != "count" or q.noun is not None or q.unit is not None or q.end + 1 >= len(doc):
            continue
        part, noun = doc[q.end], doc[q.end + 1]
        if part.tag_ not in {"VBN", "VBD"}:
            continue
        if not (part.dep_ == "amod" and part.head.i == noun.i) and not (
            noun.head.i == part.i and q.end + 2 < len(doc) and doc[q.end + 2].pos_ == "AUX"
        ):  # "where 475 pledged delegates will be": read as "475 pledged [the] delegates"
            continue
        hung = doc[q.num].head.i in {part.i, noun.i} or (
            part.dep_ == "amod" and noun.tag_ == "NNS" and doc[q.num].tag_ == "CD"
        )  # "won 758 pledged delegates" with the figure hung on the verb
        if noun.pos_ != "NOUN" or not hung:
            continue
        out[k] = replace(q, noun=noun.i, unit=noun.lower_)
    return out


def participle_about(doc: Doc, q: Quantity) -> str | None:
    """ "where 312 pledged delegates are at stake": the counted noun and the verb after it,
    when the parser hung the noun on the participle and the verb elsewhere."""
    if q.noun is None or q.noun != q.end + 1 or q.noun + 1 >= len(doc):
        return None
    part, noun, aux = doc[q.end], doc[q.noun], doc[q.noun + 1]
    if part.tag_ not in {"VBN", "VBD"} or noun.head.i != part.i or aux.pos_ != "AUX":
        return None
    verb = aux.head if aux.dep_ in {"aux", "auxpass"} and aux.head.i > aux.i else aux
    end = min(verb.right_edge.i + 1, verb.i + 6, verb.sent.end)
    return render(doc, [(q.end, end)], skip=set(range(q.start, q.end))) or None
