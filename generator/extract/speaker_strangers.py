"""Unnamed speakers for the pronoun history: "A police spokesman said … he added".

A person introduced with an indefinite article as the subject of a speech verb ("a
spokeswoman for Acme said", "one mother told …") is somebody new: a "he"/"she" after it
refers to that person, not to someone named earlier. Each becomes a stand-in ``Actor`` named
as its quotes would be (the body a spokesperson speaks for, else the description).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from generator.extract.speaker_bodies import spokesperson_for
from generator.extract.speaker_epithets import epithet_sex
from generator.extract.speaker_gender import noun_sex
from generator.extract.speaker_nouns import person_noun, speaker_noun
from generator.model import Actor

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers

INDEFINITE = frozenset({"a", "an", "another", "one"})


def indefinite(tok: Token) -> bool:
    """A noun introduced as someone new: "a spokesman", "one resident", "another official"."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ in INDEFINITE for c in tok.lefts)


def unnamed_speakers(sp: Speakers) -> list[tuple[int, Actor, str]]:
    """(position, stand-in actor, sex) for every indefinite person noun of plain sex
    ("spokeswoman", "mother") that is the subject of a speech verb and names no actor."""
    out = []
    for cue in sp.doc:
        if not sp.is_cue(cue):
            continue
        subj = sp.subject(cue)
        if subj is None or subj.pos_ != "NOUN" or not subj.dep_.startswith("nsubj"):
            continue  # not "Ruiz, a man who claims …" nor "as a liar who demanded …"
        if not indefinite(subj):
            continue
        spokes = subj.lower_.startswith("spokes")
        if not (spokes or person_noun(subj)) or not speaker_noun(subj):
            continue
        if any(c.dep_ == "appos" for c in subj.children):
            continue  # "a spokesman, Ana Ruiz, said": named
        if sp.actor_at(subj.idx, subj.idx + len(subj.text)) is not None:
            continue
        name = spokesperson_for(sp, subj) if spokes else None
        name = name or sp.phrase(subj).text
        sex = epithet_sex(subj) or noun_sex(subj.lower_)
        if sex is not None:  # only a he/she that fits can refer to them: not "a judge"
            out.append((subj.idx, Actor(name=name, kind="person"), sex))
    return out
