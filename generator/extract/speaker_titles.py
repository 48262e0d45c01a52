"""A speaker written as coordinated titles before a name: "said the club's president and
CEO Ana Ruiz" (the parser makes "president" the subject and the name its conjunct)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from generator.extract.actor_words import POST_NOMINALS, TITLE_NOUNS
from generator.model import Actor

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers


def titled_name(sp: Speakers, head: Token) -> Actor | None:
    """The person named after a bare title joined by "and" to another title: "president and
    CEO Ana Ruiz". Not "the president and Ana Ruiz" (two speakers: a determiner, or no title
    before the name)."""
    if head.pos_ != "NOUN" or head.lower_ not in TITLE_NOUNS:
        return None
    if any(c.dep_ in ("det", "poss") for c in head.children):
        return None
    conj = [c for c in head.children if c.dep_ == "conj"]
    if len(conj) != 1 or not any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children):
        return None
    name = conj[0]
    titles = [c for c in name.lefts if c.dep_ == "compound" and c.lower_ in TITLE_NOUNS]
    if name.pos_ != "PROPN" or not titles or titles[0].i != head.i + 2:
        return None  # the title must sit right after "and": "president and CEO Ana Ruiz"
    actor = sp.actor_at(name.idx, name.idx + len(name.text))
    return actor if actor is not None and actor.kind == "person" else None


def before_postnominal(head: Token) -> Token:
    """The name's last word for a head that is letters after a name ("Ana Ruiz MP" → Ruiz),
    else the head itself."""
    if head.lower_ not in POST_NOMINALS or head.i == 0:
        return head
    prev = head.doc[head.i - 1]
    if prev.pos_ == "PROPN" and prev.is_title and prev.head.i == head.i:
        return prev
    return head


def abbreviated_title(tok: Token) -> bool:
    """ "the MP", "the CEO": a title in capitals that the parse takes for a name."""
    return tok.pos_ == "PROPN" and tok.text.isupper() and 1 < len(tok) <= 4 and not tok.ent_type_
