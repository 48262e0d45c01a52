"""Speakers hidden by a mis-parse or a pronoun owner: a capitalised title run that the parser
split at a preposition ("said Treasury Under Secretary Ana Ruiz": Ruiz, not the Treasury),
and a document owned by "its"/"their" ("says its report": the body that owns the report).
``sp`` is the article's ``Speakers``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from generator.extract.speaker_epithets import last_org
from generator.extract.speaker_institutions import previous_institution

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers

OWNER_PRONOUNS = frozenset({"its", "their"})


def title_run_person(sp: Speakers, head: Token) -> str | None:
    """The person ending a run of capitalised words that starts at a proper-noun subject and
    goes on through a capitalised preposition: "Treasury Under Secretary Ana Ruiz"."""
    if head.pos_ != "PROPN":
        return None
    if head.i + 1 >= len(head.doc):
        return None
    prep = head.doc[head.i + 1]  # hung on the subject or on the verb
    if prep.dep_ != "prep" or not prep.is_title or prep.head not in (head, head.head):
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.ent_type_ != "PERSON" or obj.pos_ != "PROPN":
        return None
    run = head.doc[head.i : obj.i + 1]
    if not all(t.is_title or t.is_upper for t in run):
        return None
    actor = sp.actor_at(obj.idx, obj.idx + len(obj.text))
    return actor.name if actor is not None and actor.kind == "person" else None


def owned_document(sp: Speakers, head: Token, text_nouns: frozenset[str]) -> str | None:
    """For a document owned by "its"/"their" ("says its report", "their statement said"):
    the organisation the pronoun stands for, the one named or described last before it."""
    if head.lemma_.lower() not in text_nouns:
        return None
    if not any(t.dep_ == "poss" and t.lower_ in OWNER_PRONOUNS for t in head.lefts):
        return None
    return previous_institution(sp, head) or last_org(sp, head.idx, unnamed=True)
