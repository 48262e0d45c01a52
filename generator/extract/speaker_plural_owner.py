"""A plural of people that speaks ("the analysts said") whose owner the text named earlier:
"Acme Bank released an analysts' note …" or "analysts at Acme Bank" make Acme Bank the speaker;
so does the owner named where they speak ("Officials at Acme said").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers

_REACH = 80  # tokens looked back for the earlier mention of the plural
_OWNER_PREPS = frozenset({"at", "from", "with", "of"})


def plural_owner(sp: Speakers, head: Token) -> str | None:
    """The body whose people a determined plural ("the analysts") were named as before, or
    None: "Acme's analysts", "Acme analysts", "analysts at Acme", "Acme released an
    analysts' note"."""
    if head.tag_ != "NNS" or not any(t.lower_ == "the" for t in head.lefts):
        return None
    doc = head.doc
    for tok in reversed(doc[max(0, head.i - _REACH) : head.i]):
        if tok.lower_ != head.lower_ or sp.inside_quote(tok.idx):
            continue
        org = _owner(tok)
        if org is None:
            return None  # the nearest earlier mention names no body: no guess
        actor = sp.actor_at(org.idx, org.idx + len(org.text))
        return actor.name if actor is not None and actor.kind == "organization" else None
    return None


def own_body(sp: Speakers, head: Token) -> str | None:
    """The body a plural of people names as theirs where it speaks: "Officials at Acme
    said", "Acme's analysts said"."""
    if head.tag_ != "NNS":
        return None
    org = _owner(head)
    if org is None:
        return None
    actor = sp.actor_at(org.idx, org.idx + len(org.text))
    return actor.name if actor is not None and actor.kind == "organization" else None


def _owner(tok: Token) -> Token | None:
    """The organisation token tied to this mention of the plural, if any."""
    for c in tok.children:
        if c.dep_ in ("poss", "compound") and c.ent_type_ == "ORG":
            return c  # "Acme's analysts", "Acme analysts"
        if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ == "ORG":
                return obj  # "analysts at Acme"
    k = tok.head if tok.dep_ in ("poss", "compound") else tok  # "an analysts' note"
    while k.dep_ in ("dobj", "pobj", "prep", "poss", "compound") and k.head.i != k.i:
        k = k.head
    if k.pos_ in ("VERB", "AUX"):
        subj = next((c for c in k.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.ent_type_ == "ORG":
            return subj  # "Acme released an analysts' note"
    return None
