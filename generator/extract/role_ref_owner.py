"""Whom a description refers back to: the person named as a subject just before it, in a
clause leading into it, or named last in the sentence before ("Ana Ruiz scored as the former
Leeds striker equalised"; "Hale called on … . The strategist said").

``people`` maps each person's index to the character spans of their mentions.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_groups import speaks

LOOK_BACK = 2  # sentences before the description in which the named subject may stand
# Offices one person holds at a time: "the president" is not whom the text calls chancellor
OFFICE_HEADS = frozenset(
    {"president", "minister", "chancellor", "secretary", "premier", "governor", "mayor"}
)
SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen"})


def subject_before(doc: Doc, desc: Span, people: dict[int, list[tuple[int, int]]]) -> int | None:
    """The person last named as a subject in the sentence or sentences just before ``desc``."""
    sents = list(doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= desc.start < s.end)
    floor = sents[max(0, here - LOOK_BACK)].start_char
    best: tuple[int, int] | None = None
    for idx, spans in people.items():
        for s, e in spans:
            if not floor <= s < sents[here].start_char:
                continue
            toks = doc.char_span(s, e, alignment_mode="expand")
            subject = toks is not None and toks.root.dep_ in ("nsubj", "nsubjpass")
            main = subject and toks is not None and main_clause(toks.root.head)
            if main and (best is None or s > best[0]):
                best = (s, idx)
    return best[1] if best else None


def subordinate_subject(
    doc: Doc, tok: Token, desc: Span, people: dict[int, list[tuple[int, int]]]
) -> int | None:
    """ "As for whether Hale still feels bitter, the Ohio senator conceded …":
    the description speaks as the main clause's subject, and the one person named as a
    subject before it stands in a clause that leads into the main one."""
    if tok.head.dep_ != "ROOT" or not speaks(tok):
        return None
    sent = desc.sent
    subjects = {
        idx
        for idx, spans in people.items()
        for s, e in spans
        if sent.start_char <= s < desc.start_char and _subject_of_clause(doc, s, e, tok.head)
    }
    return next(iter(subjects)) if len(subjects) == 1 else None


def spokesperson_owner(
    doc: Doc, tok: Token, people: dict[int, list[tuple[int, int]]]
) -> int | None:
    """ "Ruiz's spokesman said the senator would not stand": the description is the subject
    of what a person's spokesperson said, so it is the person the spokesperson speaks for."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.dep_ != "ccomp":
        return None
    spokes = [c for c in verb.head.children if c.lower_ in SPOKES and speaks(c)]
    owners = [c for s in spokes for c in s.children if c.dep_ == "poss"]
    found = {
        idx
        for o in owners
        for idx, spans in people.items()
        if any(s <= o.idx < e for s, e in spans)
    }
    return next(iter(found)) if len(found) == 1 else None


def as_clause(tok: Token) -> bool:
    """ "… as the former Liverpool midfielder equalised": "the" description is the subject
    of a clause that "as" opens."""
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    verb = tok.head
    return (
        det is not None
        and det.lower_ == "the"
        and tok.dep_ == "nsubj"
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    )


def as_clause_subject(
    doc: Doc, tok: Token, people: dict[int, list[tuple[int, int]]]
) -> int | None:
    """ "Ana Ruiz scored as the former Leeds striker equalised": the person named as the
    subject of the verb that the "as" clause hangs on."""
    main = tok.head.head
    subj = next((c for c in main.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or subj.ent_type_ != "PERSON":
        return None
    if any(t.ent_iob_ == "B" and t.ent_type_ == "PERSON" for t in doc[subj.i + 1 : tok.i]):
        return None  # "Hart watched Brady as the former Leeds midfielder …": either of two
    at = subj.idx
    found = {idx for idx, spans in people.items() for s, e in spans if s <= at < e}
    return next(iter(found)) if len(found) == 1 else None


def main_subject_before(
    doc: Doc, desc: Span, people: dict[int, list[tuple[int, int]]]
) -> int | None:
    """The one person named before ``desc`` in its sentence, as the main verb's subject."""
    sent = desc.sent
    found = set()
    for idx, spans in people.items():
        for s, e in spans:
            toks = doc.char_span(s, e, alignment_mode="expand")
            if toks is None or not sent.start_char <= s < desc.start_char:
                continue
            found.add(idx)
            if toks.root.dep_ != "nsubj" or not main_clause(toks.root.head):
                return None  # someone named elsewhere in the sentence
    return next(iter(found)) if len(found) == 1 else None


def _subject_of_clause(doc: Doc, s: int, e: int, main: Token) -> bool:
    """The name at chars ``s:e`` is the subject of a verb below ``main`` (not ``main``)."""
    toks = doc.char_span(s, e, alignment_mode="expand")
    if toks is None or toks.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = toks.root.head
    if verb is main or main not in verb.ancestors:
        return False
    path = [verb, *(a for a in verb.ancestors if main in a.ancestors)]
    return not any(t.dep_ in ("ccomp", "parataxis") for t in path)  # "X will go, the aide


def last_named_before(
    doc: Doc, desc: Span, people: dict[int, list[tuple[int, int]]]
) -> int | None:
    """The person named last in the sentence just before ``desc``."""
    start = desc.sent.start
    if start == 0:
        return None
    prev = doc[start - 1].sent
    named = [
        (s, idx)
        for idx, spans in people.items()
        for s, _e in spans
        if prev.start_char <= s < prev.end_char
    ]
    return max(named)[1] if named else None


def sole_subject_before(
    doc: Doc, desc: Span, people: dict[int, list[tuple[int, int]]]
) -> int | None:
    """The one person named in the sentence just before ``desc``, when every mention of them
    there is the subject of some clause ("If there is one thing Ana Ruiz cares about, it is
    … . The director makes this clear"); no one when anyone else is named there."""
    start = desc.sent.start
    if start == 0:
        return None
    prev = doc[start - 1].sent
    found = {
        idx: [(s, e) for s, e in spans if prev.start_char <= s < prev.end_char]
        for idx, spans in people.items()
    }
    found = {idx: spans for idx, spans in found.items() if spans}
    if len(found) != 1:
        return None
    (idx, spans), = found.items()
    toks = [doc.char_span(s, e, alignment_mode="expand") for s, e in spans]
    subjects = all(t is not None and t.root.dep_ in ("nsubj", "nsubjpass") for t in toks)
    return idx if subjects else None


def named_in(sent: Span, spans: list[tuple[int, int]]) -> bool:
    """True when one of ``spans`` lies in ``sent``."""
    return any(sent.start_char <= s < sent.end_char for s, _e in spans)


def other_named_before(
    doc: Doc, desc: Span, people: dict[int, list[tuple[int, int]]], idx: int
) -> int | None:
    """The person named last in the sentence before ``desc``, when not ``idx`` and not
    named again in the describing sentence."""
    other = last_named_before(doc, desc, people)
    if other is None or other == idx or named_in(desc.sent, people[other]):
        return None
    return other


def main_clause(verb: Token) -> bool:
    """The verb heads its sentence (or a clause joined to it by "and"), not a subordinate
    clause: "hours after Ruiz unleashed …" names no one the next sentence describes."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT" or _before_colon(verb)


def _before_colon(verb: Token) -> bool:
    """ "X told the crowd: "We won."" parsed with the quotation as the root: the verb opens
    the sentence's first clause, which a colon ends before the root."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.dep_ != "ROOT" or head.i < verb.i:
        return False
    doc = verb.doc
    colon = next((t.i for t in doc[verb.i : head.i] if t.text == ":"), None)
    return colon is not None and verb.left_edge.i == verb.sent.start
