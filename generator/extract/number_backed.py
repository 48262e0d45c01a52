"""Whom a share backs when the parser loses the verb's object: in "while 5 percent prefer
Green nominee Ann Lee and 2 percent support ..." the name is read as the next verb's subject,
so the about would be the bare verb "prefer"; the names right after the verb complete it."""

from __future__ import annotations

from spacy.tokens import Token

RUN = {"PROPN", "NOUN", "ADJ"}


def backed_name(noun: Token, about: str) -> str:
    """The about with the name run after its verb when the about is that verb alone and the
    figure (``noun``, the figure's head word) is the verb's subject."""
    if not about or len(about.split()) != 1:
        return about
    doc, verb = noun.doc, noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lower_ != about.lower():
        return about
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "attr"} for c in verb.children):
        return about
    end = verb.i + 1
    while end < len(doc) and end - verb.i <= 6 and doc[end].pos_ in RUN:
        end += 1
    run = doc[verb.i + 1:end]
    if not len(run) or run[-1].pos_ != "PROPN":
        return about
    return f"{about} {run.text}"


# Words that make a figure the most there could be: "19 from a possible 24".
CEILINGS = {"possible", "potential", "maximum"}


def ceiling(num: Token, about: str) -> str:
    """The about led by "possible" when the figure is "a possible 24", "a potential 300"."""
    word = next((c.lower_ for c in num.lefts if c.dep_ == "amod" and c.lower_ in CEILINGS
                 and c.i == num.i - 1), None)
    if word is None or word in about.lower().split():
        return about
    return f"{word} {about}".strip()
