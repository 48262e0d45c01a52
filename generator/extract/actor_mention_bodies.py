"""Mentions the taggers' other labels hide, and names only seemingly given to a thing.

A name the tagger read as a product or a work can still act as a body ("F-Secure said",
"Acme and Sons' Jane Roe", "The Clarion editor"); a naming verb near a name need not give it
("police were called to Rusty Anchor Inn", "the man can be named as John Roe").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.actor_words import NAMING_VERBS, SPEECH_VERBS

# Staff words that only a newspaper, a magazine or a broadcaster has: "The Clarion editor".
_OUTLET_STAFF = frozenset({"editor", "columnist", "correspondent", "publisher", "reporter"})
_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
# Prepositions after which the name is where someone went, not the name given to a thing.
_PLACE_PREPS = frozenset({"to", "on", "at", "in", "into", "from", "outside", "near"})


def _one_word(span: Span) -> bool:
    """True for a name written as one word, hyphens and all: "F-Secure"."""
    return all(not t.whitespace_ for t in span[:-1])


def work_as_body(doc: Doc, span: Span) -> bool:
    """A name tagged as a product or a work that speaks, owns a person or employs an editor:
    "F-Secure said", "F-Secure's team", "Acme and Sons' Jane Roe", "The Clarion editor said"."""
    if span.label_ not in ("PRODUCT", "WORK_OF_ART"):
        return False
    if any(t.text in ('"', "\u201c", "\u201d") for t in span):
        return False
    if len(span) > 1 and span[-1].text in _POSSESSIVE:
        span = span[:-1]  # "F-Secure's" read whole
    if not span[-1].text[:1].isupper():
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is None:
        return False
    one = _one_word(span) and len(span) > 1  # one-token names are actor_norp's
    if one and nxt.tag_ in ("VBD", "VBZ") and nxt.lemma_.lower() in SPEECH_VERBS:
        return True  # "lab F-Secure said it had reports"
    if nxt.text in _POSSESSIVE:
        after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
        if after is not None and after.ent_type_ == "PERSON" and after.ent_iob_ == "B":
            return True  # "added Acme and Sons' Jane Roe"
        return one and after is not None and after.pos_ in ("NOUN", "ADJ")  # "F-Secure's team"
    staff = nxt.lower_ in _OUTLET_STAFF and span[0].lower_ == "the" and len(span) > 1
    return staff and span[-1].is_title  # "The Clarion editor told the BBC"


def given_in_passing(doc: Doc, span: Span) -> bool:
    """True when the naming verb before a person's or a body's name does not give that name:
    the name is a preposition's place ("called to Rusty Anchor Inn", "dubbed the biggest tent
    on Elm Green") or a person identified ("can now be named as John Roe")."""
    if span.label_ not in ("PERSON", "ORG"):
        return False
    first = span[0]
    lo = max(first.sent.start, first.i - 6)
    for i in range(first.i - 1, lo - 1, -1):
        tok = doc[i]
        if tok.is_punct:
            return False
        if tok.lemma_.lower() not in NAMING_VERBS:
            continue
        between = doc[i + 1 : first.i]
        named = span.label_ == "PERSON" and tok.lemma_.lower() == "name"
        if named and len(between) == 1 and between[0].lower_ == "as":
            return True  # "named as John Roe": the police identify a person
        prep = [t for t in between if t.tag_ in ("IN", "TO") and t.lower_ in _PLACE_PREPS]
        return bool(prep)
    return False
