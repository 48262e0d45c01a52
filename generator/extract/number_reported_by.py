"""Source cues led by a participle: "As reported by Acme, there are 150 ..." and "Reported
by Acme, the figures show ..." name Acme as the source of the clause's figures."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

REPORT_PARTICIPLES = {"report", "state", "note", "estimate", "calculate", "publish", "tally"}


def _agent_object(verb: Token) -> Token | None:
    """The object of a participle's "by" phrase."""
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def reported_by(doc: Doc, sent: Span, num: int,
                name_span: Callable[[Doc, Token], Span]) -> Span | None:
    """X of a fronted "(as) reported by X," when the figure sits in the clause it leads."""
    for verb in sent:
        if verb.tag_ != "VBN" or verb.lemma_.lower() not in REPORT_PARTICIPLES:
            continue
        if verb.dep_ != "advcl" or verb.i > num or verb.i > sent.start + 2:
            continue
        obj = _agent_object(verb)
        if obj is None or obj.i > num or obj.pos_ not in {"PROPN", "NOUN"}:
            continue
        if not any(a.i == verb.head.i for a in doc[num].ancestors):
            continue
        comma = next((t for t in doc[obj.i:num] if t.text == ","), None)
        if comma is None:
            continue  # the cue must close before the figure's clause begins
        return name_span(doc, obj)
    return None
