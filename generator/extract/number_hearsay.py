"""Hearsay figures: "the $18 million he says he raised", "the minimum $35 million analysts say
it needs": a figure followed at once by who says what about it. The clause after the speech
verb is what the figure measures and the speaker is its source."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.number_spans import Quantity

HEARSAY_VERBS = {"say", "estimate", "claim", "believe", "reckon", "think", "calculate"}
SPEAKER_PRONOUNS = {"he", "she", "they", "we", "i"}


def hearsay(doc: Doc, sent: Span, q: Quantity) -> tuple[str, Token] | None:
    """(what the figure measures, the speaker token) for a figure with a speaker right after."""
    if q.noun is not None or q.kind not in {"money", "percent", "measure", "count"}:
        return None
    j = q.end
    while j < sent.end and doc[j].pos_ == "ADJ":
        j += 1
    if j + 2 >= sent.end:
        return None
    who, verb = doc[j], doc[j + 1]
    plural = who.tag_ == "NNS" and not any(c.dep_ == "det" and c.i >= q.end for c in who.children)
    if not (who.lower_ in SPEAKER_PRONOUNS or plural) or verb.lemma_.lower() not in HEARSAY_VERBS:
        return None
    if verb.tag_ not in {"VBP", "VBZ", "VBD"}:
        return None
    end = j + 2
    while end < sent.end and not doc[end].is_punct:
        end += 1
    verbs = [t for t in doc[j + 2:end] if t.pos_ in {"VERB", "AUX"} and t.dep_ != "aux"]
    if not verbs:
        return None
    if end - (j + 2) > 8:  # a long clause: its verb and first complement
        comps = [c for c in verbs[0].rights if c.dep_ in {"prep", "dobj", "xcomp", "attr"}]
        end = min(end, comps[0].right_edge.i + 1 if comps else verbs[0].i + 1)
        if comps and comps[0].dep_ == "prep":
            objs = [c for c in comps[0].children if c.dep_ == "pobj"]
            end = min(end, objs[0].i + 1) if objs else end
    return doc[j + 2:end].text, who


def speaker_name(doc: Doc, who: Token) -> str:
    """A plural speaker with its adjectives: "independent experts"."""
    start = who.i
    while start - 1 >= 0 and doc[start - 1].pos_ == "ADJ" and doc[start - 1].head.i == who.i:
        start -= 1
    return doc[start:who.i + 1].text
