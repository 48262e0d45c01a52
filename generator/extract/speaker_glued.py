"""Speakers the parser loses next to the cue: a name parsed as a compound of its own verb
("Ruiz joked, …" with "Ruiz" a compound of "joked"), a name before a party tag ("Ana Ruiz
(R-Ohio) said"), and "shot back"/"fired back"/"hit back" next to a quotation."""

from __future__ import annotations

import re

from spacy.tokens import Token

BACK_VERBS = frozenset({"shoot", "fire", "hit", "snap"})
PARTY_TAG = re.compile(r"\(\s*[RDI]\s*-\s*[A-Z][\w. ]{0,20}\)$")


def compound_subject(cue: Token) -> Token | None:
    """A name right before a cue verb that the parser hung on it as a compound."""
    if cue.i == 0 or cue.pos_ not in ("VERB", "AUX"):
        return None
    left = cue.doc[cue.i - 1]
    if left.head.i == cue.i and left.dep_ == "compound" and left.pos_ == "PROPN":
        return left
    return None


def before_party_tag(cue: Token) -> Token | None:
    """The name before a party tag right before the cue: "Ana Ruiz (R-Ohio) said" → Ruiz."""
    doc = cue.doc
    if cue.i < 2 or doc[cue.i - 1].text != ")":
        return None
    lo = max(cue.sent.start, cue.i - 8)
    opening = next((t for t in reversed(doc[lo : cue.i - 1]) if t.text == "("), None)
    if opening is None or opening.i == 0:
        return None
    tag = doc[opening.i : cue.i].text
    name = doc[opening.i - 1]
    if not PARTY_TAG.search(tag) or name.pos_ != "PROPN" or _owned_by_noun(name):
        return None
    return name


def _owned_by_noun(name: Token) -> bool:
    """The name closes a phrase headed by a common noun: "a spokesman for Sen. Ana Ruiz"."""
    for tok in reversed(name.doc[max(name.sent.start, name.i - 12) : name.i]):
        if tok.pos_ == "NOUN" or tok.pos_ in ("VERB", "AUX"):
            return tok.pos_ == "NOUN"
        if tok.pos_ not in ("PROPN", "ADP", "DET", "PUNCT") or tok.text == ",":
            return False
    return False


def answers_back(tok: Token) -> bool:
    """ "Ruiz shot back, “…”" (a hitting verb with "back", a comma or colon, then a mark) or
    "“…,” Ruiz fired back." (the verb's subject right after the closing mark)."""
    if tok.lemma_.lower() not in BACK_VERBS:
        return False
    doc = tok.doc
    if tok.i + 1 >= len(doc):
        return False
    back = doc[tok.i + 1]
    if back.lower_ != "back" or back.head.i != tok.i:
        return False
    if tok.i + 3 < len(doc) and doc[tok.i + 2].text in (",", ":") and doc[tok.i + 3].is_quote:
        return True
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or subj.left_edge.i < 2:
        return False
    mark, punct = doc[subj.left_edge.i - 1], doc[subj.left_edge.i - 2]
    return mark.is_quote and punct.text in (",", "?", "!")
