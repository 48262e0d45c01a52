"""Descriptions in object position that point back to a person named earlier in the same
sentence: "Ann Lee rounded on Jo Dee's campaign, slamming the Narvia senator" gives Jo Dee
the role "Narvia senator". Only a description marked by a place or a party, and only when
exactly one person named before it is not a subject (the subject does the slamming).
``earlier_references`` takes such a description back to the sentences before when its own
sentence names no one before it but a person it is paired with ("Ann Lee and the Narvia
senator")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_spans import bare
from generator.extract.actor_words import PARTY_WORDS
from generator.extract.role_ref_owner import LOOK_BACK, subject_before
from generator.extract.role_words import is_title

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you"})


def _marked(doc: Doc, tok: Token) -> int | None:
    """Start of "the Narvia senator" / "the Democratic governor" around the title ``tok``."""
    det = tok.left_edge
    mods = doc[det.i + 1 : tok.i]
    if det.lower_ != "the" or not len(mods) or len(mods) > 3:
        return None
    if any(t.ent_type_ == "PERSON" or not (t.is_title or t.is_lower) for t in mods):
        return None
    marked = any(t.ent_type_ in ("GPE", "NORP") or bare(t.text) in PARTY_WORDS for t in mods)
    return det.i + 1 if marked else None


def object_references(
    doc: Doc, people: dict[int, list[tuple[int, int]]], unroled: set[int]
) -> dict[int, tuple[str, tuple[int, int]]]:
    """For persons in ``unroled``: (role text, span) of a marked description in object
    position that can only be theirs."""
    out: dict[int, tuple[str, tuple[int, int]]] = {}
    for tok in doc:
        if tok.dep_ != "dobj" or tok.tag_ != "NN" or tok.ent_type_ or not is_title(tok):
            continue
        start = _marked(doc, tok)
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if start is None or (nxt is not None and nxt.ent_type_ == "PERSON"):
            continue
        sent = tok.sent
        before: set[int] = set()
        subjects: set[int] = set()
        for idx, spans in people.items():
            for s, e in spans:
                if not sent.start_char <= s < doc[start].idx:
                    continue
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is not None:
                    (subjects if span.root.dep_ in _SUBJECTS else before).add(idx)
        owners = before - subjects
        if len(owners) != 1 or (idx := owners.pop()) not in unroled or idx in out:
            continue
        if _other_name(sent, start, people[idx]):
            continue  # "mocked Jo Dee and Bo Hale": Bo Hale, tagged a body, may be meant
        out[idx] = (doc[start : tok.i + 1].text, (doc[start].idx, tok.idx + len(tok)))
    return out


def earlier_references(
    doc: Doc, people: dict[int, list[tuple[int, int]]], unroled: set[int]
) -> dict[int, tuple[str, tuple[int, int]]]:
    """For persons in ``unroled``: (role text, span) of a marked description that is no
    subject ("Ann Lee and the Narvia senator", "a second home for the Narvia senator") in a
    sentence that names no one else before it and has no pronoun subject, when the one
    person named in the sentences just before is named there as a subject."""
    out: dict[int, tuple[str, tuple[int, int]]] = {}
    sents = list(doc.sents)
    for tok in doc:
        if tok.dep_ not in ("conj", "pobj") or tok.tag_ != "NN" or tok.ent_type_:
            continue
        if not is_title(tok) or (start := _marked(doc, tok)) is None:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.dep_ == "appos"):
            continue
        here = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
        lo, hi = sents[max(0, here - LOOK_BACK)].start_char, doc[start].idx
        named = [(idx, s) for idx, spans in people.items() for s, _ in spans if lo <= s < hi]
        partner = _partner(tok, people)
        if {idx for idx, s in named if s >= tok.sent.start_char} - {partner}:
            continue  # "Ann Lee went on attacking the Narvia senator": someone else
        if any(t.dep_ == "nsubj" and t.lower_ in _PRONOUNS for t in doc[tok.sent.start : start]):
            continue  # "He beat the British number one": the subject's opponent
        desc = doc[start : tok.i + 1]
        idx = subject_before(doc, desc, people)
        if idx is None or {i for i, _ in named} - {partner} != {idx}:
            continue
        if idx not in unroled or idx in out:
            continue
        out[idx] = (desc.text, (desc.start_char, desc.end_char))
    return out


def _partner(tok: Token, people: dict[int, list[tuple[int, int]]]) -> int | None:
    """The person a conjoined description ``tok`` is paired with: "Ann Lee and the senator"."""
    if tok.dep_ != "conj":
        return None
    return next(
        (idx for idx, spans in people.items() if any(s <= tok.head.idx < e for s, e in spans)),
        None,
    )


def _other_name(sent: Span, start: int, spans: list[tuple[int, int]]) -> bool:
    """A name other than the owner's, not a subject, stands before ``start`` in ``sent``."""
    for e in sent.ents:
        if e.end > start or e.label_ not in ("PERSON", "ORG") or e.root.dep_ in _SUBJECTS:
            continue
        if not any(s <= e.start_char < end for s, end in spans):
            return True
    return False
