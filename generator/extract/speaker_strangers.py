"""Unnamed speakers for the pronoun history: "A police spokesman said … he added".

A person introduced with an indefinite article as the subject of a speech verb ("a
spokeswoman for Acme said", "one mother told …") is somebody new: a "he"/"she" after it
refers to that person, not to someone named earlier. Each becomes a stand-in ``Actor`` named
as its quotes would be (the body a spokesperson speaks for, else the description).
``introduced_names`` does the same for a name the actor step missed, introduced with "is" and
a person noun ("Ana Ruiz is senior nurse at the clinic. He said: …").
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


NOT_PERSONS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT"})


def introduced_names(sp: Speakers) -> list[tuple[int, Actor]]:
    """(position, stand-in actor) for a name the actor step missed, introduced as the subject
    of "is" with a person noun for what they are: "Ana Ruiz is senior nurse at the clinic."
    (a he/she after it refers to that person, not to someone who spoke before)."""
    out = []
    for sent in sp.doc.sents:
        root = sent.root
        if root.lemma_ != "be" or sp.inside_quote(sent.start_char):
            continue
        subj = next((c for c in root.lefts if c.dep_ == "nsubj"), None)
        attr = next((c for c in root.rights if c.dep_ == "attr"), None)
        if subj is None or attr is None or attr.pos_ != "NOUN" or not person_noun(attr):
            continue
        words = sp.doc[subj.left_edge.i : subj.i + 1]
        if words.start != sent.start or not 2 <= len(words) <= 3:
            continue
        if not all(t.is_alpha and t.is_title for t in words):
            continue  # "Ana Ruiz", not "The nurse" nor "Acme's Ruiz"
        if any(t.ent_type_ in NOT_PERSONS or t.lower_ in INDEFINITE for t in words):
            continue
        if sp.actor_at(words.start_char, words.end_char) is not None:
            continue
        out.append((words.start_char, Actor(name=words.text, kind="person")))
    return out
