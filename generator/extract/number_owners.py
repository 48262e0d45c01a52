"""Whose figure it is: the name a figure's phrase is set beside or hangs on.

"At the bottom was Aerolux, which offered ...: 892,000 tickets" and "Skyward had the
highest score (91), followed by Aerolux (88), Norjet (72)" give figures that belong to a name
the figure's own words do not mention; the about then names it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from generator.extract import number_context as C
from generator.extract.number_cues import name_span
from generator.extract.number_render import render
from generator.extract.number_spans import Quantity
from generator.model import Actor

WALK_DEPS = {"appos", "conj", "prep", "pobj", "nummod", "compound", "quantmod", "nmod", "amod",
             "dobj", "attr"}


def _name(doc: Doc, tok: Token) -> str:
    return name_span(doc, tok).text.removeprefix("the ").removeprefix("The ")


def owner(doc: Doc, tok: Token) -> str | None:
    """The proper name a figure's phrase is an appositive of ("JetBlue ...: 892,000 tickets")
    or sits in a relative clause of ("Southwest, which offered 11.9 million"), if any."""
    nested = False  # inside another noun's prepositional phrase
    for k in range(8):
        start = k == 0
        head = tok.head
        if head.i == tok.i:
            return None
        if tok.dep_ == "appos" and head.pos_ == "PROPN" and head.ent_type_ == "ORG":
            return _name(doc, head)  # "JetBlue ...: 892,000 tickets" (a person's is a role)
        nested = nested or tok.dep_ == "prep"
        if tok.dep_ == "relcl" and head.pos_ == "PROPN" and not nested and any(
                c.dep_ in C.SUBJECTS and c.lower_ in {"which", "who", "that"}
                and c.i in {head.i + 1, head.i + 2}  # "Southwest, which offered"
                for c in tok.children):
            return _name(doc, head)
        if tok.dep_ not in WALK_DEPS or (tok.pos_ == "PROPN" and not start):
            return None  # past a clause, or past a nearer name
        tok = head
    return None


def with_owner(about: str, name: str | None) -> str:
    """The about with the owner's name added where it does not already say it."""
    if not name or not about or any(w.lower() in about.lower() for w in name.split()
                                    if w[:1].isupper()):
        return about
    return f"{about} ({name})"


def _paren(doc: Doc, q: Quantity, sent: Span) -> Token | None:
    """The word a figure in parentheses stands beside: "score (86)", "Delta (70)"."""
    if q.start - 1 <= sent.start or q.end >= sent.end:
        return None
    if doc[q.start - 1].text != "(" or doc[q.end].text != ")":
        return None
    head = doc[q.num].head
    if head.i < q.start and head.pos_ in {"NOUN", "PROPN"}:
        return head
    prev = doc[q.start - 2]  # "behind record holder Sarah Claxton (7.96)", parsed elsewhere
    return prev if prev.pos_ == "PROPN" and prev.ent_type_ == "PERSON" else None


def paren_figure(doc: Doc, sent: Span, q: Quantity) -> bool:
    """A figure alone in parentheses after a word: a score or tally, never a date."""
    return q.kind in {"count", "percent"} and _paren(doc, q, sent) is not None and (
        not doc[q.num].text.isdigit() or len(doc[q.num].text) != 4)


_GROUP_LABELS = frozenset({"NORP", "ORG", "GPE", "PERSON"})


def _group_aside(doc: Doc, sent: Span, q: Quantity) -> Token | None:
    """The name before a parenthesis the figure opens, with words after the figure: "among
    Hispanics (34% "strongly agree")"."""
    if q.start - 2 < sent.start or doc[q.start - 1].text != "(":
        return None
    close = next((t.i for t in doc[q.end : min(q.end + 7, sent.end)] if t.text == ")"), None)
    prev = doc[q.start - 2]
    named = prev.pos_ == "PROPN" and prev.ent_type_ in _GROUP_LABELS
    return prev if close is not None and named else None


def paren_about(doc: Doc, sent: Span, q: Quantity) -> str | None:
    """ "the highest satisfaction score (91), followed by Aerolux (88), Norjet (72)": the score,
    with the name the figure stands beside; "Optimism is higher among Hispanics (34%)": what is
    measured, and the group."""
    head = _paren(doc, q, sent)
    if head is None and (group := _group_aside(doc, sent, q)) is not None:
        subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        name = name_span(doc, group).text
        if subj is None or subj.pos_ != "NOUN" or group.ent_type_ != "NORP":
            return name  # "Israel (8,000 square miles)": the place measured
        return f"{render(doc, [C._np(subj, set())])} ({name})"  # "Optimism (Hispanics)"
    if head is None:
        return None
    skip = set(range(q.start - 1, q.end + 1))
    if head.pos_ == "NOUN":
        ranges = [C._np(head, skip)]
        subj = C._subject(head.head) if head.head.pos_ in {"VERB", "AUX"} else None
        if subj is not None and subj.pos_ == "PROPN":
            ranges.append(C._np(subj, skip))
        return render(doc, ranges, skip=skip) or None
    for t in reversed(doc[sent.start:q.start]):  # the measured noun of an earlier item
        if t.pos_ == "NOUN" and any(c.dep_ == "appos" and c.like_num for c in t.children):
            words = [w for w in doc[C._np(t, skip)[0]:t.i + 1]
                     if w.dep_ != "det" and w.tag_ not in {"JJS", "RBS"} and w.i not in skip]
            return f"{' '.join(w.text for w in words)} ({_name(doc, head)})"
    return _name(doc, head) if head.ent_type_ == "PERSON" else None


def pronoun_owner(doc: Doc, q: Quantity,
                  last_person: Callable[[int, bool], Actor | None]) -> str | None:
    """The person "his" or "her" before a counted noun refers to: "some of his 11 children"."""
    if q.noun is None:
        return None
    poss = [c for c in doc[q.noun].children if c.dep_ == "poss" and c.lower_ in {"his", "her"}]
    if not poss or poss[0].i > q.start:
        return None
    actor = last_person(poss[0].idx, poss[0].lower_ == "her")
    return actor.name if actor is not None else None
