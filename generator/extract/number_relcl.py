"""Whom a hanging clause is about: a relative clause past a dash-set aside, a participle
on "be on sale"."""

from __future__ import annotations

import re

from spacy.tokens import Token

DASHES = {"-", "--", "\u2013", "\u2014"}
RELATIVES = {"which", "who", "that"}


def relcl_head(verb: Token) -> Token:
    """ "The Lighthouse - now in its third week - which took $18m": a relative pronoun right
    after a closing dash is about the noun before the opening dash, not the aside's last noun;
    otherwise the clause's own head."""
    head = verb.head
    doc, sent = verb.doc, verb.sent
    rel = next((c for c in verb.children if c.lower_ in RELATIVES and c.i < verb.i), None)
    if rel is None or rel.i - 1 <= head.i or doc[rel.i - 1].text not in DASHES:
        return head
    for j in range(rel.i - 2, sent.start, -1):
        if doc[j].text in DASHES:
            before = doc[j - 1]
            if j - 1 < head.i and before.pos_ in {"NOUN", "PROPN"}:
                return before
            return head
    return head


def copular_host(tok: Token) -> Token | None:
    """ "Tickets are on sale priced at £125": a clause hung on the object of a "be" phrase
    ("on sale", "in stores") is said of the subject of "be"; that "be", else None."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.lemma_ != "be":
        return None
    return prep.head


def nearest_verb(tok: Token) -> Token | None:
    """The verb a figure's phrase hangs on, climbing at most six heads (None at the root)."""
    verb = tok
    for _ in range(6):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb if verb.pos_ in {"VERB", "AUX"} else None


def relative_antecedent(tok: Token, about: str) -> str:
    """ "the fund, which is expected soon to pass £15m": a figure (``tok`` its anchor) in a
    relative clause, or in a verb the clause's verb governs, is said of the noun the clause
    hangs on; ``about`` with that noun and its modifiers in front when it does not name it."""
    verb = nearest_verb(tok)
    if verb is None:
        return about
    for _ in range(3):
        if verb.dep_ != "xcomp":
            break
        verb = verb.head  # "expected to top", "aims to save"
    if verb.dep_ != "relcl" or not about:
        return about
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in RELATIVES for c in verb.children):
        return about
    head = relcl_head(verb)
    if head.pos_ not in {"NOUN", "PROPN"}:
        return about
    mods = [c.i for c in head.lefts if c.dep_ in {"compound", "amod"}]
    start = min(mods, default=head.i)
    words = head.doc[start:head.i + 1].text
    if head.lower_ in re.findall(r"[\w'\u2019-]+", about.lower()):  # "Greece, which creates …"
        return _holder(head, about)
    return _holder(head, f"{words} {about}")


HOLDER_PREPS = {"with", "between"}


def _holder(head: Token, about: str) -> str:
    """ "a close friendship with the former mayor that goes back 20 years": a clause on the
    object of "with"/"between" after a noun may be said of that noun; ``about`` with it and its
    modifiers in front when it does not name it."""
    prep = head.head
    outer = prep.head
    if head.dep_ != "pobj" or prep.lower_ not in HOLDER_PREPS or outer.pos_ != "NOUN" or (
        outer.i > head.i or outer.lower_ in about.lower().split()
    ):
        return about
    mods = [c.i for c in outer.lefts if c.dep_ in {"compound", "amod"}]
    start = min(mods, default=outer.i)
    return f"{head.doc[start:outer.i + 1].text} {prep.text} {about}"
