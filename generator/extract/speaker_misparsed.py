"""A name the parser took for something else: in "Skelly called Braynard “…”" or "Early
described it as “…”" the small model may hang an unusual surname on the verb as ``advmod``
and leave the verb without a subject; in "Waters tweeted, “…”" it tags the surname a common
noun that cannot speak, and in "From said" a preposition. Such a name, right before the verb
and naming a known actor, is the one who speaks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
ADVERB_DEPS = frozenset({"advmod", "npadvmod"})


def _names_actor(sp: Speakers, tok: Token) -> bool:
    """Whether ``tok`` is a capitalised word outside quotes that names a person or
    organisation the article knows (a mention, else a name or surname)."""
    if not tok.text[:1].isupper() or sp.inside_quote(tok.idx):
        return False
    actor = sp.actor_at(tok.idx, tok.idx + len(tok.text)) or sp.actor_named(tok.text)
    return actor is not None and actor.kind in ("person", "organization")


def misparsed_name(sp: Speakers, cue: Token) -> Token | None:
    """A known actor's name right before ``cue`` that the parse did not make a speaking
    subject: a capitalised common-noun subject, or an ``advmod`` of a subjectless cue
    (adverbs and auxiliaries may stand between); else None."""
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
    if subjects:
        subj = subjects[0]
        if subj.dep_ == "nsubj" and subj.pos_ == "NOUN" and _names_actor(sp, subj):
            return subj  # "Waters tweeted": a surname tagged as a plural noun
        if subj.dep_ == "nsubj" and subj.pos_ == "ADP" and _names_actor(sp, subj):
            return subj  # "From said": a surname tagged as a preposition
        return None
    for child in cue.lefts:
        if child.dep_ not in ADVERB_DEPS:
            continue
        between = cue.doc[child.i + 1 : cue.i]
        if all(t.pos_ in ("ADV", "AUX", "PART") for t in between) and _names_actor(sp, child):
            return child
    return None
