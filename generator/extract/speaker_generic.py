"""A bare "the man" or "the woman" as a speaker: the last person who spoke before it.

"A police spokesman said … 'We have arrested him,' said the man." — the plain noun names
nobody; it refers back to the last person (named, described or a he/she) who was the subject
of a speech verb before it, if that person's sex fits the noun. Organisations that spoke in
between ("… the paper reported") are passed over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from generator.extract.actor_words import PERSON_NOUNS
from generator.extract.speaker_gender import noun_sex

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers

GENERIC = {"man": "m", "woman": "f", "person": None, "guy": "m", "lady": "f"}
_REACH = 120  # tokens looked back for the antecedent


def _plain(head: Token) -> bool:
    """ "the man", "the young woman": a generic noun with "the" and lowercase adjectives only."""
    if head.pos_ != "NOUN" or head.lower_ not in GENERIC:
        return False
    lefts = list(head.lefts)
    return any(t.lower_ == "the" and t.dep_ == "det" for t in lefts) and all(
        t.dep_ == "det" or (t.dep_ == "amod" and t.is_lower) for t in lefts
    )


def _subject_sex(sp: Speakers, subj: Token) -> tuple[bool, str | None]:
    """(is a person, sex or None) for the subject of an earlier speech verb."""
    low = subj.lower_
    if subj.pos_ == "PRON":
        return (low in ("he", "she"), {"he": "m", "she": "f"}.get(low))
    actor = sp.actor_at(subj.idx, subj.idx + len(subj.text))
    if actor is not None:
        return (actor.kind == "person", sp.sex.get(actor.name))
    if low.startswith("spokes") or subj.lemma_.lower() in PERSON_NOUNS:
        return (True, noun_sex(low))
    return (False, None)


def generic_person(sp: Speakers, head: Token) -> str | None:
    """Who "the man"/"the woman" as a speaker is: the last person of a fitting sex who was
    the subject of a speech verb outside quotes before it, else None."""
    if not _plain(head):
        return None
    want = GENERIC[head.lower_]
    for tok in reversed(sp.doc[max(0, head.i - _REACH) : head.i]):
        if tok.head.i == head.i or not sp.is_cue(tok) or sp.inside_quote(tok.idx):
            continue
        subj = sp.subject(tok)
        if subj is None or subj.i == head.i:
            continue
        person, sex = _subject_sex(sp, subj)
        if not person or (want and sex and sex != want):
            continue
        name = sp.speaker(tok)
        if name is not None:
            return name
    return None
